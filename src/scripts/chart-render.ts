/**
 * Draws one chart with Chart.js, tree-shaken to what the charts use. The configuration comes from
 * the page (built from content/figures.yaml); this file holds no numbers, only how to paint:
 * colours from the CSS palette, value labels at the bar ends, lower bounds fading out, planned
 * values dashed.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartConfiguration, type Plugin } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

type Role = 'exact' | 'atLeast' | 'approx' | 'target' | `part${number}`;
interface DatasetExtra { roles?: Role[]; role?: Role; valueLabels?: string[] }

const css = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();
const FONT = getComputedStyle(document.body).fontFamily;

function palette() {
  return { c1: css('--chart-1'), c2: css('--chart-2'), c3: css('--chart-3'), accent: css('--chart-accent'), text: css('--chart-text'), grid: css('--chart-grid') };
}

function fill(role: Role, p: ReturnType<typeof palette>) {
  if (role === 'target') return p.c3;
  if (role === 'approx' || role === 'part1') return p.c2;
  if (role.startsWith('part') && role !== 'part0') return p.c3;
  return p.c1;
}

/** Lower bounds fade out over the last fifth of their bar: "at least this much". */
function fadingFill(chart: Chart, color: string, value: number, horizontal: boolean) {
  const scale = chart.scales[horizontal ? 'x' : 'y'];
  if (!scale) return color;
  const from = scale.getPixelForValue(0);
  const to = scale.getPixelForValue(value);
  if (!Number.isFinite(from) || !Number.isFinite(to) || from === to) return color;
  const g = horizontal ? chart.ctx.createLinearGradient(from, 0, to, 0) : chart.ctx.createLinearGradient(0, from, 0, to);
  g.addColorStop(0, color);
  g.addColorStop(0.8, color);
  g.addColorStop(1, `${color}40`);
  return g;
}

const valueLabels: Plugin<'bar'> = {
  id: 'valueLabels',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    const p = palette();
    ctx.save();
    ctx.font = `600 13px ${FONT}`;
    ctx.textBaseline = 'middle';
    chart.data.datasets.forEach((ds, di) => {
      const labels = (ds as DatasetExtra).valueLabels ?? [];
      const stacked = chart.data.datasets.length > 1;
      chart.getDatasetMeta(di).data.forEach((bar, i) => {
        const text = labels[i];
        if (!text) return;
        const { x, y, base } = bar.getProps(['x', 'y', 'base'], true) as { x: number; y: number; base: number };
        const width = ctx.measureText(text).width;
        if (stacked) {
          const inside = x - base > width + 10;
          ctx.fillStyle = inside && di === 0 ? p.c3 : p.text;
          ctx.textAlign = inside ? 'center' : 'left';
          ctx.fillText(text, inside ? (x + base) / 2 : x + 4, y);
        } else {
          ctx.fillStyle = p.text;
          ctx.textAlign = 'left';
          ctx.fillText(text, x + 6, y);
        }
      });
    });
    ctx.restore();
  },
};

function themed(config: ChartConfiguration<'bar'>): ChartConfiguration<'bar'> {
  const p = palette();
  const horizontal = config.options?.indexAxis === 'y';
  for (const ds of config.data.datasets as (typeof config.data.datasets[number] & DatasetExtra)[]) {
    const roles: Role[] = ds.roles ?? [ds.role ?? 'exact'];
    const roleAt = (i: number) => roles[Math.min(i, roles.length - 1)]!;
    ds.backgroundColor = (ctx) => {
      const role = roleAt(ctx.dataIndex);
      return role === 'atLeast' ? fadingFill(ctx.chart, fill(role, p), Number(ctx.raw), horizontal) : fill(role, p);
    };
    ds.borderColor = roles.map((r) => (r === 'target' ? p.c1 : 'transparent'));
    ds.borderWidth = roles.map((r) => (r === 'target' ? 1.5 : 0));
    ds.borderSkipped = false;
    ds.barPercentage = 0.8;
    ds.categoryPercentage = 0.8;
  }
  const scales = config.options?.scales ?? {};
  for (const s of Object.values(scales)) {
    if (!s) continue;
    s.ticks = { ...(s.ticks ?? {}), color: p.text, font: { family: FONT, size: 12 } };
    s.grid = { ...(s.grid ?? {}), color: p.grid };
    if ('title' in s && s.title) s.title = { ...s.title, color: p.text, font: { family: FONT, size: 12 } };
    s.border = { color: p.grid };
  }
  const x = scales.x as { max?: number; grace?: string } | undefined;
  if (x && x.max === undefined) x.grace = '12%'; // room for the value labels
  config.options!.plugins = { ...config.options!.plugins, legend: { ...config.options!.plugins?.legend, labels: { color: p.text, font: { family: FONT, size: 12 }, boxWidth: 14 } } };
  config.options!.layout = { padding: { right: 8 } };
  return config;
}

export function renderChart(box: HTMLElement): void {
  const canvas = box.querySelector('canvas');
  if (!canvas) return;
  const source = box.dataset.config!;
  const make = () => new Chart(canvas, { ...themed(JSON.parse(source) as ChartConfiguration<'bar'>), plugins: [valueLabels] });
  let chart = make();
  // Follow the reader's theme.
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    chart.destroy();
    chart = make();
  });
  box.dataset.state = 'drawn';
  // For print, a still image of the chart as drawn: a canvas may be cleared while the page is
  // re-laid out for paper; an image is not. (The data table prints too.)
  const still = document.createElement('img');
  still.className = 'chart-still';
  still.alt = canvas.getAttribute('aria-label') ?? '';
  box.append(still);
  addEventListener('beforeprint', () => {
    still.src = chart.toBase64Image('image/png', 1);
  });
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
