// District and river geometry, pure: zod parsing, area, point-in-district (turf), label points (d3 centroid, polylabel), Web Mercator and SVG paths (d3-geo).
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { z } from 'astro/zod';
import { geoBounds as d3GeoBounds, geoCentroid, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import { areaKm2, toD3Winding } from './area.js';

export { EARTH_RADIUS_KM } from './area.js';

/** The geometries a district can have. */
export type AreaGeometry = Polygon | MultiPolygon;
/** The geometries a river line can have. */
export type LineGeometry = LineString | MultiLineString;

/** A feature with a district's kind of geometry, whatever its properties. */
export type AreaFeature = Feature<AreaGeometry>;
/** A feature with a line geometry, whatever its properties. */
export type LineFeature = Feature<LineGeometry>;

/** Properties of a feature in content/geo/zhuzhou-districts.geojson (see src/tools/extract-geo.mjs). */
export type DistrictProperties = {
  /** The division's id, as in content/places.yaml. */
  id: string;
  /** Current official name (渌口区 for lukou). */
  name: string;
  /** The name in the source file (株洲县 for lukou). */
  sourceName: string;
  /** A former name, when the division has been renamed (株洲县 for 渌口区). */
  formerName?: string;
};
export type DistrictFeature = Feature<AreaGeometry, DistrictProperties>;
export type DistrictCollection = FeatureCollection<AreaGeometry, DistrictProperties>;

/** Properties of the river line in content/geo/xiangjiang.geojson: derived from district borders, schematic. */
export type RiverProperties = {
  id: string;
  name: string;
  schematic: true;
  /** What the line was derived from (it is not river data). */
  derivedFrom: string;
};
export type RiverFeature = Feature<LineGeometry, RiverProperties>;
export type RiverCollection = FeatureCollection<LineGeometry, RiverProperties>;

/** Bounding box: [[minLon, minLat], [maxLon, maxLat]]. */
export type BBox = readonly [readonly [number, number], readonly [number, number]];

// ───────────── reading the files ─────────────

const position = z.array(z.number().finite()).min(2).max(3);
const ring = z.array(position).min(4, 'a ring needs at least 4 positions')
  .refine((r) => r[0]![0] === r[r.length - 1]![0] && r[0]![1] === r[r.length - 1]![1], 'ring is not closed (first and last positions differ)');
const polygon = z.array(ring).min(1, 'a polygon needs an exterior ring');
const areaGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: polygon }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(polygon).min(1, 'a MultiPolygon needs a polygon') }),
]);
const line = z.array(position).min(2, 'a line needs at least 2 positions');
const lineGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('LineString'), coordinates: line }),
  z.object({ type: z.literal('MultiLineString'), coordinates: z.array(line).min(1, 'a MultiLineString needs a line') }),
]);
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case ASCII id');

/** content/geo/zhuzhou-districts.geojson: features with unique ids. */
export const districtCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.object({
    type: z.literal('Feature'),
    properties: z.object({ id, name: z.string().min(1), sourceName: z.string().min(1), formerName: z.string().min(1).optional() }),
    geometry: areaGeometry,
  })).min(1, 'has no features'),
}).superRefine((fc, ctx) => {
  const seen = new Set<string>();
  fc.features.forEach((f, i) => {
    if (seen.has(f.properties.id)) ctx.addIssue({ code: 'custom', path: ['features', i, 'properties', 'id'], message: `"${f.properties.id}" is used by an earlier feature` });
    seen.add(f.properties.id);
  });
});

/** content/geo/xiangjiang.geojson: one schematic line. */
export const riverCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.object({
    type: z.literal('Feature'),
    properties: z.object({ id, name: z.string().min(1), schematic: z.literal(true), derivedFrom: z.string().min(1) }),
    geometry: lineGeometry,
  })).length(1, 'must hold exactly one feature'),
});

/** Checks `json` with `schema`; returns it as it is (key order and all), or throws naming the feature and the problem. */
function parseCollection<T>(what: string, schema: z.ZodType<unknown>, json: unknown): T {
  const fc = json as { type?: unknown; features?: unknown } | null;
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) throw new Error(`${what}: not a GeoJSON FeatureCollection`);
  const features = fc.features as { properties?: { id?: unknown } }[];
  const r = schema.safeParse(json);
  if (r.success) return json as T;
  const problems = r.error.issues.slice(0, 5).map((issue) => {
    const [k, i, ...rest] = issue.path;
    if (k !== 'features' || typeof i !== 'number') return `${issue.path.join('.') || '(collection)'}: ${issue.message}`;
    const fid = features[i]?.properties?.id;
    return `feature ${i}${typeof fid === 'string' ? ` (${fid})` : ''}: ${rest.join('.') || '(feature)'}: ${issue.message}`;
  });
  const more = r.error.issues.length > 5 ? ` (and ${r.error.issues.length - 5} more)` : '';
  throw new Error(`${what}: ${problems.join('; ')}${more}`);
}

/** Parsed JSON of content/geo/zhuzhou-districts.geojson, checked and typed. */
export function parseDistricts(json: unknown): DistrictCollection {
  return parseCollection<DistrictCollection>('districts', districtCollectionSchema, json);
}

/** Parsed JSON of content/geo/xiangjiang.geojson, checked and typed. */
export function parseRiver(json: unknown): RiverCollection {
  return parseCollection<RiverCollection>('river', riverCollectionSchema, json);
}

// ───────────── area, points, labels ─────────────

/** The polygons of a geometry: a Polygon is one, a MultiPolygon several. */
export function polygonsOf(geometry: AreaGeometry): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Area of a feature in km² (holes subtracted), any winding. */
export function featureArea(feature: AreaFeature): number {
  return areaKm2(feature);
}

