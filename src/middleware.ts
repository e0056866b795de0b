/**
 * Every page and endpoint is built for an edition, read from its URL (src/lib/editions/editions.ts)
 * into `Astro.locals.edition`. Then, as each response is built:
 * - the 繁體 edition's text responses (HTML, JSON, CSV, CSS) are converted to Traditional characters
 *   with OpenCC (src/lib/editions/hant.ts): all Chinese text of its pages, the editorial words and
 *   the site's own words included, is generated from the 简体 source, never written by hand. Only
 *   what a page marks with KEEP stays as written (each edition's own name in the edition switcher);
 *   the marks are removed from every page;
 * - /print/ (the whole documentary on one page) gets unique ids: each chapter's paragraph, subhead
 *   and figure ids are prefixed with the chapter's slug (src/lib/site/scope-ids.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { editionOfPath } from './lib/editions/editions';
import { convertOutsideKept, toHant } from './lib/editions/hant';
import { scopeChapterIds } from './lib/site/scope-ids';

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const same = (s: string) => s;

export const onRequest = defineMiddleware(async (context, next) => {
  const sitePath = context.url.pathname.startsWith(BASE) ? context.url.pathname.slice(BASE.length) : context.url.pathname;
  const { edition, path } = editionOfPath(sitePath);
  context.locals.edition = edition.id;
  const response = await next();
  const type = response.headers.get('content-type') ?? '';
  if (!/^(text\/|application\/(json|geo\+json))/.test(type)) return response;
  // Decoded keeping a byte-order mark (the CSV downloads start with one, for Excel).
  let body = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
  if (path === 'print/') body = scopeChapterIds(body);
  body = convertOutsideKept(body, edition.source === 'opencc' ? toHant : same);
  return new Response(body, { status: response.status, headers: response.headers });
});
