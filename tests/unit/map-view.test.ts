import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDistricts, parseRiver } from '../../src/lib/map/geo';
import { placeLabels } from '../../src/lib/map/labels';
import { clusterByDistance, clusterLabel, groupByPoint, markerLabel, separate } from '../../src/lib/map/markers';
import { boxAround, drawMap, lineLabel } from '../../src/lib/map/view';

const read = (p: string) => JSON.parse(readFileSync(new URL(`../../content/geo/${p}`, import.meta.url), 'utf8'));
const districts = parseDistricts(read('zhuzhou-districts.geojson')).features;
const river = parseRiver(read('xiangjiang.geojson'));

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
    { id: 'a', name: '甲地', lon: 113.13, lat: 27.86, precision: 'approximate' as const, district: 'hetang' },
    { id: 'b', name: '乙地', lon: 113.5, lat: 27.65, precision: 'exact' as const, district: 'liling' },
  ];
  it('draws all nine districts, the urban ones marked, and numbers the places in order, inside the drawing', () => {
    const m = drawMap({ districts, urban: ['hetang', 'lusong'] }, places, 'all', 600);
    expect(m.districts.map((d) => d.id).sort()).toEqual(['chaling', 'hetang', 'liling', 'lukou', 'lusong', 'shifeng', 'tianyuan', 'yanling', 'youxian']);
    expect(m.districts.every((d) => d.d.startsWith('M') && d.label)).toBe(true);
    expect(m.districts.filter((d) => d.urban).map((d) => d.id)).toEqual(['hetang', 'lusong']);
    expect(m.markers.map((k) => [k.ids, k.numbers, k.approximate])).toEqual([[['a'], '1', true], [['b'], '2', false]]);
    for (const k of m.markers) {
      expect(k.x).toBeGreaterThanOrEqual(0);
      expect(k.x).toBeLessThanOrEqual(600);
      expect(k.y).toBeGreaterThanOrEqual(0);
      expect(k.y).toBeLessThanOrEqual(m.height);
    }
    expect(m.height).toBeGreaterThan(600); // the city runs north–south
  });
  it('frames a detail box: districts outside it get no label', () => {
    const m = drawMap({ districts }, [places[0]!], boxAround([[113.13, 27.86]], 0.2, 0.1), 600);
    expect(m.districts.find((d) => d.id === 'yanling')!.label).toBeNull();
    expect(m.markers[0]!.x).toBeCloseTo(300, 0);
  });
  it('draws the river with its name, and names the areas in view', () => {
    const box = boxAround([[113.1, 27.8]], 0.3, 0.15);
    const m = drawMap({ districts, river, areas: [{ id: 'c', name: '株洲市区', lon: 113.15, lat: 27.83 }, { id: 'far', name: '远处', lon: 113.8, lat: 26.5 }] }, [], box, 480);
    expect(m.river?.d).toMatch(/^M[\d.,L-]+$/);
    expect(m.river?.label).not.toBeNull();
    expect(m.areas.map((a) => a.id)).toEqual(['c']);
  });
  it('writes place names beside their markers where there is room, and never merges places of different districts', () => {
    const near = [
      { id: 'x', name: '东岸厂', lon: 113.150, lat: 27.830, precision: 'exact' as const, district: 'lusong' },
      { id: 'y', name: '西岸村', lon: 113.1502, lat: 27.8302, precision: 'exact' as const, district: 'tianyuan' },
    ];
    const m = drawMap({ districts }, near, boxAround([[113.15, 27.83]], 0.3, 0.2), 480);
    expect(m.markers.map((k) => k.ids)).toEqual([['x'], ['y']]);
    const [a, b] = m.markers;
    expect(Math.hypot(a!.x - b!.x, a!.y - b!.y)).toBeGreaterThanOrEqual(19.9);
    expect(a!.at ?? b!.at).not.toBeNull(); // moved aside, with a leader line to the true point
    expect(m.markers.some((k) => k.label)).toBe(true);
  });
});

