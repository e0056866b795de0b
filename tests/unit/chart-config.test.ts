import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { BOUND_MARK_PX, boundWord, chartConfig, commonUnit, chartData, chartNotes, chartProblems, describeChart, formatTick, labelRoom, measureOf, wrapLabel } from '../../src/lib/charts/config';
import type { Figure } from '../../src/schemas/figure';

const fig = (id: string, value: number, unit = '亿元', qualifier: Figure['qualifier'] = 'exact', extra: Partial<Figure> = {}): Figure => ({
  id, label: id, value, unit, qualifier, period: '2018', chapter: 'innovation', quote: 'q', ...extra,
});

describe('chartProblems', () => {
  it('accepts figures of one unit', () => expect(chartProblems('bar', [fig('a', 1000, '亿元', 'atLeast'), fig('b', 600)])).toEqual([]));
  it('refuses an empty list', () => expect(chartProblems('bar', [])).toEqual(['is empty: a chart needs at least one figure']));
  it('refuses incompatible units on one axis', () => {
    expect(chartProblems('bar', [fig('a', 1), fig('b', 2, '%')])).toEqual(['mixes units on one axis ("亿元", "%"): chart figures of one unit together, or use key-number cards']);
  });
  it('refuses a one-bar chart', () => expect(chartProblems('bar', [fig('a', 1)])[0]).toContain('key-number card'));
  it('refuses stacking parts that do not add up to the whole', () => {
    expect(chartProblems('stacked', [fig('a', 94, '家'), fig('b', 50, '家'), fig('w', 153, '家')])).toEqual(['has parts that add up to 144, not to the whole "w" (153): shares that do not add up must not be stacked']);
  });
  it('refuses stacking lower bounds', () => {
    expect(chartProblems('stacked', [fig('a', 3, '家', 'atLeast'), fig('b', 2, '家'), fig('w', 5, '家')])).toEqual(['has a part that is a lower bound or approximate: parts of a whole must be exact or planned']);
  });
  it('accepts parts that add up, with a planned part', () => {
    expect(chartProblems('stacked', [fig('a', 94, '家'), fig('b', 53, '家'), fig('c', 6, '家', 'target'), fig('w', 153, '家')])).toEqual([]);
  });
});

describe('chartData and describeChart', () => {
  // Built in each test, not when the file is collected: code run at collection counts as static for
  // the mutation run, which then runs every test against each of its mutants.
  const output = () => chartData({ id: 'output', kind: 'bar', title: '产值', figures: [fig('rail', 1000, '亿元', 'atLeast', { label: '轨道交通', notation: '千' }), fig('ceramics', 600, '亿元', 'atLeast', { label: '陶瓷' })] });
  it('keeps the honest text and the short label of each value', () => {
    const d = output();
    expect(d.rows.map((r) => [r.text, r.short])).toEqual([['超过1000亿元', '1000+'], ['超过600亿元', '600+']]);
    expect(d.hasLowerBounds).toBe(true);
  });
  it('states the data in words, lower bounds included', () => {
    expect(describeChart(output())).toBe('条形图，产值。轨道交通（下限）：超过1000亿元；陶瓷（下限）：超过600亿元。标“+”的数值为原文所说的下限。');
  });
  it('describes a stacked chart with its whole', () => {
    const s = chartData({ id: 'c', kind: 'stacked', title: '关停', figures: [fig('a', 94, '家', 'exact', { label: '2013–2016' }), fig('b', 59, '家', 'target', { label: '其余' }), fig('w', 153, '家', 'exact', { label: '合计' })] });
    expect(s.whole?.value).toBe(153);
    expect(describeChart(s)).toBe('堆积条形图，关停。合计153家，其中2013–2016：94家；其余（预计）：预计59家。');
  });
});

describe('chartConfig', () => {
  it('draws bars from zero with the unit and period on the axis (the lower-bound mark is explained under the chart)', () => {
    const c = chartConfig(chartData({ id: 'x', kind: 'bar', title: 't', figures: [fig('a', 1000, '亿元', 'atLeast'), fig('b', 600)] }));
    expect(c.options.scales.x).toMatchObject({ beginAtZero: true, title: { text: '单位：亿元 · 时间：2018' }, ticks: { maxTicksLimit: 6, precision: 0 } });
    expect(c.data.labels).toEqual(['a', 'b']);
    // every bar keeps its label, however many lines it wraps to
    expect(c.options.scales.y).toMatchObject({ ticks: { autoSkip: false } });
    expect(c.data.datasets[0]).toMatchObject({ data: [1000, 600], roles: ['atLeast', 'exact'], valueLabels: ['1000+', '600'] });
  });
  it('puts each bar’s period in its label when the periods differ', () => {
    const c = chartConfig(chartData({ id: 'x', kind: 'bar', title: 't', figures: [fig('a', 31, '个', 'exact', { period: '2014' }), fig('b', 42, '个', 'exact', { period: '2018（文中“今年”）' })] }));
    expect(c.data.labels).toEqual(['a（2014）', 'b（2018）']);
    expect(c.options.scales.x.title.text).toBe('单位：个');
  });
  it('stacks parts up to the whole, planned parts marked', () => {
    const c = chartConfig(chartData({ id: 'x', kind: 'stacked', title: 't', figures: [fig('a', 94, '家'), fig('c', 6, '家', 'target'), fig('w', 100, '家')] }));
    expect(c.options.scales.x).toMatchObject({ stacked: true, max: 100 });
    expect(c.data.datasets.map((ds) => ('role' in ds ? ds.role : ''))).toEqual(['part0', 'target']);
  });
});

