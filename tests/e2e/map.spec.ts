import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { stripWhitespace } from '../../src/lib/article/text';
import { expect, model, places, test } from './site';

/** The places drawn as markers: everything the article names but the divisions (the map), the river (a line) and the city (a name). */
const points = places.filter((p) => p.named && p.kind !== 'division' && p.kind !== 'river' && p.kind !== 'city');

/** Opens a page and its interactive map (Leaflet loads when the reader asks for it). */
async function openMap(page: Page, path = 'map/', figure = '#figure-map') {
  await page.goto(path);
  await page.locator(`${figure} .map-start`).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator(figure)).toHaveAttribute('data-state', 'ready');
  return page.locator(figure);
}

test('@base nothing of Leaflet is fetched until the reader asks for the interactive map', async ({ watched: page }) => {
  const chunks: string[] = [];
  page.on('request', (r) => { if (/map-render|leaflet/i.test(r.url())) chunks.push(r.url()); });
  await page.goto('map/');
  await page.evaluate(() => scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
  await page.waitForLoadState('networkidle');
  expect(chunks).toEqual([]);
  await page.locator('#figure-map .map-start').click();
  await expect(page.locator('#figure-map')).toHaveAttribute('data-state', 'ready');
  expect(chunks.length).toBeGreaterThan(0);
  await expect(page.locator('#figure-map .leaflet-holder')).toBeFocused();
});



/**
 * /map/, from one load: the lede; the static SVG; then Leaflet, opened with the keyboard and laid
 * over the static map in the same box; each drawing the nine divisions, a marker for every place
 * (a pill where a marker is not a plain number), the 湘江 and the city core, named.
 */
test('/map/: the lede counts what the map shows; the static SVG and Leaflet (in the same box: no layout shift) draw the nine divisions, every place (pills for groups), the 湘江 and the city core, named', async ({ watched: page }) => {
  await page.goto('map/');
  await test.step('the lede counts what the map and the list show', async () => {
    const named = places.filter((p) => p.named && p.kind !== 'division');
    const lede = (await page.locator('.page-head .lede').textContent())!;
    expect(lede).toContain(`${named.length}个地方`);
    expect(lede).toContain(`${points.length}个地点`);
    for (const p of named.filter((q) => q.kind === 'river' || q.kind === 'city')) expect(lede).toContain(p.name);
    expect(lede).toContain('放大查看');
    await expect(page.locator('#figure-map .place-list li')).toHaveCount(named.length);
    const numbered = await page.locator('#figure-map svg g.marker').evaluateAll((gs) => gs.flatMap((g) => g.getAttribute('data-place')!.split(' ')));
    expect(numbered).toHaveLength(points.length);
  });
  const svg = page.locator('#figure-map svg.map-svg');
  await test.step('the static SVG: the divisions, a marker for every place, the 湘江 and the city core', async () => {
    // The whole-city map draws all nine; the places' map those its frame reaches (cut at the frame).
    await expect(page.locator('#figure-map-city svg.map-svg path[data-district]')).toHaveCount(9);
    expect(await svg.locator('path[data-district]').count()).toBeGreaterThanOrEqual(4);
    const svgPlaces = (await svg.locator('g.marker').evaluateAll((gs) => gs.flatMap((g) => g.getAttribute('data-place')!.split(' ')))).sort();
    expect(svgPlaces).toEqual(points.map((p) => p.id).sort());
    await expect(svg.locator('g.river path.spine')).toHaveCount(1);
    await expect(svg.locator('g.river text')).toHaveText('湘江');
    await expect(svg.locator('g.area-labels text')).toHaveText('株洲市区');
  });
  await test.step('the static SVG: marker badges that are not a plain number are pills as wide as their text', async () => {
    const badges = await page.locator('#figure-map svg g.marker').evaluateAll((gs) => gs.map((g) => {
      const shape = g.querySelector('circle, rect')!;
      const num = g.querySelector<SVGTextElement>('text.num')!;
      return { text: num.textContent!, shape: shape.tagName, width: shape.getBoundingClientRect().width, height: shape.getBoundingClientRect().height, textWidth: num.getBoundingClientRect().width };
    }));
    const plain = badges.filter((b) => /^\d+$/.test(b.text));
    const other = badges.filter((b) => !/^\d+$/.test(b.text));
    expect(other.length, 'the page has markers of several places').toBeGreaterThan(0);
    for (const b of plain) expect(b.shape, b.text).toBe('circle');
    for (const b of other) {
      expect(b.shape, b.text).toBe('rect');
      expect(b.width, b.text).toBeGreaterThan(b.height);
      expect(b.width, `${b.text} holds its text`).toBeGreaterThanOrEqual(b.textWidth + 4);
    }
  });
  const before = await page.locator('#figure-map .map-frame').boundingBox();
  await page.locator('#figure-map .map-start').focus();
  await page.keyboard.press('Enter');
  const map = page.locator('#figure-map');
  await expect(map).toHaveAttribute('data-state', 'ready');
  await test.step('no layout shift: Leaflet lays itself over the static map, in the same box', async () => {
    const after = await page.locator('#figure-map .map-frame').boundingBox();
    const holder = await page.locator('#figure-map .leaflet-holder').boundingBox();
    expect(after!.height).toBeCloseTo(before!.height, 0);
    expect(Math.abs(holder!.width - after!.width)).toBeLessThanOrEqual(2); // inside the frame's 1px border
    expect(Math.abs(holder!.height - after!.height)).toBeLessThanOrEqual(2);
  });
  await test.step('Leaflet: the nine divisions, a marker for every place, the 湘江 and the city core, named; no tiles', async () => {
    await expect(map.locator('.leaflet-overlay-pane path.leaflet-interactive')).toHaveCount(9);
    const leafletPlaces = (await map.locator('.leaflet-marker-icon').evaluateAll((ms) => ms.flatMap((m) => (m as HTMLElement).dataset.place!.split(' ')))).sort();
    expect(leafletPlaces).toEqual(points.map((p) => p.id).sort());
    await expect(map.locator('.leaflet-control-scale')).toBeVisible();
    await expect(map.locator('.leaflet-tile')).toHaveCount(0);
    await expect(map.locator('.leaflet-overlay-pane path.river:not(.fade)')).toHaveCount(1);
    // Besides the districts and the river, only leader lines from markers moved aside.
    await expect(map.locator('.leaflet-overlay-pane path:not(.leaflet-interactive):not(.river):not(.leader)')).toHaveCount(0);
    await expect(map.locator('.leaflet-tooltip.river-label')).toHaveText('湘江');
    await expect(map.locator('.leaflet-tooltip.area-label')).toHaveText('株洲市区');
    // The four urban districts are named (in view on /map/).
    for (const d of ['荷塘区', '芦淞区', '石峰区', '天元区']) await expect(map.locator('.leaflet-tooltip.district-label', { hasText: d })).toHaveCount(1);
  });
  await test.step('Leaflet: marker badges that are not a plain number are pills that hold their text', async () => {
    const icons = await map.locator('.leaflet-marker-icon').evaluateAll((ms) => ms.map((m) => ({ text: m.textContent!, w: (m as HTMLElement).offsetWidth, h: (m as HTMLElement).offsetHeight, fits: m.scrollWidth <= m.clientWidth })));
    expect(icons.some((i) => !/^\d+$/.test(i.text))).toBe(true);
    for (const i of icons) {
      expect(i.fits, `${i.text} fits its badge`).toBe(true);
      if (!/^\d+$/.test(i.text)) expect(i.w, i.text).toBeGreaterThan(i.h);
    }
  });
});

test('@base a marker, opened with the mouse, offers a link that lands on its paragraph', async ({ watched: page }) => {
  const map = await openMap(page);
  await page.locator('#figure-map').getByRole('button', { name: '石峰区', exact: true }).click();
  const marker = map.locator('.leaflet-marker-icon[data-place~="crrc-zelc"]');
  await marker.click();
  const item = map.locator('.leaflet-popup .map-popup', { hasText: '中国中车株洲电力机车有限公司' });
  const link = item.locator('a', { hasText: '读原文' });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/chapters\/innovation\/#p\d+$/);
  const hash = new URL(page.url()).hash;
  const quote = places.find((p) => p.id === 'crrc-zelc')!.quote!;
  expect(stripWhitespace((await page.locator(hash).textContent()) ?? '')).toContain(stripWhitespace(quote));
});

test('a marker is reachable and opened with the keyboard, with a visible focus', async ({ watched: page }) => {
  const map = await openMap(page);
  const marker = map.locator('.leaflet-marker-icon').first();
  await marker.focus();
  await expect(marker).toBeFocused();
  expect(await marker.evaluate((m) => getComputedStyle(m).outlineStyle)).not.toBe('none');
  await expect(marker).toHaveAttribute('role', 'button');
  await expect(marker).toHaveAttribute('aria-label', /打开说明/);
  await page.keyboard.press('Enter');
  await expect(map.locator('.leaflet-popup a').first()).toBeVisible();
});

test('the chapter filter and the district buttons change what is shown', async ({ watched: page }) => {
  const map = await openMap(page);
  const visibleIds = () => map.locator('.place-list li:not([hidden])').evaluateAll((ls) => ls.map((l) => (l as HTMLElement).dataset.place!));
  expect((await visibleIds()).length).toBe(places.filter((p) => p.named && p.kind !== 'division').length);
  await map.getByLabel('第四章').check();
  expect((await visibleIds()).sort()).toEqual(expect.arrayContaining(points.filter((p) => p.chapter === 'social-governance').map((p) => p.id).sort()));
  const markerIds = await map.locator('.leaflet-marker-icon').evaluateAll((ms) => ms.flatMap((m) => (m as HTMLElement).dataset.place!.split(' ')));
  expect(markerIds).toEqual(expect.arrayContaining(points.filter((p) => p.chapter === 'social-governance').map((p) => p.id)));
  expect(markerIds).not.toContain('crrc-zelc');
  await map.getByLabel('全部').check();
  const hetang = map.getByRole('button', { name: '荷塘区', exact: true });
  await hetang.focus();
  await page.keyboard.press('Enter');
  await expect(hetang).toHaveAttribute('aria-pressed', 'true');
  expect((await visibleIds()).sort()).toEqual(expect.arrayContaining(points.filter((p) => p.district === 'hetang').map((p) => p.id).sort()));
  await expect(map.locator('.map-status')).toContainText('荷塘区');
});

for (const c of model.chapters) {
  const excerpt = c.graphics.find((g) => g.name === 'PlaceMap');
  if (!excerpt) continue;
  test(`${c.slug}: the chapter's map excerpt marks the places it lists, with the 湘江 in view`, async ({ watched: page }) => {
    await page.goto(`chapters/${c.slug}/`);
    const fig = page.locator(`#figure-${excerpt.id}`);
    expect((await fig.getAttribute('data-places'))!.split(' ')).toEqual(excerpt.ids);
    const marked = (await fig.locator('svg g.marker').evaluateAll((gs) => gs.flatMap((g) => g.getAttribute('data-place')!.split(' ')))).sort();
    expect(marked).toEqual(excerpt.ids.filter((id) => points.some((p) => p.id === id)).sort());
    // The divisions the frame reaches, each cut just outside it (not all nine drawn far off-frame).
    const outlines = await fig.locator('svg path[data-district]').evaluateAll((ps) => ps.map((p) => {
      const b = (p as SVGPathElement).getBBox();
      const v = (p as SVGPathElement).ownerSVGElement!.viewBox.baseVal;
      return { x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height, w: v.width, h: v.height };
    }));
    expect(outlines.length).toBeGreaterThanOrEqual(1);
    for (const o of outlines) {
      expect(o.x0).toBeGreaterThanOrEqual(-9);
      expect(o.y0).toBeGreaterThanOrEqual(-9);
      expect(o.x1).toBeLessThanOrEqual(o.w + 9);
      expect(o.y1).toBeLessThanOrEqual(o.h + 9);
    }
    await expect(fig.locator('svg g.river path.spine')).toHaveCount(1);
    // The river crosses the drawing: some of its path lies inside the view box.
    const inView = await fig.locator('svg g.river path.spine').evaluate((p: SVGPathElement) => {
      const svg = p.ownerSVGElement!;
      const [w, h] = [svg.viewBox.baseVal.width, svg.viewBox.baseVal.height];
      const n = p.getTotalLength();
      for (let t = 0; t <= n; t += n / 50) { const q = p.getPointAtLength(t); if (q.x > 0 && q.y > 0 && q.x < w && q.y < h) return true; }
      return false;
    });
    expect(inView, 'the river in view').toBe(true);
  });
}


test('the map controls speak Chinese, Escape closes a popup, and no control covers it', async ({ watched: page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const map = await openMap(page);
  await expect(map.locator('.leaflet-control-zoom-in')).toHaveAttribute('title', '放大');
  await expect(map.locator('.leaflet-control-zoom-out')).toHaveAttribute('title', '缩小');
  const markers = map.locator('.leaflet-marker-icon');
  for (let i = 0; i < Math.min(await markers.count(), 6); i++) {
    const m = markers.nth(i);
    await m.focus();
    await page.keyboard.press('Enter');
    const popup = map.locator('.leaflet-popup');
    await expect(popup).toBeVisible();
    await page.waitForTimeout(350); // the popup pans into view
    const p = (await popup.boundingBox())!;
    // Its close button: a target a thumb can hit (Leaflet's own is 24 px), inside the map.
    const x = (await map.locator('.leaflet-popup-close-button').boundingBox())!;
    const frame = (await map.locator('.leaflet-holder').boundingBox())!;
    expect(Math.min(x.width, x.height), `close button of marker ${i}`).toBeGreaterThanOrEqual(32);
    expect(x.x + x.width, `close button of marker ${i} inside the map`).toBeLessThanOrEqual(frame.x + frame.width);
    for (const sel of ['.leaflet-control-zoom', '.leaflet-control-scale', '.leaflet-control-attribution']) {
      const c = (await map.locator(sel).boundingBox())!;
      const overlap = c.x < p.x + p.width && p.x < c.x + c.width && c.y < p.y + p.height && p.y < c.y + c.height;
      expect(overlap, `${sel} covers the popup of marker ${i}`).toBe(false);
    }
    await page.keyboard.press('Escape');
    await expect(popup).toHaveCount(0);
    await expect(m).toBeFocused();
  }
});

test('on a phone, places of different districts never share a marker', async ({ watched: page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const map = await openMap(page);
  const districtOf = new Map(points.map((p) => [p.id, p.district ?? p.districts?.[0]]));
  const groups = await map.locator('.leaflet-marker-icon').evaluateAll((ms) => ms.map((m) => (m as HTMLElement).dataset.place!.split(' ')));
  expect(groups.length).toBeGreaterThan(0);
  for (const g of groups) expect(new Set(g.map((id) => districtOf.get(id))).size, g.join(' ')).toBe(1);
});

test('the cover map is a compact visual lead on a phone', async ({ watched: page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('');
  const box = (await page.locator('#figure-overview .map-svg').boundingBox())!;
  expect(box.height).toBeLessThanOrEqual(362);
  await expect(page.locator('#figure-overview g.river path.spine')).toHaveCount(1);
  // The chapters are within the first two screens.
  const top = await page.locator('.chapter-list a').first().evaluate((a) => a.getBoundingClientRect().top + scrollY);
  expect(top).toBeLessThan(2 * 844);
});

/** Boxes, in page pixels, of what a static map draws: markers (their badges), place names, district names, area names and the river's name. */
async function staticLayout(page: Page, figure: string) {
  return page.locator(`${figure} svg.map-svg`).evaluate((svg) => {
    const box = (e: Element) => { const r = e.getBoundingClientRect(); return { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom }; };
    // A name's box: its extent along the line of text, one em across it (the glyphs' em box, not the font's taller line box).
    const scale = (svg as SVGSVGElement).getScreenCTM()!.a;
    const textBox = (t: Element) => {
      const b = box(t);
      const em = parseFloat(getComputedStyle(t).fontSize) * scale;
      const vertical = t.classList.contains('vertical');
      const [cx, cy] = [(b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2];
      return vertical ? { ...b, x0: cx - em / 2, x1: cx + em / 2 } : { ...b, y0: cy - em / 2, y1: cy + em / 2 };
    };
    return {
      markers: [...svg.querySelectorAll('g.marker')].map((g) => ({ ids: g.getAttribute('data-place')!, box: box(g.querySelector('circle, rect')!) })),
      names: [...svg.querySelectorAll('g.marker text.name')].map((t) => ({ text: t.textContent!, box: textBox(t) })),
      districts: [...svg.querySelectorAll('g.district-labels text')].map((t) => ({ text: t.textContent!, box: textBox(t) })),
      others: [...svg.querySelectorAll('g.area-labels text, g.river text')].map((t) => ({ text: t.textContent!, box: textBox(t) })),
      frame: box(svg),
    };
  });
}
type B = { x0: number; y0: number; x1: number; y1: number };
/** Overlap of two boxes by more than `slack` pixels each way (the halo of a name may touch a line). */
const covers = (a: B, b: B, slack = 1) => a.x0 + slack < b.x1 && b.x0 + slack < a.x1 && a.y0 + slack < b.y1 && b.y0 + slack < a.y1;

const staticMaps = [['', '#figure-overview'], ['map/', '#figure-map'], ...model.chapters.filter((c) => c.graphics.some((g) => g.name === 'PlaceMap')).map((c) => [`chapters/${c.slug}/`, `#figure-${c.graphics.find((g) => g.name === 'PlaceMap')!.id}`])] as const;

test('at 390 and at 1280 px, no name covers a marker or another name on any static map, and all stay in the frame', async ({ watched: page }) => {
  for (const [path, figure] of staticMaps) {
    await page.setViewportSize({ width: 390, height: 900 });
    await page.goto(path);
    // Each width laid out from the same load (the static map is drawn at build; only CSS follows the viewport).
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      const l = await staticLayout(page, figure);
      const where = `${path || 'cover'} ${figure} at ${width}px`;
      expect(l.districts.length, `${where}: some district is named`).toBeGreaterThan(0);
      const labels = [...l.districts, ...l.names, ...l.others];
      for (const [i, a] of labels.entries()) {
        for (const m of l.markers) expect(covers(a.box, m.box), `${where}: “${a.text}” covers marker ${m.ids}`).toBe(false);
        for (const b of labels.slice(i + 1)) expect(covers(a.box, b.box), `${where}: “${a.text}” and “${b.text}” overlap`).toBe(false);
        expect(a.box.x0 >= l.frame.x0 - 1 && a.box.x1 <= l.frame.x1 + 1 && a.box.y0 >= l.frame.y0 - 1 && a.box.y1 <= l.frame.y1 + 1, `${where}: “${a.text}” leaves the frame`).toBe(true);
      }
    }
  }
});

test('on a phone, the “放大查看” button covers no marker and no name of a chapter map', async ({ watched: page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const [path, figure] of staticMaps.filter(([p]) => p.startsWith('chapters/') || p === 'map/')) {
    await page.goto(path);
    const button = page.locator(`${figure} .map-start`);
    await expect(button).toBeVisible();
    const b = (await button.boundingBox())!;
    const bb = { x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height };
    const l = await staticLayout(page, figure);
    for (const m of l.markers) expect(covers(bb, m.box, 0), `${path}: the button covers marker ${m.ids}`).toBe(false);
    for (const n of [...l.names, ...l.districts, ...l.others]) expect(covers(bb, n.box, 0), `${path}: the button covers “${n.text}”`).toBe(false);
    // Every marker is wholly inside the frame.
    for (const m of l.markers) expect(m.box.y1 <= l.frame.y1 && m.box.y0 >= l.frame.y0 && m.box.x0 >= l.frame.x0 && m.box.x1 <= l.frame.x1, `${path}: marker ${m.ids} is cut by the frame`).toBe(true);
  }
});


test('the 湘江 is written upright where the river runs steeply at its name, in the static map and in Leaflet', async ({ watched: page }) => {
  await page.goto('chapters/two-oriented-society/');
  const label = page.locator('#figure-map svg g.river text');
  await expect(label).toHaveText('湘江');
  await expect(label).toHaveClass(/vertical/);
  const glyphs = await label.locator('tspan').evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect()).map((r) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 })));
  expect(glyphs).toHaveLength(2);
  expect(Math.abs(glyphs[0]!.x - glyphs[1]!.x)).toBeLessThan(1); // one column
  expect(glyphs[1]!.y).toBeGreaterThan(glyphs[0]!.y + 8); // 湘 above 江
  // The river near the name runs more up and down than across.
  const steep = await page.locator('#figure-map svg g.river').evaluate((g) => {
    const path = g.querySelector<SVGPathElement>('path.spine')!;
    const t = g.querySelector('text')!;
    const at = { x: Number(t.getAttribute('x')), y: Number(t.getAttribute('y')) };
    const n = path.getTotalLength();
    let best = 0;
    for (let s = 0; s <= n; s += 1) { const p = path.getPointAtLength(s); const q = path.getPointAtLength(best); if (Math.hypot(p.x - at.x, p.y - at.y) < Math.hypot(q.x - at.x, q.y - at.y)) best = s; }
    const a = path.getPointAtLength(Math.max(0, best - 8));
    const b = path.getPointAtLength(Math.min(n, best + 8));
    return Math.abs(b.y - a.y) > Math.abs(b.x - a.x);
  });
  expect(steep).toBe(true);
  const map = await openMap(page, 'chapters/two-oriented-society/');
  const tip = map.locator('.leaflet-tooltip.river-label');
  await expect(tip).toHaveText('湘江');
  expect(await tip.evaluate((e) => getComputedStyle(e).writingMode)).toBe('vertical-rl');
});

