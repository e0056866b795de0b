// Spherical winding and area (d3-geo, @turf/rewind), shared by src/tools/extract-geo.mjs and src/lib/map/geo.ts.
import rewind from '@turf/rewind';
import { geoArea } from 'd3-geo';

/** Radius, in km, of the sphere with the same surface area as the WGS 84 ellipsoid (authalic radius). */
export const EARTH_RADIUS_KM = 6371.0072;

/**
 * A copy of a GeoJSON object with d3's spherical winding: exterior rings clockwise, holes
 * counterclockwise (RFC 7946 files run the other way, which d3 reads as "everything but the polygon").
 * @template {import('geojson').GeoJSON} T
 * @param {T} object
 * @returns {T}
 */
export function toD3Winding(object) {
  return /** @type {T} */ (rewind(/** @type {any} */ (object), { reverse: true }));
}

/**
 * Area in km² of a (Multi)Polygon, Feature or FeatureCollection, in any winding: d3's spherical
 * area on the authalic sphere (at Zhuzhou's latitude about 0.17 % above the area on the WGS 84 ellipsoid).
 * @param {import('geojson').GeoJSON} object
 * @returns {number}
 */
export function areaKm2(object) {
  return geoArea(/** @type {any} */ (toD3Winding(object))) * EARTH_RADIUS_KM * EARTH_RADIUS_KM;
}
