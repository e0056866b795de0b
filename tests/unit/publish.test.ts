/** Corrections (the channel and the composed report) and the quote card's layout: pure. */
import { describe, expect, it } from 'vitest';
import { channelAttr, composeReport, parseChannel, reportHref } from '../../src/lib/site/corrections';
import { SCRIPT_TEXT } from '../../src/lib/site/script-text';
import { siteSchema } from '../../src/schemas/site';
import { breakLines, breakPieces, CARD_MAX_HEIGHT, CARD_WIDTH, layoutQuoteCard, quoteCardFileName, sentences, type FontSpec } from '../../src/lib/share/quote-card';
import { loadContent } from '../../src/plugins/content-files';

const root = new URL('../../', import.meta.url).pathname;

describe('the corrections channel', () => {
  it('reads an e-mail address or an issue tracker', () => {
    expect(parseChannel('mailto:jiucuo@news.zhuzhou.cn')).toEqual({ kind: 'mail', address: 'jiucuo@news.zhuzhou.cn' });
    expect(parseChannel('https://github.com/publisher/zhuzhou/issues/new')).toEqual({ kind: 'tracker', url: 'https://github.com/publisher/zhuzhou/issues/new' });
    expect(channelAttr(parseChannel('mailto:jiucuo@news.zhuzhou.cn'))).toBe('mailto:jiucuo@news.zhuzhou.cn');
  });
  it.each([
    ['corrections@zhuzhou-reform40.example.org', 'neither mailto:'],
    ['mailto:corrections@zhuzhou-reform40.example.org', 'is a placeholder address'],
    ['mailto:nobody', 'is not mailto: and one e-mail address'],
    ['http://tracker.zhuzhou.cn/new', 'must be https://'],
    ['https://issues.example.com/new', 'on a placeholder host'],
  ])('refuses %s', (raw, message) => {
    expect(() => parseChannel(raw)).toThrow(message);
  });
  it('the schema refuses a placeholder channel with the reason, and leaves it optional', () => {
    const base = { name: 'n', description: '0123456789a', intro: ['i'], report: 'r' };
    expect(siteSchema.safeParse(base).success).toBe(true);
    const bad = siteSchema.safeParse({ ...base, corrections: 'mailto:corrections@zhuzhou-reform40.example.org' });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.message).toContain('placeholder');
  });
  it('no channel is set in content/: no address is invented', () => {
    expect(loadContent(root).model.site.corrections).toBeUndefined();
  });
});

describe('a composed report', () => {
  const w = SCRIPT_TEXT.zh.report;
  const report = { page: 'http://localhost:4321/chapters/innovation/#p7', paragraph: '7', passage: '株洲连续九年获得全国科技进步先进城市称号。', note: '应为八年' };
  it('carries the page, the paragraph, the passage and the note', () => {
    const r = composeReport(report, w, '《改革开放四十载 砥砺奋进看株洲》第三章');
    expect(r.subject).toBe('勘误：《改革开放四十载 砥砺奋进看株洲》第三章 · 第7段');
    for (const part of [report.page, '段落：7', report.passage, report.note]) expect(r.body).toContain(part);
  });
  it('marks what the reader left empty; a template leaves it blank', () => {
    expect(composeReport({ ...report, note: ' ' }, w, 'c').body).toContain(w.empty);
    expect(composeReport({ page: '', paragraph: '', passage: '', note: '' }, w, 'c', '').body).not.toContain(w.empty);
  });
  it('goes by mail as subject and body, or to a tracker as title and body', () => {
    const r = composeReport(report, SCRIPT_TEXT.en.report, 'Chapter 3');
    const mail = reportHref(parseChannel('mailto:jiucuo@news.zhuzhou.cn'), r);
    expect(mail).toMatch(/^mailto:jiucuo@news\.zhuzhou\.cn\?subject=Correction%3A%20Chapter%203%2C%20paragraph%207&body=/);
    expect(decodeURIComponent(mail.split('&body=')[1]!)).toBe(r.body);
    const tracker = new URL(reportHref(parseChannel('https://github.com/publisher/zhuzhou/issues/new'), r));
    expect(tracker.searchParams.get('title')).toBe(r.subject);
    expect(tracker.searchParams.get('body')).toBe(r.body);
  });
});

