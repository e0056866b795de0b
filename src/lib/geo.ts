/**
 * Geometry for the district map: areas, point-in-polygon, a projection for a static SVG, SVG paths.
 * Pure: no DOM, no I/O. Coordinates are GeoJSON [longitude, latitude] in degrees.
 *
 * The geometry itself is content/geo/zhuzhou-districts.geojson, made by src/tools/extract-geo.mjs
 * (see content/geo/SOURCE.md); read it as text and pass it through {@link parseDistricts}.
 */

/** A position: [longitude, latitude] in degrees. */
export type Position = readonly [lon: number, lat: number];
/** A linear ring: closed (first position repeated at the end), as GeoJSON writes it. */
export type Ring = readonly Position[];
/** A polygon: an exterior ring, then any holes. */
export type PolygonRings = readonly Ring[];

export interface PolygonGeometry {
  readonly type: 'Polygon';
  readonly coordinates: PolygonRings;
}
export interface MultiPolygonGeometry {
  readonly type: 'MultiPolygon';
  readonly coordinates: readonly PolygonRings[];
}
/** The geometries a district can have. */
export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;

/** A GeoJSON Feature with an areal geometry and properties of type P. */
export interface AreaFeature<P = unknown> {
  readonly type: 'Feature';
  readonly properties: P;
  readonly geometry: AreaGeometry;
}

/** Bounding box: [[minLon, minLat], [maxLon, maxLat]]. */
export type BBox = readonly [readonly [number, number], readonly [number, number]];

/** Ids of Zhuzhou's nine county-level divisions, as in content/places.yaml. */
export const DISTRICT_IDS = ['hetang', 'lusong', 'shifeng', 'tianyuan', 'lukou', 'liling', 'youxian', 'chaling', 'yanling'] as const;
export type DistrictId = (typeof DISTRICT_IDS)[number];

/** Properties of a feature in content/geo/zhuzhou-districts.geojson. */
export interface DistrictProperties {
  /** The division's id, as in content/places.yaml. */
  readonly id: DistrictId;
  /** Current official name (渌口区 for lukou). */
  readonly name: string;
  /** The name in the source file (株洲县 for lukou). */
  readonly sourceName: string;
  /** A former name, when the division has been renamed (株洲县 for 渌口区). */
  readonly formerName?: string;
}
export type DistrictFeature = AreaFeature<DistrictProperties>;
export interface DistrictCollection {
  readonly type: 'FeatureCollection';
  readonly features: readonly DistrictFeature[];
}

