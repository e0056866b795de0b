// The figure rules of the content guard (src/lib/guard/figures.ts): a figure's number against its
// quote, its qualifier and multiplier, derived arithmetic and what it counts, signature numbers and
// overlapping marks. Each rule is called directly with small records.
import { describe, expect, it } from 'vitest';
import { checkDerived, checkFigureNumber, checkMarkOverlaps, checkSignatures, multiplierProblems, qualifierProblems, type FigureMark } from '../../src/lib/guard/figures';
import type { QuoteLocation } from '../../src/lib/guard/provenance';
import type { Problems } from '../../src/lib/guard/problems';
import { qualifierEvidence } from '../../src/lib/article/numbers';
import type { Figure } from '../../src/schemas/figure';

const FILE = 'content/figures.yaml';
const fig = (over: Partial<Figure>): Figure => ({ id: 'x', label: 'x', value: 283, unit: '天', qualifier: 'exact', period: '2018', chapter: 'two-oriented-society', quote: '市区空气质量优良天数上升到283天', ...over });
const ev = (f: Figure) => qualifierEvidence(f.quote, f.notation ?? String(f.value), f.unit)!;
const messages = (run: (problems: Problems) => void) => {
  const problems: Problems = [];
  run(problems);
  return problems.map((p) => `${p.entry} › ${p.field}: ${p.message}`);
};

describe('qualifier: what the quote’s words say about the number', () => {
  it('names the qualifier an exact figure should have', () => {
    const f = fig({ value: 20, unit: '个', quote: '亚欧非澳四大洲近20个国家' });
    expect(qualifierProblems(f, ev(f))).toEqual([{ field: 'qualifier', message: 'is "exact" but the quote qualifies the number with “近”: use approx (or explain in qualifierNote)' }]);
  });
  it('refuses an exact figure whose notation is a vague amount, once', () => {
    const f = fig({ value: undefined, notation: '几万', unit: '名', quote: '上百家工厂、几万名工人' });
    expect(qualifierProblems(f, ev(f))).toEqual([{ field: 'qualifier', message: 'is "exact" but “几万” is a vague amount: use vague (or explain in qualifierNote)' }]);
  });
  it('refuses an approximation whose notation is a vague amount', () => {
    const f = fig({ value: undefined, notation: '几万', unit: '名', qualifier: 'approx', quote: '上百家工厂、几万名工人' });
    expect(qualifierProblems(f, ev(f)).map((p) => p.message)).toEqual([
      'is "approx" but the quote has no word of an approximation (近 / 约 / 左右) next to the number (or explain in qualifierNote)',
      'is "approx" but “几万” is a vague amount: use vague',
    ]);
  });
});

describe('multipliers', () => {
  it('refuses the unit 倍 when the quote has no multiplier at the number', () => {
    const f = fig({ value: 2, unit: '倍', notation: '两', quote: '世界行业两强之一' });
    expect(multiplierProblems(f, ev(f))).toEqual([{ field: 'unit', message: 'is 倍 but the quote has no multiplier (翻番, 翻两番, 增长N倍, 增至N倍) at the number' }]);
  });
});

describe('a figure’s number in its quote', () => {
  const at: QuoteLocation = { chapter: {} as QuoteLocation['chapter'], paragraph: { kind: 'paragraph', id: 'p3', index: 3, text: '', node: {} as never }, offset: 10 };
  it('names the notation it could not find, without the hint about notations', () => {
    expect(messages((p) => checkFigureNumber(FILE, fig({ value: 9, notation: '九', quote: '连续八年获得' }), at, p))).toEqual([
      'figure "x" › quote: does not contain the figure\'s number "九"',
    ]);
  });
  it('reports a figure with neither value nor notation on its quote (and does not fail)', () => {
    expect(messages((p) => checkFigureNumber(FILE, fig({ value: undefined }), at, p))).toEqual([
      'figure "x" › quote: does not contain the figure\'s number "" (value undefined; if the article writes it differently, e.g. 1/3 or 九, set notation)',
    ]);
  });
  it('refuses a notation the site cannot read', () => {
    expect(messages((p) => checkFigureNumber(FILE, fig({ value: undefined, qualifier: 'vague', notation: 'IGBT', unit: '', quote: '掌握了IGBT技术' }), at, p))).toEqual([
      'figure "x" › notation: "IGBT" is not a number the site can read (digits, a fraction, Chinese or Roman numerals, 第…, 首, 唯一, 翻番, or a vague amount)',
      'figure "x" › qualifier: is "vague" but “IGBT” is not a vague amount (几万 / 上百 / 数千 / 千亿级) (or explain in qualifierNote)',
    ]);
  });
  it('tolerates a notation within a thousandth of the value, and no more', () => {
    expect(messages((p) => checkFigureNumber(FILE, fig({ value: 1000, notation: '1001', unit: '家', quote: '企业1001家' }), at, p))).toEqual([]);
    expect(messages((p) => checkFigureNumber(FILE, fig({ value: 1000, notation: '1002', unit: '家', quote: '企业1002家' }), at, p))).toEqual([
      'figure "x" › value: is 1000 but the notation "1002" reads as 1002',
    ]);
    expect(messages((p) => checkFigureNumber(FILE, fig({ value: 0.5, notation: '1/3', unit: '', quote: '占全球的1/3' }), at, p))).toEqual([
      'figure "x" › value: is 0.5 but the notation "1/3" reads as 0.3333',
    ]);
  });
  it('marks the number, with its qualifier words and unit, at its offset in the paragraph', () => {
    const problems: Problems = [];
    const f = fig({ value: 500, unit: '亿元', qualifier: 'atLeast', quote: '获得超过500亿元人民币的订单' });
    expect(checkFigureNumber(FILE, f, at, problems)).toEqual({ paragraph: 'p3', start: 12, end: 19, text: '超过500亿元' });
    expect(checkFigureNumber(FILE, f, null, problems)).toBeNull();
    expect(problems).toEqual([]);
  });
});

