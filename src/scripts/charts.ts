/**
 * Charts, lazily: watches every chart box and, when one comes within reach of the viewport, loads
 * the Chart.js chunk and draws it (a chart never drawn prints as its table). Small on purpose: this is
 * all the JavaScript a chapter loads before a chart is near.
 */
const MARGIN = '400px 0px';

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
  const boxes = [...document.querySelectorAll<HTMLElement>('.chart-canvas[data-config]')];
  if (!boxes.length) return;
  if (!('IntersectionObserver' in window)) {
    boxes.forEach(draw);
    return;
  }
  const io = new IntersectionObserver((entries) => {
    for (const e of entries) {
      if (e.isIntersecting) {
        io.unobserve(e.target);
        draw(e.target as HTMLElement);
      }
    }
  }, { rootMargin: MARGIN });
  boxes.forEach((b) => io.observe(b));
}
