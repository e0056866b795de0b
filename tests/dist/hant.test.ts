/**
 * The 繁體 edition as built (no browser): the site's words in Taiwan usage, the article's text in
 * character conversion with 「」, no 简体 characters, no Chinese in shared assets, and data
 * downloads that carry the verbatim quote.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { articleText, stripWhitespace } from '../../src/lib/article/text';
import { fromHant, toHant } from '../../src/lib/editions/hant';
import STCharacters from 'opencc-js/dict/STCharacters';
import TWVariants from 'opencc-js/dict/TWVariants';
import STPhrases from 'opencc-js/dict/STPhrases';
import { loadContent } from '../../src/plugins/content-files';
import { builtPage, builtText, outDir, sitemapPaths } from './built';

const root = new URL('../../', import.meta.url).pathname;
const { model } = loadContent(root);
const article = articleText(readFileSync(`${root}${model.source.file}`, 'utf8'), model.source.repairs);
/** Characters that are Traditional forms too (里 in 公里, 准, 干 …): every character of OpenCC's Traditional values. */
const traditional = new Set([STCharacters as string, TWVariants as string, STPhrases as string].flatMap((d) => d.split('|').flatMap((e) => [...e.split(' ').slice(1).join('')])));
/** 简体-only: changes in character conversion and is never a Traditional form. */
const simplifiedOnly = (c: string) => toHant(c) !== c && !traditional.has(c);
const hantPaths = sitemapPaths().filter((p) => p.startsWith('zh-hant/'));

/** Mainland interface words (as character conversion writes them) → the Taiwan word. */
const MAINLAND: Record<string, string> = {
  打印: '列印', 鏈接: '連結', 數據: '資料', 二維碼: 'QR Code', 'QR 碼': 'QR Code', 時間線: '時間軸', 空氣質量: '空氣品質', 頁面地址: '網址', 軟體包: '套件', 口徑: '定義', 下面的網址: '下方的網址', 份額: '佔比', 菜單: '選單', 軟件: '軟體', 信息: '資訊', 設備: '裝置', 字段: '欄位',
  程序: '程式', 默認: '預設', 視頻: '影片', 網絡: '網路', 點擊: '點選', 文檔: '文件', 掃一掃: '掃描', 微信掃: '手機相機掃描', 查找: '搜尋',
  '文件名(?!稱)': '檔名', 發佈: '發布', 代碼: '程式碼', 字體: '字型', 互聯網: '網際網路',
  導語: '導言', '文本(?!身)': '文字', 核實: '查證', 給出: '列出', 數量表述: '數字敘述', 許可: '授權', 源資料: '原始資料', 提法: '說法', 刊發: '刊登', 時長: '期間', 編者注: '編按', 寫好報告: '填寫回報',
  要麼: '或', 另有記錄: '另有紀錄', 數字記錄: '數字紀錄', 一條記錄: '一筆紀錄', '注：': '註：', 縣市區: '縣級行政區',
  提取: '擷取', 試點與藍圖: '試辦與藍圖', 攻堅與新城: '全力衝刺，關廠建新城', 全力衝刺與新城: '全力衝刺，關廠建新城', 走進企業: '走訪企業',
  導航: '導覽', 條形圖: '長條圖', 硅谷: '矽谷', 運營: '營運', 高校: '大學', 可持續: '永續', 社交媒體: '社群媒體', 獲批: '獲核定', 出臺: '發布', 計劃: '計畫', 獲評: '獲選為', 檔名稱: '文件名稱', 原文字身: '原文本身', 補配: '補上',
  報道: '報導', 增長動力: '成長動能', '軌道交通、航空、汽車等動力產業和': '軌道運輸、航空、汽車等動力產業和', 關停: '關閉', 約略位置: '大致位置', 市州: '地級行政區',
  畫作: '以藍線表示', 著色的是: '著色部分為', 封面: '首頁', 政策術語: '術語', 限定: '數值性質',
};

