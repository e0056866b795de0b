import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { QR_OPTIONS } from '../../src/lib/share/qr';
import { articleText, stripWhitespace } from '../../src/lib/article/text';
import { formatFigure } from '../../src/lib/article/numbers';
import { chapterSlugs, chaptersWithEveryGraphic, expect, figures, model, read, source, test } from './site';
import { resolveDeployConfig, siteAddress } from '../../src/lib/site/deploy-config';
import { nestQuotes } from '../../src/lib/article/text';
import { decodeQrPdf, placeholders } from './publish-helpers';

/** The address the build under test is for, as the build decided it from the same environment. */
const address = siteAddress(resolveDeployConfig(process.env));

test.describe('copy links', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  test('@base the ¶ of a paragraph opens a menu: copy its link, or its words with the link', async ({ watched: page, baseURL }) => {
    await page.goto('chapters/innovation/');
    const control = page.getByRole('link', { name: '第3段的链接' });
    await expect(control).toHaveAttribute('href', '#p3');
    await control.click();
    const menu = page.getByRole('menu');
    await expect(menu).toBeVisible();
    await menu.getByRole('menuitem', { name: '复制本段链接' }).click();
    await expect(page.getByRole('status')).toHaveText('已复制本段链接');
    const url = new URL('chapters/innovation/#p3', baseURL).href;
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    await control.click();
    await page.getByRole('menuitem', { name: '复制引文与链接' }).click();
    await expect(page.getByRole('status')).toHaveText('已复制引文与链接');
    const p3 = (await page.locator('#p3').textContent())!.trim();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // A paragraph that opens with a quotation is quoted with its own marks nested: “‘来之前…’在…”.
    expect(copied).toBe(`“${nestQuotes(p3)}”\n——《${source.headline}》第三章 · 第3段\n来源：《${source.headline}》，${source.about.cite}\n${url}`);
    // The report carries the paragraph (the whole flow: publish.spec.ts).
    await control.click();
    await page.getByRole('menuitem', { name: '报告这一段的错误' }).click();
    await expect(menu).toBeHidden();
    await expect(page.getByRole('dialog', { name: '报告错误' }).locator('.report-page')).toHaveText(url);
  });
  test('@base a figure’s # control copies the figure’s URL', async ({ watched: page, baseURL }) => {
    await page.goto('chapters/qingshuitang/');
    await page.locator('#figure-closures .fig-anchor').click();
    await expect(page.getByRole('status')).toHaveText('已复制链接');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL('chapters/qingshuitang/#figure-closures', baseURL).href);
  });
});

