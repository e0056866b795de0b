import { describe, expect, it } from 'vitest';
import { chartConfig, chartData, chartProblems, describeChart } from '../../src/lib/charts/config';
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
  it('draws bars from zero with the unit and the lower-bound note on the axis', () => {
    const c = chartConfig(chartData({ id: 'x', kind: 'bar', title: 't', figures: [fig('a', 1000, '亿元', 'atLeast'), fig('b', 600)] }));
    expect(c.options.scales.x).toMatchObject({ beginAtZero: true, title: { text: '单位：亿元（“+”为下限） · 时间：2018' } });
    expect(c.data.labels).toEqual(['a', 'b']);
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
