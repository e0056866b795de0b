import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDistricts, parseRiver } from '../../src/lib/map/geo';
import { overlaps, placeLabels, type Box } from '../../src/lib/map/labels';
import { badgeSize, clusterByDistance, clusterLabel, groupByPoint, markerLabel, separate } from '../../src/lib/map/markers';
import { boxAround, boxThroughLine, districtLabel, drawMap, lineLabel, MAP_TEXT } from '../../src/lib/map/view';
import { pointInRing, segmentHitsBox } from '../../src/lib/map/labels';
import { lineLatLngs } from '../../src/lib/map/geo';
import { textWidthEm } from '../../src/lib/article/text';

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
  const frame = { width: 200, height: 200 };
  it('writes beside the longest segment in view, along it where it runs flat, kept readable', () => {
    const flat = lineLabel([[100, 50], [0, 50]], frame)!;
    expect(flat).toMatchObject({ x: 50, angle: 0, vertical: false, on: [50, 50] });
    expect(flat.y).toBeLessThan(50); // above the line, not on it
    const sloping = lineLabel([[0, 100], [100, 60]], frame)!;
    expect(sloping.vertical).toBe(false);
    expect(sloping.angle).toBe(-22); // rotated along the line, readable left to right
    expect(lineLabel([[-5, 0], [-1, 0]], { width: 10, height: 10 })).toBeNull();
  });
  it('sets the name upright, glyph under glyph, beside a line that runs more vertically than horizontally', () => {
    const steep = lineLabel([[0, 0], [10, 0], [20, 150]], frame)!;
    expect(steep).toMatchObject({ angle: 0, vertical: true, on: [15, 75] });
    expect(steep.box.y1 - steep.box.y0).toBeGreaterThan(steep.box.x1 - steep.box.x0); // a column
    expect(steep.x).toBeGreaterThan(15 + (steep.box.x1 - steep.box.x0) / 2); // beside the line, clear of it
    expect(segmentHitsBox([10, 0], [20, 150], steep.box)).toBe(false);
    // Just steeper than 45°: upright; just flatter: along the line.
    expect(lineLabel([[50, 20], [100, 80]], frame)!.vertical).toBe(true);
    expect(lineLabel([[40, 50], [100, 100]], frame)!.vertical).toBe(false);
  });
  it('moves to the other side, or along the line, when a marker is where it would go', () => {
    const free = lineLabel([[100, 10], [100, 190]], frame)!;
    const blocked = lineLabel([[100, 10], [100, 190]], frame, [free.box])!;
    expect(overlaps(blocked.box, free.box)).toBe(false);
    expect(blocked.vertical).toBe(true);
  });
});

