/**
 * From figure records to a chart: checks, data, words and a Chart.js configuration. Pure: no DOM,
 * no Chart.js import. Colours are roles ('exact', 'atLeast', …) that the browser script maps to the
 * palette in src/styles/tokens.css, so the same palette serves CSS and charts, light and dark.
 */
import type { Figure, Qualifier } from '../../schemas/figure';
import { formatFigure, formatFigureShort, isPlottable, plainNumber, qualifierEvidence } from '../article/numbers';
import { figureKind } from '../figures/kind';
import { translator, type Translate } from '../site/words';

const ZH = translator('zh');
import { stripWhitespace } from '../article/text';

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
  const notAmounts = figures.filter((f) => figureKind(f) !== 'amount');
  if (notAmounts.length) return notAmounts.map((f) => `shows "${f.id}", which is a ${figureKind(f)} (kind: ${figureKind(f)}), not an amount: a rank, a claim or a duration is never plotted on a value axis`);
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
  // A chart whose own note would say “不宜比较高下” compares what should not be compared: show the figures apart (or not at all).
  if (kind === 'bar' && chartNotes(figures.map(row)).some((n) => n.kind === 'measures')) {
    problems.push(`sets side by side measures that differ (${figures.map((f) => `"${f.label}"`).join(', ')}) — its note would say they are not to be compared (不宜比较高下): a graphic shows a comparison that holds`);
  }
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
  /** For a lower bound, the article's word that makes it one (突破, 逾, 以上…). */
  boundWord: string | null;
  /** The Chinese label, which says what the number measures (产值, 销售额 …), in every edition. */
  measureLabel: string;
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
  /** Notes under the chart, in words: what the lower-bound mark means, and measures that differ. */
  notes: ChartNote[];
}

/** A note under a chart: `bound` explains the “以上” mark at the end of a lower bound's bar; `measures`, that the bars measure different things. */
export interface ChartNote {
  kind: 'bound' | 'measures';
  text: string;
}

/** The word of the quote that makes a figure a lower bound (突破千亿元 → 突破, 90%以上 → 以上), or null. */
export function boundWord(f: Pick<Figure, 'quote' | 'notation' | 'value' | 'unit' | 'qualifier'>): string | null {
  if (f.qualifier !== 'atLeast') return null;
  const notation = f.notation ?? (f.value !== undefined ? plainNumber(f.value) : '');
  return (notation && qualifierEvidence(stripWhitespace(f.quote), notation, f.unit)?.atLeast) || null;
}

type ChartFigure = Figure & { rendering?: string | undefined; original?: { value?: number | undefined; unit: string; notation?: string | undefined; label?: string } | undefined };

const row = (f: ChartFigure): ChartRow => ({
  id: f.id, label: f.label, value: f.value!, text: formatFigure(f), short: formatFigureShort(f),
  qualifier: f.qualifier, period: f.period, derived: Boolean(f.derived),
  boundWord: boundWord(f.original ? { ...f, ...f.original } : f), measureLabel: f.original?.label ?? f.label,
});

/**
 * What a label measures, when it ends in one of the measures the article uses for an industry's
 * size: 产值 (年产值, 总产值), 销售额, 营业收入, 产量. [subject, measure], or null.
 */
export function measureOf(label: string): [string, string] | null {
  const m = /^(.+?)(年?总?(?:产值|销售额|营业收入|产量))$/.exec(label);
  return m ? [m[1]!, m[2]!] : null;
}

/** How a lower bound is drawn, in the notes' words: the bar ends at the stated number, an open arrowhead beyond it says “and more”. */
export const BOUND_MARK_CHART = '条形末端的空心箭头和“+”';
export const BOUND_MARK_SHARES = '色条末端的空心箭头';
/** The room, in CSS pixels, after a lower bound's bar for its open arrowhead (src/scripts/chart-render.ts draws it). */
export const BOUND_MARK_PX = 12;