/** The polygons of a geometry: a Polygon is one, a MultiPolygon several. */
export function polygonsOf(geometry: AreaGeometry): readonly PolygonRings[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

// ───────────── area ─────────────

const WGS84_A = 6378137;
const WGS84_F = 1 / 298.257223563;
const E2 = WGS84_F * (2 - WGS84_F);
const E = Math.sqrt(E2);
const RAD = Math.PI / 180;
/** Authalic q(φ) of the WGS 84 ellipsoid, from sin φ. */
const q = (s: number): number => (1 - E2) * (s / (1 - E2 * s * s) - (1 / (2 * E)) * Math.log((1 - E * s) / (1 + E * s)));
const Q_POLE = q(1);
/** Radius (km) of the sphere with the same area as the WGS 84 ellipsoid (≈ 6371.007 km). */
export const AUTHALIC_RADIUS_KM = (WGS84_A * Math.sqrt(Q_POLE / 2)) / 1000;

/**
 * Area enclosed by a ring, in km², always positive. Computed on the WGS 84 ellipsoid: latitudes are
 * turned into authalic latitudes and the ring is measured on Lambert's cylindrical equal-area
 * projection of the authalic sphere, so the only approximation is the shape of the edges between
 * vertices (negligible for edges of a few km). Works for closed or open rings.
 */
export function ringArea(ring: Ring): number {
  let sum = 0;
  const n = ring.length;
  for (let i = 0; i < n; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[(i + 1) % n]!;
    sum += x1 * RAD * (q(Math.sin(y2 * RAD)) / Q_POLE) - x2 * RAD * (q(Math.sin(y1 * RAD)) / Q_POLE);
  }
  return (Math.abs(sum) / 2) * AUTHALIC_RADIUS_KM * AUTHALIC_RADIUS_KM;
}

/** Area of a feature in km²: every polygon's exterior ring minus its holes. */
export function featureArea(feature: AreaFeature): number {
  let area = 0;
  for (const poly of polygonsOf(feature.geometry)) poly.forEach((ring, i) => { area += (i === 0 ? 1 : -1) * ringArea(ring); });
  return area;
}

// ───────────── points and polygons ─────────────

/** Where a point is relative to a feature. */
export type PointLocation = 'inside' | 'boundary' | 'outside';

/** Distance below which a point counts as lying on an edge, in degrees² of cross product (≈ 1 cm). */
const ON_EDGE_EPSILON = 1e-12;

function onSegment(lon: number, lat: number, a: Position, b: Position): boolean {
  if (lon < Math.min(a[0], b[0]) || lon > Math.max(a[0], b[0]) || lat < Math.min(a[1], b[1]) || lat > Math.max(a[1], b[1])) return false;
  const cross = (b[0] - a[0]) * (lat - a[1]) - (b[1] - a[1]) * (lon - a[0]);
  return Math.abs(cross) <= ON_EDGE_EPSILON;
}

/** Where a point is relative to one ring (planar, in lon/lat; even–odd ray casting). */
function locateInRing(lon: number, lat: number, ring: Ring): PointLocation {
  let inside = false;
  const n = ring.length;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const a = ring[i]!;
    const b = ring[j]!;
    if (onSegment(lon, lat, a, b)) return 'boundary';
    if (a[1] > lat !== b[1] > lat && lon < ((b[0] - a[0]) * (lat - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
  }
  return inside ? 'inside' : 'outside';
}

/**
 * Where (lon, lat) is relative to a feature: strictly inside, on an edge or vertex of one of its
 * rings, or outside. Handles Polygon and MultiPolygon, with holes. Planar in lon/lat, which is what
 * the straight edges of a GeoJSON file mean at this scale.
 */
export function locatePoint(lon: number, lat: number, feature: AreaFeature): PointLocation {
  let onBoundary = false;
  for (const poly of polygonsOf(feature.geometry)) {
    const outer = poly[0];
    if (!outer) continue;
    const o = locateInRing(lon, lat, outer);
    if (o === 'boundary') { onBoundary = true; continue; }
    if (o === 'outside') continue;
    let inHole = false;
    for (const hole of poly.slice(1)) {
      const h = locateInRing(lon, lat, hole);
      if (h === 'boundary') onBoundary = true;
      if (h !== 'outside') { inHole = true; break; }
    }
    if (!inHole) return 'inside';
  }
  return onBoundary ? 'boundary' : 'outside';
}

/** True when (lon, lat) is inside the feature or on its boundary. */
export function pointInFeature(lon: number, lat: number, feature: AreaFeature): boolean {
  return locatePoint(lon, lat, feature) !== 'outside';
}

/**
 * The feature containing (lon, lat): the one it is strictly inside, or else the first one on whose
 * boundary it lies (a point on a shared border belongs to the first of the two), or undefined.
 */
export function findDistrict<F extends AreaFeature>(lon: number, lat: number, features: readonly F[]): F | undefined {
  let onEdge: F | undefined;
  for (const f of features) {
    const where = locatePoint(lon, lat, f);
    if (where === 'inside') return f;
    if (where === 'boundary') onEdge ??= f;
  }
  return onEdge;
}

/** Area centroid of a ring, planar in lon/lat (fine for a ring a few tens of km across). */
export function ringCentroid(ring: Ring): Position {
  let a = 0;
  let cx = 0;
  let cy = 0;
  const n = ring.length;
  const [x0, y0] = ring[0]!;
  for (let i = 0; i < n; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[(i + 1) % n]!;
    const cross = (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0);
    a += cross;
    cx += (x1 - x0 + x2 - x0) * cross;
    cy += (y1 - y0 + y2 - y0) * cross;
  }
  if (a === 0) return [x0, y0];
  return [x0 + cx / (3 * a), y0 + cy / (3 * a)];
}

/** The exterior ring with the largest area, over all polygons of the feature. */
export function largestRing(feature: AreaFeature): Ring {
  let best: Ring | undefined;
  let bestArea = -1;
  for (const poly of polygonsOf(feature.geometry)) {
    const outer = poly[0];
    if (!outer) continue;
    const a = ringArea(outer);
    if (a > bestArea) { best = outer; bestArea = a; }
  }
  if (!best) throw new Error('feature has no rings');
  return best;
}

/**
 * A point for a label, always strictly inside the feature: the centroid of its largest ring when that
 * is inside, else the middle of the widest inside stretch of the horizontal line through it.
 */
export function labelPoint(feature: AreaFeature): Position {
  const c = ringCentroid(largestRing(feature));
  if (locatePoint(c[0], c[1], feature) === 'inside') return c;
  const xs: number[] = [];
  for (const poly of polygonsOf(feature.geometry)) for (const ring of poly) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i]!;
      const b = ring[j]!;
      if (a[1] > c[1] !== b[1] > c[1]) xs.push(((b[0] - a[0]) * (c[1] - a[1])) / (b[1] - a[1]) + a[0]);
    }
  }
  xs.sort((m, n) => m - n);
  let best: Position = c;
  let width = 0;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const w = xs[i + 1]! - xs[i]!;
    if (w > width) { width = w; best = [(xs[i]! + xs[i + 1]!) / 2, c[1]]; }
  }
  return best;
}

