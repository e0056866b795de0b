import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { QR_OPTIONS } from '../../src/lib/qr';
import { articleText, stripWhitespace } from '../../src/lib/text';
import { formatFigure } from '../../src/lib/numbers';
import { chapterSlugs, expect, figures, read, source, test } from './site';

test.describe('copy links', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  test('the ¶ control of a paragraph copies its URL and says so', async ({ watched: page, baseURL }) => {
    await page.goto('chapters/innovation/');
    const control = page.getByRole('link', { name: '第3段的链接' });
    await expect(control).toHaveAttribute('href', '#p3');
    await control.click();
    await expect(page.getByRole('status')).toHaveText('已复制链接');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL('chapters/innovation/#p3', baseURL).href);
  });
  test('a figure’s # control copies the figure’s URL', async ({ watched: page, baseURL }) => {
    await page.goto('chapters/qingshuitang/');
    await page.locator('#figure-closures .fig-anchor').click();
    await expect(page.getByRole('status')).toHaveText('已复制链接');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL('chapters/qingshuitang/#figure-closures', baseURL).href);
  });
});

test('without the Clipboard API (some in-app browsers) copying falls back to the selection and says so', async ({ watched: page, baseURL }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined });
    const w = window as unknown as { copied: string[] };
    w.copied = [];
    document.execCommand = (cmd: string) => cmd === 'copy' && w.copied.push(String(getSelection()) || (document.activeElement as HTMLTextAreaElement).value) > 0;
  });
  await page.goto('chapters/social-governance/');
  await page.getByRole('link', { name: /^小标题“.+”的链接$/ }).first().click();
  await expect(page.getByRole('status')).toHaveText('已复制链接');
  const copied = await page.evaluate(() => (window as unknown as { copied: string[] }).copied);
  expect(copied).toHaveLength(1);
  expect(copied[0]).toMatch(new RegExp(`^${new URL('chapters/social-governance/#', baseURL).href.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}[a-z-]+$`));
});

test('arriving at a #paragraph scrolls to it and highlights it', async ({ watched: page }) => {
  await page.goto('chapters/two-oriented-society/#p5');
  await expect(page.locator('#p5')).toBeInViewport();
  const bg = await page.locator('.para:has(> #p5)').evaluate((e) => getComputedStyle(e).backgroundColor);
  expect(bg).not.toBe('rgba(0, 0, 0, 0)');
});

test('the share box: QR code of the chapter URL, copy and print buttons, Web Share only where it exists', async ({ watched: page }) => {
  await page.goto('chapters/qingshuitang/');
  const url = await page.locator('link[rel=canonical]').getAttribute('href');
  await expect(page.locator('.share-url a')).toHaveText(url!);
  const expected = await QRCode.toString(url!, QR_OPTIONS);
  const actual = await page.locator('.share-box svg.qr').evaluate((s) => s.outerHTML);
  const paths = (svg: string) => [...svg.matchAll(/ d="([^"]+)"/g)].map((m) => m[1]);
  expect(paths(actual)).toEqual(paths(expected));
  await expect(page.getByRole('button', { name: '复制链接' })).toBeVisible();
  await expect(page.getByRole('button', { name: '打印本章' })).toBeVisible();
  await expect(page.getByRole('button', { name: '分享…' })).toBeHidden();
});

test('with the Web Share API the share button shares the chapter URL', async ({ watched: page }) => {
  await page.addInitScript(() => {
    (window as unknown as { shared: unknown[] }).shared = [];
    Object.defineProperty(navigator, 'share', { value: (d: unknown) => { (window as unknown as { shared: unknown[] }).shared.push(d); return Promise.resolve(); } });
  });
  await page.goto('chapters/innovation/');
  await page.getByRole('button', { name: '分享…' }).click();
  const shared = await page.evaluate(() => (window as unknown as { shared: { url: string }[] }).shared);
  expect(shared.map((s) => s.url)).toEqual([await page.locator('link[rel=canonical]').getAttribute('href')]);
});

