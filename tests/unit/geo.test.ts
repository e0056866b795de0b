import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  AUTHALIC_RADIUS_KM,
  DISTRICT_IDS,
  type AreaFeature,
  type DistrictFeature,
  type Position,
  type Ring,
  featureArea,
  featureToSvgPath,
  findDistrict,
  geoBounds,
  labelPoint,
  largestRing,
  locatePoint,
  makeProjection,
  parseDistricts,
  pointInFeature,
  polygonsOf,
  ringArea,
  ringCentroid,
} from '../../src/lib/geo';

const text = readFileSync(new URL('../../content/geo/zhuzhou-districts.geojson', import.meta.url), 'utf8');
const districts = parseDistricts(JSON.parse(text));
const features = districts.features;
const sourceAreas = Object.fromEntries((JSON.parse(readFileSync(new URL('../../content/geo/source.json', import.meta.url), 'utf8')) as { districts: { id: string; sourceAreaKm2: number }[] }).districts.map((d) => [d.id, d.sourceAreaKm2]));
const byId = (id: string): DistrictFeature => {
  const f = features.find((x) => x.properties.id === id);
  if (!f) throw new Error(`no district ${id}`);
  return f;
};
const vertices = (f: AreaFeature): Position[] => polygonsOf(f.geometry).flatMap((poly) => poly.flatMap((ring) => ring.slice(0, -1)));
const key = (p: Position) => `${p[0]},${p[1]}`;
/** Twice the signed planar area (positive = counterclockwise). */
const signed = (ring: Ring) => ring.reduce((s, p, i) => { const q = ring[(i + 1) % ring.length]!; return s + p[0] * q[1] - q[0] * p[1]; }, 0);

/** Districts that share a border, from the source file (each pair once, in DISTRICT_IDS order). */
const NEIGHBOURS = [
  ['hetang', 'lusong'], ['hetang', 'shifeng'], ['lusong', 'shifeng'], ['lusong', 'tianyuan'], ['lusong', 'lukou'], ['lusong', 'liling'],
  ['shifeng', 'tianyuan'], ['tianyuan', 'lukou'], ['lukou', 'liling'], ['lukou', 'youxian'], ['liling', 'youxian'], ['youxian', 'chaling'],
  ['chaling', 'yanling'],
] as const;

