import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { runsUnderPolicy, servedWithHeaders } from './csp';
import { chaptersWithEveryGraphic, EDITIONS, expect, kindOf, onePerKind, test } from './site';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's rules that read colours: the only ones the dark theme can fail where the light one passes. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

async function axe(page: Page, rules?: string[]) {
  // Evaluated through the DevTools protocol, so the page's strict CSP does not block it.
  await page.evaluate(axeSource);
  return page.evaluate(async (runOnly) => {
    const r = await (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { resultTypes: ['violations'], ...(runOnly ? { runOnly: { type: 'rule', values: runOnly } } : {}) });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, rules);
}

/**
 * axe-core, once per kind of page and theme, and on chapters that between them show every kind of
 * graphic: in the light theme the 简体 edition (its 404 page too), every rule; in the dark theme the
 * 繁體 edition, the rules that read colours — its pages are the 简体 pages' markup in other words
 * (tests/dist/hant.test.ts compares every page's elements, roles and attributes), so only the
 * colours can fail there what passed in light. The English edition in the light theme on the
 * kinds of page whose markup is a translated edition's own — the cover, a chapter (English text with
 * runs of Chinese marked by lang, term popovers), its side-by-side view, /print/ (with its printed
 * glossary) and the 404 page; its figures, map, glossary and about pages are the 简体 pages' markup
 * in English words, in the same colours, and their Chinese runs are checked to be marked by lang on
 * every English page without a browser (tests/dist/article.test.ts). Each page is also `watched`:
 * no request to another host and no console error. On the same load, one page of each kind of the
 * 简体 edition is served with the headers of public/_headers and, after axe, everything on it is run
 * under the strict CSP (tests/e2e/csp.ts).
 */
const [zh, hant, en] = EDITIONS;
const withEveryGraphic = (prefix: string) => [...new Set([...onePerKind(prefix), ...chaptersWithEveryGraphic.map((slug) => `${prefix}chapters/${slug}/`)])];
const TRANSLATED_OWN = ['cover', 'chapter', 'bilingual', 'print'];
const CSP_RUN = onePerKind(zh!.prefix);
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
        expect(await axe(page, scheme === 'dark' ? COLOUR_RULES : undefined)).toEqual([]);
      };
      const what = scheme === 'dark' ? 'no colour contrast violation' : 'no violations';
      // A missing page answers 404, which the browser logs as a console error: only the others are watched.
      if (/no-such-page|404/.test(path)) test(`/${path} has ${what}`, async ({ page }) => check(page));
      else if (CSP_RUN.includes(path)) {
        test(`/${path} has no violations, no request to another host, no console error; strict CSP in <meta> and as the _headers header, and no violation`, async ({ watched: page, baseURL }) => {
          const violations = await servedWithHeaders(page, baseURL!);
          const res = await page.goto(path);
          expect(await axe(page)).toEqual([]);
          await runsUnderPolicy(page, res, violations);
        });
      } else test(`/${path} has ${what}, no request to another host, no console error`, async ({ watched }) => check(watched));
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
