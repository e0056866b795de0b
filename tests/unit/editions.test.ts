import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EDITION, EDITIONS, editionOfPath, editionParams, notFoundRedirects } from '../../src/lib/editions/editions';
import { CONVERSION, CORRECTIONS, convertOutsideKept, fromHant, KEEP, keepOtherLanguages, roundTripDifference, roundTrips, toHant } from '../../src/lib/editions/hant';
import { anchorToKeep } from '../../src/lib/editions/place';
import { fill, SCRIPT_TEXT, scriptTextAttr } from '../../src/lib/site/script-text';
import { articleText } from '../../src/lib/article/text';
import { loadContent } from '../../src/plugins/content-files';

const root = new URL('../../', import.meta.url).pathname;

describe('editions, declared once', () => {
  it('has 简体 at the root, 繁體 under zh-hant/ and English under en/, each with its lang, hreflang and locale', () => {
    expect(EDITIONS.map((e) => [e.id, e.lang, e.hreflang, e.prefix, e.ogLocale, e.language])).toEqual([
      ['zh-CN', 'zh-CN', 'zh-CN', '', 'zh_CN', 'zh'],
      ['zh-Hant', 'zh-Hant', 'zh-Hant', 'zh-hant/', 'zh_TW', 'zh'],
      ['en', 'en', 'en', 'en/', 'en_GB', 'en'],
    ]);
    expect(DEFAULT_EDITION.id).toBe('zh-CN');
    expect(editionParams()).toEqual([{ params: { edition: undefined } }, { params: { edition: 'zh-hant' } }, { params: { edition: 'en' } }]);
  });

  it('tells the edition of a site path and the path within it', () => {
    expect(editionOfPath('')).toEqual({ edition: EDITIONS[0], path: '' });
    expect(editionOfPath('chapters/innovation/')).toEqual({ edition: EDITIONS[0], path: 'chapters/innovation/' });
    expect(editionOfPath('zh-hant/')).toEqual({ edition: EDITIONS[1], path: '' });
    expect(editionOfPath('zh-hant')).toEqual({ edition: EDITIONS[1], path: '' });
    expect(editionOfPath('/zh-hant/chapters/innovation/')).toEqual({ edition: EDITIONS[1], path: 'chapters/innovation/' });
    // a page whose name merely starts like the prefix is not in that edition
    expect(editionOfPath('zh-hantology/')).toEqual({ edition: EDITIONS[0], path: 'zh-hantology/' });
    expect(editionOfPath('en/glossary/')).toEqual({ edition: EDITIONS[2], path: 'glossary/' });
  });

  it('gives the hosts one 404 rule per prefixed edition, under the base path', () => {
    expect(notFoundRedirects('/')).toBe('/zh-hant/*  /zh-hant/404.html  404\n/en/*  /en/404.html  404\n');
    expect(notFoundRedirects('/zhuzhou')).toBe('/zhuzhou/zh-hant/*  /zhuzhou/zh-hant/404.html  404\n/zhuzhou/en/*  /zhuzhou/en/404.html  404\n');
  });
});

