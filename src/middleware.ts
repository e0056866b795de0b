/**
 * Every page and endpoint is built for an edition, read from its URL (src/lib/editions/editions.ts)
 * into `Astro.locals.edition`. Then, as each page is built:
 * - the 繁體 edition's HTML pages are converted to Traditional characters (src/lib/editions/hant.ts):
 *   the stretches a component marks as the article's own text (ARTICLE: paragraphs, quotations of
 *   the article) by character conversion, so that they convert back to the source exactly; all other
 *   text, the site's own words, in Taiwan usage (characters, then the Taiwan phrases decided in
 *   src/lib/editions/hant-usage.ts). What a page marks with KEEP stays as written (each edition's own
 *   name in the switcher, the 简体 half of a search text). A Taiwan phrase or a disagreement with the
 *   article's characters that is not decided fails the build, naming the page and the words.
 *   Text in another language (an element with `lang="en"`) is kept as written.
 *   The marks are removed from every edition's pages. Endpoints (data downloads, share cards, the
 *   print style sheet) are never rewritten: they write each edition's text themselves.
 * - /print/ (the whole documentary on one page) gets unique ids: each chapter's paragraph, subhead
 *   and figure ids are prefixed with the chapter's slug (src/lib/site/scope-ids.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import content from 'virtual:zhuzhou/content';
import { editionOfPath } from './lib/editions/editions';
import { articleUsage, convertMarked, keepOtherLanguages, siteHant, siteStretches, toHant, undecided, type ArticleUsage } from './lib/editions/hant';
import { scopeChapterIds } from './lib/site/scope-ids';
import { hasHan } from './lib/article/text';

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const same = (s: string) => s;
let usage: ArticleUsage | null = null;

/** The site's words on a page that are not decided (hant-usage.ts), as a message; '' when all are. */
function undecidedOn(page: string): string {
  usage ??= articleUsage(content.chapters.flatMap((c) => c.paragraphs.map((p) => p.text)));
  const out = new Set<string>();
  for (const s of siteStretches(page.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ''))) {
    if (!hasHan(s)) continue;
    const u = undecided(s, usage);
    for (const m of u.phrases) out.add(`twp phrase ${m.tw} → ${m.twp}`);
    for (const d of u.disagreements) out.add(`${d.cn}: here ${d.here}, the article ${d.article}`);
  }
  return [...out].join('; ');
}

export const onRequest = defineMiddleware(async (context, next) => {
  const sitePath = context.url.pathname.startsWith(BASE) ? context.url.pathname.slice(BASE.length) : context.url.pathname;
  const { edition, path } = editionOfPath(sitePath);
  context.locals.edition = edition.id;
  const response = await next();
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith('text/html')) return response;
  let body = await response.text();
  if (path === 'print/') body = scopeChapterIds(body);
  if (edition.source === 'opencc') {
    body = keepOtherLanguages(body);
    const open = undecidedOn(body);
    if (open) {
      const message = `${context.url.pathname}: the 繁體 site words are not decided in src/lib/editions/hant-usage.ts: ${open}`;
      if (process.env.HANT_REPORT) console.warn(`HANT-UNDECIDED ${message}`);
      else throw new Error(message);
    }
    body = convertMarked(body, siteHant, toHant);
  } else body = convertMarked(body, same, same);
  return new Response(body, { status: response.status, headers: response.headers });
});