describe('derived figures', () => {
  const a = fig({ id: 'a', value: 100, unit: '家', counts: '企业' });
  const b = fig({ id: 'b', value: 3, unit: '家', counts: '企业' });
  const derived = (over: Partial<Figure>, derivedOver: Partial<NonNullable<Figure['derived']>> = {}) =>
    fig({ id: 'd', label: '企业（推算）', value: 103, unit: '家', counts: '企业', derived: { op: 'sum', of: ['a', 'b'], note: 'n', assumption: '假定两数同类', ...derivedOver }, ...over });
  const check = (f: Figure, inputs: Figure[] = [a, b], known: (id: string) => boolean = () => true) =>
    messages((p) => checkDerived(FILE, f, new Map(inputs.map((x) => [x.id, x])), known, p));

  it('accepts sound arithmetic with matching counts', () => expect(check(derived({}))).toEqual([]));
  it('names every unknown input, and stops there', () => {
    expect(check(derived({}, { of: ['a', 'zz', 'yy'] }), [a], (id) => id === 'a')).toEqual([
      'figure "d" › derived.of: refers to unknown figure "zz"',
      'figure "d" › derived.of: refers to unknown figure "yy"',
    ]);
  });
  it('refuses arithmetic on amounts the article gives only in words', () => {
    const v = fig({ id: 'v', value: undefined, qualifier: 'vague', notation: '上百', counts: '企业' });
    const w = fig({ id: 'w', value: undefined, qualifier: 'vague', notation: '几万', counts: '企业' });
    expect(check(derived({}, { of: ['a', 'v', 'w'] }), [a, v, w])).toEqual([
      'figure "d" › derived.of: uses "v", "w", which the article gives only in words: no arithmetic can be done with a vague amount',
    ]);
  });
  it.each([
    ['sum', 103, []],
    ['subtract', 97, []],
    ['multiply', 300, []],
    ['divide', 33.33, []],
    ['divide', 33, []],
    ['divide', 34, ['figure "d" › value: is 34 but divide of a, b gives 33.33']],
    ['divide', 33.5, ['figure "d" › value: is 33.5 but divide of a, b gives 33.333']],
    ['sum', 104, ['figure "d" › value: is 104 but sum of a, b gives 103']],
    ['subtract', 103, ['figure "d" › value: is 103 but subtract of a, b gives 97']],
    ['multiply', 103, ['figure "d" › value: is 103 but multiply of a, b gives 300']],
  ] as const)('%s to %d', (op, value, want) => {
    expect(check(derived({ value }, { op }))).toEqual(want);
  });
  it('accepts a value rounded half up to its own decimals (33.5 → 34, 0.35 is not 1 ÷ 3)', () => {
    const two = fig({ id: 'b', value: 2, unit: '家', counts: '企业' });
    const odd = fig({ id: 'a', value: 67, unit: '家', counts: '企业' });
    expect(check(derived({ value: 34 }, { op: 'divide' }), [odd, two])).toEqual([]);
    const one = fig({ id: 'a', value: 1, unit: '家', counts: '企业' });
    expect(check(derived({ value: 0.35 }, { op: 'divide' }), [one, b])).toEqual(['figure "d" › value: is 0.35 but divide of a, b gives 0.3333']);
  });
  it('takes a percentage input as a share', () => {
    const pct = fig({ id: 'b', value: 49.1, unit: '%', counts: '企业' });
    expect(check(derived({ value: 49.1 }, { op: 'multiply' }), [a, pct])).toEqual([]);
  });
  it('requires what a derived figure counts, named in its label', () => {
    expect(check(derived({ counts: undefined }))).toEqual(['figure "d" › counts: is required for a derived figure: what it counts, in the article\'s word (企业, 总人口)']);
    expect(check(derived({ label: '合计（推算）' }))).toEqual(['figure "d" › label: must name what the figure counts (“企业”)']);
  });
  it('requires the inputs that carry the category to count it too', () => {
    const people = fig({ id: 'b', value: 3, unit: '人', counts: '人' });
    const uncounted = fig({ id: 'b', value: 3, unit: '人', counts: undefined });
    // A product counts what its first input counts: 100 企业 × 3 (per 企业).
    expect(check(derived({ value: 300 }, { op: 'multiply' }), [a, people])).toEqual([]);
    expect(check(derived({ value: 300, counts: '人', label: '人（推算）' }, { op: 'multiply' }), [a, people])).toEqual([
      'figure "d" › counts: is “人” but input "a" counts “企业”: a derived figure cannot be labelled as a category the article does not give its inputs in',
    ]);
    // A quotient counts what its divisor counts.
    expect(check(derived({ value: 33.33, counts: '人', label: '人（推算）' }, { op: 'divide' }), [a, people])).toEqual([]);
    expect(check(derived({ value: 33.33 }, { op: 'divide' }), [a, uncounted])).toEqual([
      'figure "d" › counts: is “企业” but input "b" does not say what it counts (give it counts, in the article\'s word)',
    ]);
    // A sum or a difference counts what every input counts.
    expect(check(derived({ value: 97 }, { op: 'subtract' }), [a, people])).toEqual([
      'figure "d" › counts: is “企业” but input "b" counts “人”: a derived figure cannot be labelled as a category the article does not give its inputs in',
    ]);
  });
});

