/**
 * Publishable where it is served (issue 18), on the build under test (`npm run build`, whatever
 * address it is for — with nothing set, http://localhost:4321/, what `npm start` serves): no
 * placeholder host anywhere — pages, share cards, QR codes decoded, data files, PDF text — and
 * every absolute URL on the address the build is for, each answering when followed; the share
 * sheet where the browser has one and the copy menu otherwise; a quote card made in the browser in
 * each edition; corrections composed with the page, paragraph and passage; charts drawn for print;
 * the source said plainly. (`npm start` and a build for another host: publish-builds.spec.ts.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isLocalHost, resolveDeployConfig, siteAddress } from '../../src/lib/site/deploy-config';
import { SCRIPT_TEXT } from '../../src/lib/site/script-text';
import { toHant } from '../../src/lib/editions/hant';
import { absoluteUrls, decodeQrSvg, placeholders, pngSize } from './publish-helpers';
import { chartChapters, EDITIONS, editionPages, expect, model, read, test } from './site';

/** The address the build under test is for, as the build decided it from the same environment. */
const deploy = resolveDeployConfig(process.env);
const address = siteAddress(deploy);
const outDir = join(new URL('../../', import.meta.url).pathname, deploy.outDir);

/** Every file of the build, for the text ones. */
function builtFiles(dir = outDir): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? builtFiles(p) : [p];
  });
}
const textFiles = () => builtFiles().filter((f) => /\.(html|json|csv|geojson|css|txt|xml|svg|js)$/.test(f) || /_headers|_redirects/.test(f));