/**
 * The room to the right of the plot for the value labels (and a lower bound's arrowhead), in CSS
 * pixels: the labels sit beyond the bars in the chart's padding, so the value axis ends where the
 * values need it to, never stretched to make room.
 */
export function labelRoom(rows: readonly Pick<ChartRow, 'short' | 'qualifier'>[]): number {
  return Math.ceil(Math.max(0, ...rows.map((r) => (r.qualifier === 'atLeast' ? BOUND_MARK_PX : 0) + 6 + [...r.short].length * 8))) + 4;
}

const quoteList = (words: readonly string[]) => words.map((w) => `“${w}”`).join('');

/** What the mark of a lower bound means (`mark`: how the graphic draws it), with the article's words that make it one. */
export function boundNote(words: readonly string[], mark: string, t: Translate = ZH): string {
  return t('{mark}表示“以上”：原文作{words}，只给出下限，实际不少于此数，多出多少原文未说。', { mark: t(mark), words: quoteList(words.length ? words : ['超过']) });
}

/** The notes a chart needs under it, in words (pure): what marks a lower bound, and measures that differ. */
export function chartNotes(rows: readonly ChartRow[], t: Translate = ZH): ChartNote[] {
  const notes: ChartNote[] = [];
  const bounds = rows.filter((r) => r.qualifier === 'atLeast');
  if (bounds.length) {
    const words = [...new Set(bounds.map((r) => r.boundWord ?? '超过'))];
    notes.push({ kind: 'bound', text: boundNote(words, BOUND_MARK_CHART, t) });
  }
  const measures = rows.map((r) => measureOf(r.measureLabel));
  const kinds = new Set(measures.map((m) => m?.[1]));
  if (kinds.size > 1 && measures.every(Boolean)) {
    const ms = (measures as [string, string][]).map(([subject, measure], i) => ({ subject, measure, label: rows[i]!.label }));
    const text = [t('口径不同（均照录原文）：{items}。', { items: ms.map((m) => t('{subject}是“{measure}”', m)).join(t('，')) })];
    const output = ms.some((m) => /产值|产量/.test(m.measure));
    const sales = ms.some((m) => /销售额|营业收入/.test(m.measure));
    if (output && sales) text.push(t('产值计生产出的价值，销售额计卖出的金额，不是同一种量。'));
    const yearly = ms.filter((m) => m.measure.startsWith('年'));
    const unstated = ms.filter((m) => !m.measure.startsWith('年'));
    if (yearly.length && unstated.length) text.push(t('{items}原文未说是否一年之数。', { items: unstated.map((m) => t('{subject}的“{measure}”', m)).join(t('、')) }));
    text.push(t('并列只为对照规模，不宜比较高下。'));
    notes.push({ kind: 'measures', text: text.join(t('。') === '。' ? '' : ' ') });
  }
  return notes;
}

/**
 * The unit on the value axis: the figures' unit. In English each count has its own noun
 * (“home-grown academicians”, “national experts”); when the nouns differ but the Chinese counts
 * people (人, 名, 位), the axis says “people”.
 */
export function commonUnit(figures: readonly ChartFigure[], t: Translate): string {
  const first = figures[0]?.unit ?? '';
  if (figures.every((f) => f.unit === first)) return first;
  if (figures.every((f) => f.original && ['人', '名', '位'].includes(f.original.unit))) return t('人');
  return first;
}

export function chartData(spec: ChartSpec, t: Translate = ZH): ChartData {
  const rows = spec.figures.map(row);
  const whole = spec.kind === 'stacked' ? rows.pop() ?? null : null;
  return {
    id: spec.id, kind: spec.kind, title: spec.title, unit: commonUnit(spec.figures, t), rows, whole,
    hasLowerBounds: rows.some((r) => r.qualifier === 'atLeast'),
    notes: chartNotes(rows, t),
  };
}

/**
 * A value-axis tick as a Chinese newspaper writes numbers: digits without thousands separators
 * (1000, 6000, 12000), no float noise (0.3, not 0.30000000000000004).
 */