/** A page's readable text: its text content and the attributes people read or hear, without scripts, styles and the search index. */
function readable(html: string): string {
  const attrs = [...html.matchAll(/\s(?:title|aria-label|alt|content|placeholder|data-text-[\w-]+|data-label)="([^"]*)"/g)].map((m) => m[1]);
  const text = html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ');
  return `${text}\n${attrs.join('\n')}`.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/** A page's HTML without the elements in another language than Chinese (lang="en"), which keep their own punctuation. */
function withoutEnglish(html: string): string {
  const { document } = parseHTML(html);
  for (const e of document.querySelectorAll('body [lang]:not([lang^="zh"])')) e.remove();
  return document.documentElement.outerHTML;
}

/** A page's elements without its words: each tag, its attributes' names, and the values that are structure (ids, classes, roles, link targets within the edition, lang apart from the script). */
function skeleton(document: Document): string[] {
  const STRUCTURE = new Set(['id', 'class', 'role', 'tabindex', 'type', 'for', 'aria-hidden', 'aria-controls', 'aria-labelledby', 'aria-describedby', 'aria-current', 'aria-expanded', 'hidden']);
  const elements = [...document.querySelectorAll('body *')].filter((el) => el.tagName !== 'WBR' /* breaks in a URL: one more in 繁體's longer ones */);
  // The edition switcher marks a different edition current: its items are compared in order of their edition.
  const inSwitch = (el: Element) => !!el.closest('[data-edition-switch]') && !el.hasAttribute('data-edition-switch');
  return [...elements.filter((el) => !inSwitch(el)).map(shape), ...elements.filter(inSwitch).map(shape).sort()];
  function shape(el: Element) {
    const attrs = [...el.attributes].map((a) => {
      if (STRUCTURE.has(a.name)) return `${a.name}=${a.value}`;
      if (a.name === 'href' && a.value.startsWith('#')) return `href=${a.value}`;
      if (a.name === 'lang') return `lang=${a.value.replace(/^zh-Hant(-TW)?$|^zh-Hans(-CN)?$|^zh(-CN)?$/, 'zh')}`;
      return a.name;
    }).sort();
    return `${el.tagName.toLowerCase()}[${attrs.join(' ')}]`;
  }
}

/** Whether a stretch around a word quotes the article (converted back, it is in the article). */
const quotesArticle = (around: string) => article.includes(stripWhitespace(fromHant(around)));

describe('the 繁體 edition as built', () => {
  it.each(hantPaths)('/%s: no mainland interface word outside the article’s own text', (path) => {
    // /about/ names the words it replaces, as examples.
    const text = readable(builtText(path)).replace(/「(发|打印|发布)」/g, '');
    const found: string[] = [];
    for (const [w, tw] of Object.entries(MAINLAND)) {
      for (const m of text.matchAll(new RegExp(`(?<=(\\p{Script=Han}{0,4}))${w}(?=(\\p{Script=Han}{0,4}))`, 'gu'))) {
        const around = `${m[1]}${w}${m[2]}`;
        if (!quotesArticle(around) && !quotesArticle(`${m[1]}${w}`) && !quotesArticle(`${w}${m[2]}`)) found.push(`${around} (${w} → ${tw})`);
      }
    }
    expect(found).toEqual([]);
  });

  it.each(hantPaths)('/%s: no 简体-only character outside the edition switcher, and 「」 for quotation marks, 『』 inside them', (path) => {
    // The edition switchers (the header's, and the chapter bar's) name each edition in its own script; /about/ shows 发 as the example of a character with two Traditional forms.
    // English (lang="en": the side-by-side view's English, a glossary term's) keeps its own quotation marks and apostrophes: the next test.
    const html = builtText(path).replace(/<nav class="edition-switch"[\s\S]*?<\/nav>/, '').replace(/<nav class="bar-editions"[\s\S]*?<\/nav>/, '');
    const text = readable(withoutEnglish(html)).replace(/「(发|打印|发布)」/g, '');
    const simplified = [...new Set([...text.matchAll(/\p{Script=Han}/gu)].map((m) => m[0]).filter(simplifiedOnly))];
    expect(simplified).toEqual([]);
    expect(text.match(/[“”‘’]/g) ?? []).toEqual([]);
    expect(text.match(/.{0,8}(?:「「|」」)/g) ?? [], 'a quotation inside a quotation takes 『』').toEqual([]);
  });

  it.each(hantPaths)('/%s: its English (lang="en") as written, as on its 简体 page — Zhuzhou’s, not Zhuzhou』s', (path) => {
    const english = (d: Document) => [...d.querySelectorAll('body [lang]:not([lang^="zh"])')].map((e) => `${e.textContent}|${e.getAttribute('aria-label') ?? ''}`);
    const here = english(builtPage(path).document);
    expect(here).toEqual(english(builtPage(path.slice('zh-hant/'.length)).document));
    expect(here.join('\n').match(/.{0,12}[「」『』]/g) ?? []).toEqual([]);
  });

  // What axe checks in the browser on the 简体 pages holds for the 繁體 ones, whose dark theme it
  // checks for colour only (tests/e2e/a11y.spec.ts): the same elements, roles, names' presence and
  // links, the words apart.
  it.each(hantPaths)('/%s: the markup of its 简体 page, the words apart', (path) => {
    expect(skeleton(builtPage(path).document)).toEqual(skeleton(builtPage(path.slice('zh-hant/'.length)).document));
  });

  it('/zh-hant/about/: no half-width space between a Chinese character and 「」 (the 简体’s spacing beside Latin text inside “”)', () => {
    expect(builtText('zh-hant/about/').match(/\p{Script=Han} [「」]|[「」] \p{Script=Han}/gu) ?? []).toEqual([]);
  });

  it('the article’s text has 「」 and converts back to the source exactly', () => {
    const innovation = readable(builtText('zh-hant/chapters/innovation/'));
    expect(innovation).toContain('「中國動力谷」');
    expect(article).toContain(stripWhitespace(fromHant('「中國動力谷」')));
  });
});

describe('shared assets', () => {
  const dir = join(outDir, '_astro');
  const files = readdirSync(dir).filter((f) => /\.(js|css)$/.test(f));
  it.each(files)('_astro/%s carries no Chinese (each edition’s words come from its pages)', (f) => {
    const han = [...new Set(readFileSync(join(dir, f), 'utf8').match(/\p{Script=Han}/gu) ?? [])];
    expect(han).toEqual([]);
  });
});

describe('the data downloads', () => {
  const quotes = model.figures.map((f) => f.quote);
  it.each(['', 'zh-hant/', 'en/'])('/%sdata/figures.json: the verbatim 简体 quote in every edition, and columns that say what each is', (prefix) => {
    const data = JSON.parse(builtText(`${prefix}data/figures.json`)) as { columns: { name: string; kind: string }[]; figures: Record<string, string>[] };
    expect(data.figures.map((f) => f.quote)).toEqual(quotes);
    expect(data.columns.find((c) => c.name === 'quote')!.kind).toBe('source');
    if (prefix === 'zh-hant/') {
      expect(data.columns.find((c) => c.name === 'quote_zh_hant')!.kind).toBe('conversion');
      for (const f of data.figures) expect(fromHant(f.quote_zh_hant!)).toBe(f.quote);
      expect(data.columns.find((c) => c.name === 'label')!.kind).toBe('conversion');
    } else expect(data.columns.some((c) => c.name === 'quote_zh_hant')).toBe(false);
    if (prefix === 'en/') expect(data.columns.find((c) => c.name === 'label')!.kind).toBe('translation');
  });
  it('/zh-hant/data/figures.csv: the quote verbatim, its conversion beside it', () => {
    const csv = builtText('zh-hant/data/figures.csv');
    const header = csv.replace(/^\uFEFF/, '').split('\r\n')[0]!.split(',');
    expect(header.slice(header.indexOf('quote'), header.indexOf('quote') + 2)).toEqual(['quote', 'quote_zh_hant']);
    for (const q of quotes.slice(0, 10)) expect(csv).toContain(q.includes('"') || q.includes(',') ? q.replace(/"/g, '""') : q);
  });
});
