/** Places: districts are divisions that exist; every place lies inside Zhuzhou and in its stated district. Pure. */
import type { Place } from '../../schemas/place';
import { findDistrict, parseDistricts, type DistrictCollection } from '../map/geo';
import type { TextFile } from './load';
import type { Problems } from './problems';

export function checkPlaceRefs(file: string, places: readonly Place[], known: (id: string) => boolean, problems: Problems): void {
  const byId = new Map(places.map((p) => [p.id, p]));
  for (const p of places) {
    for (const d of [...(p.district ? [p.district] : []), ...(p.districts ?? [])]) {
      const div = byId.get(d);
      if (!known(d) || (div && div.kind !== 'division')) problems.push({ file, entry: `place "${p.id}"`, field: p.district === d ? 'district' : 'districts', message: `refers to unknown district "${d}" (expected the id of a place with kind: division)` });
    }
  }
}

/** The last boundaries file read, by its text: the file is large and read again and again by the tests. */
let lastDistricts: { text: string; value: DistrictCollection } | null = null;

/** Reads the boundaries file; null (with a problem) when it is not valid. */
export function loadDistricts(geo: TextFile, problems: Problems): DistrictCollection | null {
  if (lastDistricts?.text === geo.text) return lastDistricts.value;
  try {
    const value = parseDistricts(JSON.parse(geo.text));
    lastDistricts = { text: geo.text, value };
    return value;
  } catch (e) {
    problems.push({ file: geo.path, entry: '(whole file)', field: 'GeoJSON', message: `is not valid: ${(e as Error).message} (regenerate it with npm run geo:extract)` });
    return null;
  }
}

/** A valid file with one feature per division; every place inside Zhuzhou, in its district. */
export function checkPlaceGeometry(file: string, geoPath: string, places: readonly Place[], districts: DistrictCollection, placeKnown: (id: string) => boolean, problems: Problems): void {
  const byId = new Map(districts.features.map((f) => [f.properties.id, f]));
  const placeById = new Map(places.map((p) => [p.id, p]));
  for (const f of districts.features) {
    const p = placeById.get(f.properties.id);
    if (!placeKnown(f.properties.id) || (p && p.kind !== 'division')) problems.push({ file: geoPath, entry: `feature "${f.properties.id}"`, field: 'properties.id', message: `is not the id of a place with kind: division in ${file} (regenerate the file with npm run geo:extract)` });
  }
  for (const p of places) {
    const entry = `place "${p.id}"`;
    if (p.kind === 'division') {
      if (!byId.has(p.id)) problems.push({ file, entry, field: 'id', message: `is a division with no geometry in ${geoPath} (features: ${[...byId.keys()].join(', ')})` });
      else if (!findDistrict(p.lon, p.lat, [byId.get(p.id)!])) problems.push({ file, entry, field: 'lon/lat', message: `(${p.lon}, ${p.lat}) is outside the division's own boundary` });
      continue;
    }
    const inside = findDistrict(p.lon, p.lat, districts.features);
    if (!inside) {
      problems.push({ file, entry, field: 'lon/lat', message: `(${p.lon}, ${p.lat}) is outside Zhuzhou's boundaries (${geoPath})` });
      continue;
    }
    const expected = p.district ? [p.district] : p.districts ?? [];
    if (expected.length && !expected.includes(inside.properties.id)) {
      problems.push({ file, entry, field: 'lon/lat', message: `(${p.lon}, ${p.lat}) lies in ${inside.properties.name} (${inside.properties.id}), not in ${expected.join(' / ')}` });
    }
  }
}
