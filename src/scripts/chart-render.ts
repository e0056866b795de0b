/**
 * Draws one chart with Chart.js, tree-shaken to what the charts use. The configuration comes from
 * the page (built from content/figures.yaml); this file holds no numbers, only how to paint:
 * colours from the CSS palette, ticks written as the site writes numbers (1000, not 1,000), value
 * labels at the bar ends, lower bounds as a solid bar to the stated number with an open arrowhead
 * after it (explained in the note under the chart), planned values outlined.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartConfiguration, type Plugin } from 'chart.js';
import { BOUND_MARK_PX, formatTick } from '../lib/charts/config';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

type Role = 'exact' | 'atLeast' | 'approx' | 'target' | `part${number}`;
interface DatasetExtra { roles?: Role[]; role?: Role; valueLabels?: string[] }
interface Palette { c1: string; c2: string; c3: string; text: string; grid: string }

const PALETTE_VARS: Record<keyof Palette, string> = { c1: '--chart-1', c2: '--chart-2', c3: '--chart-3', text: '--chart-text', grid: '--chart-grid' };
const FONT = getComputedStyle(document.body).fontFamily;
/** The width of the print still, in CSS pixels: about the text column of an A4 page (176 mm). */
const PRINT_WIDTH = 660;

/** The chart colours the page shows now (light or dark), from src/styles/tokens.css. */
function screenPalette(): Palette {
  const root = getComputedStyle(document.documentElement);
  return Object.fromEntries(Object.entries(PALETTE_VARS).map(([k, v]) => [k, root.getPropertyValue(v).trim()])) as unknown as Palette;
}

/**
 * The chart colours on paper, read from the print stylesheet's `@media print { :root { … } }`
 * (src/styles/print.css, light whatever the screen theme); the screen's where it sets none.
 */
function printPalette(): Palette {
  const p = screenPalette();
  for (const sheet of document.styleSheets) {
    let rules: CSSRuleList;
    try { rules = sheet.cssRules; } catch { continue; }
    for (const rule of rules) {
      if (!(rule instanceof CSSMediaRule) || !/\bprint\b/.test(rule.media.mediaText)) continue;
      for (const inner of rule.cssRules) {
        if (!(inner instanceof CSSStyleRule) || inner.selectorText !== ':root') continue;
        for (const [k, v] of Object.entries(PALETTE_VARS)) {
          const value = inner.style.getPropertyValue(v).trim();
          if (value) p[k as keyof Palette] = value;
        }
      }
    }
  }
  return p;
}

function fill(role: Role, p: Palette) {
  if (role === 'target') return p.c3;
  if (role === 'approx' || role === 'part1') return p.c2;
  if (role.startsWith('part') && role !== 'part0') return p.c3;
  return p.c1;
}


interface BarGeometry { x: number; y: number; base: number; height: number }
const geometry = (bar: { getProps: (k: string[], final?: boolean) => unknown }) => bar.getProps(['x', 'y', 'base', 'height'], true) as BarGeometry;

/** The roles of a dataset's bars (one role for all, or one a bar). */
const roleAt = (ds: DatasetExtra, i: number): Role => {
  const roles: Role[] = ds.roles ?? [ds.role ?? 'exact'];
  return roles[Math.min(i, roles.length - 1)]!;
};

/**
 * After the end of each lower bound's bar — which ends at the stated number — an open arrowhead:
 * “and more”, the amount unsaid. It sits in the chart's padding past the bar, drawn in ink, not as
 * part of the bar, and never stretches the value axis.
 */
function boundMarks(p: Palette): Plugin<'bar'> {
  return {
    id: 'boundMarks',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.strokeStyle = p.text;
      ctx.lineWidth = 2;
      ctx.lineCap = 'round';
      ctx.lineJoin = 'round';
      chart.data.datasets.forEach((ds, di) => {
        chart.getDatasetMeta(di).data.forEach((bar, i) => {
          if (roleAt(ds as DatasetExtra, i) !== 'atLeast') return;
          const { x, y, height } = geometry(bar);
          const half = Math.min(6, height / 2 - 1);
          ctx.beginPath();
          ctx.moveTo(x + 3, y - half);
          ctx.lineTo(x + 3 + half * 0.9, y);
          ctx.lineTo(x + 3, y + half);
          ctx.stroke();
        });
      });
      ctx.restore();
    },
  };
}

