// What a map shows and where (box, district paths and labels, numbered markers), and the data contract of the interactive map.
import { hasHan, textWidthEm } from '../article/text';
import polylabel from 'polylabel';
import { districtPath, geoBounds, labelPoint, lineLatLngs, linePath, makeProjection, polygonsOf, type BBox, type DistrictFeature, type MapProjection, type RiverCollection } from './geo';
import { overlaps, placeLabels, pointInRing, segmentHitsBox, type Box, type PlacedLabel } from './labels';

import { badgeSize, clusterLabel, groupByPoint, markerName, separate } from './markers';
import { fadeEnds } from './river';

export interface MapPlace {
  id: string;
  name: string;
  /** A shorter name written beside its marker, where the edition has one. */
  label?: string | undefined;
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
  /** The badge's width (its height is 2 × MAP_TEXT.marker): a circle when equal, else a pill. */
  width: number;
  pill: boolean;
  approximate: boolean;
  /** The label's text (the place's name, or "name等N处"), and where it goes (null: no room). */
  text: string;
  label: PlacedLabel | null;
}

export interface MapDrawing {
  width: number;
  height: number;
  bbox: BBox;
  /** The names' sizes in SVG units (MAP_TEXT's, scaled for the names' language). */
  text: { place: number; district: number; area: number; river: number };
  /** `label` in SVG units, `labelAt` the same point as [lon, lat] (for the interactive map's labels). */
  /** `leader`: for a name written outside its district (a callout, for a district too small to hold it), the line from the district's label point to the name, [x1, y1, x2, y2] in SVG units. */
  districts: { id: string; name: string; d: string; label: [number, number] | null; labelAt: [number, number] | null; urban: boolean; leader: [number, number, number, number] | null }[];
  /**
   * The river (schematic), its path and its name beside its longest stretch in view: (x, y) the
   * name's centre, rotated by `angle`, or written upright when `vertical`; `labelAt` the point on
   * the line it is written beside, as [lon, lat], and on which side of it (for the interactive map).
   */
  river: {
    d: string;
    /** The line in pieces, its open ends fading out (the river goes on where the data stops). */
    pieces: { d: string; opacity: number }[];
    label: { x: number; y: number; angle: number; vertical: boolean } | null;
    labelAt: [number, number] | null;
    labelSide: 'top' | 'bottom' | 'left' | 'right' | null;
  } | null;
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

/**
 * Sizes in SVG units (the drawing is `width` wide and scales with the page); `badge` is the size of
 * a marker's numbers; `buttonStrip` the height kept clear at the bottom of a map with a “放大查看”
 * button (the button's 2.25rem and margin on a phone, where 420 units are about 330 px).
 */
export const MAP_TEXT = { district: 16, place: 14, river: 14, area: 17, marker: 9, badge: 11, buttonStrip: 64 } as const;

const round = (v: number) => Math.round(v * 10) / 10;

/** Keeps a text of `width` centred at x inside [0, frameWidth]. */
const clampX = (x: number, width: number, frameWidth: number) => Math.min(Math.max(x, width / 2 + 2), frameWidth - width / 2 - 2);

type Point = readonly [number, number];
type Frame = { width: number; height: number };

/** The box of a text `w` × `h` centred at (x, y). */
const boxAt = (x: number, y: number, w: number, h: number): Box => ({ x0: x - w / 2, y0: y - h / 2, x1: x + w / 2, y1: y + h / 2 });
const inFrame = (b: Box, f: Frame) => b.x0 >= 0 && b.y0 >= 0 && b.x1 <= f.width && b.y1 <= f.height;

/** True when a polyline (any of its segments) passes through the box. */
const lineHitsBox = (lines: readonly (readonly Point[])[], box: Box) => lines.some((l) => l.some((p, i) => i > 0 && segmentHitsBox(l[i - 1]!, p, box)));

/**
 * What a label must keep clear of: `labels` (other names, the button's strip) always; `markers`,
 * `names` (where the places' names would go) and `lines` (the river) where it can.
 */
export interface Avoid {
  labels?: readonly Box[];
  markers?: readonly Box[];
  names?: readonly Box[];
  lines?: readonly (readonly Point[])[];
}

/**
 * Where to write a district's name (a text `size.w` × `size.h`, in screen units) so that it is
 * seen and clear of the rest. The first candidate is `first` (the district's label point) when it
 * is given, else the pole of inaccessibility (polylabel) of the largest part of the district inside
 * the frame; then points of a grid over the parts in view, nearest the first candidate first.
 * A name is always inside the frame and clear of the other labels and of the markers. Preferred,
 * in this order: wholly inside the district, clear of the places' names and of the river; only its
 * line of text (middle and both ends) inside; wholly inside, crossing the river; line inside,
 * crossing the river; then the same over a place's name (which then goes elsewhere or is left
 * out), but not both over a name and across the river on its line only. Null (the name is left
 * out) when none of these is possible, or no part of the district in view is big enough for it.
 */
export function districtLabel(rings: readonly (readonly Point[])[], frame: Frame, size: { w: number; h: number }, first: Point | null, avoid: Avoid = {}, step = 6): [number, number] | null {
  const parts = rings.map((r) => clipRing(r, frame.width, frame.height)).filter((c) => c.length >= 3 && ringArea(c) >= size.w ** 2);
  if (!parts.length) return null;
  const start = first ?? visibleLabelPoint(rings, frame, size.w ** 2);
  if (!start) return null;
  const at = (p: Point): [number, number] => [round(clampX(p[0], size.w, frame.width)), round(p[1])];
  const candidates: [number, number][] = [at(start)];
  for (const part of parts) {
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x, y] of part) { x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y); }
    const s = Math.max(step, Math.sqrt((x1 - x0) * (y1 - y0)) / 60);
    for (let y = y0 + s / 2; y < y1; y += s) for (let x = x0 + s / 2; x < x1; x += s) if (pointInRing(part, [x, y])) candidates.push(at([x, y]));
  }
  const [sx, sy] = candidates[0]!;
  candidates.sort((a, b) => Math.hypot(a[0] - sx, a[1] - sy) - Math.hypot(b[0] - sx, b[1] - sy));
  const inside = (p: Point) => rings.some((r) => pointInRing(r, p));
  const box = ([x, y]: Point) => boxAt(x, y, size.w, size.h);
  const clear = (b: Box, list: readonly Box[] | undefined) => !list?.some((o) => overlaps(o, b));
  /** The line of text (its middle, both ends) inside the district, though not the whole box. */
  const lineInside = (p: Point, b: Box) => inside(p) && inside([b.x0, p[1]]) && inside([b.x1, p[1]]);
  const wholeInside = (b: Box) => ([[b.x0, b.y0], [b.x1, b.y0], [b.x0, b.y1], [b.x1, b.y1]] as const).every((p) => inside(p));
  const tiers: { whole: boolean; names: boolean; river: boolean }[] = [
    { whole: true, names: true, river: true },
    { whole: false, names: true, river: true },
    { whole: true, names: true, river: false },
    { whole: false, names: true, river: false },
    { whole: true, names: false, river: true },
    { whole: false, names: false, river: true },
    { whole: true, names: false, river: false },
  ];
  const checked = candidates.map((p) => ({ p, b: box(p) })).filter(({ b }) => inFrame(b, frame) && clear(b, avoid.labels) && clear(b, avoid.markers));
  for (const t of tiers) {
    const found = checked.find(({ p, b }) => (t.whole ? wholeInside(b) : lineInside(p, b)) && (!t.names || clear(b, avoid.names)) && (!t.river || !lineHitsBox(avoid.lines ?? [], b)));
    if (found) return found.p;
  }
  return null;
}