/** [[minLon, minLat], [maxLon, maxLat]] over all the features' positions. */
export function geoBounds(features: readonly AreaFeature[]): BBox {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const f of features) for (const poly of polygonsOf(f.geometry)) for (const ring of poly) for (const [x, y] of ring) {
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  if (minX > maxX) throw new Error('geoBounds: no positions');
  return [[minX, minY], [maxX, maxY]];
}

// ───────────── projection and SVG ─────────────

/** A projection from [lon, lat] to SVG user units (y downwards), and the size of the drawing. */
export interface Projection {
  /** [lon, lat] → [x, y]. */
  project(position: Position): [number, number];
  /** [x, y] → [lon, lat], the inverse of project. */
  invert(point: readonly [number, number]): [number, number];
  /** Width of the drawing, as asked for. */
  readonly width: number;
  /** Height of the drawing: the box's height at the same scale, plus the padding (not rounded). */
  readonly height: number;
  /** SVG units per degree of latitude. */
  readonly scale: number;
}

/**
 * An equirectangular projection with longitudes scaled by cos(mid-latitude), so that shapes keep
 * their proportions at this latitude. The box fills `width` minus `padding` on each side; `height`
 * follows from the box's aspect.
 */
export function makeProjection(bbox: BBox, width: number, padding = 0): Projection {
  const [[minLon, minLat], [maxLon, maxLat]] = bbox;
  const inner = width - 2 * padding;
  if (!(inner > 0) || padding < 0) throw new Error(`makeProjection: width ${width} leaves no room inside padding ${padding}`);
  const k = Math.cos(((minLat + maxLat) / 2) * RAD);
  const spanX = (maxLon - minLon) * k;
  if (!(spanX > 0) || !(maxLat >= minLat)) throw new Error('makeProjection: empty or inverted bounding box');
  const scale = inner / spanX;
  const height = (maxLat - minLat) * scale + 2 * padding;
  return {
    project: ([lon, lat]) => [padding + (lon - minLon) * k * scale, padding + (maxLat - lat) * scale],
    invert: ([x, y]) => [minLon + (x - padding) / (k * scale), maxLat - (y - padding) / scale],
    width,
    height,
    scale,
  };
}