describe('boxThroughLine', () => {
  const line = lineLatLngs(river.features[0]!).flat().map(([lat, lon]) => [lon, lat] as const);
  it('puts each end of the river on the edge it runs out through, so that the river crosses the frame', () => {
    const [[w, s], [e, n]] = boxThroughLine(line, [[113.155, 27.835], [113.16, 27.887]], 0.1, [1.05, 1.5]);
    const south = line[0]!;
    const west = line[line.length - 1]!;
    expect(s).toBeCloseTo(south[1], 9); // the river comes in from the south
    expect(w).toBeCloseTo(west[0], 9); // and leaves to the west
    expect(n).toBeGreaterThan(27.887); // the places in the north are in, with room
    expect(e).toBeGreaterThan(113.16);
    const k = Math.cos((((s + n) / 2) * Math.PI) / 180);
    expect(((e - w) * k) / (n - s)).toBeGreaterThanOrEqual(1.05 - 1e-3);
  });
  it('draws the river to the frame edges', () => {
    const box = boxThroughLine(line, [[113.155, 27.835]], 0.1, [1.05, 1.5]);
    const m = drawMap({ districts, river }, [], box, 420);
    const pts = [...m.river!.d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((x) => [Number(x[1]), Number(x[2])]);
    expect(Math.min(...pts.map((p) => p[0]!))).toBeCloseTo(0, 0);
    expect(Math.max(...pts.map((p) => p[1]!))).toBeGreaterThanOrEqual(m.height - 1);
  });
  it('refuses a line of one point', () => expect(() => boxThroughLine([[113, 27]])).toThrow('two points'));
});

describe('marker badges', () => {
  it('are circles for a number of one or two digits, pills sized to the text otherwise', () => {
    expect(badgeSize('7', 11, 18)).toEqual({ width: 18, height: 18, pill: false });
    expect(badgeSize('12', 11, 18).pill).toBe(false);
    for (const label of ['5处', '2–3', '12·16', '20–26']) {
      for (const height of [18, 26]) { // the static map's badges and Leaflet's
        const b = badgeSize(label, 11, height);
        expect(b.pill, `${label} ${height}`).toBe(true);
        expect(b.width, `${label} ${height}`).toBeGreaterThan(b.height);
      }
    }
    expect(badgeSize('7', 11, 26).pill).toBe(false);
  });
  it('grow with their text, and always hold it with some room', () => {
    const widths = ['5处', '2–3', '20–26', '12·16·27'].map((l) => badgeSize(l, 11, 18).width);
    expect(widths).toEqual([...widths].sort((a, b) => a - b));
    expect(new Set(widths).size).toBe(widths.length);
    expect(badgeSize('20–26', 11, 18).width).toBeGreaterThanOrEqual(5 * 0.55 * 11 + 8);
  });
  it('in a drawing: a marker of several numbers is a pill as wide as its numbers need', () => {
    const same = ['a', 'b', 'c'].map((id, i) => ({ id, name: `地${i}`, lon: 113.13, lat: 27.86, precision: 'approximate' as const, district: 'shifeng' }));
    const far = { id: 'z', name: '远地', lon: 113.2, lat: 27.8, precision: 'approximate' as const, district: 'lusong' };
    const m = drawMap({ districts }, [...same, far], boxAround([[113.13, 27.86], [113.2, 27.8]], 0.2, 0.1), 420);
    expect(m.markers.map((k) => [k.numbers, k.pill])).toEqual([['1–3', true], ['4', false]]);
    expect(m.markers[0]!.width).toBe(badgeSize('1–3', MAP_TEXT.badge, 2 * MAP_TEXT.marker).width);
    expect(m.markers[1]!.width).toBe(2 * MAP_TEXT.marker);
  });
  it('pills side by side are moved apart by their widths, not only their heights', () => {
    const [a, b] = separate([{ x: 0, y: 0, extra: 15 }, { x: 20, y: 0, extra: 15 }], 20);
    expect(b!.x - a!.x).toBeGreaterThanOrEqual(50 - 1e-6);
    const [c, d] = separate([{ x: 0, y: 0, extra: 15 }, { x: 0, y: 10, extra: 15 }], 20);
    expect(d!.y - c!.y).toBeCloseTo(20, 5); // one above the other: their heights are enough
  });
});

describe('districtLabel', () => {
  const square = [[0, 0], [200, 0], [200, 200], [0, 200], [0, 0]] as const;
  const frame = { width: 200, height: 200 };
  const size = { w: 48, h: 19.2 };
  const boxOf = ([x, y]: readonly [number, number]): Box => ({ x0: x - size.w / 2, y0: y - size.h / 2, x1: x + size.w / 2, y1: y + size.h / 2 });
  it('stays at the label point when nothing is there', () => {
    expect(districtLabel([square], frame, size, [100, 100])).toEqual([100, 100]);
  });
  it('moves off a marker that sits on the label point, as little as it can, inside the district', () => {
    const marker: Box = { x0: 90, y0: 90, x1: 110, y1: 110 };
    const at = districtLabel([square], frame, size, [100, 100], { markers: [marker] })!;
    expect(overlaps(boxOf(at), marker)).toBe(false);
    expect(Math.hypot(at[0] - 100, at[1] - 100)).toBeLessThan(30);
    expect(pointInRing(square, at)).toBe(true);
  });
  it('keeps clear of where places are named and of the river when it can', () => {
    const name: Box = { x0: 60, y0: 85, x1: 190, y1: 115 };
    const riverLine = [[0, 130], [200, 130]] as const;
    const at = districtLabel([square], frame, size, [100, 100], { names: [name], lines: [riverLine] })!;
    expect(overlaps(boxOf(at), name)).toBe(false);
    expect(segmentHitsBox(riverLine[0], riverLine[1], boxOf(at))).toBe(false);
  });
  it('is left out when the district shows too little, or only where other labels are', () => {
    expect(districtLabel([[[0, 0], [30, 0], [30, 30], [0, 30], [0, 0]]], frame, size, [15, 15])).toBeNull();
    expect(districtLabel([square], frame, size, [100, 100], { labels: [{ x0: 0, y0: 0, x1: 200, y1: 200 }] })).toBeNull();
  });
  it('on the real map, no district name covers a marker or a place name', () => {
    const named = [
      { id: 'q', name: '清水塘老工业区', lon: 113.08, lat: 27.88, precision: 'approximate' as const, district: 'shifeng' },
      { id: 's', name: '石峰山', lon: 113.11, lat: 27.88, precision: 'approximate' as const, district: 'shifeng' },
      { id: 'c', name: '中国动力谷', lon: 113.07, lat: 27.81, precision: 'approximate' as const, district: 'tianyuan' },
      { id: 'h', name: '荷塘区公益服务中心', lon: 113.17, lat: 27.86, precision: 'district-centroid' as const, district: 'hetang' },
    ];
    const line = lineLatLngs(river.features[0]!).flat().map(([lat, lon]) => [lon, lat] as const);
    const box = boxThroughLine(line, named.map((p) => [p.lon, p.lat] as const), 0.12, [1.05, 1.5]);
    const m = drawMap({ districts, river, urban: ['hetang', 'lusong', 'shifeng', 'tianyuan'] }, named, box, 420, { numbered: false });
    const labelled = m.districts.filter((d) => d.label);
    expect(labelled.map((d) => d.id)).toEqual(expect.arrayContaining(['shifeng', 'tianyuan', 'hetang']));
    for (const d of labelled) {
      const b = { w: textWidthEm(d.name) * MAP_TEXT.district, h: MAP_TEXT.district * 1.2 };
      const db: Box = { x0: d.label![0] - b.w / 2, y0: d.label![1] - b.h / 2, x1: d.label![0] + b.w / 2, y1: d.label![1] + b.h / 2 };
      for (const k of m.markers) {
        expect(overlaps(db, { x0: k.x - k.width / 2, y0: k.y - k.width / 2, x1: k.x + k.width / 2, y1: k.y + k.width / 2 }), `${d.name} over marker ${k.ids}`).toBe(false);
        if (k.label) expect(overlaps(db, k.label.box), `${d.name} over ${k.text}`).toBe(false);
      }
    }
  });
});

describe('a map with a button over its bottom', () => {
  it('keeps the strip clear: the box grows southwards, and no marker or name lies in it', () => {
    const south = [
      { id: 'a', name: '北边一地', lon: 113.1, lat: 27.85, precision: 'approximate' as const, district: 'tianyuan' },
      { id: 'b', name: '三门镇', lon: 113.07, lat: 27.6, precision: 'approximate' as const, district: 'tianyuan' },
    ];
    const box = boxAround(south.map((p) => [p.lon, p.lat] as const), 0.05, 0.1, [0.8, 1.5]);
    const plain = drawMap({ districts }, south, box, 420);
    const kept = drawMap({ districts }, south, box, 420, { clearBottom: MAP_TEXT.buttonStrip });
    expect(kept.height).toBeGreaterThan(plain.height);
    expect(kept.bbox[0][1]).toBeLessThan(box[0][1]);
    const top = kept.height - MAP_TEXT.buttonStrip;
    for (const k of kept.markers) {
      expect(k.y + MAP_TEXT.marker).toBeLessThanOrEqual(top);
      if (k.label) expect(k.label.box.y1).toBeLessThanOrEqual(top);
    }
    expect(kept.markers.find((k) => k.ids.includes('b'))!.label).not.toBeNull();
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
    expect(clusterLabel([3, 1], (n) => `${n}处`)).toBe('1·3');
    expect(clusterLabel([2, 3, 4, 5, 6, 7, 8], (n) => `${n}处`)).toBe('2–8');
    expect(clusterLabel([1, 2, 4, 5, 6, 11], (n) => `${n}处`)).toBe('6处');
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
  it('starts beside a pill, not inside it, and can run off above or below to one side', () => {
    const [l] = placeLabels([{ x: 50, y: 50, r: 9, rx: 20, text: '甲' }], { width: 200, height: 200 }, 10);
    expect(l!.box.x0).toBeGreaterThan(70);
    // Only room above, to the left of the marker.
    const walls: Box[] = [{ x0: 0, y0: 45, x1: 200, y1: 200 }];
    const req = [{ x: 180, y: 50, r: 5, text: '很长的名字' }];
    expect(placeLabels(req, { width: 200, height: 200 }, 10, walls)).toEqual([null]);
    const [d] = placeLabels(req, { width: 200, height: 200 }, 10, walls, true);
    expect(d).toMatchObject({ anchor: 'end', x: 185 });
    expect(d!.box.y1).toBeLessThanOrEqual(45);
  });
  it('never lets two labels overlap', () => {
    const ls = placeLabels([{ x: 50, y: 50, r: 4, text: '甲地' }, { x: 52, y: 52, r: 4, text: '乙地' }, { x: 54, y: 54, r: 4, text: '丙地' }], { width: 200, height: 200 }, 12).filter((l) => l !== null);
    for (const [i, p] of ls.entries()) for (const q of ls.slice(i + 1)) expect(p!.box.x0 < q!.box.x1 && q!.box.x0 < p!.box.x1 && p!.box.y0 < q!.box.y1 && q!.box.y0 < p!.box.y1).toBe(false);
  });
});
