import type { APIRoute } from 'astro';
import { ed, editionPaths } from '../../data/content';
import { chapterPageRules } from '../../lib/site/print-css';


/** Print-only stylesheet: each chapter prints on its own named page with its title as running header. */
export const getStaticPaths = editionPaths;

export const GET: APIRoute = (context) => {
  const { chapters, fmt } = ed(context);
  const css = `@media print {\n${chapterPageRules(chapters.map((c) => ({ slug: c.slug, title: c.title, kicker: fmt.kicker(c.order) })))}}\n`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
