/**
 * A share card drawn: layout (satori) and PNG (resvg), 1200×630, in the committed Noto Serif SC
 * subset. Everything that says something — kicker, title, the chapter's signature number, the
 * site's name — sits in the centre square (x 285–915), so a square crop (what many chat apps show)
 * keeps it; the bands on either side carry only pictures: Zhuzhou's districts with the 湘江 on
 * the left, the city core with the chapter's places on the right. Pure given the fonts and colours.
 */
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { OG_HEIGHT, OG_WIDTH, titleFontSize, type CardNumber, type OgCard } from './cards';
import type { CardColours } from '../site/palette';

/** The centre square of the card: what a square crop keeps. */
export const SQUARE = { x0: (OG_WIDTH - OG_HEIGHT) / 2, x1: (OG_WIDTH + OG_HEIGHT) / 2 };
/** The text column, inside the square with a margin. */
const COLUMN = 560;

type Style = Record<string, string | number>;
interface Node {
  type: string;
  props: { style?: Style; src?: string; width?: number; height?: number; children?: (Node | string)[] | Node | string };
}
const el = (style: Style, children?: Node['props']['children']): Node => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });

export interface CardFonts { bold: Uint8Array; regular: Uint8Array }
export interface CardArt {
  /** SVGs for the bands: Zhuzhou's districts with the river (left), the city core with the chapter's places (right). */
  left: string | null;
  right: string | null;
}

const FAMILY = 'Noto Serif SC';

function numberBlock(n: CardNumber, c: CardColours): Node {
  return el({ flexDirection: 'column', alignItems: 'center', marginTop: 34 }, [
    el({ alignItems: 'baseline', color: c.accent }, [
      ...(n.prefix ? [el({ fontSize: 30, fontWeight: 400, color: c.ink2, marginRight: 8 }, n.prefix)] : []),
      el({ fontSize: 84, fontWeight: 700, lineHeight: 1 }, n.value),
      el({ fontSize: 34, fontWeight: 700, marginLeft: 8 }, n.unit),
    ]),
    el({ fontSize: 26, fontWeight: 400, color: c.ink2, marginTop: 12, textAlign: 'center', maxWidth: COLUMN }, n.label),
  ]);
}

export function cardLayout(card: OgCard, c: CardColours, art: CardArt = { left: null, right: null }): Node {
  const cover = card.id === 'cover';
  // Sized to a little less than the column: the letter spacing and the face's wide punctuation need room too.
  const size = titleFontSize(card.titleLines, COLUMN - 40, cover ? 76 : 62, 40);
  const column: Node[] = [
    el({ fontSize: 26, fontWeight: 700, color: c.accent, letterSpacing: 4 }, card.kicker),
    el({ flexDirection: 'column', alignItems: 'center', marginTop: 20, fontSize: size, fontWeight: 700, color: c.ink, lineHeight: 1.28, letterSpacing: cover ? 4 : 1 },
      card.titleLines.map((line) => el({}, line))),
  ];
  for (const n of card.numbers ?? []) column.push(numberBlock(n, c));
  if (card.subtitle) column.push(el({ marginTop: 26, fontSize: 26, fontWeight: 400, color: c.ink2, lineHeight: 1.6, textAlign: 'center', maxWidth: COLUMN, lineClamp: 3 }, card.subtitle));
  const children: Node[] = [];
  const band = (svg: string, left: number): Node => ({ type: 'img', props: { src: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`, width: SQUARE.x0 - 40, height: OG_HEIGHT - 60, style: { position: 'absolute', left, top: 30 } } });
  if (art.left) children.push(band(art.left, 20));
  if (art.right) children.push(band(art.right, SQUARE.x1 + 20));
  children.push(el({ position: 'absolute', left: SQUARE.x0, top: 0, width: OG_HEIGHT, height: OG_HEIGHT, flexDirection: 'column', alignItems: 'center', justifyContent: 'center', padding: '40px 35px 70px' }, column));
  children.push(el({ position: 'absolute', left: SQUARE.x0, bottom: 34, width: OG_HEIGHT, justifyContent: 'center', alignItems: 'center', fontSize: 24, fontWeight: 700, color: c.ink, letterSpacing: 2 }, [
    el({ width: 36, height: 4, backgroundColor: c.accent, marginRight: 14 }),
    card.siteName,
  ]));
  return el({ width: OG_WIDTH, height: OG_HEIGHT, position: 'relative', backgroundColor: c.paper, fontFamily: FAMILY }, children);
}

/** The card as a PNG (1200×630). */
export async function renderCardPng(card: OgCard, fonts: CardFonts, colours: CardColours, art?: CardArt): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await satori(cardLayout(card, colours, art) as never, {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: [
      { name: FAMILY, data: Buffer.from(fonts.bold), weight: 700, style: 'normal' },
      { name: FAMILY, data: Buffer.from(fonts.regular), weight: 400, style: 'normal' },
    ],
  });
  const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false }, background: colours.paper }).render().asPng();
  const out = new Uint8Array(png.length);
  out.set(png);
  return out;
}
