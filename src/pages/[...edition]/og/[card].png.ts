/**
 * The share cards: one 1200×630 PNG per card of src/lib/share/cards.ts (the cover, each chapter,
 * /figures/, /map/, /about/) in each edition, drawn at build time (src/lib/share/render.ts) in the
 * edition's typefaces (Noto Serif SC or TC; Noto Serif for English, SC behind it; subsets committed in
 * src/assets/fonts/), in the colours
 * of src/styles/tokens.css. Nothing is fetched: the fonts are read from disk, and resvg loads no
 * system font.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import tokens from '../../../styles/tokens.css?raw';
import { eachEdition, ed } from '../../../data/content';
import { FONT_FAMILIES, FONT_FILES, type CardFont, type OgCard } from '../../../lib/share/cards';
import { renderCardPng, type CardFontFiles } from '../../../lib/share/render';
import { cardColours, lightPalette } from '../../../lib/site/palette';

export const getStaticPaths = (() => eachEdition(({ cards }) => cards.map((card) => ({ params: { card: card.id }, props: { card } })))) satisfies GetStaticPaths;

const dir = join(process.cwd(), 'src/assets/fonts');
const fontsOf = new Map<CardFont, CardFontFiles>();
function font(f: CardFont): CardFontFiles {
  let v = fontsOf.get(f);
  if (!v) { v = { family: FONT_FAMILIES[f], bold: readFileSync(join(dir, FONT_FILES[f].bold)), regular: readFileSync(join(dir, FONT_FILES[f].regular)) }; fontsOf.set(f, v); }
  return v;
}
const colours = cardColours(lightPalette(tokens));

export const GET: APIRoute = async (context) => {
  const card = (context.props as { card: OgCard }).card;
  const { cardFonts } = ed(context).edition;
  const png = await renderCardPng(card, cardFonts.map(font), colours, cardFonts[0] === 'latin');
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
