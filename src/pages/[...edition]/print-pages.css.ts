import type { APIRoute } from 'astro';
import { ed, editionPaths } from '../../data/content';
import { backMatterRule, chapterPageRules, pageFooterRule } from '../../lib/site/print-css';


/** Print-only stylesheet, linked from every page: the page footer in the edition's words, each chapter on its own named page with its title as running header, and /print/'s back matter under the site's name. */
export const getStaticPaths = editionPaths;

export const GET: APIRoute = (context) => {
  const { chapters, fmt, t, siteText, articleText, site } = ed(context);
  const css = `${pageFooterRule(siteText(t('第 {page} 页 / 共 {pages} 页', { page: '{page}', pages: '{pages}' })))}@media print {\n${chapterPageRules(chapters.map((c) => ({ slug: c.slug, title: (c.titleSource === 'article' ? articleText : siteText)(c.title), kicker: siteText(fmt.kicker(c.order)) })))}${backMatterRule(siteText(site.name))}}\n`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
