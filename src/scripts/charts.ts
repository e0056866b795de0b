/**
 * Charts, lazily: when a chart box comes within reach of the viewport, loads the Chart.js chunk and
 * draws it (a chart never drawn prints as its table). Small on purpose: this is all the JavaScript
 * a chapter loads before a chart is near.
 */
import { whenNear } from './when-near';

let renderer: Promise<typeof import('./chart-render')> | null = null;
const load = () => (renderer ??= import('./chart-render'));

function draw(box: HTMLElement) {
  if (box.dataset.state) return;
  box.dataset.state = 'loading';
  load()
    .then((m) => m.renderChart(box))
    .catch((e: unknown) => {
      box.dataset.state = 'failed';
      console.warn('chart not drawn; its table shows instead', e);
    });
}

export function watchCharts(): void {
  whenNear([...document.querySelectorAll<HTMLElement>('.chart-canvas[data-config]')], '400px 0px', draw);
}