/** A number with at most `decimals` decimals and no trailing zeros (and never "-0"). */
function num(v: number, decimals: number): string {
  const s = String(Number(v.toFixed(decimals)));
  return s === '-0' ? '0' : s;
}

/**
 * The SVG path data (`d`) of a feature: one `M … L … Z` subpath per ring, coordinates rounded to
 * `decimals`. Points that coincide after rounding are dropped, and so is a ring that shrinks to
 * fewer than three points. Use `fill-rule="evenodd"` or keep the rings' winding (holes run the other
 * way in GeoJSON, so the default nonzero rule also works).
 */
export function featureToSvgPath(feature: AreaFeature, projection: Projection, decimals = 1): string {
  const parts: string[] = [];
  for (const poly of polygonsOf(feature.geometry)) for (const ring of poly) {
    const pts: string[] = [];
    for (const p of ring) {
      const [x, y] = projection.project(p);
      const s = `${num(x, decimals)},${num(y, decimals)}`;
      if (s !== pts[pts.length - 1]) pts.push(s);
    }
    while (pts.length > 1 && pts[0] === pts[pts.length - 1]) pts.pop();
    if (pts.length < 3) continue;
    parts.push(`M${pts.join('L')}Z`);
  }
  return parts.join('');
}

// ───────────── reading the file ─────────────

function isPosition(p: unknown): p is Position {
  return Array.isArray(p) && p.length >= 2 && typeof p[0] === 'number' && typeof p[1] === 'number' && Number.isFinite(p[0]) && Number.isFinite(p[1]);
}
function isRing(r: unknown): r is Ring {
  return Array.isArray(r) && r.length >= 4 && r.every(isPosition);
}
function isPolygon(p: unknown): p is PolygonRings {
  return Array.isArray(p) && p.length >= 1 && p.every(isRing);
}

/**
 * Checks parsed JSON against the shape of content/geo/zhuzhou-districts.geojson and returns it typed:
 * a FeatureCollection whose features have a known `id`, string `name` and `sourceName`, and a
 * Polygon or MultiPolygon geometry. Throws an Error naming the first problem.
 */
export function parseDistricts(json: unknown): DistrictCollection {
  const fc = json as { type?: unknown; features?: unknown };
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) throw new Error('districts: not a GeoJSON FeatureCollection');
  fc.features.forEach((f: unknown, i: number) => {
    const feat = f as { type?: unknown; properties?: Record<string, unknown>; geometry?: { type?: unknown; coordinates?: unknown } };
    const where = `districts: feature ${i}`;
    if (feat?.type !== 'Feature') throw new Error(`${where}: not a Feature`);
    const p = feat.properties;
    if (!p || !DISTRICT_IDS.includes(p.id as DistrictId)) throw new Error(`${where}: id ${JSON.stringify(p?.id)} is not one of ${DISTRICT_IDS.join(', ')}`);
    if (typeof p.name !== 'string' || typeof p.sourceName !== 'string') throw new Error(`${where} (${String(p.id)}): name and sourceName must be strings`);
    if (p.formerName !== undefined && typeof p.formerName !== 'string') throw new Error(`${where} (${String(p.id)}): formerName must be a string`);
    const g = feat.geometry;
    const ok = g?.type === 'Polygon' ? isPolygon(g.coordinates) : g?.type === 'MultiPolygon' && Array.isArray(g.coordinates) && g.coordinates.length > 0 && g.coordinates.every(isPolygon);
    if (!ok) throw new Error(`${where} (${String(p.id)}): geometry is not a valid Polygon or MultiPolygon`);
  });
  return json as DistrictCollection;
}
