import { describe, expect, it } from 'vitest';
import { displayNumber, formatFigure, formatFigureShort, parseArticleNumber, plainNumber, quoteStatesNumber } from '../../src/lib/numbers';

describe('parseArticleNumber reads the article’s notations', () => {
  it.each([
    ['147', 147], ['15.15', 15.15], ['62%', 62], ['1/3', 1 / 3], ['九', 9], ['两', 2], ['十', 10],
    ['四十', 40], ['十五', 15], ['千', 1000], ['上百', 100], ['几万', 10000], ['第一', 1], ['零', 0], ['翻番', 2],
  ])('%s → %d', (notation, value) => {
    expect(parseArticleNumber(notation)).toBeCloseTo(value, 6);
  });
  it.each(['abc', '', '约', '1.2.3'])('refuses %j', (n) => expect(parseArticleNumber(n)).toBeNull());
});

describe('quoteStatesNumber finds a number only as a number of its own', () => {
  it('finds 147 in its sentence', () => expect(quoteStatesNumber('截至目前，已关停企业147家', '147')).toBe(true));
  it('does not find 6 inside 62 or 2016', () => {
    expect(quoteStatesNumber('森林覆盖率达到62%', '6')).toBe(false);
    expect(quoteStatesNumber('2013年至2016年', '6')).toBe(false);
  });
  it('does not find 15.1 inside 15.15', () => expect(quoteStatesNumber('面对15.15平方公里', '15.1')).toBe(false));
  it('finds 15 before a sentence full stop-like dot only when not a decimal', () => expect(quoteStatesNumber('15.15', '15')).toBe(false));
  it('finds Chinese numerals and fractions', () => {
    expect(quoteStatesNumber('连续九年获得', '九')).toBe(true);
    expect(quoteStatesNumber('电瓷产量占全球的1/3', '1/3')).toBe(true);
  });
});

describe('formatting is honest about qualifiers', () => {
  const f = (value: number, unit: string, qualifier: 'exact' | 'atLeast' | 'approx' | 'target', notation?: string) => ({ value, unit, qualifier, notation });
  it('never shows a lower bound as a bare number', () => {
    expect(formatFigure(f(1000, '亿元', 'atLeast', '千'))).toBe('超过1000亿元');
    expect(formatFigureShort(f(1000, '亿元', 'atLeast'))).toBe('1000+');
  });
  it('marks approximations and targets', () => {
    expect(formatFigure(f(20, '个', 'approx'))).toBe('约20个');
    expect(formatFigure(f(62, '%', 'target'))).toBe('预计62%');
  });
  it('keeps the article’s fraction and ordinal', () => {
    expect(displayNumber(f(1 / 3, '', 'exact', '1/3'))).toBe('1/3');
    expect(formatFigure(f(2, '条', 'exact', '第二'))).toBe('第2条');
  });
  it('writes plain decimals without float noise', () => {
    expect(plainNumber(15.15)).toBe('15.15');
    expect(plainNumber(0.1 + 0.2)).toBe('0.3');
  });
});

import { formatArticleDate } from '../../src/lib/numbers';

describe('formatArticleDate keeps the article’s precision', () => {
  it.each([
    [['1936'], '1936年'],
    [['2013-07'], '2013年7月'],
    [['2015-12-29'], '2015年12月29日'],
    [['2013', '2016'], '2013年至2016年'],
    [['2000', undefined, true], '2000年前后'],
  ] as [[string, string?, boolean?], string][])('%j → %s', (args, text) => expect(formatArticleDate(...args)).toBe(text));
});
