/**
 * The share cards: one 1200×630 PNG per card of src/lib/og-card.ts (the cover, each chapter,
 * /figures/, /map/, /about/), drawn at build time with satori (layout and text → SVG paths) and
 * resvg (SVG → PNG), in the Noto Serif SC subset committed in src/assets/fonts/. Nothing is
 * fetched: the fonts are read from disk, and resvg loads no system font.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { getCards } from '../../data/content';
import { FONT_FILES, OG_HEIGHT, OG_PAD_X, OG_TEXT_WIDTH, OG_WIDTH, titleFontSize, type CardNumber, type OgCard } from '../../lib/og-card';

const PAPER = '#fbf9f4';
const INK = '#1d1b18';
const INK_2 = '#4a4640';
const INK_3 = '#6b665d';
const RULE = '#ddd6c8';
const ACCENT = '#a2301f';
const FAMILY = 'Noto Serif SC';

export const getStaticPaths = (async () => {
  const cards = await getCards();
  return cards.map((card) => ({ params: { card: card.id }, props: { card } }));
}) satisfies GetStaticPaths;

type Style = Record<string, string | number>;
interface Node {
  type: string;
  props: { style?: Style; children?: (Node | string)[] | Node | string };
}
const el = (style: Style, children?: Node['props']['children']): Node => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });

let fontsCache: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | null = null;
function fonts() {
  const dir = join(process.cwd(), 'src/assets/fonts');
  fontsCache ??= [
    { name: FAMILY, data: readFileSync(join(dir, FONT_FILES.bold)), weight: 700, style: 'normal' },
    { name: FAMILY, data: readFileSync(join(dir, FONT_FILES.regular)), weight: 400, style: 'normal' },
  ];
  return fontsCache;
}

function numberCell(n: CardNumber, first: boolean): Node {
  return el(
    { flexDirection: 'column', flexGrow: 1, flexBasis: 0, paddingLeft: first ? 0 : 32, borderLeft: first ? 'none' : `1px solid ${RULE}`, marginLeft: first ? 0 : 32 },
    [
      el({ alignItems: 'baseline', color: INK }, [
        ...(n.prefix ? [el({ fontSize: 26, fontWeight: 400, color: INK_2, marginRight: 6 }, n.prefix)] : []),
        el({ fontSize: 60, fontWeight: 700, lineHeight: 1.1 }, n.value),
        el({ fontSize: 28, fontWeight: 700, marginLeft: 6 }, n.unit),
      ]),
      el({ fontSize: 22, fontWeight: 400, color: INK_2, marginTop: 8, lineHeight: 1.5 }, n.label),
    ],
  );
}

function layout(card: OgCard): Node {
  const cover = card.id === 'cover';
  const size = titleFontSize(card.titleLines, OG_TEXT_WIDTH, cover ? 84 : 72, 48);
  const body: Node[] = [
    el({ alignItems: 'center' }, [
      el({ width: 40, height: 6, backgroundColor: ACCENT, marginRight: 18 }),
      el({ fontSize: 28, fontWeight: 700, color: ACCENT, letterSpacing: 6 }, card.kicker),
    ]),
    el(
      { flexDirection: 'column', marginTop: cover ? 24 : 26, fontSize: size, fontWeight: 700, color: INK, lineHeight: cover ? 1.25 : 1.28, letterSpacing: cover ? 4 : 1 },
      card.titleLines.map((line) => el({}, line)),
    ),
  ];
  if (card.subtitle) {
    body.push(el({ marginTop: 28, fontSize: 30, fontWeight: 400, color: INK_2, lineHeight: 1.65, lineClamp: 3, textWrap: 'balance' }, card.subtitle));
  }
  if (card.numbers?.length) {
    body.push(el({ marginTop: 'auto', paddingTop: 20, flexShrink: 0 }, card.numbers.map((n, i) => numberCell(n, i === 0))));
  }
  return el(
    { width: OG_WIDTH, height: OG_HEIGHT, boxSizing: 'border-box', flexDirection: 'column', backgroundColor: PAPER, fontFamily: FAMILY, padding: `${cover ? 56 : 60}px ${OG_PAD_X}px 44px` },
    [
      el({ flexDirection: 'column', flexGrow: 1 }, body),
      el({ height: 2, flexShrink: 0, backgroundColor: INK, marginTop: cover ? 32 : 36 }),
      el({ justifyContent: 'space-between', alignItems: 'baseline', marginTop: 18, flexShrink: 0 }, [
        el({ fontSize: 28, fontWeight: 700, color: INK, letterSpacing: 2 }, card.siteName),
        el({ fontSize: 22, fontWeight: 400, color: INK_3 }, card.footnote),
      ]),
    ],
  );
}

/** The card as a PNG (1200×630). */
export async function renderCard(card: OgCard): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await satori(layout(card), { width: OG_WIDTH, height: OG_HEIGHT, fonts: fonts() });
  const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false }, background: PAPER }).render().asPng();
  const out = new Uint8Array(png.length);
  out.set(png);
  return out;
}

export const GET: APIRoute = async ({ props }) => {
  const png = await renderCard((props as { card: OgCard }).card);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
