import { describe, expect, it } from 'vitest';
import { applyRepairs, articleText, firstDifference, hasHan, nestQuotes, quoted, readingMinutes, stripWhitespace } from '../../src/lib/article/text';
import { absoluteUrl, chapterPath, withBase } from '../../src/lib/site/paths';
import { toCsv } from '../../src/lib/figures/csv';

describe('quotations within a quotation', () => {
  it('turns the article’s own “…” into ‘…’ inside the site’s “…”', () => {
    expect(quoted('提出“一年初见成效，三年大见成效”')).toBe('“提出‘一年初见成效，三年大见成效’”');
    expect(quoted('从“高碳”转向“低碳”')).toBe('“从‘高碳’转向‘低碳’”');
  });
  it('turns a third level back to “…” and leaves a quotation without marks as it is', () => {
    expect(nestQuotes('他说“要建‘两型’社会”')).toBe('他说‘要建“两型”社会’');
    expect(nestQuotes('全市森林覆盖率达62%')).toBe('全市森林覆盖率达62%');
    expect(nestQuotes('「來之前…」在『兩型』')).toBe('『來之前…』在「兩型」');
    // One whole quotation is not quoted again (“213示范工程”, not “‘213示范工程’”); two are.
    expect(quoted('“213示范工程”')).toBe('“213示范工程”');
    expect(quoted('“一谷”与“三区”')).toBe('“‘一谷’与‘三区’”');
    expect(quoted('')).toBe('“”');
  });
  it('changes only the marks: the same characters otherwise, in the same order', () => {
    const q = '国家创新型城市三大科技创新“金字招牌”花落株洲';
    expect(nestQuotes(q).replace(/[‘’]/g, '')).toBe(q.replace(/[“”]/g, ''));
    expect(nestQuotes(nestQuotes(q))).toBe(q);
  });
});

describe('text normalisation', () => {
  it('removes line breaks, spaces and full-width spaces', () => {
    expect(stripWhitespace(' 2014年，清水塘\n\n全国 21 个\u3000试点')).toBe('2014年，清水塘全国21个试点');
  });
  it('applies the repairs after removing white space (IG-\\n\\nBT → IGBT)', () => {
    const repairs = [{ seed: 'IG-BT', text: 'IGBT' }, { seed: '宜居之城宜居之城', text: '宜居之城' }];
    expect(articleText('掌握了IG-\n\nBT、磁悬浮', repairs)).toBe('掌握了IGBT、磁悬浮');
    expect(applyRepairs('宜居之城宜居之城美丽株洲', repairs)).toBe('宜居之城美丽株洲');
  });
  it('finds the first difference', () => {
    expect(firstDifference('abc', 'abc')).toBe(-1);
    expect(firstDifference('abc', 'abd')).toBe(2);
    expect(firstDifference('abc', 'ab')).toBe(2);
  });
  it('estimates reading time at 400 characters a minute, at least one', () => {
    expect(readingMinutes('字'.repeat(2000))).toBe(5);
    expect(readingMinutes('短')).toBe(1);
  });
});

describe('paths under a base path', () => {
  it('joins base and path whatever the slashes', () => {
    expect(withBase('/', 'chapters/x/')).toBe('/chapters/x/');
    expect(withBase('/zhuzhou', 'chapters/x/')).toBe('/zhuzhou/chapters/x/');
    expect(withBase('/zhuzhou/', '/figures/')).toBe('/zhuzhou/figures/');
    expect(withBase('/zhuzhou/')).toBe('/zhuzhou/');
  });
  it('builds absolute URLs', () => {
    expect(absoluteUrl('https://example.org', '/zhuzhou/', chapterPath('innovation') + '#p3')).toBe('https://example.org/zhuzhou/chapters/innovation/#p3');
  });
});

describe('CSV', () => {
  it('starts with a BOM, quotes what needs quoting and ends lines with CRLF', () => {
    const csv = toCsv(['a', 'b'], [{ a: '“两型”,社会', b: 'say "hi"' }, { a: 1, b: null }]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('a,b\r\n"“两型”,社会","say ""hi"""\r\n1,\r\n');
  });
});

import { backMatterRule, chapterPageRules, pageFooterRule } from '../../src/lib/site/print-css';

describe('print CSS from content', () => {
  it('names a page per chapter with its title in the running header, escaping quotes', () => {
    const css = chapterPageRules([{ slug: 'innovation', title: '实施创新驱动 "引号"', kicker: '第三章' }]);
    expect(css).toBe('@page chapter-innovation {\n  @top-center { content: "第三章 · 实施创新驱动 \\"引号\\""; }\n}\narticle[data-chapter="innovation"] { page: chapter-innovation; }\n');
  });
  it('puts the back matter on one named page under the site’s name', () => {
    expect(backMatterRule('株洲 · 改革开放四十载')).toBe('@page back-matter {\n  @top-center { content: "株洲 · 改革开放四十载"; }\n}\n[data-print-back] { page: back-matter; }\n');
  });
  it('writes the page footer in the edition’s words', () => {
    expect(pageFooterRule('第 {page} 页 / 共 {pages} 页')).toBe('@page {\n  @bottom-center { content: "第 " counter(page) " 页 / 共 " counter(pages) " 页"; }\n}\n');
    expect(pageFooterRule('Page {page} of {pages}')).toBe('@page {\n  @bottom-center { content: "Page " counter(page) " of " counter(pages); }\n}\n');
  });
});

import { langRuns } from '../../src/lib/site/lang-runs';

describe('Chinese runs inside English text', () => {
  it('cuts the text into Chinese and other runs, keeping every character', () => {
    const text = 'The article says “几万” (several tens of thousands), in yuan renminbi (“亿元人民币”).';
    const runs = langRuns(text);
    expect(runs.filter((r) => r.zh).map((r) => r.text)).toEqual(['几万', '亿元人民币']);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(langRuns('plain English')).toEqual([{ text: 'plain English', zh: false }]);
    expect(langRuns('清水塘，株洲')).toEqual([{ text: '清水塘，株洲', zh: true }]);
  });
});

describe('hasHan', () => {
  it('finds a Chinese character anywhere, in any Han block, and nothing in Latin, kana or punctuation', () => {
    expect(hasHan('株洲')).toBe(true);
    expect(hasHan('Zhuzhou 株 city')).toBe(true);
    expect(hasHan('\u{20000}')).toBe(true); // extension B
    expect(hasHan('\uF900')).toBe(true); // a compatibility ideograph, as PDF extraction yields
    expect(hasHan('Zhuzhou, “40” — 2018')).toBe(false);
    expect(hasHan('カタカナ，。“”')).toBe(false);
  });
});