/** True when (lon, lat) is inside the feature or on its boundary. */
export function pointInFeature(lon: number, lat: number, feature: AreaFeature): boolean {
  return booleanPointInPolygon([lon, lat], feature);
}

/**
 * The feature containing (lon, lat): the one it is strictly inside, or else the first one on whose
 * boundary it lies (a point on a shared border belongs to the first of the two), or undefined.
 */
export function findDistrict<F extends AreaFeature>(lon: number, lat: number, features: readonly F[]): F | undefined {
  return features.find((f) => booleanPointInPolygon([lon, lat], f, { ignoreBoundary: true })) ?? features.find((f) => booleanPointInPolygon([lon, lat], f));
}

/** Web Mercator in metres at the equator, for measuring label distances evenly in both directions. */
const metric = geoMercator().scale(6378137).translate([0, 0]).precision(0);

/**
 * A point for a label, inside the feature: the centroid (d3's geoCentroid) of its largest polygon
 * when that lies inside the feature, as it does for all nine divisions (labels stay where a reader
 * expects them, clear of the places marked around the urban cores); otherwise the polygon's pole of
 * inaccessibility (polylabel, to about 10 m, found on Web Mercator so that both directions count alike).
 */
export function labelPoint(feature: AreaFeature): [number, number] {
  const polys = polygonsOf(feature.geometry);
  const largest = polys.reduce((best, p) => (areaKm2({ type: 'Polygon', coordinates: p }) > areaKm2({ type: 'Polygon', coordinates: best }) ? p : best), polys[0]!);
  const [cx, cy] = geoCentroid(toD3Winding({ type: 'Polygon', coordinates: largest }));
  if (booleanPointInPolygon([cx, cy], feature, { ignoreBoundary: true })) return [cx, cy];
  const projected = largest.map((r) => r.map((p) => metric([p[0]!, p[1]!])!));
  const [lon, lat] = metric.invert!(polylabel(projected, 10))!;
  return [lon, lat];
}

/** [[minLon, minLat], [maxLon, maxLat]] of the features (d3's spherical bounds). */
export function geoBounds(features: readonly AreaFeature[]): BBox {
  if (!features.length) throw new Error('geoBounds: no features');
  const [[w, s], [e, n]] = d3GeoBounds(toD3Winding({ type: 'FeatureCollection', features: [...features] }));
  return [[w, s], [e, n]];
}

// ───────────── projection and SVG ─────────────

/** A Web Mercator projection (as Leaflet's EPSG:3857) from [lon, lat] to SVG user units, and the drawing's size. */
export interface MapProjection {
  /** [lon, lat] → [x, y], y downwards. */
  project(position: readonly [number, number] | Position): [number, number];
  /** [x, y] → [lon, lat], the inverse of project. */
  invert(point: readonly [number, number]): [number, number];
  /** Width of the drawing, as asked for. */
  readonly width: number;
  /** Height of the drawing: the box's height at the same scale, plus the padding (not rounded). */
  readonly height: number;
  /** The d3 projection (for geoPath). */
  readonly d3: GeoProjection;
}

/**
 * Web Mercator fitted to the box: the box fills `width` minus `padding` on each side, `height`
 * follows from its shape. Straight lines between vertices, as Leaflet draws them (no resampling).
 */
export function makeProjection(bbox: BBox, width: number, padding = 0): MapProjection {
  const [[w, s], [e, n]] = bbox;
  const inner = width - 2 * padding;
  if (!(inner > 0) || padding < 0) throw new Error(`makeProjection: width ${width} leaves no room inside padding ${padding}`);
  if (!(e > w) || !(n >= s)) throw new Error('makeProjection: empty or inverted bounding box');
  const d3 = geoMercator().precision(0).fitWidth(inner, { type: 'MultiPoint', coordinates: [[w, s], [e, n]] });
  const [tx, ty] = d3.translate();
  d3.translate([tx + padding, ty + padding]);
  return {
    project: (p) => d3([p[0]!, p[1]!])!,
    invert: (p) => d3.invert!([p[0], p[1]])!,
    width,
    height: d3([w, s])![1] + padding,
    d3,
  };
}

/** How far outside the drawing a clipped outline runs, in SVG units (more than any stroke is wide). */
export const CLIP_MARGIN = 8;

/**
 * SVG path data (`d`) of a district: d3's geoPath, rings rewound to d3's winding first, `digits`
 * decimals. With `clipTo` (the drawing's size), the outline is cut CLIP_MARGIN outside the frame:
 * a map framed on a few places then carries only what it shows (a chapter's map draws all nine
 * divisions, most of them far outside its frame).
 */
export function districtPath(feature: AreaFeature, projection: MapProjection, digits = 1, clipTo?: { width: number; height: number }): string {
  const d3 = clipTo
    ? geoMercator().precision(0).scale(projection.d3.scale()).translate(projection.d3.translate())
      .clipExtent([[-CLIP_MARGIN, -CLIP_MARGIN], [clipTo.width + CLIP_MARGIN, clipTo.height + CLIP_MARGIN]])
    : projection.d3;
  return geoPath(d3).digits(digits)(toD3Winding(feature)) ?? '';
}

/** SVG path data (`d`) of a line, e.g. the river: one `M…L…` per line, `digits` decimals. */
export function linePath(feature: LineFeature, projection: MapProjection, digits = 1): string {
  return geoPath(projection.d3).digits(digits)(feature) ?? '';
}

/** A line's positions as Leaflet [lat, lng] pairs, one list per line (for L.polyline). */
export function lineLatLngs(feature: LineFeature): [number, number][][] {
  const lines = feature.geometry.type === 'LineString' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  return lines.map((l) => l.map((p) => [p[1]!, p[0]!] as [number, number]));
}