/** Prints a freshly loaded page to PDF; returns its text (white space removed), page count and page images. */
async function printToPdf(page: import('@playwright/test').Page, path: string) {
  const dir = mkdtempSync(join(tmpdir(), 'zz-print-'));
  await page.goto(path);
  await page.emulateMedia({ media: 'print' });
  const pdf = join(dir, 'out.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
  await page.emulateMedia({ media: 'screen' });
  // The running header (chapter title) and footer (page numbers) interrupt text that runs across a
  // page break: take them out before reading the text.
  const headers = [...(await (await page.request.get('print-pages.css')).text()).matchAll(/content: "([^"]+)"/g)].map((m) => stripWhitespace(m[1]!));
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })
    .split('\f')
    .map((pageText) => {
      let t = stripWhitespace(pageText).replace(/第\d+页\/共\d+页$/, '');
      const h = headers.find((x) => t.startsWith(x));
      if (h) t = t.slice(h.length);
      return t;
    })
    .join('');
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  // A page is blank when, its running header and page number aside, it has no text and no ink:
  // the text per page comes from pdftotext; the ink from pdftoppm over the area inside the margins.
  const pageTexts = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).split('\f').slice(0, pages);
  execFileSync('pdftoppm', ['-r', '20', '-gray', '-x', '14', '-y', '18', '-W', '137', '-H', '198', pdf, join(dir, 'p')]);
  const images = readdirSync(dir).filter((f) => f.endsWith('.pgm')).sort();
  const blank = images.filter((f, i) => {
    const ink = [...readFileSync(join(dir, f)).subarray(-137 * 198)].filter((v) => v < 200).length;
    const words = stripWhitespace(pageTexts[i] ?? '').replace(/第\d+页\/共\d+页/, '');
    return ink < 40 && words.length < 5;
  });
  expect(images.length).toBe(pages);
  return { text, pages, blank };
}

const NAV_TEXT = ['跳到正文', '上一章', '下一章', '本章目录', '复制链接', '打印本章', '数据表', '下载数据'];

for (const slug of chapterSlugs) {
  test(`print: ${slug} makes a clean A4 document with its text, figures, map, URL and QR code`, async ({ page }) => {
    const { text, pages, blank } = await printToPdf(page, `chapters/${slug}/`);
    const paragraphs = await page.locator('main p[data-article]').allTextContents();
    for (const p of paragraphs) expect(text).toContain(stripWhitespace(p));
    for (const f of figures.filter((x) => x.chapter === slug)) {
      expect(text, f.id).toContain(stripWhitespace(f.label));
      // The number as the site states it, qualifier and unit included (超过100家, 几万名, 翻番（即增至2倍）).
      expect(text, f.id).toContain(stripWhitespace(formatFigure(f as Parameters<typeof formatFigure>[0])));
    }
    for (const n of NAV_TEXT) expect(text, `navigation text "${n}" printed`).not.toContain(n);
    expect(text).toContain('示意图');
    expect(text).toContain(stripWhitespace((await page.locator('link[rel=canonical]').getAttribute('href'))!));
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(pages).toBeLessThanOrEqual(14);
    expect(blank, 'blank pages').toEqual([]);
  });
}

test('print: /print/ is the whole documentary — title page, contents, four chapters, figures, sources', async ({ page }) => {
  const { text, pages, blank } = await printToPdf(page, 'print/');
  // Every piece of article text on the page (which together are the article: fidelity.spec.ts) is printed, in order.
  const pieces = (await page.locator('main [data-article]').allTextContents()).map(stripWhitespace);
  expect(pieces.join('')).toContain(articleText(read(source.file), source.repairs).slice(0, 400));
  let at = 0;
  for (const piece of pieces) {
    const i = text.indexOf(piece, at);
    expect(i, `article text missing or out of order: ${piece.slice(0, 40)}…`).toBeGreaterThanOrEqual(0);
    at = i;
  }
  for (const f of figures) expect(text, f.id).toContain(stripWhitespace(f.label));
  for (const h of ['目录', '文中全部数字', '来源与说明']) expect(text).toContain(h);
  for (const n of NAV_TEXT) expect(text).not.toContain(n);
  expect(pages).toBeGreaterThanOrEqual(25);
  expect(pages).toBeLessThanOrEqual(60);
  expect(blank, 'blank pages').toEqual([]);
});

test('/print/: each chapter is an h2 with its editorial subheads below it, and ids are unique', async ({ watched: page }) => {
  await page.goto('print/');
  const chapters = page.locator('article.print-chapter');
  await expect(chapters).toHaveCount(chapterSlugs.length);
  for (const ch of await chapters.all()) {
    await expect(ch.locator('h2')).toHaveCount(1);
    expect(await ch.locator('[data-editorial]').evaluateAll((hs) => hs.map((h) => h.tagName))).not.toContain('H2');
  }
  const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
  expect(ids.length - new Set(ids).size, 'duplicate ids').toBe(0);
});
