/**
 * A quote card: a paragraph or sentence of the article as an image to post (the 金句卡片 of Chinese
 * news sites), with the chapter, the source line and the link. This module lays it out — breaks
 * the text into lines at the places Unicode allows (UAX #14, the `linebreak` package: never before
 * 。，、”） or after “（《, Latin at spaces), sizes the quote so it fits, cuts a quote too long for
 * any size at a line's end with an ellipsis and says so — and src/scripts/quote-card.ts draws the
 * layout on a canvas in the browser, in the page's own fonts. Pure: text widths come from the
 * caller's `measure` (the canvas's measureText in the browser; a fixed-width stand-in in tests).
 */
import LineBreaker from 'linebreak';

/** A font as the canvas takes it: size in px, weight, family list. */
export interface FontSpec {
  size: number;
  weight: 400 | 700;
  family: string;
}
export const fontString = (f: FontSpec): string => `${f.weight} ${f.size}px ${f.family}`;

/** The width of `text` set in `font`, in px. */
export type Measure = (text: string, font: FontSpec) => number;

/** Where a line may end: the text split into pieces after each break opportunity (spaces stay at the end of their piece). */
export function breakPieces(text: string): string[] {
  const pieces: string[] = [];
  const breaker = new LineBreaker(text);
  let last = 0;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    if (bk.position > last) pieces.push(text.slice(last, bk.position));
    last = bk.position;
  }
  if (last < text.length) pieces.push(text.slice(last));
  return pieces;
}

/**
 * The text in lines no wider than `width`: greedy, at break opportunities; a piece wider than a
 * whole line (a long URL) is cut between characters. Spaces at a line's end are dropped.
 */