describe('the quote card layout', () => {
  // A fixed-width stand-in for the canvas: a CJK character 1 em, anything else 0.55 em.
  const measure = (text: string, f: FontSpec) => Array.from(text).reduce((w, ch) => w + (ch.codePointAt(0)! >= 0x2e80 ? 1 : 0.55) * f.size, 0);
  const font: FontSpec = { size: 10, weight: 400, family: 'serif' };
  const fonts = { serif: 'serif', sans: 'sans-serif' };
  const meta = { language: 'zh' as const, siteName: '株洲 · 改革开放四十载', chapterLine: '《改革开放四十载 砥砺奋进看株洲》第三章 · 第7段', sourceLine: '2018年12月的报纸特稿，宣传株洲改革开放四十年的成就；报纸与作者不详', url: 'http://localhost:4321/chapters/innovation/#p7', excerptMark: '（节选）' };

  it('never starts a line with 。，、” or ends one with “《 (UAX #14)', () => {
    const lines = breakLines('从1988年开始实施“科教兴市”战略，株洲连续九年获得全国科技进步先进城市称号。', 60, font, measure);
    expect(lines.join('')).toBe('从1988年开始实施“科教兴市”战略，株洲连续九年获得全国科技进步先进城市称号。');
    for (const l of lines) {
      expect(l).not.toMatch(/^[。，、”）]/);
      expect(l).not.toMatch(/[“（《]$/);
      expect(measure(l, font)).toBeLessThanOrEqual(60);
    }
  });
  it('breaks English at spaces and a long URL between characters', () => {
    expect(breakPieces('a look at')).toEqual(['a ', 'look ', 'at']);
    const lines = breakLines('http://localhost:4321/chapters/social-governance/#p12', 100, font, measure);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(measure(l, font)).toBeLessThanOrEqual(100);
  });
  it('splits a paragraph into sentences to choose from', () => {
    expect(sentences('株洲是工业城市。清水塘要搬迁！怎么办？', 'zh-CN')).toEqual(['株洲是工业城市。', '清水塘要搬迁！', '怎么办？']);
    expect(sentences('Zhuzhou is a city. It is in Hunan.', 'en')).toEqual(['Zhuzhou is a city.', 'It is in Hunan.']);
  });
  it('sets a short quote large on a square card, with the chapter, the source line and the link', () => {
    const l = layoutQuoteCard({ ...meta, quote: '绿色是株洲发展的“底色”。' }, fonts, measure);
    expect([l.width, l.height]).toEqual([CARD_WIDTH, CARD_WIDTH]);
    expect(l.quoteSize).toBe(54);
    expect(l.cut).toBe(false);
    const texts = l.lines.map((x) => x.text).join('\n');
    for (const part of [meta.siteName, meta.chapterLine, meta.url]) expect(texts).toContain(part);
    expect(texts).toContain('报纸与作者不详');
    for (const x of l.lines) expect(x.x + measure(x.text, x.font)).toBeLessThanOrEqual(CARD_WIDTH - 90);
  });
  it('shrinks a long paragraph and cuts one too long for any size at a line’s end, saying so', () => {
    const long = '株洲加快推进清水塘老工业区搬迁改造，'.repeat(40);
    const l = layoutQuoteCard({ ...meta, quote: long }, fonts, measure);
    expect(l.height).toBeLessThanOrEqual(CARD_MAX_HEIGHT);
    expect(l.height).toBeGreaterThan(CARD_MAX_HEIGHT - 200);
    expect(l.cut).toBe(true);
    const quoteLines = l.lines.filter((x) => x.font.family === 'serif' && x.font.size === l.quoteSize);
    expect(quoteLines.at(-1)!.text).toMatch(/……”$/);
    expect(l.lines.map((x) => x.text).join('')).toContain('（节选）');
    for (const x of l.lines) expect(x.y).toBeLessThan(CARD_MAX_HEIGHT - 60);
  });
  it('names the file by chapter, paragraph and sentence', () => {
    expect(quoteCardFileName('innovation', '7')).toBe('zhuzhou-innovation-p7.png');
    expect(quoteCardFileName('innovation', '7', 2)).toBe('zhuzhou-innovation-p7-s2.png');
  });
});
