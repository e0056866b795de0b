import { describe, expect, it } from 'vitest';
import { displayNumber, findMultipliers, formatFigure, formatFigureShort, isPlottable, notationKind, parseArticleNumber, plainNumber, qualifierEvidence, quoteStatesNumber } from '../../src/lib/article/numbers';

describe('parseArticleNumber reads the article’s notations', () => {
  it.each([
    ['147', 147], ['15.15', 15.15], ['62%', 62], ['1/3', 1 / 3], ['九', 9], ['两', 2], ['十', 10],
    ['四十', 40], ['十五', 15], ['千', 1000], ['第一', 1], ['第二', 2], ['零', 0], ['首', 1], ['唯一', 1], ['Ⅱ', 2], ['Ⅴ', 5],
    ['翻番', 2], ['翻两番', 4], ['增长2倍', 3], ['增至2倍', 2],
  ])('%s → %d', (notation, value) => {
    expect(parseArticleNumber(notation)).toBeCloseTo(value, 6);
  });
  it.each(['上百', '几万', '数千', '千亿级', '千千万万'])('gives no number for the vague %s', (n) => {
    expect(notationKind(n)).toBe('vague');
    expect(parseArticleNumber(n)).toBeNull();
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
  const f = (value: number | undefined, unit: string, qualifier: 'exact' | 'atLeast' | 'approx' | 'target' | 'vague', notation?: string) => ({ value, unit, qualifier, notation });
  it('never shows a lower bound as a bare number', () => {
    expect(formatFigure(f(1000, '亿元', 'atLeast', '千'))).toBe('超过1000亿元');
    expect(formatFigureShort(f(1000, '亿元', 'atLeast'))).toBe('1000+');
  });
  it('marks approximations and targets', () => {
    expect(formatFigure(f(20, '个', 'approx'))).toBe('约20个');
    expect(formatFigure(f(62, '%', 'target'))).toBe('预计62%');
  });
  it('keeps the article’s fraction, ordinal, claim and Roman numeral, and digits for Chinese numerals', () => {
    expect(displayNumber(f(1 / 3, '', 'exact', '1/3'))).toBe('1/3');
    expect(formatFigure(f(2, '条', 'exact', '第二'))).toBe('第二条');
    expect(formatFigure(f(1, '款', 'exact', '首'))).toBe('首款');
    expect(formatFigure(f(2, '类', 'exact', 'Ⅱ'))).toBe('Ⅱ类');
    expect(formatFigure(f(9, '年', 'exact', '九'))).toBe('9年');
  });
  it('shows vague amounts only in the article’s words, and never plots them', () => {
    expect(formatFigure(f(undefined, '名', 'vague', '几万'))).toBe('几万名');
    expect(formatFigure(f(undefined, '', 'vague', '千亿级'))).toBe('千亿级');
    expect(isPlottable(f(undefined, '名', 'vague', '几万'))).toBe(false);
    expect(isPlottable(f(1, '款', 'exact', '首'))).toBe(false);
    expect(isPlottable(f(1000, '亿元', 'atLeast', '千'))).toBe(true);
  });
  it('says what a multiplier multiplies to: 翻番 is to twice the base, never “增长2倍”', () => {
    expect(formatFigure(f(2, '倍', 'exact', '翻番'))).toBe('翻番（即增至2倍）');
    expect(formatFigure(f(3, '倍', 'exact', '增长2倍'))).toBe('增长2倍（即增至3倍）');
    expect(formatFigure(f(2, '倍', 'exact'))).toBe('增至2倍');
  });
  it('writes plain decimals without float noise', () => {
    expect(plainNumber(15.15)).toBe('15.15');
    expect(plainNumber(0.1 + 0.2)).toBe('0.3');
  });
});

import { formatArticleDate, qualifierMeaning, qualifierShort } from '../../src/lib/article/numbers';

describe('short qualifier tags', () => {
  it('gives each qualifier a short tag of its own, never the long list of the article’s words', () => {
    expect(qualifierShort('exact')).toBe('确数');
    expect(qualifierShort('atLeast')).toBe('下限');
    expect(qualifierShort('approx')).toBe('约数');
    expect(qualifierShort('target')).toBe('预期');
    expect(qualifierShort('vague')).toBe('无确数');
    const all = (['exact', 'atLeast', 'approx', 'target', 'vague'] as const).map(qualifierShort);
    expect(new Set(all).size).toBe(all.length);
    for (const t of all) expect(t.length).toBeLessThanOrEqual(3);
  });
  it('says in one phrase what each tag means', () => {
    expect(qualifierMeaning('exact')).toBe('原文的确切说法');
    expect(qualifierMeaning('atLeast')).toBe('原文作“超过”“突破”“以上”等，实际不少于此数');
    expect(qualifierMeaning('approx')).toBe('原文作“近”“约”“左右”');
    expect(qualifierMeaning('target')).toBe('目标或预计，不是已成的事实');
    expect(qualifierMeaning('vague')).toBe('原文只用文字，如“几万”“上百”');
  });
});

describe('formatArticleDate keeps the article’s precision', () => {
  it.each([
    [['1936'], '1936年'],
    [['2013-07'], '2013年7月'],
    [['2015-12-29'], '2015年12月29日'],
    [['2013', '2016'], '2013—2016年'],
    [['2013-07', '2014'], '2013年7月至2014年'],
    [['2000', undefined, true], '2000年前后'],
  ] as [[string, string?, boolean?], string][])('%j → %s', (args, text) => expect(formatArticleDate(...args)).toBe(text));
});

describe('qualifierEvidence reads the words next to the number', () => {
  it.each([
    ['近20个国家超过500亿元', '500', '亿元', { atLeast: '超过', span: '超过500亿元' }],
    ['亚欧非澳四大洲近20个国家', '20', '个', { approx: '近', span: '近20个' }],
    ['全国90%以上的中小航空发动机', '90', '%', { atLeast: '以上', span: '90%以上' }],
    ['200多名工作人员', '200', '名', { atLeast: '多', span: '200多名' }],
    ['众筹公益资金100余万元', '100', '万元', { atLeast: '余', span: '100余万元' }],
    ['今年科技创新对株洲经济增长的贡献率将达62%', '62', '%', { targetNear: '将达', span: '将达62%' }],
    ['已吸引创新企业109家', '109', '家', { span: '109家' }],
    ['两年来已吸引创新企业109家', '两', '年', { span: '两年' }],
    ['世界第二条、国内唯一的8英寸', '第二', '条', { span: '第二条' }],
  ] as const)('%s', (quote, notation, unit, want) => {
    const ev = qualifierEvidence(quote, notation, unit)!;
    expect(ev.atLeast).toBe('atLeast' in want ? want.atLeast : null);
    expect(ev.approx).toBe('approx' in want ? want.approx : null);
    expect(ev.targetNear).toBe('targetNear' in want ? want.targetNear : null);
    expect(quote.slice(ev.span.start, ev.span.end)).toBe(want.span);
  });
  it('finds plan words anywhere in the quote, and none in a plain statement', () => {
    expect(qualifierEvidence('提出“一年初见成效', '一', '年')!.plan).toBe('提出');
    expect(qualifierEvidence('市区空气质量优良天数上升到283天', '283', '天')!.plan).toBeNull();
  });
  it('reads 几万 as vague and 双翻番 as a doubling', () => {
    expect(qualifierEvidence('上百家工厂、几万名工人', '几万', '名')!.vague).toBe(true);
    expect(qualifierEvidence('服务量、收入实现双翻番', '翻番', '倍')!.multiplier).toEqual({ text: '翻番', factor: 2 });
    expect(findMultipliers('增长2倍，翻两番')).toEqual([{ at: 0, text: '增长2倍', factor: 3 }, { at: 5, text: '翻两番', factor: 4 }]);
  });
  it('is null when the number is not in the quote', () => expect(qualifierEvidence('森林覆盖率达到62%', '6', '%')).toBeNull());
});
