import { formatFigure } from '../../src/lib/article/numbers';
import { chartData, type ChartKind } from '../../src/lib/charts/config';
import { expect, figures, model, test } from './site';

const byId = new Map(figures.map((f) => [f.id, f]));
/** The chapters with Chart.js charts, from the content (checked below: each has at least one). */
const chartPages = model.chapters.filter((c) => c.graphics.some((g) => g.name === 'Chart')).map((c) => `chapters/${c.slug}/`);

test('the chapters have Chart.js charts of the article’s figures', () => {
  expect(chartPages.length).toBeGreaterThan(0);
});

for (const path of chartPages) {
  test(`@base ${path}: Chart.js loads only when a chart comes near, and every canvas draws`, async ({ watched: page }) => {
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

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const prefix of ['', 'en/']) {
    test(`${prefix || '简体 '}charts: no label cut at the canvas’s edge (long labels wrap within the label axis)`, async ({ watched: page }) => {
      for (const path of chartPages) {
        await page.goto(`${prefix}${path}`);
        for (const box of await page.locator('.chart-canvas').all()) {
          await box.scrollIntoViewIfNeeded();
          await expect(box).toHaveAttribute('data-state', 'drawn');
          // A label wider than Chart.js lets the label axis be is drawn from beyond the left edge: ink in the first columns.
          const edge = await box.locator('canvas').evaluate((c: HTMLCanvasElement) => {
            const d = c.getContext('2d')!.getImageData(0, 0, 2, c.height).data;
            let k = 0;
            for (let j = 3; j < d.length; j += 4) if (d[j]! > 0) k++;
            return k;
          });
          expect(edge, `${prefix}${path}: ink at the canvas's left edge`).toBe(0);
        }
      }
    });
  }
});

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

/** Every Chart.js chart, with the notes its records call for. */
const charts = model.chapters.flatMap((c) => c.graphics.filter((g) => g.name === 'Chart').map((g) => ({
  slug: c.slug, id: g.id,
  notes: chartData({ id: g.id, kind: g.kind as ChartKind, title: g.title, figures: g.ids.map((id) => byId.get(id)!) }).notes,
})));

test('under each chart, its notes: the 以上 mark in the article’s words wherever a value is a lower bound, and measures that differ', async ({ watched: page }) => {
  // No chart sets side by side measures its own note says are not to be compared (issue 22; the content guard refuses it).
  expect(charts.filter((c) => c.notes.some((n) => n.kind === 'measures')).map((c) => c.id)).toEqual([]);
  for (const c of charts) {
    await page.goto(`chapters/${c.slug}/`);
    const fig = page.locator(`#figure-${c.id}`);
    await expect(fig.locator('.chart-notes li')).toHaveText(c.notes.map((n) => n.text));
    for (const n of c.notes) await expect(fig.locator(`.chart-notes [data-note="${n.kind}"]`)).toBeVisible();
    // The bound note's key is drawn like the mark on the bars, and the words are the article's.
    if (c.notes.some((n) => n.kind === 'bound')) {
      await expect(fig.locator('[data-note="bound"] svg.bound-key')).toHaveCount(1);
      const rows = chartData({ id: c.id, kind: 'bar', title: '', figures: (await fig.getAttribute('data-figures'))!.split(' ').map((id) => byId.get(id)!) }).rows;
      for (const r of rows.filter((x) => x.qualifier === 'atLeast')) {
        expect(byId.get(r.id)!.quote, r.id).toContain(r.boundWord!);
        await expect(fig.locator('[data-note="bound"]')).toContainText(`“${r.boundWord}”`);
      }
    }
  }
});

test.describe('printed from the dark theme', () => {
  test.use({ colorScheme: 'dark' });
  test('a drawn chart prints as a still image in the print colours (dark ink on white), not the screen’s light-on-dark', async ({ watched: page }) => {
    expect(charts.length).toBeGreaterThan(0);
    const c = charts[0]!;
    await page.goto(`chapters/${c.slug}/`);
    const box = page.locator(`#figure-${c.id} .chart-canvas`);
    await box.scrollIntoViewIfNeeded();
    await expect(box).toHaveAttribute('data-state', 'drawn');
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    const still = box.locator('img.chart-still');
    await expect(still).toHaveAttribute('src', /^data:image\/png/);
    const { light, opaque, wide } = await still.evaluate(async (img: HTMLImageElement) => {
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      let opaque = 0;
      let light = 0;
      for (let i = 0; i < d.length; i += 4) {
        if (d[i + 3]! < 250) continue;
        opaque++;
        if ((0.2126 * d[i]! + 0.7152 * d[i + 1]! + 0.0722 * d[i + 2]!) / 255 > 0.6) light++;
      }
      return { light, opaque, wide: img.naturalWidth / img.parentElement!.getBoundingClientRect().width };
    });
    expect(opaque).toBeGreaterThan(1000);
    expect(light / opaque, 'share of the still’s ink that is light (screen colours on paper)').toBeLessThan(0.1);
    expect(wide, 'the still has at least two pixels a CSS pixel, sharp on paper').toBeGreaterThanOrEqual(2);
    // After printing, the screen chart again.
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await expect(box).toHaveAttribute('data-state', 'drawn');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a chart’s table shows, and its note on the 以上 mark (which is not drawn) does not', async ({ page }) => {
    for (const c of charts.filter((x) => x.notes.length)) {
      await page.goto(`chapters/${c.slug}/`);
      const fig = page.locator(`#figure-${c.id}`);
      await expect(fig.locator('[data-note="bound"]')).toBeHidden();
      if (c.notes.some((n) => n.kind === 'measures')) await expect(fig.locator('[data-note="measures"]')).toBeVisible();
    }
  });
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