test('the cover map: the 湘江 runs through the frame from edge to edge, and the key names the shading', async ({ watched: page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('');
  const ends = await page.locator('#figure-overview svg g.river path.spine').evaluate((p: SVGPathElement) => {
    const svg = p.ownerSVGElement!;
    const [w, h] = [svg.viewBox.baseVal.width, svg.viewBox.baseVal.height];
    const n = p.getTotalLength();
    const pts = [p.getPointAtLength(0), p.getPointAtLength(n)];
    return pts.map((q) => Math.min(q.x, q.y, w - q.x, h - q.y));
  });
  for (const d of ends) expect(d, 'a river end on the frame edge').toBeLessThan(1.5);
  const key = page.locator('#figure-overview .map-key');
  await expect(key).toBeVisible();
  await expect(key).toContainText('株洲市区');
  await expect(key).toContainText('湘江（示意）');
  await expect(key).toContainText('约略位置');
});


test('/map/ on a wide screen: the map stays in view while the list scrolls', async ({ watched: page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('map/');
  const main = page.locator('#figure-map .map-main');
  const list = page.locator('#figure-map .place-list');
  await list.evaluate((l) => scrollTo({ top: l.getBoundingClientRect().top + scrollY + 900, behavior: 'instant' }));
  const m = (await main.boundingBox())!;
  const l = (await list.boundingBox())!;
  expect(l.y).toBeLessThan(-400); // the list has scrolled well past the top
  expect(m.y).toBeGreaterThanOrEqual(0);
  expect(m.y + m.height).toBeLessThanOrEqual(800);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the static maps show every place, and the whole city its nine districts', async ({ page }) => {
    await page.goto('map/');
    await expect(page.locator('#figure-map-city svg path[data-district]')).toHaveCount(9);
    for (const p of await page.locator('#figure-map-city svg path[data-district]').all()) await expect(p).toBeVisible();
    // The places' map is framed on the places: it draws the divisions its frame reaches, each cut at the frame.
    const svg = await page.locator('#figure-map svg.map-svg').boundingBox();
    const drawn = page.locator('#figure-map svg path[data-district]');
    expect(await drawn.count()).toBeGreaterThanOrEqual(4);
    for (const p of await drawn.all()) {
      const b = (await p.boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(svg!.x - 10);
      expect(b.x + b.width).toBeLessThanOrEqual(svg!.x + svg!.width + 10);
    }
    await expect(page.locator('#figure-map .place-list li')).toHaveCount(places.filter((p) => p.named && p.kind !== 'division').length);
    await expect(page.locator('#figure-map .map-controls')).toBeHidden();
  });
});

// (A chapter's map in print, its names and place list: share-print.spec.ts, which prints every chapter.)
test('the map prints: the static SVG and its place list, on /map/', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'zz-map-print-'));
  for (const [path, figure] of [['map/', '#figure-map']] as const) {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator(`${figure} svg.map-svg`)).toBeVisible();
    const pdf = join(dir, 'map.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    const text = stripWhitespace(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
    expect(text).toContain('示意图');
    const names = await page.locator(`${figure} .place-list .name`).allTextContents();
    for (const n of names) expect(text).toContain(stripWhitespace(n));
    for (const d of ['荷塘区', '天元区']) expect(text).toContain(d);
    // Places are listed once: one list on the page (the whole-city map on /map/ has none of its own).
    await expect(page.locator('.place-list')).toHaveCount(1);
    // On a greyscale printer the city's land, the urban districts the key names and the land outside
    // the city are three greys at least 12 levels apart (the urban and the outside tints were one grey).
    const grey = (c: string) => { const [r, g, b] = c.match(/\d+(\.\d+)?/g)!.map(Number); return 0.299 * r! + 0.587 * g! + 0.114 * b!; };
    const fills = await page.locator('#figure-map-city').evaluate((f) => ({
      land: getComputedStyle(f.querySelector('.districts path:not(.urban)')!).fill,
      urban: getComputedStyle(f.querySelector('.districts path.urban')!).fill,
      outside: getComputedStyle(f.querySelector('.map-frame')!).backgroundColor,
    }));
    const [land, urban, outside] = [grey(fills.land), grey(fills.urban), grey(fills.outside)];
    for (const [a, b, what] of [[land, urban, 'land and urban'], [land, outside, 'land and outside'], [urban, outside, 'urban and outside']] as const) {
      expect(Math.abs(a - b), `${what}: ${JSON.stringify(fills)}`).toBeGreaterThanOrEqual(12);
    }
  }
});

