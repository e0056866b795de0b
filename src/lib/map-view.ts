/**
 * What a map shows and where: the box to frame, the districts' label points, the places as numbered
 * markers in SVG units. Pure (feeds both the build-time SVG and, as JSON, the Leaflet map).
 */
import { geoBounds, labelPoint, makeProjection, featureToSvgPath, type BBox, type DistrictFeature, type Projection } from './geo';

export interface MapPlace {
  id: string;
  name: string;
  lon: number;
  lat: number;
  precision: 'exact' | 'approximate' | 'district-centroid';
  district: string;
}

/**
 * A box around the given points, grown by `pad` of its size on each side (at least `minSpan`
 * degrees wide and high), then widened or heightened so that its drawn shape stays between
 * `aspect[0]` and `aspect[1]` (width ÷ height, with longitudes scaled by cos(latitude)).
 */
export function boxAround(points: readonly (readonly [number, number])[], pad = 0.15, minSpan = 0.08, aspect: readonly [number, number] = [0.8, 1.6]): BBox {
  if (!points.length) throw new Error('boxAround: no points');
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    minX = Math.min(minX, x); maxX = Math.max(maxX, x);
    minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  }
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  let w = Math.max(maxX - minX, minSpan) * (1 + 2 * pad);
  let h = Math.max(maxY - minY, minSpan) * (1 + 2 * pad);
  const k = Math.cos((cy * Math.PI) / 180);
  if ((w * k) / h < aspect[0]) w = (aspect[0] * h) / k;
  if ((w * k) / h > aspect[1]) h = (w * k) / aspect[1];
  return [[cx - w / 2, cy - h / 2], [cx + w / 2, cy + h / 2]];
}

/** Numbers as a marker label: 3, or 2–8 for a run, or 2·5 otherwise. */
export function markerLabel(ns: readonly number[]): string {
  if (ns.length === 1) return String(ns[0]);
  const run = ns.every((n, i) => i === 0 || n === ns[i - 1]! + 1);
  return run ? `${ns[0]}–${ns[ns.length - 1]}` : ns.join('·');
}

/**
 * Places that share a point (same coordinates: often a district's centroid, for places the editors
 * could only place in their district) become one marker listing them all: never markers stacked
 * invisibly on top of each other.
 */
export function groupByPoint<P extends { lon: number; lat: number }>(places: readonly P[]): { lon: number; lat: number; members: { place: P; n: number }[] }[] {
  const groups = new Map<string, { lon: number; lat: number; members: { place: P; n: number }[] }>();
  places.forEach((p, i) => {
    const key = `${p.lon.toFixed(5)},${p.lat.toFixed(5)}`;
    const g = groups.get(key) ?? { lon: p.lon, lat: p.lat, members: [] };
    g.members.push({ place: p, n: i + 1 });
    groups.set(key, g);
  });
  return [...groups.values()];
}

export interface MapDrawing {
  width: number;
  height: number;
  bbox: BBox;
  districts: { id: string; name: string; d: string; label: [number, number] | null; inView: boolean }[];
  /** One marker per point; `ids` are the places there, `label` their numbers. */
  markers: { ids: string[]; label: string; x: number; y: number; approximate: boolean }[];
}

/**
 * Lays out a map: all nine districts (clipped by the SVG's viewBox), their labels where the label
 * point is in view, and the places numbered 1…n in the order given.
 */
export function drawMap(features: readonly DistrictFeature[], places: readonly MapPlace[], bbox: BBox | 'all', width = 640): MapDrawing {
  const box = bbox === 'all' ? geoBounds(features) : bbox;
  const projection: Projection = makeProjection(box, width, bbox === 'all' ? 12 : 0);
  const height = Math.round(projection.height);
  const inBox = ([x, y]: readonly [number, number]) => x >= 0 && y >= 0 && x <= width && y <= height;
  const districts = features.map((f) => {
    const [lx, ly] = projection.project(labelPoint(f));
    const label: [number, number] = [Math.round(lx * 10) / 10, Math.round(ly * 10) / 10];
    return { id: f.properties.id as string, name: f.properties.name, d: featureToSvgPath(f, projection, 1), label: inBox(label) ? label : null, inView: inBox(label) };
  });
  const markers = groupByPoint(places).map((g) => {
    const [x, y] = projection.project([g.lon, g.lat]);
    return {
      ids: g.members.map((m) => m.place.id), label: markerLabel(g.members.map((m) => m.n)),
      x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10, approximate: g.members.some((m) => m.place.precision !== 'exact'),
    };
  });
  return { width, height, bbox: box, districts, markers };
}

/**
 * Groups items whose screen positions lie closer than `minDistance` (greedy, in order): markers that
 * would cover each other become one marker at the first item's position, so every marker on screen
 * can be seen and pressed.
 */
export function clusterByDistance<T>(items: readonly { x: number; y: number; item: T }[], minDistance: number): { x: number; y: number; items: T[] }[] {
  const clusters: { x: number; y: number; items: T[] }[] = [];
  for (const it of items) {
    const near = clusters.find((c) => Math.hypot(c.x - it.x, c.y - it.y) < minDistance);
    if (near) near.items.push(it.item);
    else clusters.push({ x: it.x, y: it.y, items: [it.item] });
  }
  return clusters;
}

/** A marker's label: its places' numbers (2–8, 1·3), or, for more than three places, how many. */
export function clusterLabel(ns: readonly number[]): string {
  const sorted = [...ns].sort((a, b) => a - b);
  return sorted.length > 3 && markerLabel(sorted).length > 5 ? `${sorted.length}处` : markerLabel(sorted);
}