/** A line's name: its centre (x, y), its angle in degrees (0 when `vertical`), written upright (glyph under glyph) where the line runs steeply, and the box it covers. */
export interface LineLabel {
  x: number;
  y: number;
  angle: number;
  vertical: boolean;
  /** The point on the line the name is written beside. */
  on: [number, number];
  box: Box;
}

/**
 * Where to write a line's name (the 湘江, `chars` characters of `fontSize`): beside the longest
 * segment in view, at its middle or a third of the way along, on either side. Where the segment
 * runs more vertically than horizontally the name is written upright, glyph under glyph, as
 * Chinese is set in columns, beside the line; else along the line, rotated and kept readable.
 * The first place clear of `avoid` (markers, names) and of the line itself is taken; else the
 * first place.
 */
export function lineLabel(points: readonly Point[], frame: Frame, avoid: readonly Box[] = [], fontSize: number = MAP_TEXT.river, chars = 2, upright = true): LineLabel | null {
  const inside = ([x, y]: Point) => x >= 0 && y >= 0 && x <= frame.width && y <= frame.height;
  const segments = points.slice(1).map((b, i) => [points[i]!, b] as const).filter(([a, b]) => inside(a) && inside(b))
    .map(([a, b]) => ({ a, b, len: Math.hypot(b[0] - a[0], b[1] - a[1]) })).filter((s) => s.len > 0).sort((p, q) => q.len - p.len);
  const candidates: LineLabel[] = [];
  for (const { a, b } of segments) {
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    let angle = (Math.atan2(dy, dx) * 180) / Math.PI;
    if (angle > 90) angle -= 180;
    if (angle <= -90) angle += 180;
    const vertical = upright && Math.abs(dy) > Math.abs(dx);
    for (const t of [0.5, 0.35, 0.65]) {
      const on: [number, number] = [a[0] + t * dx, a[1] + t * dy];
      for (const side of [1, -1]) {
        let x: number;
        let y: number;
        let box: Box;
        if (vertical) {
          // A column of `chars` glyphs (a little spaced) beside the line, clear of it over its whole height.
          const w = fontSize * 1.15;
          const h = fontSize * (chars * 1.2);
          const off = w / 2 + 4 + (Math.abs(dx / dy) * h) / 2;
          x = on[0] + side * off;
          y = on[1];
          box = boxAt(x, y, w, h);
        } else {
          // Along the line, on its upper side (or its lower), letter-spaced.
          const w = fontSize * chars * 1.3;
          const h = fontSize * 1.2;
          const rad = (angle * Math.PI) / 180;
          const off = fontSize * 0.9;
          x = on[0] + side * Math.sin(rad) * off;
          y = on[1] - side * Math.cos(rad) * off;
          const bw = Math.abs(w * Math.cos(rad)) + Math.abs(h * Math.sin(rad));
          const bh = Math.abs(w * Math.sin(rad)) + Math.abs(h * Math.cos(rad));
          box = boxAt(x, y, bw, bh);
        }
        candidates.push({ x: round(x), y: round(y), angle: vertical ? 0 : Math.round(angle), vertical, on: [round(on[0]), round(on[1])], box });
      }
    }
  }
  if (!candidates.length) return null;
  // The label's own box is checked against the line a little shrunk, so that a line merely touching its corner does not count.
  const shrink = (b: Box): Box => ({ x0: b.x0 + 2, y0: b.y0 + 2, x1: b.x1 - 2, y1: b.y1 - 2 });
  return candidates.find((c) => inFrame(c.box, frame) && !avoid.some((o) => overlaps(o, c.box)) && !lineHitsBox([points], shrink(c.box))) ?? candidates[0]!;
}

