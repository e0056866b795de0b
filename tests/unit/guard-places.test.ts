// The place rules of the content guard (src/lib/guard/places.ts): districts that are divisions, the
// boundaries file read once, and every place inside the boundaries of its district(s).
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checkPlaceGeometry, checkPlaceRefs, loadDistricts } from '../../src/lib/guard/places';
import { formatProblem, type Problems } from '../../src/lib/guard/problems';
import type { Place } from '../../src/schemas/place';

const GEO = 'content/geo/zhuzhou-districts.geojson';
const geo = { path: GEO, text: readFileSync(new URL(`../../${GEO}`, import.meta.url), 'utf8') };
const place = (over: Partial<Place>): Place => ({ id: 'x', name: 'x', kind: 'site', lon: 113.165, lat: 27.865, precision: 'exact', named: false, ...over });
/** The nine divisions of content/places.yaml, with their own points. */
const DIVISIONS = (yaml.load(readFileSync(new URL('../../content/places.yaml', import.meta.url), 'utf8')) as Place[]).filter((p) => p.kind === 'division');
const run = (check: (problems: Problems) => void) => {
  const problems: Problems = [];
  check(problems);
  return problems.map(formatProblem);
};

describe('districts', () => {
  it('must be places of kind division, in district and in districts', () => {
    const places = [...DIVISIONS, place({ id: 'plant', district: 'hetang' }), place({ id: 'site-a', district: 'plant' }), place({ id: 'road', kind: 'road', districts: ['hetang', 'nowhere'] })];
    expect(run((p) => checkPlaceRefs('content/places.yaml', places, (id) => places.some((q) => q.id === id), p))).toEqual([
      'content/places.yaml › place "site-a" › district: refers to unknown district "plant" (expected the id of a place with kind: division)',
      'content/places.yaml › place "road" › districts: refers to unknown district "nowhere" (expected the id of a place with kind: division)',
    ]);
  });
});

describe('the boundaries file', () => {
  it('is parsed once for the same text', () => {
    const first = loadDistricts(geo, []);
    expect(first?.features).toHaveLength(9);
    expect(loadDistricts({ ...geo }, [])).toBe(first);
    expect(loadDistricts({ path: GEO, text: geo.text.replace('"hetang"', '"hetang-x"') }, [])).not.toBe(first);
  });
});

describe('places on the map', () => {
  const geometry = (places: Place[]) => run((p) => checkPlaceGeometry('content/places.yaml', GEO, places, loadDistricts(geo, [])!, (id) => places.some((q) => q.id === id), p));
  it('wants each feature to be a division', () => {
    const places = DIVISIONS.map((d) => (d.id === 'yanling' ? { ...d, kind: 'city' as const } : d));
    expect(geometry(places)).toEqual([
      `${GEO} › feature "yanling" › properties.id: is not the id of a place with kind: division in content/places.yaml (regenerate the file with npm run geo:extract)`,
    ]);
  });
  it('wants a place that crosses divisions to lie in one of them', () => {
    expect(geometry([...DIVISIONS, place({ id: 'road', kind: 'road', districts: ['tianyuan', 'lusong'] })])).toEqual([
      'content/places.yaml › place "road" › lon/lat: (113.165, 27.865) lies in 荷塘区 (hetang), not in tianyuan / lusong',
    ]);
    expect(geometry([...DIVISIONS, place({ id: 'road', kind: 'road', districts: ['tianyuan', 'hetang'] })])).toEqual([]);
  });
});