test.describe('axe on the interactive map', () => {
  // Without animations, so that contrast is measured on the popup as it rests, not while it fades in.
  test.use({ reducedMotion: 'reduce' });
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe: the interactive map with a popup open has no violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const map = await openMap(page);
      await map.locator('.leaflet-marker-icon').first().focus();
      await page.keyboard.press('Enter');
      await expect(map.locator('.leaflet-popup')).toBeVisible();
      await expect(map.locator('.leaflet-popup')).toHaveCSS('opacity', '1');
      const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const r = await (window as unknown as { axe: { run: (c: Element, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document.querySelector('#figure-map')!, { resultTypes: ['violations'] });
        return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations).toEqual([]);
    });
  }
});

// ───────────── issue 21: the river, groups, the locator, the phone, the editions ─────────────

type Rect = { x0: number; y0: number; x1: number; y1: number };
const hit = (a: Rect, b: Rect) => a.x0 < b.x1 - 1 && b.x0 < a.x1 - 1 && a.y0 < b.y1 - 1 && b.y0 < a.y1 - 1;
const inside = (a: Rect, b: Rect) => a.x0 >= b.x0 - 0.5 && a.y0 >= b.y0 - 0.5 && a.x1 <= b.x1 + 0.5 && a.y1 <= b.y1 + 0.5;