/** Where to write an area's name (株洲市区): at its point, or the nearest place around it clear of `avoid` (markers) and of `lines` (the river), inside the frame. */
export function areaLabel(at: Point, size: { w: number; h: number }, frame: Frame, avoid: readonly Box[] = [], lines: readonly (readonly Point[])[] = []): [number, number] {
  const [x0, y0] = [clampX(at[0], size.w, frame.width), at[1]];
  const candidates: [number, number][] = [[x0, y0]];
  for (const r of [8, 16, 24, 32, 40, 48, 56, 64]) for (let k = 0; k < 8; k++) candidates.push([clampX(x0 + r * Math.cos((k * Math.PI) / 4), size.w, frame.width), y0 + r * Math.sin((k * Math.PI) / 4)]);
  const clear = ([x, y]: [number, number]) => { const b = boxAt(x, y, size.w, size.h); return inFrame(b, frame) && !avoid.some((o) => overlaps(o, b)); };
  // Off the river if it can be, near its point; else clear of the markers only.
  const found = candidates.find((c) => clear(c) && !lineHitsBox(lines, boxAt(c[0], c[1], size.w, size.h))) ?? candidates.slice(0, 33).find(clear);
  const [x, y] = found ?? candidates[0]!;
  return [round(x), round(y)];
}

