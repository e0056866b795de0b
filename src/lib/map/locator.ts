// The locator inset: Hunan's prefectures, Zhuzhou marked, Changsha and Xiangtan named, and the main map's frame. Pure.
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { districtPath, geoBounds, labelPoint, makeProjection, type BBox } from './geo';
import { placeLabels, type Box } from './labels';

export type PrefectureFeature = Feature<Polygon | MultiPolygon, { id: string; name: string; label?: boolean }>;
export type PrefectureCollection = FeatureCollection<Polygon | MultiPolygon, { id: string; name: string; label?: boolean }>;

export interface LocatorDrawing {
  width: number;
  height: number;
  prefectures: { id: string; d: string; highlight: boolean }[];
  /** Names (those with `label`), beside a dot at the prefecture's label point. */
  labels: { id: string; name: string; x: number; y: number; anchor: 'start' | 'middle' | 'end'; dot: [number, number] }[];
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
  const labelled = prefectures.features.filter((f) => f.properties.label);
  const dots = labelled.map((f) => projection.project(labelPoint(f)));
  const placed = placeLabels(dots.map(([x, y], i) => ({ x, y, r: 2, text: names[labelled[i]!.properties.id] ?? labelled[i]!.properties.name })), { width, height }, fontSize, [rectBox], true);
  return {
    width,
    height,
    prefectures: prefectures.features.map((f) => ({ id: f.properties.id, d: districtPath(f, projection, 1), highlight: f.properties.id === highlight })),
    labels: labelled.flatMap((f, i) => {
      const l = placed[i];
      const [x, y] = dots[i]!;
      const name = names[f.properties.id] ?? f.properties.name;
      return l ? [{ id: f.properties.id, name, x: r1(l.x), y: r1(l.y), anchor: l.anchor, dot: [r1(x), r1(y)] as [number, number] }] : [{ id: f.properties.id, name, x: r1(x), y: r1(y - fontSize), anchor: 'middle' as const, dot: [r1(x), r1(y)] as [number, number] }];
    }),
    frame: rect,
  };
}
