// What a map shows and where (box, district paths and labels, numbered markers), and the data contract of the interactive map.
import { textWidthEm } from '../article/text';
import polylabel from 'polylabel';
import { districtPath, geoBounds, labelPoint, lineLatLngs, linePath, makeProjection, polygonsOf, type BBox, type DistrictFeature, type MapProjection, type RiverCollection } from './geo';
import { placeLabels, type Box, type PlacedLabel } from './labels';
import { clusterLabel, groupByPoint, separate } from './markers';

export interface MapPlace {
  id: string;
  name: string;
  lon: number;
  lat: number;
  precision: 'exact' | 'approximate' | 'district-centroid';
  /** The division it lies in (the first, for places in several). */
  district: string | null;
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

export interface MapMarker {
  /** The places at this point (one district), and their numbers in the list: 3, or 2–8. */
  ids: string[];
  numbers: string;
  district: string | null;
  /** Where the marker is drawn; `at` is the true point when the marker had to move aside (else null). */
  x: number;
  y: number;
  at: { x: number; y: number } | null;
  approximate: boolean;
  /** The label's text (the place's name, or "name等N处"), and where it goes (null: no room). */
  text: string;
  label: PlacedLabel | null;
}

export interface MapDrawing {
  width: number;
  height: number;
  bbox: BBox;
  /** `label` in SVG units, `labelAt` the same point as [lon, lat] (for the interactive map's labels). */
  districts: { id: string; name: string; d: string; label: [number, number] | null; labelAt: [number, number] | null; urban: boolean }[];
  /** The river (schematic), its path and its name along its longest stretch in view. */
  river: { d: string; label: { x: number; y: number; angle: number } | null } | null;
  /** Area labels (the city core). */
  areas: { id: string; name: string; x: number; y: number }[];
  markers: MapMarker[];
}

export interface MapLayers {
  districts: readonly DistrictFeature[];
  river?: RiverCollection | null;
  /** Ids of the urban districts (drawn a shade darker). */
  urban?: readonly string[];
  /** Named areas drawn as labels, not markers (株洲市区). */
  areas?: readonly { id: string; name: string; lon: number; lat: number }[];
}

/** Clips a ring (screen units) to the rectangle [0, w] × [0, h] (Sutherland–Hodgman). */
export function clipRing(ring: readonly (readonly [number, number])[], w: number, h: number): [number, number][] {
  const edges: ((p: readonly [number, number]) => boolean)[] = [(p) => p[0] >= 0, (p) => p[0] <= w, (p) => p[1] >= 0, (p) => p[1] <= h];
  const cross = (a: readonly [number, number], b: readonly [number, number], k: number): [number, number] => {
    const [x0, y0] = a;
    const [x1, y1] = b;
    const t = k === 0 ? (0 - x0) / (x1 - x0) : k === 1 ? (w - x0) / (x1 - x0) : k === 2 ? (0 - y0) / (y1 - y0) : (h - y0) / (y1 - y0);
    return [x0 + t * (x1 - x0), y0 + t * (y1 - y0)];
  };
  let out: [number, number][] = ring.map((p) => [p[0], p[1]]);
  edges.forEach((inside, k) => {
    const input = out;
    out = [];
    input.forEach((cur, i) => {
      const prev = input[(i + input.length - 1) % input.length]!;
      if (inside(cur)) {
        if (!inside(prev)) out.push(cross(prev, cur, k));
        out.push(cur);
      } else if (inside(prev)) out.push(cross(prev, cur, k));
    });
  });
  return out;
}

/** Area of a ring in screen units² (shoelace, positive). */
export const ringArea = (r: readonly (readonly [number, number])[]) => Math.abs(r.reduce((a, p, i) => { const q = r[(i + 1) % r.length]!; return a + p[0] * q[1] - q[0] * p[1]; }, 0)) / 2;

/**
 * Where to write a district's name so that it is seen: at its label point when that is in view,
 * else at the pole of inaccessibility of the part of the district inside the frame (when that part
 * is big enough to hold the name), else nowhere.
 */
export function visibleLabelPoint(rings: readonly (readonly (readonly [number, number])[])[], frame: { width: number; height: number }, minArea: number): [number, number] | null {
  let best: [number, number][] | null = null;
  for (const r of rings) {
    const c = clipRing(r, frame.width, frame.height);
    if (c.length >= 3 && ringArea(c) >= minArea && (!best || ringArea(c) > ringArea(best))) best = c;
  }
  if (!best) return null;
  const [x, y] = polylabel([best], 1);
  return [round(x), round(y)];
}

/** Sizes in SVG units (the drawing is `width` wide and scales with the page). */
export const MAP_TEXT = { district: 16, place: 14, river: 14, area: 17, marker: 9 } as const;

const round = (v: number) => Math.round(v * 10) / 10;

/** A marker's label: the place's name, or for several places the shortest name and how many (清水塘老工业区等5处); '' when too long to write on a map. */
export function markerText(names: readonly string[], maxChars = 12): string {
  const label = (name: string) => (names.length === 1 ? name : `${name}等${names.length}处`);
  const first = label(names[0] ?? '');
  if ([...first].length <= maxChars) return first;
  const shortest = label([...names].sort((a, b) => [...a].length - [...b].length)[0] ?? '');
  return [...shortest].length <= maxChars ? shortest : '';
}

/** Keeps a text of `width` centred at x inside [0, frameWidth]. */
const clampX = (x: number, width: number, frameWidth: number) => Math.min(Math.max(x, width / 2 + 2), frameWidth - width / 2 - 2);

/** Where to write a line's name: the middle of its longest segment in view, along it (angle kept readable, in degrees). */
export function lineLabel(points: readonly (readonly [number, number])[], frame: { width: number; height: number }): { x: number; y: number; angle: number } | null {
  let best: { len: number; x: number; y: number; angle: number } | null = null;
  const inside = ([x, y]: readonly [number, number]) => x >= 0 && y >= 0 && x <= frame.width && y <= frame.height;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (!inside(a) || !inside(b)) continue;
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (best && len <= best.len) continue;
    let angle = (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;
    if (angle > 90) angle -= 180;
    if (angle < -90) angle += 180;
    best = { len, x: (a[0] + b[0]) / 2, y: (a[1] + b[1]) / 2, angle };
  }
  return best && { x: round(best.x), y: round(best.y), angle: Math.round(best.angle) };
}

/**
 * Lays out a map: the nine districts (clipped by the SVG's viewBox; the urban ones a shade darker),
 * their names where the label point is in view, the river and its name, the named areas, and the
 * places as numbered markers (places of one district at one point share a marker; markers of
 * different districts that would cover each other are moved apart, with a leader line) with their
 * names beside them where there is room.
 */
export function drawMap(layers: MapLayers, places: readonly MapPlace[], bbox: BBox | 'all', width = 420): MapDrawing {
  const box = bbox === 'all' ? geoBounds(layers.districts) : bbox;
  const projection: MapProjection = makeProjection(box, width, bbox === 'all' ? 12 : 0);
  const height = Math.round(projection.height);
  const frame = { width, height };
  const inBox = ([x, y]: readonly [number, number]) => x >= 0 && y >= 0 && x <= width && y <= height;
  const urban = new Set(layers.urban ?? []);
  const districts = layers.districts.map((f) => {
    const [lx, ly] = projection.project(labelPoint(f));
    const at: [number, number] = [round(lx), round(ly)];
    const outer = polygonsOf(f.geometry).map((poly) => poly[0]!.map((p) => projection.project([p[0]!, p[1]!])));
    const half = textWidthEm(f.properties.name) * MAP_TEXT.district;
    const found = inBox(at) ? at : visibleLabelPoint(outer, frame, half ** 2);
    const label: [number, number] | null = found && [round(clampX(found[0], half, width)), found[1]];
    const labelAt = label ? projection.invert(label).map((v) => Math.round(v * 1e5) / 1e5) as [number, number] : null;
    return { id: f.properties.id, name: f.properties.name, d: districtPath(f, projection, 1), label, labelAt, urban: urban.has(f.properties.id) };
  });
  const riverFeature = layers.river?.features[0];
  const river = riverFeature
    ? { d: linePath(riverFeature, projection, 1), label: lineLabel(lineLatLngs(riverFeature).flat().map(([lat, lon]) => projection.project([lon, lat])), frame) }
    : null;
  const areas = (layers.areas ?? []).map((a) => {
    const [x, y] = projection.project([a.lon, a.lat]);
    return { id: a.id, name: a.name, x: round(clampX(x, textWidthEm(a.name) * MAP_TEXT.area, width)), y: round(y) };
  }).filter((a) => inBox([a.x, a.y]));

  const groups = groupByPoint(places);
  const r = MAP_TEXT.marker;
  const truePoints = groups.map((g) => projection.project([g.lon, g.lat]));
  const moved = separate(truePoints.map(([x, y]) => ({ x, y })), 2 * r + 2);
  const textBox = (x: number, y: number, text: string, size: number) => {
    const w = (textWidthEm(text) * size) / 2;
    return { x0: x - w, y0: y - size * 0.6, x1: x + w, y1: y + size * 0.6 };
  };
  const obstacles: Box[] = [
    ...districts.filter((d) => d.label).map((d) => textBox(d.label![0], d.label![1], d.name, MAP_TEXT.district)),
    ...areas.map((a) => textBox(a.x, a.y, a.name, MAP_TEXT.area)),
    ...(river?.label ? [textBox(river.label.x, river.label.y, '湘江', MAP_TEXT.river)] : []),
  ];
  const texts = groups.map((g) => markerText(g.members.map((m) => m.place.name)));
  const wanted = moved.map((p, i) => ({ x: p.x, y: p.y, r, text: texts[i]! }));
  const labels = placeLabels(wanted, frame, MAP_TEXT.place, obstacles).map((l, i) => (texts[i] ? l : null));
  const markers = groups.map((g, i) => {
    const [tx, ty] = truePoints[i]!;
    const m = moved[i]!;
    const shifted = Math.hypot(m.x - tx, m.y - ty) > 0.5;
    return {
      ids: g.members.map((x) => x.place.id), numbers: clusterLabel(g.members.map((x) => x.n)), district: g.district,
      x: round(m.x), y: round(m.y), at: shifted ? { x: round(tx), y: round(ty) } : null,
      approximate: g.members.some((x) => x.place.precision !== 'exact'),
      text: texts[i]!, label: labels[i] ?? null,
    };
  });
  return { width, height, bbox: box, districts, river, areas, markers };
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
  /** The divisions, with where the static map writes their names ([lon, lat], null: not in view). */
  districts: { id: string; name: string; formerName: string | null; labelAt: [number, number] | null }[];
  /** The urban districts (drawn a shade darker). */
  urban: string[];
  /** The river, schematic: its name and its lines as [lat, lng] pairs. */
  river: { name: string; latlngs: [number, number][][] } | null;
  /** Named areas drawn as labels (株洲市区). */
  areas: { id: string; name: string; lat: number; lon: number }[];
  places: MapPlaceData[];
}
