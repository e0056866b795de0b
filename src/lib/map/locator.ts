// The locator inset: Hunan's prefectures, Zhuzhou marked, Changsha and Xiangtan named, and the main map's frame. Pure.
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { hasHan, textWidthEm } from '../article/text';
import { districtPath, featureArea, geoBounds, labelPoint, makeProjection, polygonsOf, type BBox } from './geo';
import { overlaps, pointInRing, type Box } from './labels';

export type PrefectureFeature = Feature<Polygon | MultiPolygon, { id: string; name: string; label?: boolean }>;
export type PrefectureCollection = FeatureCollection<Polygon | MultiPolygon, { id: string; name: string; label?: boolean }>;

export interface LocatorDrawing {
  width: number;
  height: number;
  prefectures: { id: string; d: string; highlight: boolean }[];
  /**
   * Names (those with `label`): each prefecture's name inside it, at its label point (no dot: a dot
   * would claim a city's position, which the data do not give), moved within the prefecture only
   * where it would cover another name or the frame.
   */
  labels: { id: string; name: string; x: number; y: number }[];
  /** The main map's box, as a rectangle (at least `minFrame` units on a side, so that it is seen). */
  frame: { x: number; y: number; width: number; height: number };
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/**
 * Lays out the locator: the prefectures fitted to `width` (Web Mercator, as the main map), the one
 * with id `highlight` filled, the labelled ones named beside a dot (none covering another or the
 * frame rectangle), and the main map's box `frame` drawn as a rectangle.
 */
export function drawLocator(prefectures: PrefectureCollection, frame: BBox, names: Record<string, string>, highlight = 'zhuzhou', width = 150, fontSize = 11, minFrame = 6): LocatorDrawing {
  const projection = makeProjection(geoBounds(prefectures.features), width, 4);
  const height = Math.round(projection.height + 4);
  const [x0, y1] = projection.project(frame[0]);
  const [x1, y0] = projection.project(frame[1]);
  const fw = Math.max(x1 - x0, minFrame);
  const fh = Math.max(y1 - y0, minFrame);
  const rect = { x: r1((x0 + x1) / 2 - fw / 2), y: r1((y0 + y1) / 2 - fh / 2), width: r1(fw), height: r1(fh) };
  const rectBox: Box = { x0: rect.x, y0: rect.y, x1: rect.x + rect.width, y1: rect.y + rect.height };
  const taken: Box[] = [{ x0: rectBox.x0 - 3, y0: rectBox.y0 - 3, x1: rectBox.x1 + 3, y1: rectBox.y1 + 3 }];
  // The smallest prefecture chooses first (it has the fewest places for its name), then the larger; drawn in the data's order.
  const placed = new Map<string, { id: string; name: string; x: number; y: number }>();
  for (const f of prefectures.features.filter((p) => p.properties.label).sort((a, b) => featureArea(a) - featureArea(b))) {
    const name = names[f.properties.id] ?? f.properties.name;
    const w = textWidthEm(name) * fontSize;
    // A CJK name's drawn box is about 1.45 em high, a Latin one's 1.1.
    const h = fontSize * (hasHan(name) ? 1.5 : 1.2);
    const outer = polygonsOf(f.geometry).map((poly) => poly[0]!.map((p) => projection.project([p[0]!, p[1]!])));
    const [lx, ly] = projection.project(labelPoint(f));
    // The label point first, then points beside it, then rows ever further above and below it, while still in the
    // prefecture; failing all, the label point, moved sideways into the inset.
    const tries = [0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6, 7, -7, 8, -8].flatMap((dy) => [0, 1, -1, 2, -2].map((dx) => [lx + dx * w * 0.25, ly + dy * h * 0.5] as const));
    const box = (x: number, y: number): Box => ({ x0: x - w / 2, y0: y - h / 2, x1: x + w / 2, y1: y + h / 2 });
    const inInset = (b: Box) => b.x0 >= 3 && b.y0 >= 2 && b.x1 <= width - 3 && b.y1 <= height - 2;
    const at = tries.find(([x, y]) => outer.some((ring) => pointInRing(ring, [x, y])) && inInset(box(x, y)) && !taken.some((b) => overlaps(b, box(x, y)))) ?? [Math.min(Math.max(lx, 3 + w / 2), width - 3 - w / 2), ly];
    taken.push(box(at[0], at[1]));
    placed.set(f.properties.id, { id: f.properties.id, name, x: r1(at[0]), y: r1(at[1]) });
  }
  const labels = prefectures.features.flatMap((f) => placed.get(f.properties.id) ?? []);
  return {
    width,
    height,
    prefectures: prefectures.features.map((f) => ({ id: f.properties.id, d: districtPath(f, projection, 1), highlight: f.properties.id === highlight })),
    labels,
    frame: rect,
  };
}
