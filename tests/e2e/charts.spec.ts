import { formatFigure } from '../../src/lib/article/numbers';
import { stripWhitespace } from '../../src/lib/article/text';
import { expect, figures, model, test } from './site';

const byId = new Map(figures.map((f) => [f.id, f]));
/** The chapters with Chart.js charts, from the content (checked below: each has at least one). */
const chartPages = model.chapters.filter((c) => c.graphics.some((g) => g.name === 'Chart')).map((c) => `chapters/${c.slug}/`);

for (const path of chartPages) {
  test(`${path}: Chart.js loads only when a chart comes near, and every canvas draws`, async ({ watched: page }) => {
    const chunks: string[] = [];
    page.on('request', (r) => { if (/chart-render/.test(r.url())) chunks.push(r.url()); });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    expect(chunks, 'chart chunk requested before any chart was near').toEqual([]);
    const charts = page.locator('.chart-canvas');
    const n = await charts.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      const box = charts.nth(i);
      await box.scrollIntoViewIfNeeded();
      await expect(box).toHaveAttribute('data-state', 'drawn');
      const inked = await box.locator('canvas').evaluate((c: HTMLCanvasElement) => {
        const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let k = 0;
        for (let j = 3; j < d.length; j += 4) if (d[j]! > 0) k++;
        return k / (c.width * c.height);
      });
      expect(inked, 'share of the canvas that is painted').toBeGreaterThan(0.03);
    }
    expect(chunks.length).toBe(1);
  });
}

test('each chart’s table and CSV give the same values as its records', async ({ watched: page, request }) => {
  for (const path of chartPages) {
    await page.goto(path);
    const charts = await page.locator('figure.fig-chart').evaluateAll((figs) => figs.map((f) => ({
      id: f.id.replace(/^figure-/, ''),
      ids: f.getAttribute('data-figures')!.split(' '),
      rows: [...f.querySelectorAll('tbody tr')].map((tr) => ({ id: tr.getAttribute('data-figure')!, value: Number(tr.querySelector('td[data-value]')!.getAttribute('data-value')), text: tr.querySelector('td.num')!.textContent!.trim() })),
    })));
    for (const c of charts) {
      expect(c.rows.map((r) => r.id).sort()).toEqual([...c.ids].sort());
      for (const r of c.rows) {
        const f = byId.get(r.id)!;
        expect(r.value).toBe(f.value);
        expect(r.text).toBe(formatFigure(f as Parameters<typeof formatFigure>[0]));
      }
      const csv = (await (await request.get(`data/charts/${c.id}.csv`)).text()).replace(/^\uFEFF/, '').trim().split('\r\n');
      expect(csv.slice(1).map((l) => l.split(',').slice(0, 3))).toEqual(c.ids.map((id) => [id, byId.get(id)!.label, String(byId.get(id)!.value)]));
    }
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every chart shows its table instead of an empty box', async ({ page }) => {
    for (const path of chartPages) {
      await page.goto(path);
      const tables = page.locator('figure.fig-chart table');
      expect(await tables.count()).toBeGreaterThan(0);
      for (const t of await tables.all()) await expect(t).toBeVisible();
      for (const c of await page.locator('.chart-canvas').all()) await expect(c).toBeHidden();
    }
  });
});

test('a chapter without Chart.js charts loads no chart code', async ({ watched: page }) => {
  const plain = model.chapters.find((c) => !c.graphics.some((g) => g.name === 'Chart'))!;
  const chunks: string[] = [];
  page.on('request', (r) => { if (/chart-render|charts/.test(r.url())) chunks.push(r.url()); });
  await page.goto(`chapters/${plain.slug}/`);
  await page.evaluate(() => scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
  await page.waitForLoadState('networkidle');
  expect(chunks).toEqual([]);
});

test('the closure graphic draws one square per enterprise: the closed ones filled, the last ones outlined', async ({ watched: page }) => {
  const units = model.chapters.flatMap((c) => c.graphics.filter((g) => g.name === 'Units').map((g) => ({ c, g })));
  expect(units.length).toBeGreaterThan(0);
  for (const { c, g } of units) {
    await page.goto(`chapters/${c.slug}/`);
    const parts = g.ids.slice(0, -1).map((id) => figures.find((f) => f.id === id)!);
    const whole = figures.find((f) => f.id === g.ids[g.ids.length - 1])!;
    const fig = page.locator(`#figure-${g.id}`);
    await expect(fig.locator('rect.u')).toHaveCount(whole.value!);
    for (const [i, p] of parts.entries()) await expect(fig.locator(`rect.u-${i}`)).toHaveCount(p.value!);
    await expect(fig.locator('svg.units')).toHaveAttribute('aria-label', new RegExp(formatFigure(whole)));
  }
});

test('the cover’s timeline lists every dated event in order, each linking to the paragraph that reports it', async ({ watched: page }) => {
  const { timeline } = await import('./site');
  await page.goto('');
  const items = await page.locator('#figure-timeline .tl-event').evaluateAll((els) => els.map((e) => ({ id: e.getAttribute('data-events')!, href: (e.querySelector('a') as HTMLAnchorElement).href })));
  expect(items.map((i) => i.id).sort()).toEqual(timeline.map((e) => e.id).sort());
  const dates = items.map((i) => timeline.find((e) => e.id === i.id)!.date);
  expect(dates).toEqual([...dates].sort());
  for (const i of items) {
    const ev = timeline.find((e) => e.id === i.id)!;
    const u = new URL(i.href);
    expect(u.pathname).toMatch(new RegExp(`/chapters/${ev.chapter}/$`));
    await page.goto(i.href);
    expect(stripWhitespace((await page.locator(`${u.hash}[data-article]`).textContent()) ?? '')).toContain(stripWhitespace(ev.quote));
  }
});
