import { expect, pages, test } from './site';

test.use({ javaScriptEnabled: false });

test('without JavaScript every page shows its full text', async ({ page }) => {
  for (const path of pages) {
    await page.goto(path);
    const hidden = await page.locator('main [data-article]').evaluateAll((els) => els.filter((e) => !(e as HTMLElement).checkVisibility()).length);
    expect(hidden, `hidden article text on /${path}`).toBe(0);
  }
  await page.goto('figures/');
  await expect(page.locator('tbody tr').first()).toBeVisible();
});