/**
 * A box that the line crosses from edge to edge (the 湘江 through the city): each end of the line
 * lies on the edge it runs out through (the side it heads towards at its last step), and the box
 * holds the rest of the line and the points of `include` that are not beyond those edges. The
 * free sides are grown by `pad` of the box's size, then widened or heightened (free sides only) so
 * that the drawn shape stays between `aspect[0]` and `aspect[1]` (width ÷ height).
 */
export function boxThroughLine(line: readonly Point[], include: readonly Point[] = [], pad = 0.1, aspect: readonly [number, number] = [1, 1.5]): BBox {
  if (line.length < 2) throw new Error('boxThroughLine: a line needs two points');
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of [...line, ...include]) {
    minX = Math.min(minX, x); maxX = Math.max(maxX, x);
    minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  }
  const k = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const pinned = { w: false, e: false, s: false, n: false };
  for (const [end, next] of [[line[0]!, line[1]!], [line[line.length - 1]!, line[line.length - 2]!]] as const) {
    const dx = (end[0] - next[0]) * k;
    const dy = end[1] - next[1];
    if (Math.abs(dx) >= Math.abs(dy)) {
      if (dx < 0) { minX = pinned.w ? Math.min(minX, end[0]) : end[0]; pinned.w = true; }
      else { maxX = pinned.e ? Math.max(maxX, end[0]) : end[0]; pinned.e = true; }
    } else if (dy < 0) { minY = pinned.s ? Math.min(minY, end[1]) : end[1]; pinned.s = true; }
    else { maxY = pinned.n ? Math.max(maxY, end[1]) : end[1]; pinned.n = true; }
  }
  const grow = (extra: number, lo: boolean, hi: boolean, axis: 'x' | 'y') => {
    if (!lo && !hi) return;
    const share = lo && hi ? extra / 2 : extra;
    if (axis === 'x') { if (lo) minX -= share; if (hi) maxX += share; }
    else { if (lo) minY -= share; if (hi) maxY += share; }
  };
  grow(pad * (maxX - minX) * (Number(!pinned.w) + Number(!pinned.e)), !pinned.w, !pinned.e, 'x');
  grow(pad * (maxY - minY) * (Number(!pinned.s) + Number(!pinned.n)), !pinned.s, !pinned.n, 'y');
  const ratio = ((maxX - minX) * k) / (maxY - minY);
  if (ratio < aspect[0]) grow((aspect[0] * (maxY - minY)) / k - (maxX - minX), !pinned.w, !pinned.e, 'x');
  if (ratio > aspect[1]) grow(((maxX - minX) * k) / aspect[1] - (maxY - minY), !pinned.s, !pinned.n, 'y');
  return [[minX, minY], [maxX, maxY]];
}

/**
 * Where to write a name outside the shape it names (a district too small to hold it at this
 * scale): around `anchor`, at growing distances in 16 directions, the first place inside the frame,
 * clear of `avoid` and not crossing `lines`; null when there is none.
 */
