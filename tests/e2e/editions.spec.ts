/**
 * Editions (src/lib/editions/) in the browser: switching keeps the reader's place, and the 繁體
 * edition's scripts, 404 page, cards, print and downloads are its own. Every page of every edition
 * is swept without a browser in tests/dist/pages.test.ts (lang, canonical, alternates, switcher,
 * head tags), and the 繁體 text's round trip is read from the build in tests/dist/article.test.ts.
 */
import { resolveDeployConfig } from '../../src/lib/site/deploy-config';
import { chapterSlugs, expect, figures, read, test } from './site';

const { site, base } = resolveDeployConfig(process.env);
const abs = (path: string) => `${site}${base}${path}`;

test('@base switching edition on a chapter keeps the paragraph: #p7 stays #p7, and without a fragment the paragraph being read', async ({ watched: page }) => {
  await page.goto('chapters/innovation/#p7');
  // Arriving by a link to #p7, the reader is there at once (no smooth scroll down from the top while
  // the page loads, during which the switch would keep the paragraph passing by): read once, no retry.
  expect(await page.locator('#p7').evaluate((p) => { const r = p.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; })).toBe(true);
  // A chapter page has one edition switch, in its chapter bar (the header carries none).
  await page.getByRole('navigation', { name: '版本（保持所读段落）', exact: true }).getByRole('link', { name: '繁體' }).click();
  await expect(page).toHaveURL(/\/zh-hant\/chapters\/innovation\/#p7$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.locator('#p7')).toBeInViewport();

  // No fragment: scroll p5 to the top of the screen, then switch back by keyboard.
  await page.goto('zh-hant/chapters/innovation/');
  await page.locator('#p5').evaluate((p) => p.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await page.evaluate(() => scrollBy(0, -40));
  const link = page.getByRole('navigation', { name: '版本（保持所讀段落）', exact: true }).getByRole('link', { name: '简体' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/chapters\/innovation\/#p5$/);
  expect(new URL(page.url()).pathname).not.toContain('zh-hant');
});

test('@base the 繁體 404 page: its own page in its own script, and the hosts’ rule serving it', async ({ page, request }) => {
  const res = await request.get('zh-hant/404.html');
  expect(res.status()).toBe(200);
  await page.goto('zh-hant/404.html');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.locator('h1')).toHaveText('找不到這一頁');
  await expect(page.getByRole('main').getByRole('link', { name: '首頁' })).toHaveAttribute('href', `${base}zh-hant/`);
  // The preview server does not serve _redirects (a file without an extension); read it from the build.
  expect(read(`${process.env.OUT_DIR ?? 'dist'}/_redirects`)).toContain(`${base}zh-hant/*  ${base}zh-hant/404.html  404`);
});

test('the 繁體 edition’s scripts speak Traditional: the ¶ menu and its messages', async ({ watched: page }) => {
  await page.goto('zh-hant/chapters/innovation/');
  await page.locator('#p3').hover();
  await page.locator('.para:has(#p3) > .copy-link').click();
  const menu = page.getByRole('menu');
  // The site's words in Taiwan usage: 链接 is 連結 (not the character conversion 鏈接).
  await expect(menu.getByRole('menuitem')).toHaveText(['複製本段連結', '複製引文與連結', '做成引文卡片（圖片）', '報告這一段的錯誤']);
  await menu.getByRole('menuitem', { name: '複製本段連結' }).click();
  await expect(page.locator('.toast')).toHaveText('已複製本段連結');
});

test('@base the 繁體 edition’s share cards, print stylesheet, QR code and downloads are its own', async ({ page, request }) => {
  // share card: its own PNG, different from the 简体 one
  const [sc, tc] = await Promise.all([request.get('og/innovation.png'), request.get('zh-hant/og/innovation.png')]);
  expect(tc.status()).toBe(200);
  expect((await tc.body()).equals(await sc.body())).toBe(false);
  // running headers in Traditional
  const css = await (await request.get('zh-hant/print-pages.css')).text();
  expect(css).toContain('實施創新驅動');
  // /print/: the QR code and the chapter URLs point into the edition
  await page.goto('zh-hant/print/');
  await expect(page.locator('.doc-qr a')).toHaveAttribute('href', abs('zh-hant/'));
  await expect(page.locator('.chapter-url a').first()).toHaveText(abs(`zh-hant/chapters/${chapterSlugs[0]}/`));
  // downloads: Traditional labels, the verbatim 简体 quote with its conversion beside it, links into the edition
  const csv = await (await request.get('zh-hant/data/figures.csv')).text();
  expect(csv).toContain('國家級技術創新平臺');
  expect(csv.split('\r\n')[0]).toContain(',quote,quote_zh_hant,');
  expect(csv).toContain(figures[0]!.quote);
  expect(csv).toContain(abs('zh-hant/chapters/innovation/#p'));
  expect(csv).not.toContain(abs('chapters/'));
});

for (const prefix of ['', 'zh-hant/', 'en/']) {
  test(`/${prefix}figures/: the search folds scripts (污染 and 汙染, 亿 and 億) and full-width letters`, async ({ page }) => {
    await page.goto(`${prefix}figures/`);
    const q = page.locator('[data-figure-tools] [name="q"]');
    const shown = page.locator('.figures-table tbody tr:not([hidden])');
    const count = async (text: string) => { await q.fill(text); return shown.count(); };
    const pollution = figures.filter((f) => `${f.label}${f.quote}`.includes('污染')).length;
    expect(pollution).toBeGreaterThan(0);
    // Every figure whose label or quote says 污染 is found (the search also reads notes and periods), and in either script.
    const found = await count('污染');
    expect(found).toBeGreaterThanOrEqual(pollution);
    expect(await count('汙染')).toBe(found);
    const yi = await count('亿');
    expect(yi).toBeGreaterThan(0);
    expect(await count('億')).toBe(yi);
    expect(await count('ＩＧＢＴ')).toBe(await count('igbt'));
  });
}
