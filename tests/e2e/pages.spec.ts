import { qualifierShort } from '../../src/lib/article/numbers';
import { quoted } from '../../src/lib/article/text';
import { qualifierSchema } from '../../src/schemas/figure';
import { expect, pages, test } from './site';

test.describe('status and focus', () => {
  test('@base an unknown path answers 404 with the 404 page', async ({ page }) => {
    const res = await page.goto('no-such-page/');
    expect(res?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('找不到这一页');
  });

  test('the skip link moves focus to the main content', async ({ watched: page }) => {
    await page.goto('chapters/innovation/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '跳到正文' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
    await expect(page.locator('main')).toBeFocused();
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('no page scrolls sideways at 390 px', async ({ watched: page }) => {
    for (const path of [...pages, '404/']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      expect(overflow, `/${path} is ${overflow}px too wide`).toBeLessThanOrEqual(0);
    }
  });
});

test('/figures/: with JavaScript, search, filter by chapter and qualifier, and sort; the whole table without', async ({ watched: page }) => {
  const { figures, model } = await import('./site');
  await page.goto('figures/');
  const rows = page.locator('.figures-table tbody tr');
  const shown = () => page.locator('.figures-table tbody tr:not([hidden])');
  await expect(rows).toHaveCount(figures.length);
  const tools = page.getByRole('search', { name: '查找数字' });
  await expect(tools).toBeVisible();
  await tools.getByLabel('章节').selectOption(model.chapters[3]!.slug);
  await expect(shown()).toHaveCount(figures.filter((f) => f.chapter === model.chapters[3]!.slug).length);
  await tools.getByLabel('限定').selectOption('atLeast');
  await expect(shown()).toHaveCount(figures.filter((f) => f.chapter === model.chapters[3]!.slug && f.qualifier === 'atLeast').length);
  await tools.getByLabel('章节').selectOption('');
  await tools.getByLabel('限定').selectOption('');
  await tools.getByLabel('查找').fill('荷塘');
  await expect(shown()).toHaveCount(figures.filter((f) => `${f.label}${f.quote}`.includes('荷塘')).length);
  await tools.getByLabel('查找').fill('');
  await tools.getByLabel('排序').selectOption('desc');
  // Sorted by value only within a group of one kind and one unit (tests/e2e/figures-table.spec.ts checks adjacent rows).
  const groups = await shown().evaluateAll((trs) => trs.filter((tr) => !tr.classList.contains('group-head')).map((tr) => ({ g: (tr as HTMLElement).dataset.group!, v: (tr as HTMLElement).dataset.value! })));
  for (const g of new Set(groups.map((x) => x.g))) {
    const values = groups.filter((x) => x.g === g && x.v !== '').map((x) => Number(x.v));
    expect(values, g).toEqual([...values].sort((a, b) => b - a));
  }
  await expect(page.locator('.fig-count')).toContainText(`共${figures.length}项`);
});

test.describe('/figures/ on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('rows are cards: no table header, each row a block with its value beside its label', async ({ watched: page }) => {
    await page.goto('figures/');
    await expect(page.locator('.figures-table thead')).toBeHidden();
    const row = page.locator('.figures-table tbody tr').first();
    expect(await row.evaluate((tr) => getComputedStyle(tr).display)).toBe('grid');
    const h = (await row.boundingBox())!.height;
    expect(h).toBeGreaterThan(60);
  });
});

test('/figures/: short qualifier tags explained by a one-line legend, quotes within quotes as ‘…’, and the 出处 never breaks', async ({ watched: page }) => {
  const { figures } = await import('./site');
  for (const width of [800, 1024, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('figures/');
    const legend = page.locator('.qual-legend .qual-legend-item');
    await expect(legend.locator('.qual')).toHaveText(qualifierSchema.options.map(qualifierShort));
    if (width === 1280) {
      const tops = await legend.evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
      expect(new Set(tops).size, 'the legend is one line on a desktop').toBe(1);
    }
    const rows = await page.locator('.figures-table tbody tr').evaluateAll((trs) => trs.map((tr) => ({
      id: tr.id.replace(/^figure-/, ''),
      tag: tr.querySelector('td.num .qual')?.textContent ?? '',
      quote: tr.querySelector('td.quote')?.firstChild?.textContent ?? '',
      // Lines, not boxes: the paragraph number is a span of its own inside the link (one box more on the same line).
      srcLines: new Set([...tr.querySelector('td.src a')!.getClientRects()].map((r) => Math.round(r.top))).size,
    })));
    for (const r of rows) {
      const f = figures.find((x) => x.id === r.id)!;
      expect(r.tag, r.id).toBe(qualifierShort(f.qualifier));
      expect(r.quote, r.id).toBe(quoted(f.quote));
      expect(r.srcLines, `${r.id}: the 出处 link on one line at ${width} px`).toBe(1);
    }
  }
  // One quote that has the article's own quotation marks in it, as a reader sees it.
  const nested = figures.find((f) => f.quote.includes('“'))!;
  await expect(page.locator(`#figure-${nested.id} td.quote`)).toContainText(`‘`);
  expect(await page.locator(`#figure-${nested.id} td.quote`).evaluate((td) => (td.firstChild?.textContent ?? '').slice(1, -1).includes('“'))).toBe(false);
});

test.describe('/figures/ filters on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('lay out as a tidy grid: the search the full width, the selects two to a row, of one size', async ({ watched: page }) => {
    await page.goto('figures/');
    const tools = page.getByRole('search', { name: '查找数字' });
    const box = (await tools.boundingBox())!;
    const search = (await tools.getByLabel('查找').boundingBox())!;
    const at = async (name: string) => (await tools.getByLabel(name).boundingBox())!;
    const [chapter, qualifier, sort] = [await at('章节'), await at('限定'), await at('排序')];
    const pad = box.width - search.width;
    expect(pad, 'the search spans the box, less its padding').toBeLessThan(40);
    expect(Math.abs(search.x - box.x - pad / 2)).toBeLessThan(2);
    // 章节 and 限定 side by side, as wide as each other, together as wide as the search.
    expect(Math.abs(chapter.y - qualifier.y)).toBeLessThan(1);
    expect(qualifier.x).toBeGreaterThan(chapter.x + chapter.width);
    expect(Math.abs(chapter.width - qualifier.width)).toBeLessThan(1);
    expect(Math.abs(chapter.x - search.x)).toBeLessThan(1);
    expect(Math.abs(qualifier.x + qualifier.width - (search.x + search.width))).toBeLessThan(1);
    // 排序 on the next row, in the first column, the same size.
    expect(sort.y).toBeGreaterThan(chapter.y + chapter.height);
    expect(Math.abs(sort.x - chapter.x)).toBeLessThan(1);
    expect(Math.abs(sort.width - chapter.width)).toBeLessThan(1);
    for (const c of [chapter, qualifier, sort]) expect(Math.abs(c.height - search.height)).toBeLessThan(1);
    for (const c of [search, chapter, qualifier, sort]) expect(c.x + c.width).toBeLessThanOrEqual(box.x + box.width);
  });
});
