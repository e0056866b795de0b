/**
 * From figure records to a chart: checks, data, words and a Chart.js configuration. Pure: no DOM,
 * no Chart.js import. Colours are roles ('exact', 'atLeast', …) that the browser script maps to the
 * palette in src/styles/tokens.css, so the same palette serves CSS and charts, light and dark.
 */
import type { Figure, Qualifier } from '../../schemas/figure';
import { formatFigure, formatFigureShort, isPlottable } from '../article/numbers';

/** `bar`: one bar per figure (same unit). `stacked`: parts of a whole in one bar; the last figure is the whole. */
export type ChartKind = 'bar' | 'stacked';
export const CHART_KINDS: readonly ChartKind[] = ['bar', 'stacked'];

export interface ChartSpec {
  /** Anchor id without the `figure-` prefix. */
  id: string;
  kind: ChartKind;
  /** Editorial title. */
  title: string;
  figures: Figure[];
}

/** Problems with a chart's figures, as messages for the content guard ([] when fine). */
export function chartProblems(kind: ChartKind, figures: readonly Figure[]): string[] {
  const problems: string[] = [];
  if (figures.length === 0) return ['is empty: a chart needs at least one figure'];
  const unplottable = figures.filter((f) => !isPlottable(f));
  if (unplottable.length) return unplottable.map((f) => `shows "${f.id}", which the article gives in words (“${f.notation ?? ''}”), not as a quantity: a vague amount, a rank or a claim is never plotted on a value axis`);
  const units = [...new Set(figures.map((f) => f.unit))];
  if (units.length > 1) problems.push(`mixes units on one axis (${units.map((u) => `"${u}"`).join(', ')}): chart figures of one unit together, or use key-number cards`);
  if (kind === 'bar' && figures.length < 2) problems.push('has one figure: a single number is better as a key-number card');
  if (kind === 'stacked') {
    if (figures.length < 3) problems.push('needs at least two parts and the whole (the last figure)');
    const parts = figures.slice(0, -1);
    const whole = figures[figures.length - 1]!;
    const sum = parts.reduce((a, f) => a + f.value!, 0);
    if (parts.some((f) => f.qualifier === 'atLeast' || f.qualifier === 'approx')) problems.push('has a part that is a lower bound or approximate: parts of a whole must be exact or planned');
    if (Math.abs(sum - whole.value!) > 1e-9) problems.push(`has parts that add up to ${sum}, not to the whole "${whole.id}" (${whole.value}): shares that do not add up must not be stacked`);
  }
  if (figures.some((f) => f.value! < 0)) problems.push('has a negative value: bars start at zero');
  return problems;
}

export interface ChartRow {
  id: string;
  label: string;
  value: number;
  /** Honest text of the value: 超过1000亿元, 约20个. */
  text: string;
  /** Short label drawn on the bar: 1000+, ≈20, 62. */
  short: string;
  qualifier: Qualifier;
  period: string;
  derived: boolean;
}

export interface ChartData {
  id: string;
  kind: ChartKind;
  title: string;
  unit: string;
  rows: ChartRow[];
  /** For `stacked`: the whole. */
  whole: ChartRow | null;
  /** True when some values are lower bounds (the chart says so). */
  hasLowerBounds: boolean;
}

const row = (f: Figure): ChartRow => ({
  id: f.id, label: f.label, value: f.value!, text: formatFigure(f), short: formatFigureShort(f),
  qualifier: f.qualifier, period: f.period, derived: Boolean(f.derived),
});

export function chartData(spec: ChartSpec): ChartData {
  const rows = spec.figures.map(row);
  const whole = spec.kind === 'stacked' ? rows.pop() ?? null : null;
  return {
    id: spec.id, kind: spec.kind, title: spec.title, unit: spec.figures[0]?.unit ?? '', rows, whole,
    hasLowerBounds: rows.some((r) => r.qualifier === 'atLeast'),
  };
}

const QUALIFIER_NOTE: Record<Qualifier, string> = { exact: '', atLeast: '（下限）', approx: '（约数）', target: '（预计）', vague: '' };

/** The chart in words, for the canvas's aria-label. */
export function describeChart(d: ChartData): string {
  const items = d.rows.map((r) => `${r.label}${QUALIFIER_NOTE[r.qualifier]}：${r.text}`).join('；');
  if (d.kind === 'stacked' && d.whole) return `堆积条形图，${d.title}。合计${d.whole.text}，其中${items}。`;
  return `条形图，${d.title}。${items}。${d.hasLowerBounds ? '标“+”的数值为原文所说的下限。' : ''}`;
}

/** Chart.js configuration as plain JSON; `color` fields hold roles for the browser to resolve. */
export function chartConfig(d: ChartData) {
  // Units and periods are always on the chart: one shared period goes on the axis, else each bar says its own.
  // (The short form before any note in brackets; the table below the chart gives the whole period.)
  const short = (p: string) => p.split('（')[0]!.trim() || p;
  const periods = [...new Set([...d.rows, ...(d.whole ? [d.whole] : [])].map((r) => short(r.period)))];
  const shared = periods.length === 1 ? periods[0] : null;
  const axisTitle = `单位：${d.unit || '个'}${d.hasLowerBounds ? '（“+”为下限）' : ''}${shared ? ` · 时间：${shared}` : ''}`;
  const labelOf = (r: ChartRow) => (shared ? r.label : `${r.label}（${short(r.period)}）`);
  const common = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    indexAxis: 'y',
    plugins: { legend: { display: d.kind === 'stacked', position: 'bottom' }, tooltip: { enabled: true } },
  };
  if (d.kind === 'stacked') {
    return {
      type: 'bar',
      data: {
        labels: [d.whole?.label ?? d.title],
        datasets: d.rows.map((r, i) => ({ label: `${labelOf(r)}：${r.text}`, data: [r.value], role: r.qualifier === 'target' ? 'target' : `part${i}`, valueLabels: [r.short] })),
      },
      options: {
        ...common,
        scales: {
          x: { stacked: true, beginAtZero: true, max: d.whole?.value, title: { display: true, text: axisTitle }},
          y: { stacked: true, display: false },
        },
      },
    };
  }
  return {
    type: 'bar',
    data: {
      labels: d.rows.map(labelOf),
      datasets: [{ label: d.title, data: d.rows.map((r) => r.value), roles: d.rows.map((r) => r.qualifier), valueLabels: d.rows.map((r) => r.short) }],
    },
    options: {
      ...common,
      scales: {
        x: { beginAtZero: true, title: { display: true, text: axisTitle }},
        y: { grid: { display: false } },
      },
    },
  };
}

/**
 * A grid of unit squares for parts of a whole: `columns` squares a row, part by part (the cells of
 * part 0 first). Sizes in SVG units.
 */
export function unitGrid(parts: readonly number[], columns: number, size = 16, gap = 4): { width: number; height: number; size: number; cells: { x: number; y: number; part: number }[] } {
  const cells: { x: number; y: number; part: number }[] = [];
  parts.forEach((n, part) => {
    for (let k = 0; k < n; k++) {
      const i = cells.length;
      cells.push({ x: (i % columns) * (size + gap), y: Math.floor(i / columns) * (size + gap), part });
    }
  });
  const rows = Math.ceil(cells.length / columns);
  return { width: columns * (size + gap) - gap, height: Math.max(0, rows * (size + gap) - gap), size, cells };
}