describe('content/geo/zhuzhou-districts.geojson', () => {
  it('has the nine divisions, in order, with their current and source names', () => {
    expect(features.map((f) => f.properties)).toEqual([
      { id: 'hetang', name: '荷塘区', sourceName: '荷塘区' },
      { id: 'lusong', name: '芦淞区', sourceName: '芦淞区' },
      { id: 'shifeng', name: '石峰区', sourceName: '石峰区' },
      { id: 'tianyuan', name: '天元区', sourceName: '天元区' },
      { id: 'lukou', name: '渌口区', sourceName: '株洲县', formerName: '株洲县' },
      { id: 'liling', name: '醴陵市', sourceName: '醴陵市' },
      { id: 'youxian', name: '攸县', sourceName: '攸县' },
      { id: 'chaling', name: '茶陵县', sourceName: '茶陵县' },
      { id: 'yanling', name: '炎陵县', sourceName: '炎陵县' },
    ]);
    expect(features.map((f) => f.properties.id)).toEqual([...DISTRICT_IDS]);
  });

  it('is compact: one line, well under 60 KB, 5 decimals at most, at most 400 points a district', () => {
    expect(Buffer.byteLength(text)).toBeLessThan(50_000);
    expect(text.trimEnd()).not.toContain('\n');
    expect(text).not.toMatch(/\d\.\d{6,}/);
    for (const f of features) expect(vertices(f).length, f.properties.id).toBeLessThanOrEqual(400);
  });

  it('has closed rings, exteriors counterclockwise (RFC 7946)', () => {
    for (const f of features) for (const poly of polygonsOf(f.geometry)) poly.forEach((ring, i) => {
      expect(key(ring[0]!), f.properties.id).toBe(key(ring[ring.length - 1]!));
      expect(Math.sign(signed(ring)), f.properties.id).toBe(i === 0 ? 1 : -1);
    });
  });

  it.each(DISTRICT_IDS.map((id) => [id]))('%s: area within 2% of the unsimplified source', (id) => {
    const source = sourceAreas[id];
    expect(source).toBeGreaterThan(100);
    expect(Math.abs(featureArea(byId(id)) / source! - 1)).toBeLessThan(0.02);
  });

  it('adds up to the area of Zhuzhou, about 11,262 km² (within 3%)', () => {
    const total = features.reduce((s, f) => s + featureArea(f), 0);
    expect(Math.abs(total / 11262 - 1)).toBeLessThan(0.03);
    const sourceTotal = Object.values(sourceAreas).reduce((s, a) => s + a, 0);
    expect(Math.abs(total / sourceTotal - 1)).toBeLessThan(0.005);
  });

  it('neighbours share border vertices, and only neighbours do', () => {
    const sets = new Map(features.map((f) => [f.properties.id, new Set(vertices(f).map(key))]));
    const shared: string[] = [];
    for (let i = 0; i < DISTRICT_IDS.length; i++) for (let j = i + 1; j < DISTRICT_IDS.length; j++) {
      const a = sets.get(DISTRICT_IDS[i]!)!;
      const b = sets.get(DISTRICT_IDS[j]!)!;
      const n = [...a].filter((k) => b.has(k)).length;
      if (n > 0) shared.push(`${DISTRICT_IDS[i]}-${DISTRICT_IDS[j]}`);
      if (n > 0) expect(n, `${DISTRICT_IDS[i]}-${DISTRICT_IDS[j]}`).toBeGreaterThanOrEqual(2);
    }
    expect(shared).toEqual(NEIGHBOURS.map(([a, b]) => `${a}-${b}`));
  });

  it('no vertex of one district lies strictly inside another (no overlaps)', () => {
    for (const a of features) for (const b of features) {
      if (a === b) continue;
      const inside = vertices(a).filter(([x, y]) => locatePoint(x, y, b) === 'inside');
      expect(inside, `${a.properties.id} inside ${b.properties.id}`).toEqual([]);
    }
  });

  it('shared borders are identical: every edge is used once (outline) or twice, in opposite directions, by two districts', () => {
    const edges = new Map<string, string[]>();
    for (const f of features) for (const poly of polygonsOf(f.geometry)) for (const ring of poly) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const e = `${key(ring[i]!)}>${key(ring[i + 1]!)}`;
        edges.set(e, [...(edges.get(e) ?? []), f.properties.id]);
      }
    }
    const outline = new Map<string, string>();
    for (const [e, ids] of edges) {
      expect(ids, e).toHaveLength(1);
      const [from, to] = e.split('>') as [string, string];
      const back = edges.get(`${to}>${from}`);
      if (back) expect(back[0], e).not.toBe(ids[0]);
      else outline.set(from, to);
    }
    // The edges used once chain into closed loops: the city's outline, with no gaps between districts.
    const loops: Position[][] = [];
    const left = new Map(outline);
    while (left.size) {
      const [start] = left.keys();
      const loop: Position[] = [];
      for (let at: string | undefined = start!; at !== undefined && left.has(at);) {
        const next: string = left.get(at)!;
        left.delete(at);
        loop.push(at.split(',').map(Number) as unknown as Position);
        at = next;
      }
      loops.push([...loop, loop[0]!]);
    }
    // One loop around the whole city, of its full area: a gap or sliver would add a loop of its own.
    expect(loops).toHaveLength(1);
    const total = features.reduce((s, f) => s + featureArea(f), 0);
    expect(Math.abs(ringArea(loops[0]!) / total - 1)).toBeLessThan(1e-9);
  });

  it("puts the centroid of each district's largest ring, and its label point, in that district", () => {
    for (const f of features) {
      const [x, y] = ringCentroid(largestRing(f));
      expect(findDistrict(x, y, features)?.properties.id).toBe(f.properties.id);
      const [lx, ly] = labelPoint(f);
      expect(locatePoint(lx, ly, f), f.properties.id).toBe('inside');
    }
  });

  it('finds no district for places outside Zhuzhou', () => {
    expect(findDistrict(112.98, 28.2, features)).toBeUndefined(); // 长沙
    expect(findDistrict(113.01, 25.77, features)).toBeUndefined(); // 郴州
  });

  it('spans the expected box', () => {
    const [[minLon, minLat], [maxLon, maxLat]] = geoBounds(features);
    expect(minLon).toBeGreaterThan(112.8);
    expect(maxLon).toBeLessThan(114.3);
    expect(minLat).toBeGreaterThan(25.9);
    expect(maxLat).toBeLessThan(28.2);
  });
});

