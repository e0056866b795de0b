// The number logic the content guard relies on (src/lib/article/numbers.ts), rule by rule: how a
// notation is classified and read, where a number sits in its quote, what the words around it say,
// and how the site shows a figure. Each test pins one behaviour the mutation run found unchecked.
import { describe, expect, it } from 'vitest';
import {
  chapterKicker, chineseNumeral, displayNumber, findMultipliers, formatFigure, formatFigureShort, isPlottable, locateNumber,
  multiplierFactor, notationKind, parseArticleNumber, qualifierEvidence, qualifierLabel, type FigureLike,
} from '../../src/lib/article/numbers';

describe('notations are read only from the site’s own tables', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('%s is not a multiplier or a Roman numeral', (s) => {
    expect(notationKind(s)).toBeNull();
    expect(parseArticleNumber(s)).toBeNull();
    expect(multiplierFactor(s)).toBeNull();
  });
});

describe('notationKind classifies the whole notation, not a part of it', () => {
  it.each([
    ['147', 'digits'], [' 147 ', 'digits'], ['12/34', 'fraction'], ['Ⅱ', 'roman'], ['九', 'chinese'],
    ['第十二', 'rank'], ['第3', 'rank'], ['增长12倍', 'multiplier'], ['增长2.25倍', 'multiplier'], ['增至12倍', 'multiplier'],
    ['增至2.25倍', 'multiplier'], ['几十万', 'vague'],
  ] as const)('%j is %s', (notation, kind) => expect(notationKind(notation)).toBe(kind));
  it.each([
    '1/3年', '约1/3', '第5万', '第二3', '第二名', '排第二', '增长2倍多', '约增长2倍', '增至2倍多', '约增至2倍', '几万名', '约几万', '九成', '约九',
  ])('%j is not a notation the site reads', (notation) => expect(notationKind(notation)).toBeNull());
});

describe('parseArticleNumber', () => {
  it.each([
    ['十五万', 150000], ['万', 10000], ['三万', 30000], ['一万二千', 12000], ['两千三百', 2300],
    ['第12', 12], [' Ⅱ ', 2], ['增长12倍', 13], ['增长2.25倍', 3.25], ['增至12倍', 12], ['增至2.25倍', 2.25],
  ] as const)('reads %j as %d', (notation, value) => expect(parseArticleNumber(notation)).toBe(value));
  it('refuses a rank that mixes digits and Chinese numerals (第5万 was read as 10000)', () => {
    expect(parseArticleNumber('第5万')).toBeNull();
    expect(parseArticleNumber('第二3')).toBeNull();
  });
});

describe('multiplierFactor reads a whole multiplier expression', () => {
  it.each([
    [' 翻番 ', 2], ['翻三番', 8], ['增长12倍', 13], ['增长2.25倍', 3.25], ['增至12倍', 12], ['增至2.25倍', 2.25],
  ] as const)('%j multiplies by %d', (text, factor) => expect(multiplierFactor(text)).toBe(factor));
  it.each(['收入增长2倍', '增长2倍多', '收入增至2倍', '增至2倍多', '增长倍'])('%j is not one', (text) => expect(multiplierFactor(text)).toBeNull());
  it('finds multi-digit and decimal multipliers in a text', () => {
    expect(findMultipliers('增长12倍，增至2.25倍，增长2.25倍，增至12倍')).toEqual([
      { at: 0, text: '增长12倍', factor: 13 }, { at: 6, text: '增至2.25倍', factor: 2.25 },
      { at: 14, text: '增长2.25倍', factor: 3.25 }, { at: 22, text: '增至12倍', factor: 12 },
    ]);
  });
});

describe('locateNumber finds digits only as a number of their own', () => {
  it('does not find 62% inside 162%, nor 第2 inside 第23', () => {
    expect(locateNumber('森林覆盖率达到162%', '62%')).toBeNull();
    expect(locateNumber('位居全国第23名', '第2')).toBeNull();
  });
  it('finds them where they stand alone', () => {
    expect(locateNumber('森林覆盖率达到62%，', '62%')).toEqual({ at: 7, length: 3 });
    expect(locateNumber('位居全国第2名', '第2')).toEqual({ at: 4, length: 2 });
  });
  it('bounds only the edges that are digits (quotes are compared without white space: 62% 2018年 → 62%2018年)', () => {
    expect(locateNumber('占62%2018年', '62%')).toEqual({ at: 1, length: 3 });
    expect(locateNumber('2018第2季度', '第2')).toEqual({ at: 4, length: 2 });
  });
});