/** The interactive map's visible names and controls, and its box, as drawn. */
async function drawnBoxes(page: Page, figure = '#figure-map') {
  return page.locator(`${figure} .leaflet-holder`).evaluate((h) => {
    const r = (e: Element) => { const b = e.getBoundingClientRect(); return { x0: b.left, y0: b.top, x1: b.right, y1: b.bottom }; };
    const seen = (e: Element) => getComputedStyle(e).visibility !== 'hidden' && (e as HTMLElement).offsetParent !== null && e.getBoundingClientRect().width > 0;
    return {
      holder: r(h),
      labels: [...h.querySelectorAll('.leaflet-tooltip')].filter(seen).map((e) => ({ text: e.textContent ?? '', box: r(e) })),
      controls: [...h.querySelectorAll('.leaflet-control')].filter(seen).map((e) => ({ text: e.className, box: r(e) })),
      popups: [...h.querySelectorAll('.leaflet-popup')].filter(seen).map((e) => ({ text: (e.textContent ?? '').slice(0, 30), box: r(e) })),
      markers: [...h.querySelectorAll('.leaflet-marker-icon')].filter(seen).map((e) => ({ text: (e as HTMLElement).dataset.place ?? '', box: r(e) })),
    };
  });
}

// 简体 and English (the 繁體 names are the 简体 ones converted character by character: the same widths).
for (const prefix of ['', 'en/']) {
  test(`${prefix || '简体 '}interactive map at 390 and 1280 px: names, controls and popups inside the map, none over another`, async ({ watched: page }) => {
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
      const map = await openMap(page, `${prefix}map/`);
      await page.waitForTimeout(300);
      const d = await drawnBoxes(page);
      expect(d.labels.length, 'some names are written').toBeGreaterThan(3);
      for (const x of [...d.labels, ...d.controls]) expect(inside(x.box, d.holder), `${width}px: “${x.text}” inside the map`).toBe(true);
      for (const [i, a] of d.labels.entries()) {
        for (const b of d.labels.slice(i + 1)) expect(hit(a.box, b.box), `${width}px: “${a.text}” over “${b.text}”`).toBe(false);
        for (const c of d.controls) expect(hit(a.box, c.box), `${width}px: “${a.text}” under ${c.text}`).toBe(false);
      }
      for (const [i, a] of d.controls.entries()) for (const b of d.controls.slice(i + 1)) expect(hit(a.box, b.box), `${width}px: ${a.text} over ${b.text}`).toBe(false);
      // As the map opens, no marker lies under a control (the credit, two lines on a phone; the zoom buttons; the scale).
      expect(d.markers.length).toBeGreaterThan(5);
      for (const m of d.markers) for (const c of d.controls) expect(hit(m.box, c.box), `${width}px: the marker of ${m.text} under ${c.text}`).toBe(false);
      // The marker with the most places (the longest popup).
      const sizes = await map.locator('.leaflet-marker-icon').evaluateAll((ms) => ms.map((m) => (m as HTMLElement).dataset.place!.split(' ').length));
      const biggest = map.locator('.leaflet-marker-icon').nth(sizes.indexOf(Math.max(...sizes)));
      await biggest.focus();
      await page.keyboard.press('Enter');
      await expect(map.locator('.leaflet-popup')).toBeVisible();
      await page.waitForTimeout(500); // the popup pans into view
      const p = await drawnBoxes(page);
      expect(p.popups).toHaveLength(1);
      expect(inside(p.popups[0]!.box, p.holder), `${width}px: the popup inside the map`).toBe(true);
      for (const c of p.controls) expect(hit(p.popups[0]!.box, c.box), `${width}px: ${c.text} over the popup`).toBe(false);
      // The marker the popup points at stays in sight, not under the credit; the popup at most 60 % of the map high.
      const opened = await biggest.evaluate((m) => { const b = m.getBoundingClientRect(); return { x0: b.left, y0: b.top, x1: b.right, y1: b.bottom }; });
      for (const c of p.controls) expect(hit(opened, c.box), `${width}px: the open marker under ${c.text}`).toBe(false);
      expect(inside(opened, p.holder), `${width}px: the open marker inside the map`).toBe(true);
      expect(p.popups[0]!.box.y1 - p.popups[0]!.box.y0).toBeLessThanOrEqual(0.6 * (p.holder.y1 - p.holder.y0) + 40);
    }
  });
}