describe('the 繁體 conversion (OpenCC cn → tw, checked by tw → cn)', () => {
  it('is the opencc-js the site depends on', () => {
    const pkg = JSON.parse(readFileSync(`${root}node_modules/opencc-js/package.json`, 'utf8')) as { version: string };
    expect(CONVERSION.version).toBe(pkg.version);
    expect(JSON.parse(readFileSync(`${root}package.json`, 'utf8')).dependencies['opencc-js']).toBe(CONVERSION.version);
  });

  it('converts characters, not words: no Taiwan vocabulary replaces the article’s', () => {
    expect(toHant('改革开放四十载 砥砺奋进看株洲')).toBe('改革開放四十載 砥礪奮進看株洲');
    // twp would turn 软件 into 軟體 and 信息 into 資訊; tw keeps the words
    expect(toHant('软件信息')).toBe('軟件信息');
    expect(fromHant('砥礪奮進')).toBe('砥砺奋进');
  });

  it('corrects the characters OpenCC’s segmentation gets wrong, and each correction converts back to the same 简体', () => {
    expect(toHant('40年的创新历程')).toBe('40年的創新歷程');
    expect(toHant('最多只需跑一次')).toBe('最多只需跑一次');
    expect(toHant('发展历程')).toBe('發展歷程');
    for (const [wrong, right] of CORRECTIONS) expect(fromHant(right)).toBe(fromHant(wrong));
  });

  it('round-trips the whole article with 0 differences', () => {
    const { model } = loadContent(root);
    const seed = articleText(readFileSync(`${root}${model.source.file}`, 'utf8'), model.source.repairs);
    expect(toHant(seed)).not.toBe(seed);
    expect(roundTripDifference(seed)).toBeNull();
  });

  it('names the first character that does not come back', () => {
    expect(roundTrips('坐标')).toBe(false);
    expect(roundTripDifference('地点坐标')).toEqual({ at: 2, was: '坐标', back: '座标', hant: '座標' });
    expect(roundTripDifference('位置')).toBeNull();
  });

  it('leaves what a page keeps (an edition’s own name) and removes the marks', () => {
    const page = `<a>简体</a>${KEEP.open}简体${KEEP.close}<p>发展</p>`;
    expect(convertOutsideKept(page, toHant)).toBe('<a>簡體</a>简体<p>發展</p>');
    expect(convertOutsideKept(page, (s) => s)).toBe('<a>简体</a>简体<p>发展</p>');
    expect(() => convertOutsideKept(`${KEEP.open}简体`, toHant)).toThrow('never closed');
  });

  it('keeps English as written: every element with lang="en" (nested tags counted), not an element that has its own marks', () => {
    const page = '<p lang="zh-Hant">“发展”</p><p class="en" lang="en">Zhuzhou’s “<span>power</span> <span lang="en">valley</span>”</p><i>’</i>';
    expect(convertOutsideKept(keepOtherLanguages(page), toHant)).toBe('<p lang="zh-Hant">「發展」</p><p class="en" lang="en">Zhuzhou’s “<span>power</span> <span lang="en">valley</span>”</p><i>』</i>');
    const marked = `<a lang="en">${KEEP.open}English${KEEP.close}</a>`;
    expect(keepOtherLanguages(marked)).toBe(marked);
    expect(() => keepOtherLanguages('<p lang="en">open')).toThrow('never closed');
  });
});

describe('switching edition keeps the place', () => {
  const paras = [
    { id: 'p1', top: -900, bottom: -500 },
    { id: 'p2', top: -480, bottom: 100 },
    { id: 'p3', top: 120, bottom: 400 },
    { id: 'p4', top: 420, bottom: 900 },
  ];
  it('keeps the URL’s fragment', () => expect(anchorToKeep('#p7', paras, 800)).toBe('p7'));
  it('else takes the paragraph across the top fifth of the screen', () => {
    expect(anchorToKeep('', paras, 800)).toBe('p3'); // p2 ends at 100, above 160
    expect(anchorToKeep('', paras, 400)).toBe('p2'); // the line is at 80
  });
  it('at the top of the page, keeps none', () => {
    expect(anchorToKeep('', [{ id: 'p1', top: 500, bottom: 700 }], 800)).toBeNull();
    expect(anchorToKeep('#', [], 800)).toBeNull();
  });
  it('below the last paragraph, keeps the last', () => expect(anchorToKeep('', [{ id: 'p9', top: -900, bottom: -10 }], 800)).toBe('p9'));
});

describe('the scripts’ words', () => {
  it('fills named blanks and refuses a missing one', () => {
    expect(fill(SCRIPT_TEXT.zh.share.copied, { what: '链接' })).toBe('已复制链接');
    expect(fill('{a}{b}{a}', { a: 1, b: 'x' })).toBe('1x1');
    expect(() => fill(SCRIPT_TEXT.zh.share.copied, {})).toThrow('no value for {what}');
  });
  it('nest a quotation inside a quotation (“‘两型’试验区”, not ““两型”试验区”; 繁體 then sets 「『』」)', () => {
    expect(fill('小标题“{title}”的链接', { title: '“两型”试验区' })).toBe('小标题“‘两型’试验区”的链接');
    expect(fill('Link to the subhead “{title}”', { title: 'The “two-oriented” pilot zone' })).toBe('Link to the subhead “The ‘two-oriented’ pilot zone”');
    expect(fill('{a}：“{b}”', { a: '“x”', b: 'y' })).toBe('“x”：“y”');
    expect(fill('「{quote}」', { quote: '「來之前…」在' })).toBe('「『來之前…』在」');
  });
  it('are carried as JSON in a data attribute', () => {
    expect(JSON.parse(scriptTextAttr('zh', 'table'))).toEqual(SCRIPT_TEXT.zh.table);
  });
});