export function breakLines(text: string, width: number, font: FontSpec, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (s: string) => measure(s.trimEnd(), font) <= width;
  const pushChars = (piece: string) => {
    for (const ch of Array.from(piece)) {
      if (line && !fits(line + ch)) { lines.push(line.trimEnd()); line = ''; }
      line += ch;
    }
  };
  for (const piece of breakPieces(text)) {
    if (fits(line + piece)) { line += piece; continue; }
    if (line) { lines.push(line.trimEnd()); line = ''; }
    if (fits(piece)) line = piece;
    else pushChars(piece);
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** The sentences of a paragraph (Intl.Segmenter), for choosing one to put on a card. */
export function sentences(text: string, lang: string): string[] {
  const seg = new Intl.Segmenter(lang, { granularity: 'sentence' });
  return [...seg.segment(text)].map((s) => s.segment.trim()).filter((s) => s.length > 0);
}

export interface QuoteCardInput {
  /** The words on the card. */
  quote: string;
  /** 'zh' or 'en': the quotation marks and the ellipsis. */
  language: 'zh' | 'en';
  /** The site's name (top). */
  siteName: string;
  /** The article and chapter, and the paragraph: 《…》第三章 · 第3段. */
  chapterLine: string;
  /** What the text is: a 2018 newspaper feature promoting the city's record; paper and author unknown. */
  sourceLine: string;
  /** The paragraph's link. */
  url: string;
  /** Words added after the chapter line when the quote had to be cut: （节选）. */
  excerptMark: string;
}

export interface QuoteCardFonts {
  /** The article's face (the page's serif stack). */
  serif: string;
  /** The editorial face (the page's sans stack). */
  sans: string;
}

export interface CardLine {
  text: string;
  x: number;
  /** The baseline. */
  y: number;
  font: FontSpec;
  colour: 'ink' | 'ink2' | 'accent';
}

export interface QuoteCardLayout {
  width: number;
  height: number;
  lines: CardLine[];
  /** Rules and bars: [x, y, width, height, colour]. */
  rules: [number, number, number, number, 'accent' | 'rule'][];
  /** The quote's size in px. */
  quoteSize: number;
  /** Was the quote cut to fit? */
  cut: boolean;
}

export const CARD_WIDTH = 1080;
/** The tallest card (9:16, what phones show whole). */
export const CARD_MAX_HEIGHT = 1920;
const PAD = 96;
const QUOTE_SIZES = [54, 50, 46, 43, 40, 37, 34];

/**
 * The card laid out: site name, the quote (as large as lets it fit the tallest card, at least
 * 34 px; cut with an ellipsis if it still does not), a rule, the chapter line, the source line and
 * the link. The card is square at least, 9:16 at most.
 */
export function layoutQuoteCard(input: QuoteCardInput, fonts: QuoteCardFonts, measure: Measure): QuoteCardLayout {
  const inner = CARD_WIDTH - 2 * PAD;
  const open = input.language === 'zh' ? '“' : '“';
  const close = input.language === 'zh' ? '”' : '”';
  const ellipsis = input.language === 'zh' ? '……' : '…';

  // What comes after the quote, at fixed sizes.
  const meta = (cut: boolean) => {
    const chapterFont: FontSpec = { size: 30, weight: 700, family: fonts.sans };
    const sourceFont: FontSpec = { size: 26, weight: 400, family: fonts.sans };
    const urlFont: FontSpec = { size: 26, weight: 400, family: fonts.sans };
    return [
      { lines: breakLines(input.chapterLine + (cut ? input.excerptMark : ''), inner, chapterFont, measure), font: chapterFont, lead: 1.45, colour: 'ink' as const, gap: 0 },
      { lines: breakLines(input.sourceLine, inner, sourceFont, measure), font: sourceFont, lead: 1.5, colour: 'ink2' as const, gap: 14 },
      { lines: breakLines(input.url, inner, urlFont, measure), font: urlFont, lead: 1.45, colour: 'accent' as const, gap: 18 },
    ];
  };
  const metaHeight = (blocks: ReturnType<typeof meta>) => blocks.reduce((h, b) => h + b.gap + b.lines.length * b.font.size * b.lead, 0);
  const headHeight = 40 + 58 + 64; // site name line, space, the big opening mark
  const ruleGap = 56 + 4 + 44;

  let size = QUOTE_SIZES[QUOTE_SIZES.length - 1]!;
  let quoteLines: string[] = [];
  let cut = false;
  for (const s of QUOTE_SIZES) {
    const font: FontSpec = { size: s, weight: 400, family: fonts.serif };
    const lines = breakLines(`${input.quote}${close}`, inner, font, measure);
    const h = PAD + headHeight + lines.length * s * 1.62 + ruleGap + metaHeight(meta(false)) + PAD;
    size = s;
    quoteLines = lines;
    if (h <= CARD_MAX_HEIGHT) break;
  }
  const quoteFont: FontSpec = { size, weight: 400, family: fonts.serif };
  const lead = size * 1.62;
  const room = Math.floor((CARD_MAX_HEIGHT - PAD - headHeight - ruleGap - metaHeight(meta(true)) - PAD) / lead);
  if (quoteLines.length > room) {
    // Cut at the last line that fits; end it with the ellipsis and the closing mark, within the width.
    cut = true;
    quoteLines = quoteLines.slice(0, room);
    let last = quoteLines[room - 1]!.replace(/[，。、；：,.;:\s]+$/u, '');
    while (last && measure(`${last}${ellipsis}${close}`, quoteFont) > inner) last = Array.from(last).slice(0, -1).join('');
    quoteLines[room - 1] = `${last}${ellipsis}${close}`;
  }
  const blocks = meta(cut);

  const lines: CardLine[] = [];
  const rules: QuoteCardLayout['rules'] = [[0, 0, CARD_WIDTH, 12, 'accent']];
  let y = PAD + 30;
  lines.push({ text: input.siteName, x: PAD, y, font: { size: 28, weight: 700, family: fonts.sans }, colour: 'accent' });
  y += 28 + 40 + 64;
  lines.push({ text: open, x: PAD - 6, y: y - 8, font: { size: 96, weight: 700, family: fonts.serif }, colour: 'accent' });
  y += 6;
  for (const l of quoteLines) {
    y += lead;
    lines.push({ text: l, x: PAD, y: y - lead * 0.3, font: quoteFont, colour: 'ink' });
  }
  y += 56;
  rules.push([PAD, y, 120, 4, 'accent']);
  y += 4 + 44;
  for (const b of blocks) {
    y += b.gap;
    for (const l of b.lines) {
      y += b.font.size * b.lead;
      lines.push({ text: l, x: PAD, y: y - b.font.size * (b.lead - 1) / 2 - b.font.size * 0.18, font: b.font, colour: b.colour });
    }
  }
  const height = Math.min(CARD_MAX_HEIGHT, Math.max(CARD_WIDTH, Math.ceil(y + PAD)));
  // A short quote on a square card: the content sits in the middle, not at the top.
  const shift = Math.max(0, Math.floor((height - (y + PAD)) / 2));
  if (shift) {
    for (const l of lines) l.y += shift;
    for (const r of rules.slice(1)) r[1] += shift;
  }
  return { width: CARD_WIDTH, height, lines, rules, quoteSize: size, cut };
}

/** A file name for the card: zhuzhou-<chapter>-p<n>[-s<k>].png */
export function quoteCardFileName(chapter: string, paragraph: string, sentence?: number): string {
  return `zhuzhou-${chapter}-p${paragraph}${sentence ? `-s${sentence}` : ''}.png`;
}