export function calloutLabel(anchor: Point, size: { w: number; h: number }, frame: Frame, avoid: readonly Box[], lines: readonly (readonly Point[])[] = []): [number, number] | null {
  for (const r of [22, 30, 40, 52, 66, 82, 100]) {
    for (let k = 0; k < 16; k++) {
      const a = (k * Math.PI) / 8;
      const x = anchor[0] + Math.cos(a) * (r + size.w / 2 - size.h / 2);
      const y = anchor[1] + Math.sin(a) * r;
      const b = boxAt(x, y, size.w, size.h);
      if (inFrame(b, frame) && !avoid.some((o) => overlaps(o, b)) && !lineHitsBox(lines, b)) return [round(x), round(y)];
    }
  }
  return null;
}

/** The point of box `b` nearest to `p` (where a leader line from p meets the name). */
export function nearestOnBox(b: Box, p: Point): [number, number] {
  return [round(Math.min(Math.max(p[0], b.x0), b.x1)), round(Math.min(Math.max(p[1], b.y0), b.y1))];
}

/** How a map is drawn, besides its box. */
export interface DrawOptions {
  /** Markers carry their numbers (badges: circles or pills); else they are small dots. Default true. */
  numbered?: boolean;
  /**
   * Height, in SVG units, of a strip along the bottom kept clear of markers and names (the
   * “放大查看” button lies over it): the box is extended southwards when a marker would fall in it.
   */
  clearBottom?: number;
  /**
   * The names' language (the English edition's map): how several places at one marker are named
   * (清水塘老工业区等5处 / Qingshuitang old industrial zone +4), the longest name written, the
   * river's name, and whether a steep river's name is set upright (Chinese, glyph under glyph) or
   * along the line (Latin); `textScale`: the names' size against MAP_TEXT's (Latin names are longer
   * and read at a smaller size). Default: Chinese.
   */
  names?: { several: (name: string, count: number) => string; count: (n: number) => string; maxChars: number; river: string; upright: boolean; textScale?: number };
  /** Districts too small for their names are named beside them with a leader line (a map whose title promises every division). */
  callouts?: boolean;
}

/** The Chinese names (the default): 等N处, twelve characters at most, 湘江 set upright where the river runs steeply. */
export const CHINESE_NAMES = { several: (name: string, count: number) => `${name}等${count}处`, count: (n: number) => `${n}处`, maxChars: 12, river: '湘江', upright: true, textScale: 1 } as const;

/**
 * Lays out a map: the nine districts (clipped by the SVG's viewBox; the urban ones a shade darker),
 * the river, the named areas, and the places in view as markers (places of one district at one
 * point share a marker, its numbers on a circle or, when longer than a number, on a pill; markers
 * of different districts that would cover each other are moved apart, with a leader line). Names
 * are laid out so that none covers another or a marker: the areas' first, then the river's, then
 * the districts' (each moved within its district, clear of markers, where its label point is
 * taken), then the places' beside their markers where there is room.
 */
