/**
 * The graphics a chapter's MDX may place between paragraphs, registered once: the chapter pages
 * and /print/ render with these, and the content guard's rules (src/lib/guard/components.ts) have
 * the same names (a unit test checks it).
 */
import type { ModelGraphic } from '../../lib/guard/model';
import Chart from '../figures/Chart.astro';
import Shares from '../figures/Shares.astro';
import Timeline from '../figures/Timeline.astro';
import Units from '../figures/Units.astro';
import DistrictMap from '../map/DistrictMap.astro';

export const chapterComponents = { Chart, Shares, Units, Timeline, PlaceMap: DistrictMap };

/** A graphic's props as its component takes them: the ids it shows under the list's name (figures, events, places). */
export function graphicProps(g: ModelGraphic) {
  const list = g.name === 'Timeline' ? 'events' : g.name === 'PlaceMap' ? 'places' : 'figures';
  return { id: g.id, title: g.title, [list]: g.ids, ...(g.kind ? { kind: g.kind } : {}), ...(g.note ? { note: g.note } : {}) };
}
