/** Shared facts for the browser tests: the checked content model, read once as the build reads it (never hard-coded). */
import { readFileSync } from 'node:fs';
import { expect, type Page, test as base } from '@playwright/test';
import { loadContent } from '../../src/plugins/content-files';

const root = new URL('../../', import.meta.url);
export const read = (p: string) => readFileSync(new URL(p, root), 'utf8');
export const { model } = loadContent(root.pathname);
export const { figures, places, timeline, source } = model;
export const chapterSlugs = model.chapters.map((c) => c.slug);
export const pages = ['', ...chapterSlugs.map((s) => `chapters/${s}/`), 'figures/', 'map/', 'about/', 'print/'];
export { EDITIONS } from '../../src/lib/editions/editions';
/** Every page in every edition, as [edition, site path]: for the cheap sweep (tests/e2e/editions.spec.ts). */
import { EDITIONS as ALL } from '../../src/lib/editions/editions';
export const editionPages = ALL.flatMap((e) => pages.map((p) => [e, `${e.prefix}${p}`] as const));

/**
 * A test whose page records every request and console error; each test asserts that no request
 * left 127.0.0.1 and that the console stayed clean.
 */
export const test = base.extend<{ watched: Page; offHost: string[]; consoleErrors: string[] }>({
  offHost: async ({}, use) => use([]),
  consoleErrors: async ({}, use) => use([]),
  watched: async ({ page, offHost, consoleErrors }, use) => {
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (!['data:', 'blob:'].includes(u.protocol) && u.hostname !== '127.0.0.1') offHost.push(r.url());
    });
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    await use(page);
    expect(offHost, 'requests to other hosts').toEqual([]);
    expect(consoleErrors, 'console errors').toEqual([]);
  },
});
export { expect };
