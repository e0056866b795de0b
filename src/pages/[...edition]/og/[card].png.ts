/**
 * The share cards: one 1200×630 PNG per card of src/lib/share/cards.ts (the cover, each chapter,
 * /figures/, /map/, /about/) in each edition, drawn at build time (src/lib/share/render.ts) in the
 * edition's typeface (Noto Serif SC or TC, subsets committed in src/assets/fonts/), in the colours
 * of src/styles/tokens.css. Nothing is fetched: the fonts are read from disk, and resvg loads no
 * system font.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import tokens from '../../../styles/tokens.css?raw';
import { eachEdition, ed, editionContent } from '../../../data/content';
import { FONT_FILES, type CardFont, type OgCard } from '../../../lib/share/cards';
import { renderCardPng } from '../../../lib/share/render';
import { cardColours, lightPalette } from '../../../lib/site/palette';
import { boxAround, drawMap, type MapDrawing } from '../../../lib/map/view';
import { lineLatLngs } from '../../../lib/map/geo';

export const getStaticPaths = (() => eachEdition(({ cards }) => cards.map((card) => ({ params: { card: card.id }, props: { card } })))) satisfies GetStaticPaths;

/** The map is the same in every edition (it carries no words). */
const { districts, river, places } = editionContent('zh-CN');

const dir = join(process.cwd(), 'src/assets/fonts');
const fontsOf = new Map<CardFont, { bold: Buffer; regular: Buffer }>();
function fonts(f: CardFont) {
  let v = fontsOf.get(f);
  if (!v) { v = { bold: readFileSync(join(dir, FONT_FILES[f].bold)), regular: readFileSync(join(dir, FONT_FILES[f].regular)) }; fontsOf.set(f, v); }
  return v;
}
const colours = cardColours(lightPalette(tokens));
const city = places.filter((p) => p.kind === 'city');
const urban = city.flatMap((p) => p.districts ?? []);
const riverPoints = lineLatLngs(river.features[0]!).flat().map(([lat, lon]) => [lon, lat] as const);

/** A drawing as SVG: districts (the urban ones shaded), the 湘江, places as dots. */
function svg(m: MapDrawing): string {
  const paths = m.districts.map((d) => `<path d="${d.d}" fill="${d.urban ? colours.urban : colours.paper}" stroke="${colours.ink3}" stroke-width="0.8"/>`).join('');
  const line = m.river ? `<path d="${m.river.d}" fill="none" stroke="${colours.river}" stroke-width="4" stroke-linecap="round"/>` : '';
  const dots = m.markers.map((k) => `<circle cx="${k.x}" cy="${k.y}" r="6" fill="${colours.accent}" stroke="${colours.paper}" stroke-width="2"/>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${m.width} ${m.height}" preserveAspectRatio="xMidYMid meet">${paths}${line}${dots}</svg>`;
}
/** The left band: the whole of Zhuzhou. */
const whole = svg(drawMap({ districts: districts.features, river, urban }, [], 'all', 300));
/** The right band: the city core on both banks of the river (no markers: at a thumbnail's size unlabelled dots say nothing). */
const core = svg(drawMap({ districts: districts.features, river, urban }, [], boxAround([...riverPoints, ...city.map((a) => [a.lon, a.lat] as const)], 0.35, 0.1, [0.45, 0.5]), 300));

export const GET: APIRoute = async (context) => {
  const card = (context.props as { card: OgCard }).card;
  const png = await renderCardPng(card, fonts(ed(context).edition.cardFont), colours, { left: whole, right: core });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
