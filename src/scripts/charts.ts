/**
 * Charts, lazily: when a chart box comes within reach of the viewport, loads the Chart.js chunk and
 * draws it (a chart never drawn prints as its table). Small on purpose: this is all the JavaScript
 * a chapter loads before a chart is near.
 *
 * Printed or captured whole, a page shows every chart, not empty boxes: on `beforeprint` every chart
 * not yet drawn is drawn at once when the chunk is loaded (else it prints as its table); and when
 * asked — the document receives `zhuzhou:draw-charts` (the share box's print button sends it; so can
 * a tool that captures the whole page) — every chart in the document is drawn, on screen or off,
 * and `zhuzhou:charts-drawn` follows.
 */
import { whenNear } from './when-near';

type Renderer = typeof import('./chart-render');
let renderer: Promise<Renderer> | null = null;
let loaded: Renderer | null = null;
const load = () => (renderer ??= import('./chart-render').then((m) => (loaded = m)));

function draw(box: HTMLElement, forPrint = false) {
  if (box.dataset.state === 'drawn' || box.dataset.state === 'failed') return;
  if (loaded) {
    loaded.renderChart(box, forPrint);
    return;
  }
  if (box.dataset.state) return;
  box.dataset.state = 'loading';
  load()
    .then((m) => m.renderChart(box, forPrint))
    .catch((e: unknown) => {
      box.dataset.state = 'failed';
      console.warn('chart not drawn; its table shows instead', e);
    });
}

const boxes = () => [...document.querySelectorAll<HTMLElement>('.chart-canvas[data-config]')];

/** Draws every chart in the document, near or not; resolves when they are drawn. */
export async function drawAllCharts(): Promise<void> {
  const m = await load();
  for (const box of boxes()) if (box.dataset.state !== 'failed') m.renderChart(box);
}

export function watchCharts(): void {
  whenNear(boxes(), '400px 0px', (box) => draw(box));
  addEventListener('beforeprint', () => { for (const box of boxes()) draw(box, true); });
  document.addEventListener('zhuzhou:draw-charts', () => {
    void drawAllCharts()
      .catch((e: unknown) => console.warn('charts not drawn; their tables show instead', e))
      .finally(() => document.dispatchEvent(new Event('zhuzhou:charts-drawn')));
  });
}