describe('signature numbers', () => {
  const chapters = ['qingshuitang', 'innovation'];
  it('wants exactly one per chapter', () => {
    expect(messages((p) => checkSignatures(FILE, [fig({ id: 'k', chapter: 'qingshuitang', key: true })], chapters, p))).toEqual([
      'chapter "innovation" › key: has 0 figures with key: true: mark exactly one, the chapter\'s signature number',
    ]);
  });
  it('refuses a derived or vague signature number', () => {
    const figures = [
      fig({ id: 'd', chapter: 'qingshuitang', key: true, derived: { op: 'sum', of: ['a', 'b'], note: 'n', assumption: '假定两数同类' } }),
      fig({ id: 'v', chapter: 'innovation', key: true, value: undefined, qualifier: 'vague', notation: '上百' }),
      fig({ id: 'e', chapter: 'innovation', key: false, qualifier: 'vague' }),
    ];
    expect(messages((p) => checkSignatures(FILE, figures, chapters, p))).toEqual([
      'figure "d" › key: marks a signature number that the article does not state as a number (derived or vague)',
      'figure "v" › key: marks a signature number that the article does not state as a number (derived or vague)',
    ]);
  });
});

describe('marks in a paragraph', () => {
  const mark = (paragraph: string, start: number, end: number): FigureMark => ({ paragraph, start, end, text: `${start}-${end}` });
  const overlaps = (placed: [Figure, FigureMark][]) => messages((p) => checkMarkOverlaps(FILE, placed.map(([f]) => f), new Map(placed.map(([f, m]) => [f.id, m])), p));
  it('lets numbers touch but not overlap', () => {
    expect(overlaps([[fig({ id: 'a' }), mark('p1', 0, 3)], [fig({ id: 'b' }), mark('p1', 3, 5)]])).toEqual([]);
    expect(overlaps([[fig({ id: 'a' }), mark('p1', 3, 5)], [fig({ id: 'b' }), mark('p1', 0, 3)]])).toEqual([]);
    expect(overlaps([[fig({ id: 'a' }), mark('p1', 0, 3)], [fig({ id: 'b' }), mark('p1', 2, 5)]])).toEqual([
      'figure "b" › quote: marks “2-5” in p1, which overlaps “0-3” of figure "a": each number in the text opens one figure',
    ]);
  });
  it('compares marks only within one paragraph of one chapter', () => {
    expect(overlaps([[fig({ id: 'a' }), mark('p1', 0, 3)], [fig({ id: 'b' }), mark('p2', 0, 3)]])).toEqual([]);
    expect(overlaps([[fig({ id: 'a' }), mark('p1', 0, 3)], [fig({ id: 'b', chapter: 'innovation' }), mark('p1', 0, 3)]])).toEqual([]);
  });
});
