/** Shared facts for the browser tests, read from content/ (never hard-coded). */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { expect, type Page, test as base } from '@playwright/test';

const root = new URL('../../', import.meta.url);
export const read = (p: string) => readFileSync(new URL(p, root), 'utf8');
export const figures = yaml.load(read('content/figures.yaml')) as { id: string; label: string; value?: number; unit: string; qualifier: string; notation?: string; quote: string; chapter: string }[];
export const source = yaml.load(read('content/source.yaml')) as { file: string; repairs: { seed: string; text: string }[]; closing: Record<string, string> };
export const chapterSlugs = ['qingshuitang', 'two-oriented-society', 'innovation', 'social-governance'];
export const pages = ['', ...chapterSlugs.map((s) => `chapters/${s}/`), 'figures/', 'map/', 'about/', 'print/'];
export const places = yaml.load(read('content/places.yaml')) as { id: string; name: string; kind: string; district?: string; chapter?: string; quote?: string }[];

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
export const timeline = yaml.load(read('content/timeline.yaml')) as { id: string; date: string; label: string; chapter: string; quote: string }[];