describe('ringArea and featureArea', () => {
  it('measure on the WGS 84 ellipsoid: a 0.1° cell at 27°N matches ∫ M·N·cos φ dφ dλ', () => {
    const a = 6378137;
    const e2 = (1 / 298.257223563) * (2 - 1 / 298.257223563);
    const mn = (phi: number) => {
      const w = 1 - e2 * Math.sin(phi) ** 2;
      return ((a * (1 - e2)) / w ** 1.5) * (a / Math.sqrt(w)) * Math.cos(phi);
    };
    const rad = Math.PI / 180;
    const [p1, p2] = [27 * rad, 27.1 * rad];
    let integral = 0; // Simpson's rule
    const n = 100;
    for (let i = 0; i <= n; i++) integral += (i === 0 || i === n ? 1 : i % 2 ? 4 : 2) * mn(p1 + ((p2 - p1) * i) / n);
    const expected = (integral * (p2 - p1)) / (3 * n) * (0.1 * rad) / 1e6;
    const cell: Ring = [[113, 27], [113.1, 27], [113.1, 27.1], [113, 27.1], [113, 27]];
    expect(Math.abs(ringArea(cell) / expected - 1)).toBeLessThan(1e-5);
    expect(ringArea([...cell].reverse())).toBeCloseTo(ringArea(cell), 9);
    expect(AUTHALIC_RADIUS_KM).toBeCloseTo(6371.007, 2);
  });

  it('subtract holes and add the parts of a MultiPolygon', () => {
    const outer: Ring = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];
    const hole: Ring = [[0.25, 0.25], [0.25, 0.75], [0.75, 0.75], [0.75, 0.25], [0.25, 0.25]];
    const withHole: AreaFeature = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [outer, hole] } };
    expect(featureArea(withHole)).toBeCloseTo(ringArea(outer) - ringArea(hole), 6);
    const two: AreaFeature = { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [[outer], [hole]] } };
    expect(featureArea(two)).toBeCloseTo(ringArea(outer) + ringArea(hole), 6);
  });
});

describe('pointInFeature, locatePoint, findDistrict', () => {
  const square = (x: number, y: number, s: number): Ring => [[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]];
  const donut: AreaFeature<{ id: string }> = { type: 'Feature', properties: { id: 'donut' }, geometry: { type: 'Polygon', coordinates: [square(0, 0, 4), [...square(1, 1, 2)].reverse()] } };
  const islands: AreaFeature<{ id: string }> = { type: 'Feature', properties: { id: 'islands' }, geometry: { type: 'MultiPolygon', coordinates: [[square(10, 0, 1)], [square(1.5, 1.5, 1)]] } };

  it('handle holes', () => {
    expect(locatePoint(0.5, 0.5, donut)).toBe('inside');
    expect(locatePoint(2, 2, donut)).toBe('outside');
    expect(locatePoint(1, 2, donut)).toBe('boundary');
    expect(locatePoint(4, 4, donut)).toBe('boundary');
    expect(locatePoint(5, 2, donut)).toBe('outside');
    expect(pointInFeature(2, 2, donut)).toBe(false);
    expect(pointInFeature(0, 2, donut)).toBe(true);
  });

  it('handle MultiPolygons, and an island inside a hole', () => {
    expect(locatePoint(10.5, 0.5, islands)).toBe('inside');
    expect(locatePoint(2, 2, islands)).toBe('inside');
    expect(locatePoint(5, 0.5, islands)).toBe('outside');
    expect(findDistrict(2, 2, [donut, islands])?.properties.id).toBe('islands');
    expect(findDistrict(3.5, 3.5, [islands, donut])?.properties.id).toBe('donut');
    expect(findDistrict(1, 2, [donut, islands])?.properties.id).toBe('donut'); // on the hole's edge only
    expect(findDistrict(20, 20, [donut, islands])).toBeUndefined();
  });
});