test('the 湘江 has open (fading) ends wherever the data end it inside the frame, in the static maps and in Leaflet', async ({ watched: page, baseURL }) => {
  for (const [path, figure] of [['map/', '#figure-map'], ['map/', '#figure-map-city'], ['chapters/two-oriented-society/', '#figure-map'], ['chapters/qingshuitang/', '#figure-map'], ['', '#figure-overview'], ['en/map/', '#figure-map-city']] as const) {
    if (new URL(page.url()).pathname !== new URL(path, baseURL).pathname) await page.goto(path);
    const ends = await page.locator(`${figure} svg g.river`).evaluate((g) => {
      const svg = (g as SVGGElement).ownerSVGElement!;
      const [w, h] = [svg.viewBox.baseVal.width, svg.viewBox.baseVal.height];
      const spine = g.querySelector<SVGPathElement>('path.spine')!;
      const n = spine.getTotalLength();
      const pieces = [...g.querySelectorAll<SVGPathElement>('path.piece')].map((p) => ({ a: p.getPointAtLength(0), b: p.getPointAtLength(p.getTotalLength()), opacity: Number(p.dataset.opacity) }));
      return [spine.getPointAtLength(0), spine.getPointAtLength(n)].map((q) => {
        const edge = Math.min(q.x, q.y, w - q.x, h - q.y);
        const near = pieces.map((p) => ({ d: Math.min(Math.hypot(p.a.x - q.x, p.a.y - q.y), Math.hypot(p.b.x - q.x, p.b.y - q.y)), o: p.opacity })).sort((a, b) => a.d - b.d)[0]!;
        return { edge, endOpacity: near.d < 0.5 ? near.o : 1 };
      });
    });
    for (const e of ends) expect(e.edge < 1.5 || e.endOpacity <= 0.2, `${path}${figure}: a river end inside the frame fades out (opacity ${e.endOpacity})`).toBe(true);
    await expect(page.locator(`${figure} .map-key`)).toContainText(path.startsWith('en/') ? 'the river goes on past the faded ends' : '两端淡出');
  }
  const map = await openMap(page, 'chapters/two-oriented-society/');
  const opacities = await map.locator('.leaflet-overlay-pane path.river').evaluateAll((ps) => ps.map((p) => Number(p.getAttribute('stroke-opacity') ?? 1)));
  expect(Math.min(...opacities)).toBeLessThanOrEqual(0.2);
  expect(opacities.filter((o) => o === 1)).toHaveLength(1);
});

