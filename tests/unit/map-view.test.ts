import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDistricts } from '../../src/lib/map/geo';
import { clusterByDistance, clusterLabel, groupByPoint, markerLabel } from '../../src/lib/map/markers';
import { boxAround, drawMap } from '../../src/lib/map/view';

const districts = parseDistricts(JSON.parse(readFileSync(new URL('../../content/geo/zhuzhou-districts.geojson', import.meta.url), 'utf8'))).features;

describe('boxAround', () => {
  it('pads the box around the points and keeps a minimum span', () => {
    expect(boxAround([[113, 27], [113.1, 27.2]], 0.5, 0.08, [0, Infinity])).toEqual([[112.95, 26.9], [113.15, 27.3]].map(([a, b]) => [expect.closeTo(a!, 9), expect.closeTo(b!, 9)]));
    const [[x0], [x1]] = boxAround([[113, 27]], 0, 0.08);
    expect(x1 - x0).toBeCloseTo(0.08, 9);
  });
  it('keeps the drawn shape between the aspect limits', () => {
    const [[x0, y0], [x1, y1]] = boxAround([[113, 27], [113.01, 27.5]], 0, 0.001, [0.8, 1.6]);
    const k = Math.cos((27.25 * Math.PI) / 180);
    expect(((x1 - x0) * k) / (y1 - y0)).toBeCloseTo(0.8, 6);
  });
  it('refuses an empty list', () => expect(() => boxAround([])).toThrow('no points'));
});

describe('drawMap', () => {
  const places = [
    { id: 'a', name: 'A', lon: 113.13, lat: 27.86, precision: 'approximate' as const, district: 'hetang' },
    { id: 'b', name: 'B', lon: 113.5, lat: 27.65, precision: 'exact' as const, district: 'liling' },
  ];
  it('draws all nine districts and numbers the places in order, inside the drawing', () => {
    const m = drawMap(districts, places, 'all', 600);
    expect(m.districts.map((d) => d.id).sort()).toEqual(['chaling', 'hetang', 'liling', 'lukou', 'lusong', 'shifeng', 'tianyuan', 'yanling', 'youxian']);
    expect(m.districts.every((d) => d.d.startsWith('M') && d.label)).toBe(true);
    expect(m.markers.map((k) => [k.ids, k.label, k.approximate])).toEqual([[['a'], '1', true], [['b'], '2', false]]);
    for (const k of m.markers) {
      expect(k.x).toBeGreaterThanOrEqual(0);
      expect(k.x).toBeLessThanOrEqual(600);
      expect(k.y).toBeGreaterThanOrEqual(0);
      expect(k.y).toBeLessThanOrEqual(m.height);
    }
    expect(m.height).toBeGreaterThan(600); // the city runs north–south
  });
  it('frames a detail box: districts outside it get no label', () => {
    const m = drawMap(districts, [places[0]!], boxAround([[113.13, 27.86]], 0.2, 0.1), 600);
    expect(m.districts.find((d) => d.id === 'yanling')!.label).toBeNull();
    expect(m.markers[0]!.x).toBeCloseTo(300, 0);
  });
});

describe('places that share a point', () => {
  it('become one marker listing them all', () => {
    const ps = [{ id: 'x', lon: 113.17, lat: 27.86 }, { id: 'y', lon: 113.2, lat: 27.9 }, { id: 'z', lon: 113.17, lat: 27.86 }];
    expect(groupByPoint(ps).map((g) => g.members.map((m) => `${m.place.id}${m.n}`))).toEqual([['x1', 'z3'], ['y2']]);
  });
  it('label runs and sets of numbers', () => {
    expect(markerLabel([4])).toBe('4');
    expect(markerLabel([2, 3, 4, 5])).toBe('2–5');
    expect(markerLabel([1, 3])).toBe('1·3');
  });
});

describe('markers that would cover each other', () => {
  it('are merged when closer than the minimum distance, in order', () => {
    const c = clusterByDistance([{ x: 0, y: 0, item: 'a' }, { x: 10, y: 0, item: 'b' }, { x: 100, y: 0, item: 'c' }, { x: 5, y: 20, item: 'd' }], 26);
    expect(c.map((k) => k.items)).toEqual([['a', 'b', 'd'], ['c']]);
  });
  it('are labelled by their numbers, or by their count when that is shorter', () => {
    expect(clusterLabel([3, 1])).toBe('1·3');
    expect(clusterLabel([2, 3, 4, 5, 6, 7, 8])).toBe('2–8');
    expect(clusterLabel([1, 2, 4, 5, 6, 11])).toBe('6处');
  });
});
