import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { stripWhitespace } from '../../src/lib/text';
import { chapterSlugs, expect, places, test } from './site';

const points = places.filter((p) => p.kind !== 'division');

async function openMap(page: Page, path = 'map/', figure = '#figure-map') {
  await page.goto(path);
  await page.locator(figure).scrollIntoViewIfNeeded();
  await expect(page.locator(figure)).toHaveAttribute('data-state', 'ready');
  return page.locator(figure);
}

test('/map/ draws the nine divisions and a marker for every place, in the static SVG and in Leaflet', async ({ watched: page }) => {
  await page.goto('map/');
  const svg = page.locator('#figure-map svg.map-svg');
  await expect(svg.locator('path[data-district]')).toHaveCount(9);
  const svgPlaces = (await svg.locator('g.marker').evaluateAll((gs) => gs.flatMap((g) => g.getAttribute('data-place')!.split(' ')))).sort();
  expect(svgPlaces).toEqual(points.map((p) => p.id).sort());
  const map = await openMap(page);
  await expect(map.locator('.leaflet-overlay-pane path.leaflet-interactive')).toHaveCount(9);
  const leafletPlaces = (await map.locator('.leaflet-marker-icon').evaluateAll((ms) => ms.flatMap((m) => (m as HTMLElement).dataset.place!.split(' ')))).sort();
  expect(leafletPlaces).toEqual(points.map((p) => p.id).sort());
  await expect(map.locator('.leaflet-control-scale')).toBeVisible();
  await expect(map.locator('.leaflet-tile')).toHaveCount(0);
});

test('no layout shift: Leaflet lays itself over the static map, in the same box', async ({ watched: page }) => {
  await page.goto('map/');
  const before = await page.locator('#figure-map .map-frame').boundingBox();
  await openMap(page);
  const after = await page.locator('#figure-map .map-frame').boundingBox();
  const holder = await page.locator('#figure-map .leaflet-holder').boundingBox();
  expect(after!.height).toBeCloseTo(before!.height, 0);
  expect(Math.abs(holder!.width - after!.width)).toBeLessThanOrEqual(2); // inside the frame's 1px border
  expect(Math.abs(holder!.height - after!.height)).toBeLessThanOrEqual(2);
});

test('a marker, opened with the mouse, offers a link that lands on its paragraph', async ({ watched: page }) => {
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
  expect((await visibleIds()).length).toBe(points.length);
  await map.getByLabel('第四章').check();
  expect((await visibleIds()).sort()).toEqual(points.filter((p) => p.chapter === 'social-governance').map((p) => p.id).sort());
  const markerIds = await map.locator('.leaflet-marker-icon').evaluateAll((ms) => ms.flatMap((m) => (m as HTMLElement).dataset.place!.split(' ')));
  expect(markerIds).toEqual(expect.arrayContaining(points.filter((p) => p.chapter === 'social-governance').map((p) => p.id)));
  expect(markerIds).not.toContain('crrc-zelc');
  await map.getByLabel('全部').check();
  const hetang = map.getByRole('button', { name: '荷塘区', exact: true });
  await hetang.focus();
  await page.keyboard.press('Enter');
  await expect(hetang).toHaveAttribute('aria-pressed', 'true');
  expect((await visibleIds()).sort()).toEqual(points.filter((p) => p.district === 'hetang').map((p) => p.id).sort());
  await expect(map.locator('.map-status')).toContainText('荷塘区');
});

for (const slug of chapterSlugs) {
  test(`${slug}: the chapter's map excerpt marks the places the chapter names`, async ({ watched: page }) => {
    await page.goto(`chapters/${slug}/`);
    const fig = page.locator(`#figure-map-${slug}`);
    const ids = (await fig.getAttribute('data-places'))!.split(' ');
    const named = points.filter((p) => p.chapter === slug).map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining(named));
    await expect(fig.locator('svg path[data-district]')).toHaveCount(9);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the static map shows nine districts and every place', async ({ page }) => {
    await page.goto('map/');
    await expect(page.locator('#figure-map svg path[data-district]')).toHaveCount(9);
    for (const p of await page.locator('#figure-map svg path[data-district]').all()) await expect(p).toBeVisible();
    await expect(page.locator('#figure-map .place-list li')).toHaveCount(points.length);
    await expect(page.locator('#figure-map .map-controls')).toBeHidden();
  });
});

test('the map prints: the static SVG and its place list, on /map/ and in a chapter', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'zz-map-print-'));
  for (const [path, figure] of [['map/', '#figure-map'], ['chapters/social-governance/', '#figure-map-social-governance']] as const) {
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
