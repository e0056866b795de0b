/**
 * Maps, on demand: the static map is complete; when the reader presses it or its “放大查看”
 * button (by keyboard too), this loads Leaflet (and its CSS) and lays the interactive map over the
 * static SVG, in the same box, so nothing moves. Nothing is fetched for a map nobody touches.
 */
let renderer: Promise<typeof import('./map-render')> | null = null;
const load = () => (renderer ??= import('./map-render'));

function start(figure: HTMLElement, focus: boolean) {
  if (figure.dataset.state) return;
  figure.dataset.state = 'loading';
  load()
    .then((m) => m.renderMap(figure))
    .then(() => { if (focus) figure.querySelector<HTMLElement>('.leaflet-holder')?.focus(); })
    .catch((e: unknown) => {
      figure.dataset.state = 'failed';
      console.warn('interactive map not loaded; the static map stays', e);
    });
}

export function watchMaps(): void {
  for (const figure of document.querySelectorAll<HTMLElement>('figure[data-map]')) {
    const frame = figure.querySelector<HTMLElement>('.map-frame');
    const button = figure.querySelector<HTMLButtonElement>('.map-start');
    if (button) {
      button.hidden = false;
      button.addEventListener('click', () => start(figure, true), { once: true });
    }
    frame?.addEventListener('pointerdown', (e) => { if (e.target !== button) start(figure, false); });
  }
}
