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

test('pages with nothing interactive ship no JavaScript; pages with charts, maps, numbers to open (or reading modes that keep the paragraph), a share box, the figures’ filters or the error report form only their small scripts', async ({ request }) => {
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    const expected = Number(html.includes('class="chart-canvas"')) + Number(html.includes(' data-map=')) + Number(html.includes('class="share-box')) + Number(html.includes('class="fig-ref"') || html.includes('data-keep-place')) + Number(html.includes('data-figure-tools')) + Number(html.includes('data-report-form'));
    expect(scripts.length, `/${path}`).toBe(expected);
    for (const s of scripts) expect(s, `/${path}`).toMatch(/^<script type="module" src="[^"]*\/_astro\/[^"]+\.js">$/);
  }
});