function valueLabels(p: Palette): Plugin<'bar'> {
  return {
    id: 'valueLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.font = `600 13px ${FONT}`;
      ctx.textBaseline = 'middle';
      chart.data.datasets.forEach((ds, di) => {
        const labels = (ds as DatasetExtra).valueLabels ?? [];
        const stacked = chart.data.datasets.length > 1;
        chart.getDatasetMeta(di).data.forEach((bar, i) => {
          const text = labels[i];
          if (!text) return;
          const { x, y, base } = geometry(bar);
          const width = ctx.measureText(text).width;
          if (stacked) {
            const inside = x - base > width + 10;
            ctx.fillStyle = inside && di === 0 ? p.c3 : p.text;
            ctx.textAlign = inside ? 'center' : 'left';
            ctx.fillText(text, inside ? (x + base) / 2 : x + 4, y);
          } else {
            ctx.fillStyle = p.text;
            ctx.textAlign = 'left';
            ctx.fillText(text, x + (roleAt(ds as DatasetExtra, i) === 'atLeast' ? BOUND_MARK_PX : 0) + 6, y);
          }
        });
      });
      ctx.restore();
    },
  };
}

function themed(config: ChartConfiguration<'bar'>, p: Palette): ChartConfiguration<'bar'> {
  for (const ds of config.data.datasets as (typeof config.data.datasets[number] & DatasetExtra)[]) {
    const roles: Role[] = ds.roles ?? [ds.role ?? 'exact'];
    ds.backgroundColor = roles.map((r) => fill(r, p));
    ds.borderColor = roles.map((r) => (r === 'target' ? p.c1 : 'transparent'));
    ds.borderWidth = roles.map((r) => (r === 'target' ? 1.5 : 0));
    ds.borderSkipped = false;
    ds.barPercentage = 0.8;
    ds.categoryPercentage = 0.8;
  }
  const scales = config.options?.scales ?? {};
  for (const [axis, s] of Object.entries(scales)) {
    if (!s) continue;
    const value = axis === (config.options?.indexAxis === 'y' ? 'x' : 'y');
    s.ticks = { ...(s.ticks ?? {}), color: p.text, font: { family: FONT, size: 12 }, ...(value ? { callback: (v: number | string) => formatTick(v) } : {}) };
    s.grid = { ...(s.grid ?? {}), color: p.grid };
    if ('title' in s && s.title) s.title = { ...s.title, color: p.text, font: { family: FONT, size: 12 } };
    s.border = { color: p.grid };
  }
  const legend = config.options!.plugins?.legend;
  config.options!.plugins = { ...config.options!.plugins, legend: { ...legend, labels: { color: p.text, font: { family: FONT, size: 12 }, boxWidth: 12, boxHeight: 12, padding: 8 } } };
  // The value labels' room comes from the configuration (labelRoom in src/lib/charts/config.ts).
  const padding = (config.options!.layout?.padding ?? {}) as { right?: number };
  config.options!.layout = { padding: { right: Math.max(8, padding.right ?? 0) } };
  return config;
}

/**
 * A bar label without spaces (Chinese) wider than half the chart is set on lines that fit — a
 * period in brackets on a line of its own, runs of digits never split — so that Chart.js, which
 * caps the label column's width, never cuts its first characters off on a phone. English labels
 * come wrapped from the configuration.
 */
