/**
 * Issue 22, reading on phones and desktops: the chapter bar that stays (chapters, the edition switch
 * that keeps the paragraph however the reader reached it, reading progress), anchors clear of it,
 * no layout shift; the numbers and terms in the text quiet at rest, marked on focus, with a legend.
 * (One to three graphics a chapter, none comparing what its note says not to: on the built pages,
 * tests/dist/chapters.test.ts.)
 */
import { chapterSlugs, expect, figures, test } from './site';
import type { Page } from '@playwright/test';

const byId = new Map(figures.map((f) => [f.id, f]));
const slug = 'innovation';
const bar = (page: Page) => page.locator('[data-chapter-bar]');
const barSwitch = (page: Page, edition: string) => bar(page).locator(`[data-edition-switch] a[data-edition="${edition}"]`);
/** Waits until the page has stopped scrolling (a jump to a fragment scrolls smoothly where motion is not reduced). */
async function settled(page: Page) {
  let last = -1;
  await expect.poll(async () => {
    const y = await page.evaluate(() => scrollY);
    const still = y === last;
    last = y;
    return still;
  }, { intervals: [150] }).toBe(true);
}
/** The paragraph the reader is at: the first whose box reaches below the top fifth of the screen. */
const at = (page: Page) => page.evaluate(() => {
  const line = innerHeight / 5;
  return [...document.querySelectorAll<HTMLElement>('[data-chapter] .prose p[id]')].find((p) => p.getBoundingClientRect().bottom > line)?.id;
});

