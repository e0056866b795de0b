/**
 * Maps, lazily: when a map comes within reach of the viewport, or the reader touches, clicks or
 * tabs into it, loads Leaflet (and its CSS) and lays the interactive map over the static SVG, in
 * the same box, so nothing moves.
 */
const MARGIN = '300px 0px';

let renderer: Promise<typeof import('./map-render')> | null = null;
const load = () => (renderer ??= import('./map-render'));

function start(figure: HTMLElement) {
  if (figure.dataset.state) return;
  figure.dataset.state = 'loading';
  load()
    .then((m) => m.renderMap(figure))
    .catch((e: unknown) => {
      figure.dataset.state = 'failed';
      console.warn('interactive map not loaded; the static map stays', e);
    });
}

export function watchMaps(): void {
  const figures = [...document.querySelectorAll<HTMLElement>('figure[data-map]')];
  if (!figures.length) return;
  const io = 'IntersectionObserver' in window
    ? new IntersectionObserver((entries) => {
        for (const e of entries) {
          if (e.isIntersecting) {
            io?.unobserve(e.target);
            start(e.target as HTMLElement);
          }
        }
      }, { rootMargin: MARGIN })
    : null;
  for (const f of figures) {
    if (io) io.observe(f);
    else start(f);
    for (const type of ['pointerdown', 'focusin'] as const) f.addEventListener(type, () => start(f), { once: true });
  }
}