test.describe('addresses', () => {
  test('@base the build is for a real address: no placeholder host and no process language in any file it wrote', () => {
    expect(placeholders(address)).toEqual([]);
    const found: string[] = [];
    for (const f of textFiles()) {
      const text = readFileSync(f, 'utf8');
      for (const p of placeholders(text)) found.push(`${f}: ${p}`);
      if (/\.(html|json|csv)$/.test(f)) for (const word of ['任务说明', '任務說明', '全文照录', '全文照錄', 'this project’s brief', 'project brief']) if (text.includes(word)) found.push(`${f}: “${word}”`);
    }
    expect(found).toEqual([]);
  });

  test('@base every absolute URL in every page and data file is on the address the build is for, and answers when followed', async ({ request, baseURL }) => {
    // `npm start` (what serves the main run) builds for the address it serves: there, the address is the served one.
    if (isLocalHost(new URL(address).hostname)) expect(address, 'npm start serves the address it built for').toBe(baseURL);
    const served = (u: string) => new URL(u.slice(address.length), baseURL).href;
    const urls = new Set<string>();
    const offSite: string[] = [];
    const files = [...editionPages.map(([, p]) => p), ...EDITIONS.flatMap((e) => [`${e.prefix}data/figures.json`, `${e.prefix}data/figures.csv`])];
    for (const path of files) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      const text = await res.text();
      for (const u of absoluteUrls(text)) (u.startsWith(address) ? urls.add(u.replace(/#.*$/, '')) : offSite.push(`${path}: ${u}`));
    }
    expect(offSite).toEqual([]);
    expect(urls.size).toBeGreaterThan(40);
    for (const u of urls) expect((await request.get(served(u))).status(), u).toBe(200);
  });

  test('@base the QR codes, read as a phone reads them, open the chapter and the site on the address', async ({ watched: page }) => {
    for (const e of EDITIONS) {
      await page.goto(`${e.prefix}chapters/two-oriented-society/`);
      const svg = await page.locator('.share-box svg.qr').evaluate((s) => s.outerHTML);
      expect(decodeQrSvg(svg)).toBe(`${address}${e.prefix}chapters/two-oriented-society/`);
    }
    await page.goto('print/');
    expect(decodeQrSvg(await page.locator('.doc-qr svg.qr').evaluate((s) => s.outerHTML))).toBe(address);
  });
  // Printed: each chapter's PDF names its URL on the address, its QR code reads as it, and states the source (share-print.spec.ts).
});

test.describe('sharing', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('without the Web Share API: the copy menu, and a copied quote says what the source is', async ({ watched: page, baseURL }) => {
    await page.goto('chapters/innovation/');
    await expect(page.getByRole('button', { name: '分享…' })).toBeHidden();
    await page.getByRole('link', { name: '第2段的链接' }).click();
    const menu = page.getByRole('menu');
    await expect(menu.getByRole('menuitem')).toHaveText(['复制本段链接', '复制引文与链接', '做成引文卡片（图片）', '报告这一段的错误']);
    await menu.getByRole('menuitem', { name: '复制引文与链接' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('来源：《改革开放四十载 砥砺奋进看株洲》，2018年12月的报纸特稿，宣传株洲改革开放四十年的成就；报纸与作者不详');
    expect(copied.endsWith(new URL('chapters/innovation/#p2', baseURL).href)).toBe(true);
  });

  test('@base with the Web Share API: the system share sheet, from the ¶ menu and the share box', async ({ watched: page }) => {
    await page.addInitScript(() => {
      (window as unknown as { shared: unknown[] }).shared = [];
      Object.defineProperty(navigator, 'share', { value: (d: unknown) => { (window as unknown as { shared: unknown[] }).shared.push(d); return Promise.resolve(); } });
    });
    await page.goto('en/chapters/qingshuitang/');
    await page.getByRole('link', { name: 'Link to paragraph 3' }).click();
    await page.getByRole('menuitem', { name: 'Share…' }).click();
    await page.getByRole('button', { name: 'Share…' }).click();
    const shared = await page.evaluate(() => (window as unknown as { shared: { url: string; text?: string }[] }).shared);
    expect(shared.map((s) => new URL(s.url).pathname)).toEqual([expect.stringMatching(/\/en\/chapters\/qingshuitang\/$/), expect.stringMatching(/\/en\/chapters\/qingshuitang\/$/)]);
    expect(shared[0]!.url).toMatch(/#p3$/);
    // The share box shares the chapter's own address.
    expect(shared[1]!.url).toBe(await page.locator('link[rel=canonical]').getAttribute('href'));
    expect(shared[0]!.text).toBe((await page.locator('#p3').textContent())!.trim());
  });

  for (const e of EDITIONS) {
    test(`a quote card, drawn in the browser, for a paragraph of the ${e.label} edition`, async ({ watched: page }) => {
      const words = SCRIPT_TEXT[e.language];
      const w = (s: string) => (e.source === 'opencc' ? toHant(s) : s);
      const requests: string[] = [];
      await page.goto(`${e.prefix}chapters/social-governance/`);
      page.on('request', (r) => requests.push(r.url()));
      await page.locator('.para:has(> #p13) > .copy-link').click();
      await page.getByRole('menuitem', { name: w(words.share.quoteCard) }).click();
      const dialog = page.getByRole('dialog', { name: new RegExp(w(words.card.title)) });
      await expect(dialog).toBeVisible();
      // A quotation by default: the paragraph's first sentence.
      await expect(dialog).toHaveAttribute('data-card-ready', 'zhuzhou-social-governance-p13-s1.png');
      const img = dialog.locator('img.card-preview');
      const src = (await img.getAttribute('src'))!;
      expect(src.startsWith('data:image/png;base64,')).toBe(true);
      const size = pngSize(Buffer.from(src.split(',')[1]!, 'base64'));
      expect(size.width).toBe(1080);
      expect(size.height).toBeGreaterThanOrEqual(1080);
      expect(size.height).toBeLessThanOrEqual(1920);
      expect(await img.getAttribute('alt')).toContain((await page.locator('#p13').textContent())!.trim().slice(0, 20));
      const download = dialog.getByRole('link', { name: w(words.card.download) });
      await expect(download).toHaveAttribute('download', 'zhuzhou-social-governance-p13-s1.png');
      const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
      expect(file.suggestedFilename()).toBe('zhuzhou-social-governance-p13-s1.png');
      // The whole paragraph instead of the sentence.
      await dialog.getByRole('combobox').selectOption({ label: w(words.card.whole) });
      await expect(dialog).toHaveAttribute('data-card-ready', 'zhuzhou-social-governance-p13.png');
      // Made here: nothing was sent anywhere (no request but the page's own script chunks).
      expect(requests.filter((u) => !/\/_astro\/.+\.js$|\/favicon\.svg$/.test(new URL(u).pathname) && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    });
  }
});

test.describe('corrections', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the ¶ menu composes a report with the page, the paragraph and the passage; with no channel set it is offered to copy, with no address', async ({ watched: page, baseURL }) => {
    await page.goto('chapters/innovation/');
    await page.getByRole('link', { name: '第7段的链接' }).click();
    await page.getByRole('menuitem', { name: '报告这一段的错误' }).click();
    const dialog = page.getByRole('dialog', { name: '报告错误' });
    await expect(dialog).toBeVisible();
    const passage = (await page.locator('#p7').textContent())!.trim();
    const url = new URL('chapters/innovation/#p7', baseURL).href;
    await expect(dialog.locator('.report-page')).toHaveText(url);
    await expect(dialog.locator('.report-passage')).toHaveText(passage);
    await expect(dialog.getByText(SCRIPT_TEXT.zh.report.noChannel)).toBeVisible();
    await expect(dialog.locator('a[href^="mailto:"], a[data-report-send]:visible')).toHaveCount(0);
    await dialog.getByRole('textbox').fill('“九年”应为“八年”？');
    await dialog.getByRole('button', { name: '复制这份报告' }).click();
    await expect(dialog.getByRole('status')).toHaveText('已复制报告');
    const report = await page.evaluate(() => navigator.clipboard.readText());
    expect(report.split('\n')[0]).toBe('勘误：《改革开放四十载 砥砺奋进看株洲》第三章 · 第7段');
    for (const part of [`页面：${url}`, '段落：7', `原文：${passage}`, '“九年”应为“八年”？']) expect(report).toContain(part);
  });

  test('/about/ composes a report from the reader’s fields, in English too; no page offers a mail address', async ({ watched: page }) => {
    await page.goto('en/about/');
    const form = page.locator('form.report-form');
    await expect(form).toBeVisible();
    await form.getByLabel('Page').fill('http://localhost:4321/en/chapters/innovation/#p7');
    await form.getByLabel('Paragraph').fill('7');
    await form.getByLabel('Passage').fill('for nine consecutive years');
    await form.getByLabel(/Your note/).fill('Eight, not nine?');
    await expect(form.getByText(SCRIPT_TEXT.en.report.noChannel)).toBeVisible();
    await form.getByRole('button', { name: 'Copy this report' }).click();
    const report = await page.evaluate(() => navigator.clipboard.readText());
    expect(report).toContain('Correction: Zhuzhou · Forty years of reform, paragraph 7');
    for (const part of ['Page: http://localhost:4321/en/chapters/innovation/#p7', 'Passage: for nine consecutive years', 'Eight, not nine?']) expect(report).toContain(part);
    for (const f of textFiles().filter((x) => x.endsWith('.html'))) expect(readFileSync(f, 'utf8'), f).not.toContain('mailto:');
  });
});

test.describe('charts for print and whole-page capture', () => {
  test('asked, every chart in the document is drawn, off-screen too; the print button waits for them', async ({ watched: page }) => {
    expect(chartChapters.length, 'the chapters have Chart.js charts').toBeGreaterThan(0);
    await page.addInitScript(() => { window.print = () => { document.documentElement.dataset.printed = String(document.querySelectorAll('.chart-canvas[data-state="drawn"]').length); }; });
    await page.goto(`chapters/${chartChapters[0]}/`);
    const charts = page.locator('.chart-canvas[data-config]');
    const n = await charts.count();
    expect(n).toBeGreaterThan(0);
    await expect(charts.first()).not.toHaveAttribute('data-state', 'drawn');
    await page.getByRole('button', { name: '打印本章' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-printed', String(n));
    for (const c of await charts.all()) await expect(c).toHaveAttribute('data-state', 'drawn');
  });

  test('the browser’s own print draws the charts it can at once (beforeprint)', async ({ watched: page }) => {
    await page.goto(`chapters/${chartChapters[0]}/`);
    const charts = page.locator('.chart-canvas[data-config]');
    // Load the chart code by bringing the first chart near, then print: every other chart is drawn too.
    await charts.first().scrollIntoViewIfNeeded();
    await expect(charts.first()).toHaveAttribute('data-state', 'drawn');
    await page.evaluate(() => scrollTo(0, 0));
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    for (const c of await charts.all()) {
      await expect(c).toHaveAttribute('data-state', 'drawn');
      expect(await c.locator('img.chart-still').getAttribute('src')).toMatch(/^data:image\/png/);
    }
  });
});

test.describe('the source, said plainly', () => {
  test('on the cover, in each edition’s words; English readers get where Zhuzhou is and when reform began', async ({ watched: page }) => {
    await page.goto('');
    const zh = page.locator('[data-source-statement]');
    await expect(zh).toContainText('宣传株洲发展成就的报纸特稿');
    await expect(zh).toContainText('株洲市改革办');
    await expect(zh).toContainText('报纸、作者、版次和确切日期都不详');
    await page.goto('zh-hant/');
    await expect(page.locator('[data-source-statement]')).toContainText('株洲市改革辦');
    await page.goto('en/');
    const en = page.locator('[data-source-statement]');
    await expect(en).toContainText('promotes Zhuzhou’s record');
    await expect(en).toContainText('The newspaper, the author, the page and the exact date are not known');
    await expect(en).toContainText('prefecture-level city in Hunan province, central China');
    await expect(en).toContainText('began in 1978');
  });

  test('on /about/ the whole: what it is, who supplied the picture, what is not known, how the text was taken', async ({ watched: page }) => {
    await page.goto('about/');
    const s = page.locator('.source-statement');
    for (const part of ['宣传性的报道', '株洲市改革办供图', '作者、版次和确切日期都不详', '从版面中途开始', '不称“全文”']) await expect(s).toContainText(part);
    await expect(page.locator('section[aria-labelledby=method]')).toContainText('IGBT');
    expect(read('content/source.yaml')).not.toContain('任务说明');
  });
});
