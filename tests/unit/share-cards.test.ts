/**
 * The share cards of every edition, drawn as the build draws them: everything they say inside the
 * centre square (a square crop keeps it, and no text crosses its edge), the text above the footer
 * ending clear of it, English set in a Latin face with Chinese behind it, titles in whole lines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { buildCards, cardContent, faceFor, fitCard, FONT_FAMILIES, FONT_FILES, latinWidthEm, wrapWords, type CardFont, type OgCard } from '../../src/lib/share/cards';
import { CONTENT_TOP, COLUMN, FOOTER_GAP, FOOTER_TOP, renderCardPng, SQUARE } from '../../src/lib/share/render';
import { loadContent } from '../../src/plugins/content-files';
import { EDITIONS, type Edition } from '../../src/lib/editions/editions';
import { editionCards } from '../../src/lib/editions/cards';
import { englishView } from '../../src/lib/editions/english-view';
import { translator } from '../../src/lib/site/words';
import { formatterFor } from '../../src/lib/editions/format';
import { cardColours, lightPalette } from '../../src/lib/site/palette';

const root = new URL('../../', import.meta.url).pathname;
const fontDir = join(root, 'src/assets/fonts');
const colours = cardColours(lightPalette(readFileSync(join(root, 'src/styles/tokens.css'), 'utf8')));
const font = (f: CardFont) => ({ family: FONT_FAMILIES[f], bold: readFileSync(join(fontDir, FONT_FILES[f].bold)), regular: readFileSync(join(fontDir, FONT_FILES[f].regular)) });

function cardsOf(e: Edition): OgCard[] {
  const { model } = loadContent(root);
  const m = e.language === 'en' ? englishView(model) : model;
  return editionCards(buildCards(cardContent(m), { t: translator(e.language), fmt: formatterFor(e.language) }), e);
}

const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
const near = (px: Uint8Array, i: number, c: number[]) => Math.abs(px[i]! - c[0]!) + Math.abs(px[i + 1]! - c[1]!) + Math.abs(px[i + 2]! - c[2]!) <= 60;

/** The card's text ink: pixels that are neither background (paper, the bands' tint) nor the square's two edge rules. */
async function ink(card: OgCard, e: Edition) {
  const png = await renderCardPng(card, e.cardFonts.map(font), colours, e.cardFonts[0] === 'latin');
  const img = new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><image width="1200" height="630" href="data:image/png;base64,${Buffer.from(png).toString('base64')}"/></svg>`).render();
  const px = img.pixels;
  const bg = [hex(colours.paper), hex(colours.paper2)];
  const edge = (x: number) => (x >= SQUARE.x0 - 4 && x < SQUARE.x0) || (x >= SQUARE.x1 && x < SQUARE.x1 + 4);
  let minX = Infinity, maxX = -Infinity, minY = Infinity;
  const rows = new Set<number>();
  for (let y = 0; y < img.height; y++) for (let x = 0; x < img.width; x++) {
    const i = (y * img.width + x) * 4;
    if (edge(x) || bg.some((c) => near(px, i, c))) continue;
    minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); rows.add(y);
  }
  return { minX, maxX, minY, rows };
}

for (const e of EDITIONS) {
  describe(`the ${e.label} share cards`, () => {
    const cards = cardsOf(e);
    it.each(cards.map((c) => [c.id, c] as const))('%s: all its text in the centre square, clear of the footer', async (_id, card) => {
      const { minX, maxX, minY, rows } = await ink(card, e);
      expect(minX).toBeGreaterThanOrEqual(SQUARE.x0 + 10);
      expect(maxX).toBeLessThan(SQUARE.x1 - 10);
      expect(minY).toBeGreaterThanOrEqual(CONTENT_TOP - 4);
      const crowding = [...rows].filter((y) => y >= FOOTER_TOP - FOOTER_GAP && y < FOOTER_TOP);
      expect(crowding, 'ink in the gap above the footer').toEqual([]);
    }, 60_000);
  });
}

describe('the checks can fail', () => {
  const en = EDITIONS.find((e) => e.id === 'en')!;
  const card = cardsOf(en).find((c) => c.id === 'social-governance')!;
  it('a number too wide for the square puts ink outside it', async () => {
    const { minX } = await ink({ ...card, numbers: [{ ...card.numbers![0]!, value: '123456789012345678901234567890' }] }, en);
    expect(minX).toBeLessThan(SQUARE.x0);
  }, 60_000);
  it('a label fitted with no room reaches the footer', async () => {
    const long = { ...card, numbers: [{ ...card.numbers![0]!, label: 'People covered by Hetang District’s WeChat groups '.repeat(3) }] };
    expect(() => fitCard({ ...long, numbers: [{ ...long.numbers[0]!, label: long.numbers[0]!.label.repeat(4) }] }, { width: COLUMN, height: FOOTER_TOP - FOOTER_GAP - CONTENT_TOP, latin: true })).toThrow('do not fit the card');
  });
});

describe('faces and fitting (pure)', () => {
  it('English cards: Latin text in the Latin face, Chinese in Noto Serif SC', () => {
    const en = EDITIONS.find((e) => e.id === 'en')!;
    expect(en.cardFonts).toEqual(['latin', 'sc']);
    expect(faceFor(en.cardFonts, '’')).toBe('latin');
    expect(faceFor(en.cardFonts, 's')).toBe('latin');
    expect(faceFor(en.cardFonts, '株')).toBe('sc');
    expect(faceFor(['sc'], '’')).toBe('sc');
  });
  it('wraps an English title at its colon and balances the lines (no line of one short word)', () => {
    const lines = wrapWords('Innovating social governance: giving the people a greater sense of gain', 14, latinWidthEm);
    expect(lines[1]).toBe('governance:');
    expect(lines.join(' ')).toBe('Innovating social governance: giving the people a greater sense of gain');
    const widths = lines.slice(2).map(latinWidthEm);
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThan(4);
  });
  it('keeps a Chinese title in its natural lines (the size shrinks rather than wrap a character alone)', () => {
    const zh = cardsOf(EDITIONS[0]!).find((c) => c.id === 'qingshuitang')!;
    const fit = fitCard(zh, { width: COLUMN, height: FOOTER_TOP - FOOTER_GAP - CONTENT_TOP, latin: false });
    expect(fit.titleLines).toEqual(['清水塘：', '老工业区的搬迁之战']);
    expect(fit.titleSize * 9 * 1.06 + 9).toBeLessThanOrEqual(COLUMN);
  });
  it('carries the chapter’s signature number, not a map', () => {
    for (const e of EDITIONS) for (const c of cardsOf(e).filter((x) => x.path.startsWith('chapters/'))) expect(c.numbers).toHaveLength(1);
  });
});