describe('makeProjection', () => {
  const bbox = geoBounds(features);
  const proj = makeProjection(bbox, 800, 16);

  it('fits the width and keeps the aspect (longitudes scaled by cos of the mid-latitude)', () => {
    const [[minLon, minLat], [maxLon, maxLat]] = bbox;
    const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
    expect(proj.width).toBe(800);
    expect((proj.height - 32) / (800 - 32)).toBeCloseTo((maxLat - minLat) / ((maxLon - minLon) * k), 9);
    for (const f of features) for (const p of vertices(f)) {
      const [x, y] = proj.project(p);
      expect(x).toBeGreaterThanOrEqual(16 - 1e-9);
      expect(x).toBeLessThanOrEqual(784 + 1e-9);
      expect(y).toBeGreaterThanOrEqual(16 - 1e-9);
      expect(y).toBeLessThanOrEqual(proj.height - 16 + 1e-9);
    }
    expect(proj.project([minLon, maxLat])).toEqual([16, 16]);
  });

  it('draws 1 km east and 1 km north at nearly the same length, north up', () => {
    const c: Position = [113.4, 27.0];
    const [x0, y0] = proj.project(c);
    const [x1] = proj.project([113.4 + 1 / (111.32 * Math.cos((27 * Math.PI) / 180)), 27.0]);
    const [, y1] = proj.project([113.4, 27.0 + 1 / 110.8]);
    expect(y1).toBeLessThan(y0);
    expect(Math.abs((x1 - x0) / (y0 - y1) - 1)).toBeLessThan(0.02);
  });

  it('inverts', () => {
    const [lon, lat] = proj.invert(proj.project([113.3, 27.2]));
    expect(lon).toBeCloseTo(113.3, 9);
    expect(lat).toBeCloseTo(27.2, 9);
  });

  it('refuses a width that leaves no room', () => {
    expect(() => makeProjection(bbox, 20, 10)).toThrow(/no room/);
  });
});

describe('featureToSvgPath', () => {
  const proj = makeProjection(geoBounds(features), 600, 10);
  const subpath = /M-?\d+(\.\d)?,-?\d+(\.\d)?(L-?\d+(\.\d)?,-?\d+(\.\d)?){2,}Z/g;

  it('gives a valid d for every district: one M…Z per ring, 1 decimal by default', () => {
    for (const f of features) {
      const d = featureToSvgPath(f, proj);
      expect(d, f.properties.id).toMatch(/^M/);
      expect(d, f.properties.id).toMatch(/Z$/);
      expect(d.replace(subpath, ''), f.properties.id).toBe('');
      expect(d.match(subpath)).toHaveLength(polygonsOf(f.geometry).reduce((n, p) => n + p.length, 0));
    }
    expect(featureToSvgPath(byId('hetang'), proj).match(/M/g)).toHaveLength(2);
  });

  it('rounds to the decimals asked for and drops points that coincide', () => {
    const f: AreaFeature = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 0.0000001], [1, 1], [0, 0]]] } };
    const p = makeProjection([[0, 0], [1, 1]], 100);
    expect(featureToSvgPath(f, p, 0)).toBe(`M0,100L100,100L100,0Z`);
    expect(featureToSvgPath(f, p, 2)).toMatch(/^M0,100L100,100L100,0Z$/);
  });
});

describe('parseDistricts', () => {
  it('refuses files that are not the districts file', () => {
    expect(() => parseDistricts({ type: 'Feature' })).toThrow(/not a GeoJSON FeatureCollection/);
    expect(() => parseDistricts({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'changsha', name: '长沙', sourceName: '长沙' }, geometry: null }] })).toThrow(/id "changsha"/);
    expect(() => parseDistricts({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'hetang', name: '荷塘区', sourceName: '荷塘区' }, geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 1]]] } }] })).toThrow(/hetang.*geometry/);
  });
});
