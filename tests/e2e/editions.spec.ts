/**
 * Editions (src/lib/editions/): the 繁體 edition is the 简体 edition converted by OpenCC, and the
 * frame every edition shares. Each behaviour is tested once on its kind of page; every page of
 * every edition is swept cheaply (status, lang, alternates, console).
 */
import { fromHant } from '../../src/lib/editions/hant';
import { articleText, stripWhitespace } from '../../src/lib/article/text';
import { resolveDeployConfig } from '../../src/lib/site/deploy-config';
import { chapterSlugs, EDITIONS, editionPages, expect, read, source, test } from './site';

const { site, base } = resolveDeployConfig(process.env);
const abs = (path: string) => `${site}${base}${path}`;
const hant = EDITIONS.find((e) => e.id === 'zh-Hant')!;

test('the 繁體 chapters’ article text, converted back with OpenCC tw→cn, is the article', async ({ watched: page }) => {
  let text = '';
  for (const slug of chapterSlugs) {
    await page.goto(`zh-hant/chapters/${slug}/`);
    text += (await page.locator('main [data-article]').allTextContents()).join('');
  }
  await page.goto('zh-hant/about/');
  text += (await page.locator('.closing [data-article]').allTextContents()).join('');
  const expected = articleText(read(source.file), source.repairs);
  expect(stripWhitespace(text), 'the 繁體 text is not the 简体 text').not.toBe(expected);
  expect(text).toContain('改革開放');
  expect(stripWhitespace(fromHant(text))).toBe(expected);
});

test.describe('every page of every edition (sweep)', () => {
  for (const [edition, path] of editionPages) {
    test(`/${path}: 200, lang ${edition.lang}, canonical and reciprocal alternates, no console error`, async ({ watched: page, request }) => {
      const res = await page.goto(path);
      expect(res?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', edition.lang);
      const own = path.slice(edition.prefix.length);
      await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', abs(path));
      const alternates = await page.locator('link[rel=alternate][hreflang]').evaluateAll((ls) => ls.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));
      const expected = [...EDITIONS.map((e) => [e.hreflang, abs(`${e.prefix}${own}`)]), ['x-default', abs(own)]];
      expect(alternates).toEqual(expected);
      // Reciprocal: each alternate lists this page among its own alternates (read from the served HTML).
      for (const [, href] of alternates) {
        const html = await (await request.get(new URL(href!).pathname.slice(base.length))).text();
        expect(html, `${href} links back to ${abs(path)}`).toContain(`<link rel="alternate" hreflang="${edition.hreflang}" href="${abs(path)}">`);
      }
      // The switcher: every edition, the current one marked, each other one a link to this page in it.
      const sw = page.locator('nav[data-edition-switch]');
      await expect(sw.locator('[aria-current] .long')).toHaveText(edition.label);
      for (const e of EDITIONS.filter((x) => x.id !== edition.id)) {
        await expect(sw.getByRole('link', { name: e.label, exact: true })).toHaveAttribute('href', `${base}${e.prefix}${own}`);
      }
      await page.waitForLoadState('networkidle');
    });
  }
});

test('switching edition on a chapter keeps the paragraph: #p7 stays #p7, and without a fragment the paragraph being read', async ({ watched: page }) => {
  await page.goto('chapters/innovation/#p7');
  await page.getByRole('navigation', { name: '版本' }).getByRole('link', { name: '繁體' }).click();
  await expect(page).toHaveURL(/\/zh-hant\/chapters\/innovation\/#p7$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.locator('#p7')).toBeInViewport();

  // No fragment: scroll p5 to the top of the screen, then switch back by keyboard.
  await page.goto('zh-hant/chapters/innovation/');
  await page.locator('#p5').evaluate((p) => p.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await page.evaluate(() => scrollBy(0, -40));
  const link = page.getByRole('navigation', { name: '版本' }).getByRole('link', { name: '简体' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/chapters\/innovation\/#p5$/);
  expect(new URL(page.url()).pathname).not.toContain('zh-hant');
});

test('the 繁體 404 page: its own page in its own script, and the hosts’ rule serving it', async ({ page, request }) => {
  const res = await request.get('zh-hant/404.html');
  expect(res.status()).toBe(200);
  await page.goto('zh-hant/404.html');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.locator('h1')).toHaveText('找不到這一頁');
  await expect(page.getByRole('main').getByRole('link', { name: '封面' })).toHaveAttribute('href', `${base}zh-hant/`);
  // The preview server does not serve _redirects (a file without an extension); read it from the build.
  expect(read(`${process.env.OUT_DIR ?? 'dist'}/_redirects`)).toContain(`${base}zh-hant/*  ${base}zh-hant/404.html  404`);
});

test('the 繁體 edition’s scripts speak Traditional: the ¶ menu and its messages', async ({ watched: page }) => {
  await page.goto('zh-hant/chapters/innovation/');
  await page.locator('#p3').hover();
  await page.locator('.para:has(#p3) > .copy-link').click();
  const menu = page.getByRole('menu');
  // Characters converted, words kept: 链接 becomes 鏈接 (not the Taiwan word 連結).
  await expect(menu.getByRole('menuitem')).toHaveText(['複製本段鏈接', '複製引文與鏈接', '做成引文卡片（圖片）', '報告這一段的錯誤']);
  await menu.getByRole('menuitem', { name: '複製本段鏈接' }).click();
  await expect(page.locator('.toast')).toHaveText('已複製本段鏈接');
});

test('the 繁體 edition’s share cards, print stylesheet, QR code and downloads are its own', async ({ page, request }) => {
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
  // downloads: Traditional labels, links into the edition
  const csv = await (await request.get('zh-hant/data/figures.csv')).text();
  expect(csv).toContain('國家級技術創新平臺');
  expect(csv).toContain(abs('zh-hant/chapters/innovation/#p'));
  expect(csv).not.toContain(abs('chapters/'));
});

test('head tags of a 繁體 page: its locale, its card, its title', async ({ page }) => {
  await page.goto('zh-hant/chapters/innovation/');
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', hant.ogLocale);
  const alternates = await page.locator('meta[property="og:locale:alternate"]').evaluateAll((ms) => ms.map((m) => m.getAttribute('content')));
  expect(alternates).toEqual(['zh_CN', 'en_GB']);
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', abs('zh-hant/og/innovation.png'));
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', abs('zh-hant/chapters/innovation/'));
  await expect(page).toHaveTitle(/株洲 · 改革開放四十載$/);
});
