import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { editionPages, expect, test } from './site';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function axe(page: Page) {
  // Evaluated through the DevTools protocol, so the page's strict CSP does not block it.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe-core, ${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    // Every page of every edition (the 繁體 pages are made by conversion, so they are checked too).
    for (const path of [...editionPages.map(([, p]) => p), 'no-such-page/', 'zh-hant/404.html']) {
      test(`/${path} has no violations`, async ({ page }) => {
        await page.goto(path);
        expect(await axe(page)).toEqual([]);
      });
    }
  });
}

/** Tabs through a page and returns what received focus, with whether the focus was visible (a radio group is one tab stop). */
async function tabThrough(page: Page) {
  // Scroll through first, so that controls which appear when a chart or map draws are counted.
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) { scrollTo({ top: y, behavior: 'instant' }); await new Promise((r) => setTimeout(r, 40)); }
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