describe('lineLabel', () => {
  it('writes along the longest segment in view, kept readable', () => {
    expect(lineLabel([[0, 0], [10, 0], [10, 100]], { width: 200, height: 200 })).toEqual({ x: 10, y: 50, angle: 90 });
    expect(lineLabel([[100, 10], [0, 10]], { width: 200, height: 200 })).toEqual({ x: 50, y: 10, angle: 0 });
    expect(lineLabel([[-5, 0], [-1, 0]], { width: 10, height: 10 })).toBeNull();
  });
});

describe('places that share a point', () => {
  it('become one marker listing them all, within one district only', () => {
    const ps = [{ id: 'x', lon: 113.17, lat: 27.86, district: 'hetang' }, { id: 'y', lon: 113.2, lat: 27.9, district: 'hetang' }, { id: 'z', lon: 113.17, lat: 27.86, district: 'hetang' }, { id: 'w', lon: 113.17, lat: 27.86, district: 'lusong' }];
    expect(groupByPoint(ps).map((g) => g.members.map((m) => `${m.place.id}${m.n}`))).toEqual([['x1', 'z3'], ['y2'], ['w4']]);
  });
  it('label runs and sets of numbers', () => {
    expect(markerLabel([4])).toBe('4');
    expect(markerLabel([2, 3, 4, 5])).toBe('2–5');
    expect(markerLabel([1, 3])).toBe('1·3');
  });
});

describe('markers that would cover each other', () => {
  it('are merged when closer than the minimum distance and of the same district, in order', () => {
    const c = clusterByDistance([{ x: 0, y: 0, group: 'a', item: 'a' }, { x: 10, y: 0, group: 'a', item: 'b' }, { x: 100, y: 0, group: 'a', item: 'c' }, { x: 5, y: 20, group: 'a', item: 'd' }, { x: 2, y: 0, group: 'b', item: 'e' }], 26);
    expect(c.map((k) => k.items)).toEqual([['a', 'b', 'd'], ['c'], ['e']]);
  });
  it('of different districts are moved apart instead, just far enough', () => {
    const out = separate([{ x: 0, y: 0 }, { x: 4, y: 0 }, { x: 100, y: 100 }], 20);
    expect(Math.hypot(out[0]!.x - out[1]!.x, out[0]!.y - out[1]!.y)).toBeGreaterThanOrEqual(20 - 1e-6);
    expect(out[2]).toEqual({ x: 100, y: 100 });
    expect(separate([{ x: 5, y: 5 }, { x: 5, y: 5 }], 10).map((p) => p.x)).toEqual([expect.closeTo(0, 5), expect.closeTo(10, 5)]);
  });
  it('are labelled by their numbers, or by their count when that is shorter', () => {
    expect(clusterLabel([3, 1])).toBe('1·3');
    expect(clusterLabel([2, 3, 4, 5, 6, 7, 8])).toBe('2–8');
    expect(clusterLabel([1, 2, 4, 5, 6, 11])).toBe('6处');
  });
});

describe('placeLabels', () => {
  it('puts a label to the right, else left, above or below, and drops it when nothing fits', () => {
    const frame = { width: 100, height: 100 };
    const [a, b] = placeLabels([{ x: 10, y: 50, r: 5, text: '甲' }, { x: 95, y: 50, r: 5, text: '乙' }], frame, 10);
    expect(a!.anchor).toBe('start');
    expect(b!.anchor).toBe('end');
    const crowded = placeLabels([{ x: 50, y: 50, r: 5, text: '很长很长的名字' }], { width: 60, height: 60 }, 10, [{ x0: 0, y0: 0, x1: 60, y1: 60 }]);
    expect(crowded).toEqual([null]);
  });
  it('never lets two labels overlap', () => {
    const ls = placeLabels([{ x: 50, y: 50, r: 4, text: '甲地' }, { x: 52, y: 52, r: 4, text: '乙地' }, { x: 54, y: 54, r: 4, text: '丙地' }], { width: 200, height: 200 }, 12).filter((l) => l !== null);
    for (const [i, p] of ls.entries()) for (const q of ls.slice(i + 1)) expect(p!.box.x0 < q!.box.x1 && q!.box.x0 < p!.box.x1 && p!.box.y0 < q!.box.y1 && q!.box.y0 < p!.box.y1).toBe(false);
  });
});
