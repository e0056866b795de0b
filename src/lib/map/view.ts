// What a map shows and where (box, district paths and labels, numbered markers), and the data contract of the interactive map.
import { districtPath, geoBounds, labelPoint, makeProjection, type BBox, type DistrictFeature, type MapProjection } from './geo';
import { groupByPoint, markerLabel } from './markers';

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
  const projection: MapProjection = makeProjection(box, width, bbox === 'all' ? 12 : 0);
  const height = Math.round(projection.height);
  const inBox = ([x, y]: readonly [number, number]) => x >= 0 && y >= 0 && x <= width && y <= height;
  const districts = features.map((f) => {
    const [lx, ly] = projection.project(labelPoint(f));
    const label: [number, number] = [Math.round(lx * 10) / 10, Math.round(ly * 10) / 10];
    return { id: f.properties.id, name: f.properties.name, d: districtPath(f, projection, 1), label: inBox(label) ? label : null, inView: inBox(label) };
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

/** A place in the interactive map's data. */
export interface MapPlaceData {
  id: string; n: number; name: string; lat: number; lon: number; approximate: boolean;
  district: string | null; districtName: string | null; chapter: string | null;
  quote: string | null; href: string | null; paragraph: number | null; chapterTitle: string | null;
}

/** The JSON that src/components/map/DistrictMap.astro puts in `data-map` and src/scripts/map-render.ts reads. */
export interface MapData {
  /** URL of the districts' GeoJSON. */
  geometry: string;
  /** The boundary data's credit, from content/geo/source.json. */
  credit: string;
  /** The box the map frames first (the static SVG's box). */
  bbox: BBox;
  districts: { id: string; name: string; formerName: string | null }[];
  places: MapPlaceData[];
}