describe('ticks', () => {
  it('are written without thousands separators, as Chinese newspapers write 1000亿元', () => {
    expect(formatTick(1000)).toBe('1000');
    expect(formatTick(6000)).toBe('6000');
    expect(formatTick(12000)).toBe('12000');
    expect(formatTick(0)).toBe('0');
    expect(formatTick('1500')).toBe('1500');
  });
  it('carry no float noise and keep real decimals', () => {
    expect(formatTick(0.1 + 0.2)).toBe('0.3');
    expect(formatTick(2.5)).toBe('2.5');
    expect(formatTick(0.7000000000000001)).toBe('0.7');
  });
  it('leave what is not a number as it is', () => expect(formatTick('a')).toBe('a'));
  it('are whole numbers when every value is a whole number, and may be fractions otherwise', () => {
    expect(chartConfig(chartData({ id: 'x', kind: 'bar', title: 't', figures: [fig('a', 3, '名'), fig('b', 394, '名')] })).options.scales.x.ticks).toEqual({ maxTicksLimit: 6, precision: 0 });
    expect(chartConfig(chartData({ id: 'x', kind: 'bar', title: 't', figures: [fig('a', 15.15, '平方公里'), fig('b', 20, '平方公里')] })).options.scales.x.ticks).toEqual({ maxTicksLimit: 6 });
  });
});

describe('notes under a chart', () => {
  const rail = fig('rail-output', 1000, '亿元', 'atLeast', { label: '轨道交通产业产值', notation: '千', quote: '轨道交通产业产值已突破千亿元' });
  const liling = fig('liling', 600, '亿元', 'atLeast', { label: '醴陵陶瓷产业年产值', quote: '醴陵陶瓷产业年产值逾600亿元' });
  const lusong = fig('lusong', 500, '亿元', 'atLeast', { label: '芦淞服饰年销售额', quote: '芦淞服饰年销售额突破500亿元' });
  it('find the article’s word that makes a number a lower bound', () => {
    expect(boundWord(rail)).toBe('突破');
    expect(boundWord(liling)).toBe('逾');
    expect(boundWord(fig('a', 90, '%', 'atLeast', { quote: '全国90%以上的中小航空发动机' }))).toBe('以上');
    expect(boundWord(fig('a', 90, '%', 'exact', { quote: '全国90%以上的中小航空发动机' }))).toBeNull();
    expect(boundWord(fig('a', 90, '%', 'atLeast', { quote: '没有这个数' }))).toBeNull();
  });
  it('read what a label measures', () => {
    expect(measureOf('轨道交通产业产值')).toEqual(['轨道交通产业', '产值']);
    expect(measureOf('醴陵陶瓷产业年产值')).toEqual(['醴陵陶瓷产业', '年产值']);
    expect(measureOf('芦淞服饰年销售额')).toEqual(['芦淞服饰', '年销售额']);
    expect(measureOf('国务院特殊津贴专家')).toBeNull();
  });
  it('explain the lower-bound mark in the article’s own words, and the measures a chart mixes', () => {
    const d = chartData({ id: 'industry-output', kind: 'bar', title: 't', figures: [rail, liling, lusong] });
    expect(d.notes).toEqual([
      { kind: 'bound', text: '条形末端的空心箭头和“+”表示“以上”：原文作“突破”“逾”，只给出下限，实际不少于此数，多出多少原文未说。' },
      { kind: 'measures', text: '口径不同（均照录原文）：轨道交通产业是“产值”，醴陵陶瓷产业是“年产值”，芦淞服饰是“年销售额”。产值计生产出的价值，销售额计卖出的金额，不是同一种量。轨道交通产业的“产值”原文未说是否一年之数。并列只为对照规模，不宜比较高下。' },
    ]);
  });
  it('say nothing when every value is exact and of one measure', () => {
    expect(chartNotes(chartData({ id: 't', kind: 'bar', title: 't', figures: [fig('a', 3, '名', 'exact', { label: '院士' }), fig('b', 39, '名', 'exact', { label: '专家' })] }).rows)).toEqual([]);
    expect(chartNotes(chartData({ id: 't', kind: 'bar', title: 't', figures: [fig('a', 3, '亿元', 'exact', { label: '甲产业年产值' }), fig('b', 39, '亿元', 'exact', { label: '乙产业年产值' })] }).rows)).toEqual([]);
  });
  it('say only what differs: two kinds of output, both yearly, need no word on sales or on years', () => {
    const notes = chartNotes(chartData({ id: 't', kind: 'bar', title: 't', figures: [fig('a', 3, '亿元', 'exact', { label: '甲产业年产值' }), fig('b', 39, '亿元', 'exact', { label: '乙产业年总产值' })] }).rows);
    expect(notes).toEqual([{ kind: 'measures', text: '口径不同（均照录原文）：甲产业是“年产值”，乙产业是“年总产值”。并列只为对照规模，不宜比较高下。' }]);
  });
});