export function formatTick(value: number | string): string {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? plainNumber(Number(n.toPrecision(12))) : String(value);
}

const QUALIFIER_NOTE: Record<Qualifier, string> = { exact: '', atLeast: '（下限）', approx: '（约数）', target: '（预计）', vague: '' };

/** The chart in words, for the canvas's aria-label. */
export function describeChart(d: ChartData, t: Translate = ZH): string {
  const items = d.rows.map((r) => t('{label}{note}：{text}', { label: r.label, note: QUALIFIER_NOTE[r.qualifier] ? t(QUALIFIER_NOTE[r.qualifier]) : '', text: r.text })).join(t('；'));
  if (d.kind === 'stacked' && d.whole) return t('堆积条形图，{title}。合计{whole}，其中{items}。', { title: d.title, whole: d.whole.text, items });
  return t('条形图，{title}。{items}。{bounds}', { title: d.title, items, bounds: d.hasLowerBounds ? t('标“+”的数值为原文所说的下限。') : '' });
}

/** Chart.js configuration as plain JSON; `color` fields hold roles for the browser to resolve. */
export function chartConfig(d: ChartData, t: Translate = ZH) {
  // Units and periods are always on the chart: one shared period goes on the axis, else each bar says its own.
  // (The short form before any note in brackets; the table below the chart gives the whole period.)
  const short = (p: string) => p.split(/（| \(/)[0]!.trim() || p;
  const periods = [...new Set([...d.rows, ...(d.whole ? [d.whole] : [])].map((r) => short(r.period)))];
  const shared = periods.length === 1 ? periods[0] : null;
  // (What “+” and the mark at a lower bound's end mean is said under the chart, in its notes.)
  const axisTitle = t('单位：{unit}{period}', { unit: d.unit || t('个'), period: shared ? t(' · 时间：{period}', { period: shared }) : '' });
  const integers = [...d.rows, ...(d.whole ? [d.whole] : [])].every((r) => Number.isInteger(r.value));
  const labelOf = (r: ChartRow) => (shared ? r.label : t('{label}（{period}）', { label: r.label, period: short(r.period) }));
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
        datasets: d.rows.map((r, i) => ({ label: t('{label}：{text}', { label: labelOf(r), text: r.text }), data: [r.value], role: r.qualifier === 'target' ? 'target' : `part${i}`, valueLabels: [r.short] })),
      },
      options: {
        ...common,
        scales: {
          x: { stacked: true, beginAtZero: true, max: d.whole?.value, title: { display: true, text: axisTitle }, ticks: { maxTicksLimit: 6, ...(integers ? { precision: 0 } : {}) } },
          y: { stacked: true, display: false },
        },
      },
    };
  }
  return {
    type: 'bar',
    data: {
      labels: d.rows.map((r) => wrapLabel(labelOf(r))),
      datasets: [{ label: d.title, data: d.rows.map((r) => r.value), roles: d.rows.map((r) => r.qualifier), valueLabels: d.rows.map((r) => r.short) }],
    },
    options: {
      ...common,
      // The value labels and the lower bounds' arrowheads go in the padding: the axis is not stretched (no grace, no max).
      layout: { padding: { right: labelRoom(d.rows) } },
      scales: {
        x: { beginAtZero: true, title: { display: true, text: axisTitle }, ticks: { maxTicksLimit: 6, ...(integers ? { precision: 0 } : {}) } },
        // every bar keeps its label (wrapped labels would otherwise be skipped as overlapping)
        y: { grid: { display: false }, ticks: { autoSkip: false } },
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

/**
 * A bar's label in lines that fit beside the bar on a phone: words wrapped at about `width`
 * characters (an English label); a label without spaces (Chinese) stays one line. Chart.js draws
 * an array as lines.
 */
export function wrapLabel(label: string, width = 20): string | string[] {
  if (label.length <= width || !label.includes(' ')) return label;
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) { lines.push(line); line = word; } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
