import { describe, expect, it } from 'vitest';
import { multiplierProblems, qualifierProblems } from '../../src/lib/guard/figures';
import { strayNumbers } from '../../src/lib/guard/editorial';
import { NUMBER_LIKE } from '../../src/lib/guard/coverage';
import { qualifierEvidence } from '../../src/lib/article/numbers';
import type { Figure } from '../../src/schemas/figure';

const fig = (over: Partial<Figure>): Figure => ({ id: 'x', label: 'x', value: 283, unit: '天', qualifier: 'exact', period: '2018', chapter: 'two-oriented-society', quote: '市区空气质量优良天数上升到283天', ...over });
const ev = (f: Figure) => qualifierEvidence(f.quote, f.notation ?? String(f.value), f.unit)!;

describe('qualifier rule', () => {
  it('lets a qualifierNote explain an exception, and only then', () => {
    const f = fig({ qualifier: 'target' });
    expect(qualifierProblems(f, ev(f)).map((p) => p.field)).toEqual(['qualifier']);
    const g = fig({ qualifier: 'target', qualifierNote: '编者说明的例外' });
    expect(qualifierProblems(g, ev(g))).toEqual([]);
  });
  it('accepts each qualifier where the words say so', () => {
    const cases: Partial<Figure>[] = [
      { qualifier: 'atLeast', value: 500, unit: '亿元', quote: '超过500亿元人民币的订单' },
      { qualifier: 'approx', value: 20, unit: '个', quote: '亚欧非澳四大洲近20个国家' },
      { qualifier: 'target', value: 62, unit: '%', quote: '今年科技创新对株洲经济增长的贡献率将达62%' },
      { qualifier: 'vague', value: undefined, notation: '几万', unit: '名', quote: '上百家工厂、几万名工人' },
      { qualifier: 'exact', value: 147, unit: '家', quote: '截至目前，已关停企业147家' },
    ];
    for (const c of cases) {
      const f = fig(c);
      expect(qualifierProblems(f, ev(f)), c.quote).toEqual([]);
    }
  });
  it('refuses an exact figure next to 将达 (a plan)', () => {
    const f = fig({ value: 62, unit: '%', quote: '贡献率将达62%' });
    expect(qualifierProblems(f, ev(f))[0]!.message).toContain('use target');
  });
});

describe('multiplier rule', () => {
  it('reads 增长2倍 as ×3 and 增至2倍 as ×2', () => {
    const grow = fig({ value: 2, unit: '倍', notation: '增长2倍', quote: '收入增长2倍' });
    expect(multiplierProblems(grow, ev(grow))[0]!.message).toContain('multiplies to 3');
    const to = fig({ value: 2, unit: '倍', notation: '增至2倍', quote: '收入增至2倍' });
    expect(multiplierProblems(to, ev(to))).toEqual([]);
  });
  it('refuses the unit 倍 without a multiplier in the quote', () => {
    const f = fig({ value: 2, unit: '倍', quote: '世界行业两强之一', notation: '两' });
    expect(multiplierProblems(f, ev(f))[0]!.field).toBe('unit');
  });
});

describe('editorial numbers', () => {
  const article = '全市森林覆盖率达到62%，面对15.15平方公里广阔地域和上百家工厂，这六大难题，是不得不迈过去的坎儿。2014年，清水塘';
  const figures = [fig({ value: 62, unit: '%', quote: '全市森林覆盖率达到62%' })];
  it('allows the article’s wording, a record in digits with its unit, and years the article names', () => {
    expect(strayNumbers('破解六大难题', { article, figures })).toEqual([]);
    expect(strayNumbers('森林覆盖率62%', { article, figures })).toEqual([]);
    expect(strayNumbers('从2014年说起', { article, figures })).toEqual([]);
  });
  it('refuses a count of the editors’ own, in words or digits', () => {
    expect(strayNumbers('七项环保机制', { article, figures })).toEqual(['七']);
    expect(strayNumbers('三大动力产业', { article, figures })).toEqual(['三']);
    expect(strayNumbers('63%的森林', { article, figures })).toEqual(['63']);
  });
  it('allows the site’s own counts only where given', () => {
    expect(strayNumbers('全文4章', { article, figures })).toEqual(['4']);
    expect(strayNumbers('全文4章', { article, figures, siteCounts: [4] })).toEqual([]);
  });
});

describe('the coverage scan', () => {
  it('finds Arabic and Roman numerals, claims, ranks, multipliers and vague amounts', () => {
    const text = '国家Ⅱ类，世界首款、第二条、国内唯一，双翻番，几万名、上百家，千亿级，1/3，15.15平方公里';
    expect(text.match(NUMBER_LIKE)).toEqual(['Ⅱ', '首', '第二', '唯一', '双', '翻番', '几万', '上百', '千亿级', '1/3', '15.15']);
  });
  it('finds the claims of a first, a superlative or one of a few, and every Chinese numeral (slogans, named counts)', () => {
    const text = '在全国率先建立，全国最大的制造商之一，最完整的产业链，走在了全国的前列；“一岗双责”“一厂一策”“三社联动”“最多跑一次”，双轮驱动，六大难题';
    expect(text.match(NUMBER_LIKE)).toEqual(['率先', '最大', '之一', '最完', '前列', '一', '双', '一', '一', '三', '最多', '一', '双', '六']);
  });
});

describe('the records issue 9 corrected, as the article says them', () => {
  // (the content is loaded inside the test, not at collection: the mutation run needs to see which
  // test runs which code)
  it('keeps each reading', async () => {
    const { loadContent } = await import('../../src/plugins/content-files');
    const { model } = loadContent(new URL('../../', import.meta.url).pathname);
    const f = (id: string) => model.figures.find((x) => x.id === id)!;
    // “仅剩的最后6家企业，今年12月31日前也将全面关停”: the six are a fact; only their closure is planned
    expect(f('qst-remaining-enterprises')).toMatchObject({ value: 6, qualifier: 'exact' });
    expect(f('qst-remaining-enterprises').period).toMatch(/^截至2018年/);
    // “双翻番”: each doubled (×2), not 增长2倍 (×3)
    expect(f('hetang-clinic-doubling')).toMatchObject({ value: 2, unit: '倍', notation: '翻番', qualifier: 'exact' });
    // “几万名工人” and “千亿级…试点”: vague, with no number the article does not give
    expect(f('qst-workers')).toMatchObject({ qualifier: 'vague', notation: '几万' });
    expect(f('qst-workers').value).toBeUndefined();
    expect(f('rail-cluster-scale')).toMatchObject({ qualifier: 'vague', notation: '千亿级' });
    expect(f('rail-cluster-scale').value).toBeUndefined();
    // the subtraction 147 − 94 is gone; the water-quality class and the world-first claims are recorded
    expect(model.figures.some((x) => x.id === 'qst-closed-2017-2018-derived')).toBe(false);
    expect(f('xiangjiang-water-class')).toMatchObject({ value: 2, notation: 'Ⅱ', unit: '类' });
    expect(f('smart-rail-train-world-first').notation).toBe('首');
    expect(f('energy-storage-tram-world-first').notation).toBe('第一');
  });
});
