/**
 * At build time, /print/ (the whole documentary on one page) gets unique ids: each chapter's
 * paragraph, subhead and figure ids are prefixed with the chapter's slug (src/lib/site/scope-ids.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { scopeChapterIds } from './lib/site/scope-ids';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!/\/print\/$/.test(context.url.pathname)) return response;
  const html = await response.text();
  return new Response(scopeChapterIds(html), { status: response.status, headers: response.headers });
});