test('the locator: Hunan’s prefectures, Zhuzhou shaded, Changsha and Xiangtan named, the map’s frame, on /map/ and the cover', async ({ watched: page }) => {
  for (const [path, names] of [['', ['长沙', '湘潭', '株洲']], ['map/', ['长沙', '湘潭', '株洲']], ['en/', ['Changsha', 'Xiangtan', 'Zhuzhou']]] as const) {
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      const loc = page.locator('[data-locator]').first();
      await expect(loc).toBeVisible();
      await expect(loc.locator('path[data-prefecture]')).toHaveCount(14);
      await expect(loc.locator('path.zhuzhou')).toHaveCount(1);
      expect(await loc.locator('text[data-prefecture-label]').allTextContents()).toEqual(expect.arrayContaining([...names]));
      // No dot claims a city's position; each name stands inside its own prefecture (its centre on the prefecture's shape).
      await expect(loc.locator('circle')).toHaveCount(0);
      const own = await loc.locator('text[data-prefecture-label]').evaluateAll((ts) => (ts as SVGTextElement[]).map((t) => {
        const path = t.ownerSVGElement!.querySelector<SVGPathElement>(`path[data-prefecture="${t.getAttribute('data-prefecture-label')}"]`)!;
        const b = t.getBBox();
        const p = t.ownerSVGElement!.createSVGPoint();
        p.x = b.x + b.width / 2; p.y = b.y + b.height / 2;
        return path.isPointInFill(p);
      }));
      expect(own).toEqual(own.map(() => true));
      const g = await loc.locator('svg').evaluate((svg) => {
        const r = (e: Element) => { const b = e.getBoundingClientRect(); return { x0: b.left, y0: b.top, x1: b.right, y1: b.bottom }; };
        return { svg: r(svg), frame: r(svg.querySelector('rect.frame')!), zhuzhou: r(svg.querySelector('path.zhuzhou')!), labels: [...svg.querySelectorAll('text[data-prefecture-label]')].map(r) };
      });
      expect(inside(g.frame, g.svg)).toBe(true);
      expect(hit(g.frame, g.zhuzhou), 'the frame is on Zhuzhou').toBe(true);
      for (const [i, a] of g.labels.entries()) {
        expect(inside(a, g.svg), 'a locator name inside the inset').toBe(true);
        for (const b of g.labels.slice(i + 1)) expect(hit(a, b)).toBe(false);
      }
    }
  }
});

