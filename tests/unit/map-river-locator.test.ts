import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fadeEnds, lineLength, sliceLine } from '../../src/lib/map/river';
import { drawLocator, type PrefectureCollection } from '../../src/lib/map/locator';
import { areaLabel, calloutLabel } from '../../src/lib/map/view';
import { segmentHitsBox } from '../../src/lib/map/labels';
import { overlaps, placeLabels } from '../../src/lib/map/labels';
import { textWidthEm } from '../../src/lib/article/text';

const line: [number, number][] = [[0, 0], [10, 0], [10, 10], [30, 10]];

describe('fadeEnds: a river stretch with open ends', () => {
  it('cuts the line into unbroken pieces that add up to it, full in the middle and fading at both open ends', () => {
    const pieces = fadeEnds(line, { start: true, end: true }, 0.2, 4, 0.1);
    expect(pieces.reduce((n, p) => n + lineLength(p.points), 0)).toBeCloseTo(lineLength(line), 6);
    for (let i = 1; i < pieces.length; i++) expect(pieces[i]!.points[0]).toEqual(pieces[i - 1]!.points.at(-1));
    expect(pieces[0]!.points[0]).toEqual([0, 0]);
    expect(pieces.at(-1)!.points.at(-1)).toEqual([30, 10]);
    expect(pieces[0]!.opacity).toBeLessThanOrEqual(0.25);
    expect(pieces.at(-1)!.opacity).toBeLessThanOrEqual(0.25);
    expect(pieces.filter((p) => p.opacity === 1)).toHaveLength(1);
    const o = pieces.map((p) => p.opacity);
    expect(o.slice(0, 5)).toEqual([...o.slice(0, 5)].sort((a, b) => a - b)); // rising towards the middle
  });
  it('leaves a closed end at full strength', () => {
    const pieces = fadeEnds(line, { start: false, end: true }, 0.2, 4);
    expect(pieces[0]!.opacity).toBe(1);
    expect(pieces[0]!.points[0]).toEqual([0, 0]);
    expect(pieces.at(-1)!.opacity).toBeLessThan(0.3);
  });
  it('sliceLine takes the part between two distances', () => {
    expect(sliceLine(line, 5, 15)).toEqual([[5, 0], [10, 0], [10, 5]]);
  });
});

describe('the locator inset', () => {
  const hunan = JSON.parse(readFileSync(new URL('../../content/geo/hunan-prefectures.geojson', import.meta.url), 'utf8')) as PrefectureCollection;
  it('holds Hunan’s 14 prefectures, three of them to be named, and no other outline', () => {
    expect(hunan.features).toHaveLength(14);
    expect(hunan.features.filter((f) => f.properties.label).map((f) => f.properties.id).sort()).toEqual(['changsha', 'xiangtan', 'zhuzhou']);
  });
  it('draws Zhuzhou filled, the main map’s frame on it, and the names clear of each other and of the frame', () => {
    const d = drawLocator(hunan, [[113.0, 27.75], [113.2, 27.95]], { changsha: '长沙', xiangtan: '湘潭', zhuzhou: '株洲' });
    expect(d.prefectures.filter((p) => p.highlight).map((p) => p.id)).toEqual(['zhuzhou']);
    expect(d.labels.map((l) => l.name).sort()).toEqual(['株洲', '湘潭', '长沙'].sort());
    expect(d.frame.x).toBeGreaterThan(0);
    expect(d.frame.x + d.frame.width).toBeLessThan(d.width);
    expect(d.frame.width).toBeGreaterThanOrEqual(6);
    const box = (l: { name: string; x: number; y: number }, size = 11) => { const w = textWidthEm(l.name) * size; return { x0: l.x - w / 2, y0: l.y - size * 0.6, x1: l.x + w / 2, y1: l.y + size * 0.6 }; };
    const frame = { x0: d.frame.x, y0: d.frame.y, x1: d.frame.x + d.frame.width, y1: d.frame.y + d.frame.height };
    for (const [i, l] of d.labels.entries()) {
      expect(overlaps(box(l), frame), `${l.name} on the frame`).toBe(false);
      for (const m of d.labels.slice(i + 1)) expect(overlaps(box(l), box(m)), `${l.name} on ${m.name}`).toBe(false);
    }
    // English names are longer (set a size smaller, as the English pages do): still clear of each other.
    const en = drawLocator(hunan, [[113.0, 27.75], [113.2, 27.95]], { changsha: 'Changsha', xiangtan: 'Xiangtan', zhuzhou: 'Zhuzhou' }, 'zhuzhou', 150, 10);
    for (const [i, l] of en.labels.entries()) for (const m of en.labels.slice(i + 1)) expect(overlaps(box(l, 10), box(m, 10)), `${l.name} on ${m.name}`).toBe(false);
    for (const l of [...d.labels, ...en.labels]) { const b = box(l, /^[A-Z]/.test(l.name) ? 10 : 11); expect(b.x0 >= 3 - 1e-9 && b.x1 <= d.width - 3 + 0.1, `${l.name} inside the inset, 3 units from its sides`).toBe(true); }
  });
});

describe('names on the map', () => {
  it('calloutLabel writes a name beside a point, in the frame, clear of what it must avoid and of the river', () => {
    const frame = { width: 200, height: 200 };
    const avoid = [{ x0: 80, y0: 80, x1: 140, y1: 120 }];
    const river = [[[0, 60], [200, 60]] as [number, number][]];
    const at = calloutLabel([100, 100], { w: 40, h: 16 }, frame, avoid, river)!;
    expect(at).not.toBeNull();
    const box = { x0: at[0] - 20, y0: at[1] - 8, x1: at[0] + 20, y1: at[1] + 8 };
    expect(box.x0 >= 0 && box.y0 >= 0 && box.x1 <= 200 && box.y1 <= 200).toBe(true);
    expect(box.x0 < 140 && 80 < box.x1 && box.y0 < 120 && 80 < box.y1).toBe(false);
    expect(segmentHitsBox([0, 60], [200, 60], box)).toBe(false);
    expect(calloutLabel([100, 100], { w: 40, h: 16 }, frame, [{ x0: 0, y0: 0, x1: 200, y1: 200 }])).toBeNull();
  });
  it('areaLabel writes an area’s name off the river, near its point', () => {
    const river = [[[100, 0], [100, 200]] as [number, number][]];
    const [x] = areaLabel([100, 100], { w: 40, h: 16 }, { width: 200, height: 200 }, [], river);
    expect(Math.abs(x - 100)).toBeGreaterThanOrEqual(20);
    expect(Math.abs(x - 100)).toBeLessThanOrEqual(52);
    expect(areaLabel([100, 100], { w: 40, h: 16 }, { width: 200, height: 200 })).toEqual([100, 100]);
  });
  it('placeLabels does not write a place’s name across the river', () => {
    // A marker just east of a north–south river: its name may not go west over it.
    const river = (b: { x0: number; x1: number }) => b.x0 < 100 && b.x1 > 100;
    const [l] = placeLabels([{ x: 110, y: 50, r: 5, text: '株洲硬质合金集团等8处' }], { width: 400, height: 100 }, 12, [{ x0: 115, y0: 0, x1: 400, y1: 100 }], true, river);
    expect(l).not.toBeUndefined();
    expect(l === null || !(l!.box.x0 < 100 && l!.box.x1 > 100)).toBe(true);
    const [free] = placeLabels([{ x: 110, y: 50, r: 5, text: '株洲' }], { width: 400, height: 100 }, 12, [], true, river);
    expect(free!.anchor).toBe('start');
  });
});
