import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { chaptersWithEveryGraphic, EDITIONS, expect, kindOf, onePerKind, test } from './site';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function axe(page: Page) {
  // Evaluated through the DevTools protocol, so the page's strict CSP does not block it.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/**
 * axe-core, once per kind of page and theme, and on chapters that between them show every kind of
 * graphic: in the light theme the 简体 edition (its 404 page too); in the dark theme the 繁體 edition
 * (the same pages converted character by character). The English edition in the light theme on the
 * kinds of page whose markup is a translated edition's own — the cover, a chapter (English text with
 * runs of Chinese marked by lang, term popovers), its side-by-side view, /print/ (with its printed
 * glossary) and the 404 page; its figures, map, glossary and about pages are the 简体 pages' markup
 * in English words, in the same colours, and their Chinese runs are checked to be marked by lang on
 * every English page without a browser (tests/dist/article.test.ts). Each page is also `watched`:
 * no request to another host and no console error.
 */
const [zh, hant, en] = EDITIONS;
const withEveryGraphic = (prefix: string) => [...new Set([...onePerKind(prefix), ...chaptersWithEveryGraphic.map((slug) => `${prefix}chapters/${slug}/`)])];
const TRANSLATED_OWN = ['cover', 'chapter', 'bilingual', 'print'];
const runs: [scheme: 'light' | 'dark', paths: string[]][] = [
  ['light', [...withEveryGraphic(zh!.prefix), 'no-such-page/', ...onePerKind(en!.prefix).filter((p) => TRANSLATED_OWN.includes(kindOf(p.slice(en!.prefix.length)))), `${en!.prefix}no-such-page/`]],
  ['dark', [...withEveryGraphic(hant!.prefix), `${hant!.prefix}404.html`]],
];
for (const [scheme, paths] of runs) {
  test.describe(`axe-core, ${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of paths) {
      const check = async (page: Page) => {
        await page.goto(path);
        expect(await axe(page)).toEqual([]);
      };
      // A missing page answers 404, which the browser logs as a console error: only the others are watched.
      if (/no-such-page|404/.test(path)) test(`/${path} has no violations`, async ({ page }) => check(page));
      else test(`/${path} has no violations, no request to another host, no console error`, async ({ watched }) => check(watched));
    }
  });
}

/** Tabs through a page and returns what received focus, with whether the focus was visible (a radio group is one tab stop). */
async function tabThrough(page: Page) {
  // Scroll through first, a screen at a time (charts start drawing within 400 px of the viewport), so that controls which appear when a chart or map draws are counted.
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) { scrollTo({ top: y, behavior: 'instant' }); await new Promise((r) => setTimeout(r, 40)); }
    scrollTo({ top: 0, behavior: 'instant' });
  });
  await page.waitForLoadState('networkidle');
  const focusable = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')]
      .filter((el) => !el.closest('[inert]') && el.getClientRects().length > 0 || el.classList.contains('skip-link'))
      .map((el) => (el instanceof HTMLInputElement && el.type === 'radio' ? `radio group ${el.name}` : el.outerHTML.slice(0, 80))),
  );
  const reached: string[] = [];
  const invisible: string[] = [];
  for (let i = 0; i < focusable.length + 2; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const cs = getComputedStyle(el);
      const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2;
      const r = el.getBoundingClientRect();
      const onScreen = r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight;
      const key = el instanceof HTMLInputElement && el.type === 'radio' ? `radio group ${el.name}` : el.outerHTML.slice(0, 80);
      return { html: key, visible: outline && onScreen };
    });
    if (!info) continue;
    if (!reached.includes(info.html)) reached.push(info.html);
    if (!info.visible) invisible.push(info.html);
  }
  return { focusable, reached, invisible };
}

test.describe('keyboard', () => {
  // Focus scrolling is instant with reduced motion, so "on screen" is measured after it.
  test.use({ reducedMotion: 'reduce' });
  for (const path of ['', 'chapters/innovation/', 'figures/', 'map/', 'about/', 'no-such-page/']) {
    test(`keyboard: /${path} — every control is reached and focus is always visible`, async ({ page }) => {
      await page.goto(path);
      const { focusable, reached, invisible } = await tabThrough(page);
      expect(focusable.length).toBeGreaterThan(3);
      expect(reached.sort()).toEqual([...new Set(focusable)].sort());
      expect(invisible).toEqual([]);
    });
  }
});