test('the static and the interactive map group places identically', async ({ watched: page }) => {
  for (const path of ['map/', 'chapters/qingshuitang/', 'en/chapters/innovation/']) {
    await page.goto(path);
    const groups = (sel: string) => page.locator(`#figure-map ${sel}`).evaluateAll((ms) => ms.map((m) => (m as HTMLElement).dataset.place!.split(' ').sort().join(' ')).sort());
    const svg = await groups('svg g.marker');
    await openMap(page, path);
    expect(await groups('.leaflet-marker-icon'), path).toEqual(svg);
  }
});

test('every division a title promises is named: the whole-city map names all nine, in every edition', async ({ watched: page }) => {
  const nine = places.filter((p) => p.kind === 'division');
  for (const prefix of ['', 'zh-hant/', 'en/']) {
    await page.goto(`${prefix}map/`);
    const svg = page.locator('#figure-map-city svg.map-svg');
    const labelled = await svg.locator('g.district-labels text').evaluateAll((ts) => ts.map((t) => t.getAttribute('data-district')));
    expect(labelled.sort(), prefix).toEqual(nine.map((d) => d.id).sort());
    const boxes = await svg.evaluate((s) => {
      // A name's box: its drawn width, and the 1.2 em of its line (the font's line box is taller than its glyphs).
      const k = (s as SVGSVGElement).getScreenCTM()!.a;
      const r = (e: Element) => { const b = e.getBoundingClientRect(); const h = Number(e.getAttribute('font-size')) * 1.2 * k; const cy = (b.top + b.bottom) / 2; return { x0: b.left, y0: cy - h / 2, x1: b.right, y1: cy + h / 2 }; };
      const sb = s.getBoundingClientRect();
      return { svg: { x0: sb.left, y0: sb.top, x1: sb.right, y1: sb.bottom }, labels: [...s.querySelectorAll('g.district-labels text, g.area-labels text')].map(r) };
    });
    for (const [i, a] of boxes.labels.entries()) {
      expect(inside(a, boxes.svg)).toBe(true);
      for (const b of boxes.labels.slice(i + 1)) expect(hit(a, b), `${prefix}: two names overlap`).toBe(false);
    }
  }
});

