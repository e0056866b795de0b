import type { APIRoute } from 'astro';
import { getChapters } from '../data/content';
import { chapterPageRules } from '../lib/print-css';
import { chapterKicker } from '../lib/numbers';


/** Print-only stylesheet: each chapter prints on its own named page with its title as running header. */
export const GET: APIRoute = async () => {
  const chapters = await getChapters();
  const css = `@media print {\n${chapterPageRules(chapters.map((c, i) => ({ slug: c.slug, title: c.title, kicker: chapterKicker(i + 1) })))}}\n`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
