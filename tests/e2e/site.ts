/** Shared facts for the browser tests: the checked content model, read once as the build reads it, and the pages from the build's sitemap (never hard-coded). */
import { readFileSync } from 'node:fs';
import { expect, type Page, test as base } from '@playwright/test';
import { loadContent } from '../../src/plugins/content-files';

const root = new URL('../../', import.meta.url);
export const read = (p: string) => readFileSync(new URL(p, root), 'utf8');
export const { model } = loadContent(root.pathname);
export const { figures, places, timeline, source } = model;
export const chapterSlugs = model.chapters.map((c) => c.slug);
export { EDITIONS } from '../../src/lib/editions/editions';
import { EDITIONS as ALL, editionOfPath } from '../../src/lib/editions/editions';
import { sitemapPaths } from '../dist/built';

import { kindOf } from '../tools/page-kinds.mjs';
export { kindOf };
/** Every page of every edition, as [edition, site path], from the build's sitemap (never a list kept by hand). */
export const editionPages = sitemapPaths().map((p) => [editionOfPath(p).edition, p] as const);
/** Every page of the default edition (简体). */
export const pages = editionPages.filter(([e]) => e.id === ALL[0]!.id).map(([, p]) => p);
/** The chapter with the most kinds of graphic (a Chart.js chart, squares, shares, a map …), from the content. */
export const richestChapter = [...model.chapters].sort((a, b) => new Set(b.graphics.map((g) => g.name)).size - new Set(a.graphics.map((g) => g.name)).size)[0]!.slug;
/** The richest chapter, then as few chapters as show, with it, every kind of graphic the chapters have. */
export const chaptersWithEveryGraphic: string[] = (() => {
  const kinds = (slug: string) => new Set(model.chapters.find((c) => c.slug === slug)!.graphics.map((g) => g.name));
  const out = [richestChapter];
  const seen = kinds(richestChapter);
  for (const c of model.chapters) {
    const more = [...kinds(c.slug)].filter((k) => !seen.has(k));
    if (!more.length) continue;
    out.push(c.slug);
    for (const k of more) seen.add(k);
  }
  return out;
})();
/** The chapters with a Chart.js chart. */
export const chartChapters = model.chapters.filter((c) => c.graphics.some((g) => g.name === 'Chart')).map((c) => c.slug);
/** One page of each kind in an edition (the first the sitemap lists; for chapters, the one with the most kinds of graphic). */
export function onePerKind(prefix = ''): string[] {
  const own = editionPages.filter(([e]) => e.prefix === prefix).map(([, p]) => p.slice(prefix.length));
  const preferred = (p: string) => (p === `chapters/${richestChapter}/` ? 0 : 1);
  const byKind = new Map<string, string>();
  for (const p of [...own].sort((a, b) => preferred(a) - preferred(b))) if (!byKind.has(kindOf(p))) byKind.set(kindOf(p), p);
  return [...byKind.values()].map((p) => `${prefix}${p}`);
}

/**
 * A test whose page records every request and console error; each test asserts that no request
 * left the host serving the site and that the console stayed clean.
 */
export const test = base.extend<{ watched: Page; offHost: string[]; consoleErrors: string[] }>({
  offHost: async ({}, use) => use([]),
  consoleErrors: async ({}, use) => use([]),
  watched: async ({ page, offHost, consoleErrors, baseURL }, use) => {
    const served = new URL(baseURL!).host;
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (!['data:', 'blob:'].includes(u.protocol) && u.host !== served) offHost.push(r.url());
    });
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    await use(page);
    expect(offHost, 'requests to other hosts').toEqual([]);
    expect(consoleErrors, 'console errors').toEqual([]);
  },
});
export { expect };