describe('wrapLabel', () => {
  it('wraps an English label into lines of about 20 characters, leaves short and Chinese labels alone', () => {
    expect(wrapLabel('Output of the rail transit industry')).toEqual(['Output of the rail', 'transit industry']);
    expect(wrapLabel('Annual sales of Lusong clothing (2018)')).toEqual(['Annual sales of', 'Lusong clothing', '(2018)']);
    expect(wrapLabel('Home-grown academicians of the Chinese Academy of Engineering')).toEqual(['Home-grown', 'academicians of the', 'Chinese Academy of', 'Engineering']);
    expect(wrapLabel('Liling ceramics')).toBe('Liling ceramics');
    expect(wrapLabel('醴陵陶瓷产业年产值超过六百亿元的说法')).toBe('醴陵陶瓷产业年产值超过六百亿元的说法');
  });
});

describe('commonUnit', () => {
  it('is the figures’ unit; in English, “people” when the nouns differ but the Chinese counts people', () => {
    const f = (unit: string, original?: string) => ({ unit, ...(original ? { original: { unit: original } } : {}) }) as never;
    expect(commonUnit([f('亿元'), f('亿元')], (s) => s)).toBe('亿元');
    expect(commonUnit([f('academicians', '名'), f('experts', '人')], (s) => (s === '人' ? 'people' : s))).toBe('people');
    expect(commonUnit([f('yuan', '亿元'), f('people', '人')], (s) => s)).toBe('yuan');
  });
});

describe('graphics that compare only what compares (issue 22)', () => {
  const rail = fig('rail-output', 1000, '亿元', 'atLeast', { label: '轨道交通产业产值', notation: '千', quote: '轨道交通产业产值已突破千亿元' });
  const liling = fig('liling', 600, '亿元', 'atLeast', { label: '醴陵陶瓷产业年产值', quote: '醴陵陶瓷产业年产值逾600亿元' });
  const lusong = fig('lusong', 500, '亿元', 'atLeast', { label: '芦淞服饰年销售额', quote: '芦淞服饰年销售额突破500亿元' });
  it('refuses bars whose own note would say they are not to be compared (不宜比较高下)', () => {
    const problems = chartProblems('bar', [rail, liling, lusong]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('不宜比较高下');
    // one measure, however many subjects: a comparison that holds
    expect(chartProblems('bar', [fig('a', 3, '亿元', 'exact', { label: '甲产业年产值' }), fig('b', 39, '亿元', 'exact', { label: '乙产业年产值' })])).toEqual([]);
  });
});

describe('bounds drawn honestly (issue 22): a bar ends at its stated value, “or more” is a mark after it', () => {
  /** The article's lower bounds, from the real records. */
  const records = () => (yaml.load(readFileSync(new URL('../../content/figures.yaml', import.meta.url), 'utf8')) as Figure[]);
  it('draws each bar, lower bounds included, to exactly the record’s value', () => {
    const bounds = records().filter((f) => f.qualifier === 'atLeast' && f.value !== undefined && f.unit === '亿元');
    expect(bounds.length).toBeGreaterThanOrEqual(2);
    const c = chartConfig(chartData({ id: 'x', kind: 'bar', title: 't', figures: bounds }));
    expect(c.data.datasets[0]!.data).toEqual(bounds.map((f) => f.value));
    expect((c.data.datasets[0] as { roles?: string[] }).roles).toEqual(bounds.map(() => 'atLeast'));
  });
  it('leaves the value axis where the values end: no max, no grace, no suggested max — the marks and labels sit in the padding', () => {
    const d = chartData({ id: 'x', kind: 'bar', title: 't', figures: [fig('a', 1000, '亿元', 'atLeast'), fig('b', 600)] });
    const c = chartConfig(d);
    const x = c.options.scales.x as Record<string, unknown>;
    expect(x.max).toBeUndefined();
    expect(x.grace).toBeUndefined();
    expect(x.suggestedMax).toBeUndefined();
    expect((c.options as { layout?: { padding: { right: number } } }).layout?.padding.right).toBe(labelRoom(d.rows));
    // the room holds the arrowhead and the longest label (“1000+”: 5 characters)
    expect(labelRoom(d.rows)).toBeGreaterThanOrEqual(BOUND_MARK_PX + 5 * 7);
    expect(labelRoom([{ short: '600', qualifier: 'exact' }])).toBeLessThan(labelRoom([{ short: '600+', qualifier: 'atLeast' }]));
  });
  it('the browser script adds no room to the axis either (the arrowhead is drawn past the bar, in the padding)', () => {
    const render = readFileSync(new URL('../../src/scripts/chart-render.ts', import.meta.url), 'utf8');
    expect(render).not.toMatch(/\bgrace\b|suggestedMax|\.max\s*=/);
  });
});
