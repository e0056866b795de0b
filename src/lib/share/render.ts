/**
 * A share card drawn: layout (satori) and PNG (resvg), 1200×630, in the edition's typefaces
 * (committed subsets: src/assets/fonts/; in English, Latin text in Noto Serif and any Chinese in
 * Noto Serif SC). Everything it says — kicker, title, the chapter's signature number and what it
 * counts, a page's description, the site's name — sits in the centre square (x 285–915), so a square
 * crop (what many chat apps show) keeps it whole and no text crosses the crop's edge; the bands on
 * either side are plain tint. The title's size is chosen so that every block fits its place
 * (src/lib/share/cards.ts fitCard) and the text above the footer ends clear of it. Pure given the
 * fonts and colours.
 */
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { cardSubtitle, fitCard, OG_HEIGHT, OG_WIDTH, type CardFit, type CardNumber, type OgCard } from './cards';
import type { CardColours } from '../site/palette';

/** The centre square of the card: what a square crop keeps. */
export const SQUARE = { x0: (OG_WIDTH - OG_HEIGHT) / 2, x1: (OG_WIDTH + OG_HEIGHT) / 2 };
/** The text column, inside the square with a margin. */
export const COLUMN = 550;
/** The top of the footer (the site's name): nothing above it comes nearer than FOOTER_GAP. */
export const FOOTER_TOP = OG_HEIGHT - 66;
export const FOOTER_GAP = 14;
/** Where the column's content may go: from CONTENT_TOP to FOOTER_TOP − FOOTER_GAP. */
export const CONTENT_TOP = 40;

type Style = Record<string, string | number>;
interface Node {
  type: string;
  props: { style?: Style; children?: (Node | string)[] | Node | string };
}
const el = (style: Style, children?: Node['props']['children']): Node => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });

/** A typeface's two faces, as the family name it is drawn under. */
export interface CardFontFiles { family: string; bold: Uint8Array; regular: Uint8Array }

function numberBlock(n: CardNumber, fit: CardFit, c: CardColours): Node {
  return el({ flexDirection: 'column', alignItems: 'center', marginTop: fit.numberGap, width: COLUMN }, [
    el({ alignItems: 'baseline', justifyContent: 'center', color: c.accent }, [
      ...(n.prefix ? [el({ fontSize: 30, fontWeight: 400, color: c.ink2, marginRight: 10 }, n.prefix)] : []),
      el({ fontSize: fit.numberSize, fontWeight: 700, lineHeight: 1 }, n.value),
      ...(n.unit ? [el({ fontSize: 34, fontWeight: 700, marginLeft: 8 }, n.unit)] : []),
    ]),
    el({ fontSize: fit.labelSize, fontWeight: 400, color: c.ink2, marginTop: 12, lineHeight: fit.labelLead, textAlign: 'center', justifyContent: 'center', width: COLUMN }, n.label),
  ]);
}

export function cardLayout(card: OgCard, c: CardColours, families: readonly string[], latin = false): Node {
  const fit = fitCard(card, { width: COLUMN, height: FOOTER_TOP - FOOTER_GAP - CONTENT_TOP, latin });
  const column: Node[] = [
    el({ fontSize: fit.kickerSize, fontWeight: 700, color: c.accent, letterSpacing: latin ? 1 : 4, lineHeight: 1.3, textAlign: 'center', justifyContent: 'center', width: COLUMN }, card.kicker),
    el({ flexDirection: 'column', alignItems: 'center', marginTop: fit.titleGap, width: COLUMN, fontSize: fit.titleSize, fontWeight: 700, color: c.ink, lineHeight: fit.titleLead, letterSpacing: latin ? 0 : card.id === 'cover' ? 4 : 1 },
      fit.titleLines.map((line) => el({ justifyContent: 'center', textAlign: 'center', width: COLUMN }, line))),
  ];
  for (const n of card.numbers ?? []) column.push(numberBlock(n, fit, c));
  const below = cardSubtitle(card);
  if (below) column.push(el({ marginTop: fit.subtitleGap, fontSize: fit.subtitleSize, fontWeight: 400, color: c.ink2, lineHeight: fit.subtitleLead, textAlign: 'center', justifyContent: 'center', width: COLUMN }, below));
  const band = (left: number): Node => el({ position: 'absolute', left, top: 0, width: SQUARE.x0, height: OG_HEIGHT, backgroundColor: c.paper2 });
  const edge = (left: number): Node => el({ position: 'absolute', left, top: 0, width: 4, height: OG_HEIGHT, backgroundColor: c.accent });
  return el({ width: OG_WIDTH, height: OG_HEIGHT, position: 'relative', backgroundColor: c.paper, fontFamily: families.join(', ') }, [
    band(0),
    band(SQUARE.x1),
    edge(SQUARE.x0 - 4),
    edge(SQUARE.x1),
    el({ position: 'absolute', left: SQUARE.x0, top: CONTENT_TOP, width: OG_HEIGHT, height: FOOTER_TOP - FOOTER_GAP - CONTENT_TOP, flexDirection: 'column', alignItems: 'center', justifyContent: 'center' }, column),
    el({ position: 'absolute', left: SQUARE.x0, top: FOOTER_TOP, width: OG_HEIGHT, height: OG_HEIGHT - FOOTER_TOP, justifyContent: 'center', alignItems: 'flex-start', fontSize: 24, fontWeight: 700, color: c.ink, letterSpacing: latin ? 0.5 : 2, lineHeight: 1.2 }, [
      el({ width: 36, height: 4, backgroundColor: c.accent, marginRight: 14, marginTop: 13 }),
      card.siteName,
    ]),
  ]);
}

/** The card as a PNG (1200×630), drawn in the typefaces given, in order (each glyph from the first that has it). */
export async function renderCardPng(card: OgCard, fonts: readonly CardFontFiles[], colours: CardColours, latin = false): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await satori(cardLayout(card, colours, fonts.map((f) => f.family), latin) as never, {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: fonts.flatMap((f) => [
      { name: f.family, data: Buffer.from(f.bold), weight: 700 as const, style: 'normal' as const },
      { name: f.family, data: Buffer.from(f.regular), weight: 400 as const, style: 'normal' as const },
    ]),
  });
  const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false }, background: colours.paper }).render().asPng();
  const out = new Uint8Array(png.length);
  out.set(png);
  return out;
}
