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
