/** Where a share card's text ink lies: for the card checks on the built cards (tests/dist/cards.test.ts) and on cards drawn by the tests themselves (tests/unit/share-cards.test.ts). */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { CONTENT_TOP, FOOTER_GAP, FOOTER_TOP, SQUARE } from '../src/lib/share/render';
import { cardColours, lightPalette } from '../src/lib/site/palette';

export const colours = cardColours(lightPalette(readFileSync(new URL('../src/styles/tokens.css', import.meta.url), 'utf8')));

const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) as [number, number, number];

/** A card PNG's text ink: pixels that are neither background (paper, the bands' tint, within 60 of either in summed RGB) nor the square's two edge rules. */
export function ink(png: Uint8Array) {
  const img = new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><image width="1200" height="630" href="data:image/png;base64,${Buffer.from(png).toString('base64')}"/></svg>`).render();
  const { width, height } = img;
  const px = new Uint8Array(img.pixels);
  const [[r1, g1, b1], [r2, g2, b2]] = [hex(colours.paper), hex(colours.paper2)];
  let minX = Infinity, maxX = -Infinity, minY = Infinity;
  const rows = new Set<number>();
  for (let y = 0; y < height; y++) {
    let inked = false;
    for (let x = 0; x < width; x++) {
      if ((x >= SQUARE.x0 - 4 && x < SQUARE.x0) || (x >= SQUARE.x1 && x < SQUARE.x1 + 4)) continue;
      const i = (y * width + x) * 4;
      const r = px[i]!, g = px[i + 1]!, b = px[i + 2]!;
      if (Math.abs(r - r1) + Math.abs(g - g1) + Math.abs(b - b1) <= 60 || Math.abs(r - r2) + Math.abs(g - g2) + Math.abs(b - b2) <= 60) continue;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      inked = true;
    }
    if (inked) { rows.add(y); if (y < minY) minY = y; }
  }
  return { minX, maxX, minY, rows };
}

/** Everything the card says inside the centre square (a square crop keeps it, no text crosses its edge), below the top margin, and ending clear of the footer. */
export function inkProblems(png: Uint8Array): string[] {
  const { minX, maxX, minY, rows } = ink(png);
  const problems: string[] = [];
  if (minX < SQUARE.x0 + 10) problems.push(`ink at x=${minX}, left of the centre square's margin (${SQUARE.x0 + 10})`);
  if (maxX >= SQUARE.x1 - 10) problems.push(`ink at x=${maxX}, right of the centre square's margin (${SQUARE.x1 - 10})`);
  if (minY < CONTENT_TOP - 4) problems.push(`ink at y=${minY}, above the top margin (${CONTENT_TOP - 4})`);
  const crowding = [...rows].filter((y) => y >= FOOTER_TOP - FOOTER_GAP && y < FOOTER_TOP);
  if (crowding.length) problems.push(`ink in the gap above the footer (rows ${crowding[0]}–${crowding.at(-1)})`);
  return problems;
}