for (const [w, h] of [[390, 844], [1280, 800]] as const) {
  test.describe(`at ${w}×${h}`, () => {
    test.use({ viewport: { width: w, height: h } });

    // Reading by wheel or touch on a phone, by keyboard on a desktop (the switch's logic is the same
    // at every width); where the bar leaves the paragraph it lands on depends on the width: both.
    if (w < 600) test('scrolled to p6 by wheel, the chapter bar’s edition switch lands on #p6 of the other edition', async ({ watched: page }) => {
      await page.goto(`chapters/${slug}/`);
      await page.mouse.move(w / 2, h / 2);
      for (let i = 0; i < 60 && (await at(page)) !== 'p6'; i++) {
        await page.mouse.wheel(0, 120);
        await page.waitForTimeout(60);
      }
      expect(await at(page)).toBe('p6');
      // The bar stays at the top, and its link already points at the paragraph (for a long press or a new tab).
      await expect(bar(page)).toBeInViewport();
      expect((await bar(page).boundingBox())!.y).toBe(0);
      await expect(barSwitch(page, 'en')).toHaveAttribute('href', /\/en\/chapters\/innovation\/#p6$/);
      await barSwitch(page, 'en').click();
      await expect(page).toHaveURL(/\/en\/chapters\/innovation\/#p6$/);
      // And back, by keyboard this time.
      await page.locator('#p6').scrollIntoViewIfNeeded();
      await barSwitch(page, 'zh-CN').focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/chapters\/innovation\/#p6$/);
      expect(new URL(page.url()).pathname).not.toMatch(/\/en\//);
    });

    if (w >= 600) test('scrolled to p6 by keyboard after arriving on #p2 by a link, the switch keeps p6, not the stale #p2', async ({ watched: page }) => {
      await page.goto(`chapters/${slug}/#p2`);
      await page.locator('#main').focus();
      for (let i = 0; i < 40 && (await at(page)) !== 'p6'; i++) {
        await page.keyboard.press('ArrowDown');
        await page.waitForTimeout(40);
      }
      expect(await at(page)).toBe('p6');
      await expect(barSwitch(page, 'en')).toHaveAttribute('href', /#p6$/);
      await barSwitch(page, 'en').click();
      await expect(page).toHaveURL(/\/en\/chapters\/innovation\/#p6$/);
    });

    test('reaching p6 by a link (its ¶), the switch lands on #p6; #p6 shows below the bar, not under it', async ({ watched: page }) => {
      await page.goto(`chapters/${slug}/`);
      await page.locator('#p6 ~ a.copy-link').evaluate((a: HTMLAnchorElement) => { location.hash = new URL(a.href).hash; });
      await expect(page).toHaveURL(/#p6$/);
      await settled(page);
      const barBottom = (await bar(page).boundingBox())!.y + (await bar(page).boundingBox())!.height;
      const top = (await page.locator('#p6').boundingBox())!.y;
      expect(top).toBeGreaterThanOrEqual(barBottom);
      expect(top).toBeLessThan(barBottom + 40);
      await barSwitch(page, 'zh-Hant').click();
      await expect(page).toHaveURL(/\/zh-hant\/chapters\/innovation\/#p6$/);
      // Landed below the bar there too.
      await settled(page);
      const there = (await page.locator('#p6').boundingBox())!.y;
      expect(there).toBeGreaterThanOrEqual((await bar(page).boundingBox())!.height);
    });
  });
}

test('at the chapter’s top the switch goes to the other edition’s top; the bar shows how far through the chapter the reader is', async ({ watched: page }) => {
  await page.goto(`chapters/${slug}/`);
  await expect(barSwitch(page, 'en')).toHaveAttribute('href', /\/en\/chapters\/innovation\/$/);
  const progress = () => page.locator('[data-progress]').evaluate((e) => new DOMMatrix(getComputedStyle(e).transform).a);
  expect(await progress()).toBe(0);
  await page.evaluate(() => { document.documentElement.style.scrollBehavior = 'auto'; scrollTo(0, document.documentElement.scrollHeight / 2); });
  await expect.poll(progress).toBeGreaterThan(0.2);
  expect(await progress()).toBeLessThan(1);
  await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(progress).toBe(1);
});

test('focusing a link in the chapter bar (Tab, click) does not scroll the page', async ({ watched: page }) => {
  await page.goto(`chapters/${slug}/`);
  await page.evaluate(() => { document.documentElement.style.scrollBehavior = 'auto'; scrollTo(0, 1300); });
  await page.waitForTimeout(200);
  const before = await page.evaluate(() => scrollY);
  await barSwitch(page, 'en').focus();
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => scrollY)).toBe(before);
});

test('on a phone, the chapter bar names the current chapter whole, in every edition', async ({ watched: page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const prefix of ['', 'zh-hant/', 'en/']) {
    // One chapter page an edition; each chapter in turn made the current one in its bar (the bars of
    // the four chapter pages differ only in which link is current: tests/dist/pages.test.ts).
    await page.goto(`${prefix}chapters/${chapterSlugs[0]}/`);
    await expect(bar(page).locator('.switcher a')).toHaveCount(chapterSlugs.length);
    for (const [i, c] of chapterSlugs.entries()) {
      await bar(page).locator('.switcher a').evaluateAll((links, i) => links.forEach((a, j) => (j === i ? a.setAttribute('aria-current', 'page') : a.removeAttribute('aria-current'))), i);
      const name = bar(page).locator('.switcher a[aria-current="page"] .name');
      const cut = await name.evaluate((e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1);
      expect(cut, `${prefix}${c}: “${await name.textContent()}” is cut`).toBe(false);
      const [a, row] = await Promise.all([bar(page).locator('.switcher a[aria-current="page"]').boundingBox(), bar(page).boundingBox()]);
      expect(a!.y + a!.height).toBeLessThanOrEqual(row!.y + row!.height + 1);
    }
  }
});

test('the chapter bar shifts nothing (CLS 0 through load and a scroll) and is not printed', async ({ watched: page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.addInitScript(() => {
    (window as unknown as { __cls: number }).__cls = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) (window as unknown as { __cls: number }).__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`chapters/${slug}/`);
  await page.evaluate(async () => { for (let i = 0; i < 10; i++) { scrollBy(0, 400); await new Promise((r) => setTimeout(r, 50)); } });
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBe(0);
  await page.emulateMedia({ media: 'print' });
  await expect(bar(page)).toBeHidden();
});

// In 简体 and in English (whose marks wrap English words); the 繁體 pages are the 简体 markup in other
// words, with the same stylesheets (tests/dist/hant.test.ts).
for (const prefix of ['', 'en/']) {
  test(`${prefix || 'zh/'}: numbers and terms marked quietly at rest (a faint hairline), strongly on keyboard focus, with a legend once`, async ({ watched: page }) => {
    await page.goto(`${prefix}chapters/${slug}/`);
    await expect(page.locator('[data-marks-legend]')).toHaveCount(1);
    await expect(page.locator('[data-marks-legend]')).toBeVisible();
    const accent = await page.evaluate(() => { const s = document.createElement('span'); s.style.color = 'var(--accent)'; document.body.append(s); const c = getComputedStyle(s).color; s.remove(); return c; });
    const style = (sel: string) => page.locator(sel).first().evaluate((e) => { const s = getComputedStyle(e); return { line: s.textDecorationLine, colour: s.textDecorationColor, bg: s.backgroundColor }; });
    // At rest: a hairline in a faint tint (seen, quiet), no background; the legend's samples drawn the same way.
    const alpha = (c: string) => { const m = /rgba?\(([^)]+)\)/.exec(c) ?? /color\(srgb ([^)]+)\)/.exec(c); const parts = m![1]!.split(/[\s,/]+/).filter(Boolean); return parts.length > 3 ? Number(parts[3]) : 1; };
    for (const [sel, sample] of [['p[data-article] a.fig-ref', '.sample-fig'], ['p[data-article] a.term-ref', '.sample-term']] as const) {
      const rest = await page.locator(sel).first().evaluate((e) => { const s = getComputedStyle(e); return { line: s.textDecorationLine, colour: s.textDecorationColor, thickness: s.textDecorationThickness, bg: s.backgroundColor }; });
      expect(rest.line, `${sel} at rest`).toBe('underline');
      expect(parseFloat(rest.thickness), `${sel} at rest: a hairline`).toBeLessThanOrEqual(1);
      expect(alpha(rest.colour), `${sel} at rest: a faint tint (${rest.colour})`).toBeLessThan(0.9);
      expect(rest.bg, `${sel} at rest: no background`).toBe('rgba(0, 0, 0, 0)');
      const legend = await page.locator(`[data-marks-legend] ${sample}`).evaluate((e) => getComputedStyle(e).textDecorationColor);
      expect(legend, `the legend's ${sample} is drawn as the mark`).toBe(rest.colour);
    }
    // Every fig-ref at rest: no accent-coloured underline.
    const rest = await page.locator('p[data-article] a.fig-ref').evaluateAll((as) => as.map((a) => getComputedStyle(a).textDecorationColor));
    expect(rest).not.toContain(accent);
    // By keyboard: the mark shows.
    await page.keyboard.press('Tab');
    const ref = page.locator('p[data-article] a.fig-ref').first();
    await ref.focus();
    await expect(ref).toBeFocused();
    const focused = await style('p[data-article] a.fig-ref');
    expect(focused.line).toBe('underline');
    expect(focused.colour).toBe(accent);
    expect(focused.bg).not.toBe('rgba(0, 0, 0, 0)');
    const term = page.locator('p[data-article] a.term-ref').first();
    await term.focus();
    expect((await style('p[data-article] a.term-ref')).line).toBe('underline');
  });
}

test('a lower bound on a share ends at its value, the “or more” an open arrowhead after it', async ({ watched: page }) => {
  await page.goto(`chapters/${slug}/`);
  const li = page.locator('#figure-national-shares li[data-qualifier="atLeast"]').first();
  const id = (await li.getAttribute('data-figures'))!;
  const { part, track, arrow } = await li.evaluate((e) => {
    const r = (s: string) => e.querySelector(s)!.getBoundingClientRect();
    return { part: r('rect.part'), track: r('rect.whole'), arrow: r('.beyond path') };
  });
  expect(part.width / track.width).toBeCloseTo(byId.get(id)!.value! / 100, 2);
  expect(arrow.left).toBeGreaterThanOrEqual(part.right);
  await expect(page.locator('#figure-national-shares [data-note="bound"]')).toContainText('空心箭头');
});
