/**
 * Maps, lazily: when a map comes within reach of the viewport, or the reader touches, clicks or
 * tabs into it, loads Leaflet (and its CSS) and lays the interactive map over the static SVG, in
 * the same box, so nothing moves.
 */
import { whenNear } from './when-near';

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
  whenNear([...document.querySelectorAll<HTMLElement>('figure[data-map]')], '300px 0px', start);
}
