import { expect, pages, test } from './site';

test.describe('every page', () => {
  for (const path of pages) {
    test(`/${path} answers 200 with one h1, in Chinese, self-contained`, async ({ watched: page }) => {
      const res = await page.goto(path);
      expect(res?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', /^https?:\/\/.+\/$/);
      // The outline never skips a level (h1 → h2 → h3 …).
      const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
      levels.forEach((l, i) => expect(l, `heading ${i + 1} of /${path}: h${l} after h${levels[i - 1] ?? 0}`).toBeLessThanOrEqual((levels[i - 1] ?? 0) + 1));
      await page.waitForLoadState('networkidle');
    });
  }

  test('an unknown path answers 404 with the 404 page', async ({ page }) => {
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
  const values = await shown().evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.value).filter((v) => v !== '').map(Number));
  expect(values).toEqual([...values].sort((a, b) => b - a));
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