describe('qualifierEvidence: the words after the number and its unit', () => {
  const span = (quote: string, notation: string, unit: string) => {
    const ev = qualifierEvidence(quote, notation, unit)!;
    return { span: quote.slice(ev.span.start, ev.span.end), atLeast: ev.atLeast, approx: ev.approx };
  };
  it.each([
    ['新增20来个', '20', '个', { span: '20来个', atLeast: null, approx: '来' }],
    ['气温20左右', '20', '℃', { span: '20左右', atLeast: null, approx: '左右' }],
    ['气温20上下', '20', '℃', { span: '20上下', atLeast: null, approx: '上下' }],
    ['年过30有余', '30', '岁', { span: '30有余', atLeast: '有余', approx: null }],
    ['新增20个左右', '20', '个', { span: '20个左右', atLeast: null, approx: '左右' }],
    ['新增20个上下', '20', '个', { span: '20个上下', atLeast: null, approx: '上下' }],
    ['用了5年有余', '5', '年', { span: '5年有余', atLeast: '有余', approx: null }],
    ['用了5年多', '5', '年', { span: '5年多', atLeast: '多', approx: null }],
  ] as const)('%s', (quote, notation, unit, want) => expect(span(quote, notation, unit)).toEqual(want));
  it('takes in the unit only where the quote writes it after the number', () => {
    expect(span('近20项', '20', '个')).toEqual({ span: '近20', atLeast: null, approx: '近' });
  });
  it('leaves 倍 out of the span: it belongs to the multiplier expression', () => {
    expect(span('收入增至2倍以上', '2', '倍')).toEqual({ span: '2', atLeast: null, approx: null });
  });
  it('reads the words after a number without a unit once (200多以上 is 200多)', () => {
    expect(span('招聘200多以上', '200', '')).toEqual({ span: '200多', atLeast: '多', approx: null });
  });
  it('takes a multiplier that touches the number on either side', () => {
    expect(qualifierEvidence('两翻番', '两', '')!.multiplier).toEqual({ text: '翻番', factor: 2 });
    expect(qualifierEvidence('翻番2', '2', '')!.multiplier).toEqual({ text: '翻番', factor: 2 });
  });
  it('takes a multiplier only where it is at the number', () => {
    expect(qualifierEvidence('收入翻番，新增企业20家', '20', '家')!.multiplier).toBeNull();
    expect(qualifierEvidence('新增企业20家，收入翻番', '20', '家')!.multiplier).toBeNull();
    expect(qualifierEvidence('收入翻两番', '两', '')!.multiplier).toEqual({ text: '翻两番', factor: 4 });
  });
});

describe('how the site shows a figure', () => {
  const f = (over: Partial<FigureLike>): FigureLike => ({ value: 2, unit: '', qualifier: 'exact', ...over });
  it('shows multipliers and vague notations in the article’s words', () => {
    expect(displayNumber(f({ unit: '倍', notation: '翻番' }))).toBe('翻番');
    expect(displayNumber(f({ value: 100, qualifier: 'atLeast', notation: '上百' }))).toBe('上百');
  });
  it('shows the notation of a vague or valueless figure as written, whatever its kind', () => {
    expect(displayNumber(f({ value: 9, qualifier: 'vague', notation: '九' }))).toBe('九');
    expect(displayNumber(f({ value: undefined, notation: '九' }))).toBe('九');
  });
  it('shows the English view’s rendering where the figure has no number to show, and writes it out whole', () => {
    expect(displayNumber(f({ value: undefined, unit: '名', qualifier: 'vague', notation: '几万', rendering: 'tens of thousands of workers' }))).toBe('tens of thousands of workers');
    expect(displayNumber(f({ value: 147, unit: 'enterprises', rendering: '147 enterprises' }))).toBe('147');
    expect(formatFigure(f({ value: 147, unit: 'enterprises', rendering: '147 enterprises' }))).toBe('147 enterprises');
  });
  it('never plots a vague amount or a figure without a value', () => {
    expect(isPlottable(f({ value: 5, qualifier: 'vague' }))).toBe(false);
    expect(isPlottable(f({ value: undefined }))).toBe(false);
    expect(isPlottable(f({ value: 5 }))).toBe(true);
  });
  it('writes a multiplier once when its notation already says 增至N倍', () => {
    expect(formatFigure(f({ unit: '倍', notation: '增至2倍' }))).toBe('增至2倍');
  });
  it('writes a multiple the article gives only in words as written', () => {
    expect(formatFigure(f({ value: undefined, unit: '倍', qualifier: 'vague', notation: '数' }))).toBe('数倍');
  });
  it('marks an approximation on a bar with ≈', () => {
    expect(formatFigureShort(f({ value: 20, qualifier: 'approx' }))).toBe('≈20');
    expect(formatFigureShort(f({ value: 62, qualifier: 'target' }))).toBe('62');
  });
  it('names each qualifier for tables and data', () => {
    expect((['exact', 'atLeast', 'approx', 'target', 'vague'] as const).map(qualifierLabel)).toEqual([
      '确数', '下限（原文作超过／逾／突破／以上／多／余）', '约数（原文作近／约）', '目标或预期（原文作将／预计／提出）', '原文只以文字给出，无确数',
    ]);
  });
});

describe('chapter numerals', () => {
  it('writes 1 … 10 in Chinese numerals and anything else in digits', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(chineseNumeral).join('')).toBe('一二三四五六七八九十');
    expect([0, 11, 1.5, -1].map(chineseNumeral)).toEqual(['0', '11', '1.5', '-1']);
  });
  it('heads a chapter 第N章', () => expect(chapterKicker(3)).toBe('第三章'));
});