test('the English map speaks English in its popups and its list, with the Chinese beside it', async ({ watched: page }) => {
  const map = await openMap(page, 'en/map/');
  const zh = places.find((x) => x.id === 'crrc-zelc')!.name;
  await map.locator('.leaflet-marker-icon[data-place~="crrc-zelc"]').click();
  const item = map.locator('.leaflet-popup .map-popup', { hasText: zh });
  await expect(item).toBeVisible();
  await expect(item.locator('strong')).toContainText('CRRC Zhuzhou Electric Locomotive');
  await expect(item.locator('strong [lang="zh-CN"]')).toHaveText(zh);
  // The quote: the English translation's words, then the article's Chinese, marked as Chinese.
  const quote = places.find((x) => x.id === 'crrc-zelc')!.quote!;
  const english = model.english.records.places['crrc-zelc']!.quote!;
  await expect(item.locator('q')).toHaveCount(2);
  await expect(item.locator('q').first()).toHaveText(english);
  await expect(item.locator('q').first()).not.toHaveAttribute('lang', /./);
  await expect(item.locator('q').last()).toHaveText(quote);
  await expect(item.locator('q').last()).toHaveAttribute('lang', 'zh-CN');
  await expect(item).toContainText('The article’s words (Chinese)');
  await expect(item.locator('a')).toContainText('Read:');
  const li = page.locator('#figure-map .place-list li[data-place="crrc-zelc"]');
  await expect(li.locator('.name')).toContainText('CRRC Zhuzhou Electric Locomotive');
  await expect(li.locator('.name [lang="zh-CN"]')).toHaveText(zh);
  await expect(li.locator('.quote .translation')).toHaveText(`“${english}”`);
  await expect(li.locator('.quote [lang="zh-CN"]')).toHaveText(`“${quote}”`);
  // Every quoted place in the English list has the translation's words.
  const list = page.locator('#figure-map .place-list li:has(.quote)');
  expect(await list.count()).toBeGreaterThan(20);
  expect(await list.locator('.quote .translation').count()).toBe(await list.count());
});