export function drawMap(layers: MapLayers, places: readonly MapPlace[], bbox: BBox | 'all', width = 420, options: DrawOptions = {}): MapDrawing {
  const numbered = options.numbered ?? true;
  const lang = options.names ?? CHINESE_NAMES;
  const clearBottom = options.clearBottom ?? 0;
  const k = lang.textScale ?? 1;
  const T = { place: MAP_TEXT.place * k, district: MAP_TEXT.district * k, area: MAP_TEXT.area * k, river: MAP_TEXT.river * k };
  const r = numbered ? MAP_TEXT.marker : Math.round(MAP_TEXT.marker * 0.55 * 10) / 10;
  let box = bbox === 'all' ? geoBounds(layers.districts) : bbox;
  let projection: MapProjection = makeProjection(box, width, bbox === 'all' ? 12 : 0);
  const groups = groupByPoint(places);
  if (clearBottom > 0 && groups.length) {
    // The lowest marker and a name beside it stay above the strip: extend the box southwards (the scale does not change).
    const lowest = Math.max(...groups.map((g) => projection.project([g.lon, g.lat])[1]));
    const need = lowest + r + T.place * 0.8 + clearBottom;
    if (need > projection.height) {
      box = [[box[0][0], projection.invert([0, need])[1]], box[1]];
      projection = makeProjection(box, width, bbox === 'all' ? 12 : 0);
    }
  }
  const height = Math.round(projection.height);
  const frame = { width, height };
  const inBox = ([x, y]: Point) => x >= 0 && y >= 0 && x <= width && y <= height;
  const urban = new Set(layers.urban ?? []);
  const strip: Box[] = clearBottom > 0 ? [{ x0: 0, y0: height - clearBottom, x1: width, y1: height }] : [];

  // Markers first: where they are does not depend on any name.
  // A marker is drawn when it is wholly in the frame (not a sliver at its edge).
  const shown = groups.map((g) => ({ g, at: projection.project([g.lon, g.lat]) })).filter(({ at: [x, y] }) => x >= r && y >= r && x <= width - r && y <= height - r);
  const badges = shown.map(({ g }) => {
    const numbers = clusterLabel(g.members.map((x) => x.n), lang.count);
    return { numbers, ...(numbered ? badgeSize(numbers, MAP_TEXT.badge, 2 * r) : { width: 2 * r, height: 2 * r, pill: false }) };
  });
  const moved = separate(shown.map(({ at: [x, y] }, i) => ({ x, y, extra: badges[i]!.width / 2 - r })), 2 * r + 2);
  const markerBoxes: Box[] = moved.map((m, i) => ({ x0: m.x - badges[i]!.width / 2 - 2, y0: m.y - r - 2, x1: m.x + badges[i]!.width / 2 + 2, y1: m.y + r + 2 }));

  const riverFeature = layers.river?.features[0];
  const riverLines = riverFeature ? lineLatLngs(riverFeature).map((l) => l.map(([lat, lon]) => projection.project([lon, lat]))) : [];
  // Names are drawn letter-spaced (areas 0.1em, districts 0.05em, as in DistrictMap's styles): their width counts it.
  const spaced = (text: string, size: number, spacing: number) => (textWidthEm(text) + [...text].length * spacing) * size;
  const areas = (layers.areas ?? []).flatMap((a) => {
    const at = projection.project([a.lon, a.lat]);
    if (!inBox(at)) return [];
    const [x, y] = areaLabel(at, { w: spaced(a.name, T.area, 0.1), h: T.area * 1.2 }, frame, [...markerBoxes, ...strip], riverLines);
    return [{ id: a.id, name: a.name, x, y }];
  });
  const labelBoxes: Box[] = [...strip, ...areas.map((a) => boxAt(a.x, a.y, spaced(a.name, T.area, 0.1), T.area * 1.2))];

  let river: MapDrawing['river'] = null;
  if (riverFeature) {
    const cjk = hasHan(lang.river);
    const label = lineLabel(riverLines.flat(), frame, [...markerBoxes, ...labelBoxes], T.river, cjk ? [...lang.river].length : textWidthEm(lang.river) / 1.3, lang.upright);
    if (label) labelBoxes.push(label.box);
    const pieces = riverLines.flatMap((l) => fadeEnds(l)).map((piece) => ({ d: `M${piece.points.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}`, opacity: piece.opacity }));
    river = {
      d: linePath(riverFeature, projection, 1),
      pieces,
      label: label && { x: label.x, y: label.y, angle: label.angle, vertical: label.vertical },
      labelAt: label && (projection.invert(label.on).map((v) => Math.round(v * 1e5) / 1e5) as [number, number]),
      labelSide: label ? (label.vertical ? (label.x >= label.on[0] ? 'right' : 'left') : label.y <= label.on[1] ? 'top' : 'bottom') : null,
    };
  }

  const texts = shown.map(({ g }) => markerName(g.members.map((m) => m.place.label ?? m.place.name), lang.several, lang.maxChars));
  const wanted = moved.map((p, i) => ({ x: p.x, y: p.y, r, rx: badges[i]!.width / 2, text: texts[i]! }));
  // Where the places' names would go with only the areas and the river named: district names keep clear of them where they can.
  const crossesRiver = (b: Box) => lineHitsBox(riverLines, b);
  const names = placeLabels(wanted, frame, T.place, labelBoxes, true, crossesRiver).flatMap((l) => (l ? [l.box] : []));
  // A district's name keeps a little space from a place's name (“三门镇等3处 醴陵市” read as one name).
  const spacedNames = names.map((b) => ({ x0: b.x0 - 6, y0: b.y0 - 2, x1: b.x1 + 6, y1: b.y1 + 2 }));
  const districts = layers.districts.map((f) => {
    const [lx, ly] = projection.project(labelPoint(f));
    const outer = polygonsOf(f.geometry).map((poly) => poly[0]!.map((p) => projection.project([p[0]!, p[1]!])));
    const size = { w: spaced(f.properties.name, T.district, 0.05), h: T.district * 1.2 };
    const inside = districtLabel(outer, frame, size, inBox([lx, ly]) ? [lx, ly] : null, { labels: labelBoxes, markers: markerBoxes, names: spacedNames, lines: riverLines });
    // A district too small for its name at this scale (the urban four on the whole-city map) is named beside it, with a leader line.
    const callout = !inside && options.callouts && inBox([lx, ly]) ? calloutLabel([lx, ly], size, frame, [...labelBoxes, ...markerBoxes, ...names], riverLines) : null;
    const label = inside ?? callout;
    if (label) labelBoxes.push(boxAt(label[0], label[1], size.w, size.h));
    const leader = callout ? nearestOnBox(boxAt(callout[0], callout[1], size.w, size.h), [lx, ly]) : null;
    const labelAt = inside ? projection.invert(inside).map((v) => Math.round(v * 1e5) / 1e5) as [number, number] : null;
    return { id: f.properties.id, name: f.properties.name, d: districtPath(f, projection, 1, frame), label, labelAt, urban: urban.has(f.properties.id), leader: leader ? [round(lx), round(ly), leader[0], leader[1]] as [number, number, number, number] : null };
  });

  const labels = placeLabels(wanted, frame, T.place, labelBoxes, true, crossesRiver).map((l, i) => (texts[i] ? l : null));
  const markers = shown.map(({ g, at: [tx, ty] }, i) => {
    const m = moved[i]!;
    const shifted = Math.hypot(m.x - tx, m.y - ty) > 0.5;
    return {
      ids: g.members.map((x) => x.place.id), numbers: badges[i]!.numbers, district: g.district,
      x: round(m.x), y: round(m.y), at: shifted ? { x: round(tx), y: round(ty) } : null,
      width: round(badges[i]!.width), pill: badges[i]!.pill,
      approximate: g.members.some((x) => x.place.precision !== 'exact'),
      text: texts[i]!, label: labels[i] ?? null,
    };
  });
  return { width, height, bbox: box, text: T, districts, river, areas, markers };
}

/** A place in the interactive map's data. */
export interface MapPlaceData {
  /** `original`: on the English map, the place's Chinese name (shown beside the English one). */
  id: string; n: number; name: string; original: string | null; lat: number; lon: number; approximate: boolean;
  district: string | null; districtName: string | null; chapter: string | null;
  quote: string | null; href: string | null; paragraph: number | null; chapterTitle: string | null;
  /** On the English map, the quote's words in the English translation (the Chinese quote beside them). */
  translation: string | null;
  /** A shorter name written beside its marker, where the edition has one. */
  label: string | null;
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
  /**
   * The river, schematic: its name, its lines as [lat, lng] pairs, and where the static map writes
   * its name: beside the point `labelAt` ([lon, lat]), on side `labelSide`, upright when `vertical`.
   */
  river: { name: string; latlngs: [number, number][][]; fade: { latlngs: [number, number][]; opacity: number }[]; note: string; labelAt: [number, number] | null; labelSide: 'top' | 'bottom' | 'left' | 'right' | null; vertical: boolean } | null;
  /** Named areas drawn as labels (株洲市区). */
  areas: { id: string; name: string; lat: number; lon: number }[];
  places: MapPlaceData[];
}