function fitLabels(config: ChartConfiguration<'bar'>, width: number): void {
  const labels = config.data?.labels;
  if (!labels || !width) return;
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return;
  ctx.font = `12px ${FONT}`;
  // Chart.js gives the label axis at most half the width left after the layout's padding (the value
  // labels' room on the right); the ticks' padding and marks take about 12 px of it. A label wider
  // than that is cut at the canvas's left edge (seen at 390 px: “013至2016年…”), so wrap it.
  const pad = config.options?.layout?.padding;
  const sides = typeof pad === 'number' ? 2 * pad : pad && typeof pad === 'object' ? Number((pad as { left?: number }).left ?? 0) + Number((pad as { right?: number }).right ?? 0) : 0;
  const max = (width - sides) / 2 - 12;
  const fits = (t: string) => ctx.measureText(t).width <= max;
  config.data.labels = labels.map((raw) => {
    // A period in brackets that only repeats the years the label already names (“2013至2016年关停污染企业（2013–2016）”, “…shut down, 2013–2016 (2013–2016)”) is dropped on the chart (its table keeps it).
    const repeatsYears = (text: string) => text.replace(/\s?[（(](\d{4})[–—-](\d{4})[）)]$/, (m, a: string, b: string, at: number) => (text.slice(0, at).includes(a) && text.slice(0, at).includes(b) ? '' : m));
    // (An English label comes already in lines: the bracket is its last line.)
    const l = typeof raw === 'string' ? repeatsYears(raw) : Array.isArray(raw) && raw.length > 1 && repeatsYears(raw.join('\n')) !== raw.join('\n') ? raw.slice(0, -1) : raw;
    if (typeof l !== 'string' || l.includes(' ') || fits(l)) return l;
    const lines: string[] = [];
    for (const part of l.split(/(?=（)/)) {
      // As many lines as the part needs, of even length (no character left alone on the last).
      const whole = ctx.measureText(part).width;
      const n = Math.ceil(whole / max);
      const target = whole / n;
      const first = lines.length;
      let line = '';
      for (const piece of part.match(/[0-9A-Za-z.–-]+|./gu) ?? []) {
        if (line && (!fits(line + piece) || (lines.length - first < n - 1 && ctx.measureText(line + piece).width > target * 1.08))) { lines.push(line); line = piece; } else line += piece;
      }
      if (line) lines.push(line);
    }
    return lines;
  });
}

/**
 * Draws a chart in its box (once). `forPrint`: the page is being printed now — make the print still
 * at once (a listener added while `beforeprint` is being dispatched would miss it).
 */
export function renderChart(box: HTMLElement, forPrint = false): void {
  const canvas = box.querySelector('canvas');
  if (!canvas || box.dataset.state === 'drawn') return;
  const source = box.dataset.config!;
  const make = (target: HTMLCanvasElement, p: Palette, extra: { responsive?: boolean; devicePixelRatio?: number } = {}) => {
    const config = themed(JSON.parse(source) as ChartConfiguration<'bar'>, p);
    fitLabels(config, target.clientWidth || box.clientWidth);
    config.options = { ...config.options, ...extra };
    return new Chart(target, { ...config, plugins: [boundMarks(p), valueLabels(p)] });
  };
  let chart = make(canvas, screenPalette());
  // Follow the reader's theme.
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    chart.destroy();
    chart = make(canvas, screenPalette());
  });
  box.dataset.state = 'drawn';
  // The chart's height on screen (set by its CSS box), kept for the print still: by the time the
  // browser says it will print, the box may already be laid out for paper.
  let screenHeight = chart.height;
  new ResizeObserver(([entry]) => {
    const h = entry?.contentRect.height ?? 0;
    if (!matchMedia('print').matches && h > 0) screenHeight = h;
  }).observe(box);
  // For print, a still image of the chart in the print colours (light, whatever the screen's
  // theme), drawn on a canvas of its own (the one on screen stays as it is) at twice the pixels,
  // as wide as the text of an A4 page and as tall as on screen, whatever the device: a canvas may
  // be cleared while the page is re-laid out for paper; an image is not. The data table prints too.
  const still = document.createElement('img');
  still.className = 'chart-still';
  still.alt = canvas.getAttribute('aria-label') ?? '';
  box.append(still);
  const makeStill = () => {
    const paper = document.createElement('canvas');
    paper.width = PRINT_WIDTH;
    paper.height = screenHeight;
    const printed = make(paper, printPalette(), { responsive: false, devicePixelRatio: Math.max(2, devicePixelRatio) });
    still.src = printed.toBase64Image('image/png', 1);
    printed.destroy();
  };
  addEventListener('beforeprint', makeStill);
  if (forPrint) makeStill();
  const figure = box.closest('figure');
  const png = figure?.querySelector<HTMLButtonElement>('.chart-png');
  if (png) {
    png.hidden = false;
    png.addEventListener('click', () => {
      canvas.toBlob((blob) => {
        if (!blob) return;
        const a = document.createElement('a');
        a.href = URL.createObjectURL(blob);
        a.download = png.dataset.pngName ?? 'chart.png';
        a.click();
        setTimeout(() => URL.revokeObjectURL(a.href), 1000);
      });
    });
  }
}