for (const [width, height] of [[390, 844], [1280, 800]] as const) {
  test(`at ${width}px: paragraph controls are at least 24×24 and clear of the screen edge; the QR code only where it can be scanned`, async ({ watched: page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('chapters/two-oriented-society/');
    for (const c of await page.locator('.para > .copy-link').all()) {
      const b = (await c.boundingBox())!;
      expect(b.width).toBeGreaterThanOrEqual(24);
      expect(b.height).toBeGreaterThanOrEqual(24);
      expect(b.x).toBeGreaterThanOrEqual(6);
    }
    const qr = page.locator('.share-box svg.qr');
    if (width < 768) await expect(qr).toBeHidden();
    else await expect(qr).toBeVisible();
  });
}

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

test('on a phone, a link into a long page (a row of /figures/, a row and a chapter of /print/) arrives at its target, though off-screen parts are laid out only when near', async ({ watched: page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ['figures/', 'print/']) {
    await page.goto(path);
    const ids = await page.locator('tbody tr[id]').evaluateAll((rows) => rows.map((r) => r.id));
    // A row far down (not the last, which cannot reach the top), then for /print/ its last chapter.
    for (const id of [ids[60]!, ...(path === 'print/' ? ['chapter-social-governance'] : [])]) {
      await page.goto('about:blank');
      await page.goto(`${path}#${id}`);
      const top = await page.locator(`[id="${id}"]`).evaluate((e) => e.getBoundingClientRect().top);
      expect(top, `${path}#${id}`).toBeGreaterThanOrEqual(0);
      expect(top, `${path}#${id}`).toBeLessThan(60);
    }
  }
});

test('@base the share box: QR code of the chapter URL, copy and print buttons, Web Share only where it exists', async ({ watched: page }) => {
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

/**
 * Prints a freshly loaded page to PDF; returns its text (white space removed, running headers and
 * page numbers taken out), its pages' texts, and how far down each page the ink goes (0–1 of the
 * area inside the margins).
 */
async function printToPdf(page: import('@playwright/test').Page, path: string) {
  const dir = mkdtempSync(join(tmpdir(), 'zz-print-'));
  await page.goto(path);
  await page.emulateMedia({ media: 'print' });
  const pdf = join(dir, 'out.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
  await page.emulateMedia({ media: 'screen' });
  // The running header (chapter title) and footer (page numbers) interrupt text that runs across a
  // page break: take them out before reading the text.
  // The edition's own running headers (the English ones are in /en/print-pages.css: read from the root's, they were never stripped, and every English page counted as a chapter's last).
  const pagesCss = new URL((await page.locator('link[rel=stylesheet][href$="print-pages.css"]').getAttribute('href'))!, page.url()).href;
  const headers = [...(await (await page.request.get(pagesCss)).text()).matchAll(/@top-center \{ content: "([^"]+)"/g)].map((m) => stripWhitespace(m[1]!));
  const pageHeaders: string[] = [];
  // Each page's words in reading order, without the paragraph numbers in the gutter (read with the
  // text, a number fell inside a paragraph that runs over a page: “替代3发展”).
  const pageTexts = pdfWords(pdf)
    .map((words) => words.filter((w) => !inGutter(w)).map((w) => w.text).join(' '))
    .map((pageText) => {
      let t = stripWhitespace(pageText).replace(/第\d+页\/共\d+页$/, '');
      const h = headers.find((x) => t.startsWith(x));
      pageHeaders.push(h ?? '');
      if (h) t = t.slice(h.length);
      return t;
    });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  // How far down each page the ink goes, inside the margins (at 20 dpi: A4 is 165 × 234 px).
  const [W, H] = [137, 198];
  execFileSync('pdftoppm', ['-r', '20', '-gray', '-x', '14', '-y', '18', '-W', String(W), '-H', String(H), pdf, join(dir, 'p')]);
  const images = readdirSync(dir).filter((f) => f.endsWith('.pgm')).sort();
  expect(images.length).toBe(pages);
  const fill = images.map((f) => {
    const px = readFileSync(join(dir, f)).subarray(-W * H);
    let last = -1;
    for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) if (px[y * W + x]! < 200) last = y;
    return (last + 1) / H;
  });
  return { file: pdf, text: pageTexts.join(''), pageTexts: pageTexts.slice(0, pages), pageHeaders: pageHeaders.slice(0, pages), pages, fill };
}

type PdfWord = { x0: number; y: number; x1: number; text: string };
/** A PDF's words, page by page, in pdftotext's reading order, with where each lies (in points). */
function pdfWords(pdf: string): PdfWord[][] {
  const entity = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('<page ').slice(1).map((pg) =>
    [...pg.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)]
      .map((m) => ({ x0: Number(m[1]), y: Number(m[2]), x1: Number(m[3]), text: entity(m[4]!) })));
}
/** A paragraph's number, printed left of the text column (page margin 17 mm, gutter 7 mm: right of 48 pt, left of 68 pt). */
const inGutter = (w: PdfWord) => /^\d+$/.test(w.text) && w.x0 > 48 && w.x1 < 68;
/** The paragraph numbers in the gutter, page by page, top to bottom. */
function gutterNumbers(pdf: string): string[] {
  return pdfWords(pdf).flatMap((words) => words.filter(inGutter).sort((a, b) => a.y - b.y).map((w) => w.text));
}

/** Pages under a third full, except a chapter's (or section's) last page: the page before one that starts a chapter or a section (in Chinese or English), and the document's last. */
function sparsePages(r: { pageTexts: string[]; fill: number[] }): number[] {
  return r.fill.flatMap((f, i) => {
    const next = r.pageTexts[i + 1];
    const lastOfSection = next === undefined || /^(第[一二三四五六七八九十]+章|文中全部数字|Chapter\d|Allthefigures|Glossary)/.test(next);
    return f < 1 / 3 && !lastOfSection ? [i + 1] : [];
  });
}

const NAV_TEXT = ['跳到正文', '上一章', '下一章', '复制链接', '打印本章', '数据表', '下载数据', '在全部数字中查看'];

// The chapters that between them show every kind of graphic, each printed on its own (the first under
// a base path: its printed URL and QR code are on the address the build is for). Every chapter's
// text, numbers and pages are also printed, and checked, in /print/'s test below.
for (const slug of chaptersWithEveryGraphic) {
  const tag = slug === chapterSlugs[0] ? '@base ' : '';
  test(`${tag}print: ${slug} makes a clean A4 document with its text, numbers, map, URL, QR code and source`, async ({ page }) => {
    const r = await printToPdf(page, `chapters/${slug}/`);
    const paragraphs = await page.locator('main p[data-article]').allTextContents();
    for (const p of paragraphs) expect(r.text).toContain(stripWhitespace(p));
    // Each paragraph's number printed in the gutter left of the text (the page clips its margins: a
    // number set there was not printed), in order down the pages: the 第N段 the notes cite.
    expect(gutterNumbers(r.file), 'paragraph numbers in the gutter').toEqual(paragraphs.map((_, i) => String(i + 1)));
    // Every number the chapter marks is in the printed text, in the article's words.
    for (const f of figures.filter((x) => x.chapter === slug && x.mark)) expect(r.text, f.id).toContain(stripWhitespace(f.mark!.text));
    for (const n of NAV_TEXT) expect(r.text, `navigation text "${n}" printed`).not.toContain(n);
    // Its map, with the names of the places it lists and the district it shows.
    expect(r.text).toContain('示意图');
    for (const n of await page.locator('.map-block .place-list .name').allTextContents()) expect(r.text, `place ${n}`).toContain(stripWhitespace(n));
    expect(await page.locator('.map-block .place-list .name').count()).toBeGreaterThan(0);
    // Its URL printed and in its QR code, on the address the build is for; no placeholder; the source stated.
    const url = `${address}chapters/${slug}/`;
    expect(await page.locator('link[rel=canonical]').getAttribute('href')).toBe(url);
    expect(r.text).toContain(stripWhitespace(url));
    expect(decodeQrPdf(r.file).filter(Boolean)).toContain(url);
    expect(placeholders(r.text)).toEqual([]);
    expect(r.text).toContain('报纸与作者不详');
    expect(r.pages).toBeGreaterThanOrEqual(2);
    expect(r.pages).toBeLessThanOrEqual(8);
    expect(sparsePages(r), 'pages less than a third full').toEqual([]);
  });
}

test('print: /en/print/ carries the glossary of the terms its text marks, its title page on one page, no near-empty page', async ({ page }) => {
  const r = await printToPdf(page, 'en/print/');
  // Page 1: the contents (the glossary among them) and the site's address with its QR code.
  for (const s of ['Contents', 'Glossary', 'Online:']) expect(r.pageTexts[0], `page 1: ${s}`).toContain(s);
  // Every term the text marks has its entry, and every entry is printed.
  // Each term's first use links to its entry in the printed glossary (no popover of its own).
  const refs = await page.locator('a.term-ref').evaluateAll((as) => as.map((a) => ({ id: a.getAttribute('data-term')!, href: a.getAttribute('href') })));
  const marked = [...new Set(refs.map((x) => x.id))];
  expect(marked.length).toBeGreaterThan(10);
  for (const x of refs) expect(x.href, x.id).toBe(`#all-glossary-${x.id}`);
  for (const id of marked) await expect(page.locator(`#glossary #all-glossary-${id}`), id).toHaveCount(1);
  await expect(page.locator('.fig-pop')).toHaveCount(0);
  // The glossary prints in two columns: read each page's columns one after the other (read across,
  // a name that wraps at the foot of a column came out interleaved with the other column's lines),
  // each name's words in order (a name that wraps has its Chinese and pinyin at the end of its
  // first line, between its words).
  const from = r.pageTexts.findIndex((t) => t.startsWith('Glossary'));
  expect(from).toBeGreaterThan(0);
  const columns = r.pageTexts.slice(from).map((_, i) => [0, 298].map((x) => execFileSync('pdftotext', ['-f', String(from + i + 1), '-l', String(from + i + 1), '-r', '72', '-x', String(x), '-y', '0', '-W', '298', '-H', '842', r.file, '-'], { encoding: 'utf8' })).join('')).map(stripWhitespace).join('');
  const inOrder = (name: string) => new RegExp(name.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^]{0,30}?')).test(columns);
  for (const name of await page.locator('#glossary dt strong').allTextContents()) expect(inOrder(name), name).toBe(true);
  expect(sparsePages(r), 'pages less than a third full').toEqual([]);
});

test('print: /print/ is the whole documentary within 24 A4 pages — every figure’s value in it, nothing clipped, no near-empty page', async ({ page }) => {
  const r = await printToPdf(page, 'print/');
  // Every piece of article text on the page (which together are the article: tests/dist/article.test.ts) is printed, in order.
  const pieces = (await page.locator('main [data-article]').allTextContents()).map(stripWhitespace);
  expect(pieces.join('')).toContain(articleText(read(source.file), source.repairs).slice(0, 400));
  let at = 0;
  for (const piece of pieces) {
    const i = r.text.indexOf(piece, at);
    expect(i, `article text missing or out of order: ${piece.slice(0, 40)}…`).toBeGreaterThanOrEqual(0);
    at = i;
  }
  for (const f of figures) {
    expect(r.text, f.id).toContain(stripWhitespace(f.label));
    expect(r.text, f.id).toContain(stripWhitespace(formatFigure(f)));
  }
  for (const h of ['目录', '文中全部数字', '来源与说明']) expect(r.text).toContain(h);
  for (const n of NAV_TEXT) expect(r.text).not.toContain(n);
  // Each chapter's map with the names of the places it lists (as each chapter's own print shows them).
  const placeNames = await page.locator('.print-chapter .map-block .place-list .name').allTextContents();
  expect(placeNames.length).toBeGreaterThan(chapterSlugs.length);
  for (const n of placeNames) expect(r.text, `place ${n}`).toContain(stripWhitespace(n));
  expect(r.pages).toBeLessThanOrEqual(24);
  expect(sparsePages(r), 'pages less than a third full').toEqual([]);
  // Running headers: none on the title page; each chapter's pages its title; from the table of
  // figures to the end (the back matter) the site's name.
  const backFrom = r.pageTexts.findIndex((t) => t.startsWith('文中全部数字'));
  expect(backFrom).toBeGreaterThan(chapterSlugs.length);
  expect(r.pageHeaders[0]).toBe('');
  expect(new Set(r.pageHeaders.slice(1, backFrom)).size, 'one header a chapter').toBe(chapterSlugs.length);
  expect(r.pageHeaders.slice(1, backFrom)).not.toContain('');
  expect(new Set(r.pageHeaders.slice(backFrom)), 'the back matter under the site’s name').toEqual(new Set([stripWhitespace(model.site.name)]));
  // Tables fit the page: no cell of the figures table reaches past the printable width.
  await page.emulateMedia({ media: 'print' });
  const overflow = await page.locator('.figures-table').evaluate((t) => t.scrollWidth - t.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.emulateMedia({ media: 'screen' });
});

test('/print/: each chapter is an h2 with its editorial subheads below it, ids are unique, and each number links to its row in the document’s table', async ({ watched: page }) => {
  await page.goto('print/');
  const chapters = page.locator('article.print-chapter');
  await expect(chapters).toHaveCount(chapterSlugs.length);
  for (const ch of await chapters.all()) {
    await expect(ch.locator('h2')).toHaveCount(1);
    expect(await ch.locator('[data-editorial]').evaluateAll((hs) => hs.map((h) => h.tagName))).not.toContain('H2');
  }
  // On paper a subhead is set as in a chapter printed alone: a size above the text, with its rule.
  const printed = async (sel: string) => {
    await page.emulateMedia({ media: 'print' });
    const s = await page.locator(sel).nth(1).evaluate((h) => { const c = getComputedStyle(h); return `${c.fontSize} ${c.borderTopWidth} ${c.borderTopStyle}`; });
    await page.emulateMedia({ media: 'screen' });
    return s;
  };
  const inPrint = await printed('.print-chapter .prose h3[data-editorial]');
  await page.emulateMedia({ media: 'print' });
  const text = await page.locator('.print-chapter .prose p[data-article]').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  await page.emulateMedia({ media: 'screen' });
  await page.goto(`chapters/${chapterSlugs[0]}/`);
  expect(inPrint).toBe(await printed('.prose h2[data-editorial]'));
  expect(parseFloat(inPrint)).toBeGreaterThan(text);
  await page.goto('print/');
  const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
  expect(ids.length - new Set(ids).size, 'duplicate ids').toBe(0);
  // Each number links to its row in the document's own table of figures (same label, value, quote,
  // period and link), instead of carrying a popover: one copy of each figure in the document.
  const refs = await page.locator('a.fig-ref').evaluateAll((as) => as.map((a) => ({ id: a.getAttribute('data-figures'), href: a.getAttribute('href')! })));
  expect(refs.length).toBeGreaterThan(50);
  for (const r of refs) {
    expect(r.href).toBe(`#all-figure-${r.id}`);
    await expect(page.locator(`section#figures tr${r.href}`)).toHaveCount(1);
  }
  // No popover at all: a term's first use links to its entry on the glossary page (this edition prints no glossary).
  await expect(page.locator('.fig-pop')).toHaveCount(0);
  const terms = await page.locator('a.term-ref').evaluateAll((as) => as.map((a) => ({ id: a.getAttribute('data-term')!, href: a.getAttribute('href') })));
  expect(terms.length).toBeGreaterThan(10);
  for (const x of terms) expect(x.href, x.id).toBe(`/glossary/#term-${x.id}`);
  // and no link says it opens a popup (a screen reader would announce one).
  await expect(page.locator('a.fig-ref[aria-haspopup], a.term-ref[aria-haspopup]')).toHaveCount(0);
  const first = page.locator('a.fig-ref').first();
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${refs[0]!.href}$`));
  await expect(page.locator(refs[0]!.href)).toBeInViewport();
});

test('in print, no line of a figure’s source or a place list’s entry begins with “·”: it stays with the word before it', async ({ page }) => {
  // About the width of an A4 page's text (176 mm); the English words are the longest.
  await page.setViewportSize({ width: 665, height: 900 });
  await page.goto('en/print/');
  await page.emulateMedia({ media: 'print' });
  const checked = page.locator('td.src a, .place-list .meta');
  expect(await checked.count()).toBeGreaterThan(50);
  const leading = await checked.evaluateAll((els) => els.flatMap((el) => {
    // Every character of the element in order, with where it lies; each “·” against the last visible character before it.
    const chars: { c: string; top: number }[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (let i = 0; i < n.textContent!.length; i++) {
        const c = n.textContent![i]!;
        if (/\s/.test(c)) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 1);
        chars.push({ c, top: Math.round(r.getBoundingClientRect().top) });
      }
    }
    return chars.flatMap((x, i) => (x.c === '·' && i > 0 && chars[i - 1]!.top !== x.top ? [el.textContent!.replace(/\s+/g, ' ')] : []));
  }));
  expect(leading).toEqual([]);
});
