/**
 * Share cards (Open Graph / Twitter images): which cards exist, what each one says, which face
 * sets each piece of text, and the glyph check against the committed font subset. Pure: no I/O.
 *
 * The same functions feed the PNG endpoint (src/pages/og/[card].png.ts), the page heads
 * (BaseHead.astro: og:image and its alt text), the font subsetter (src/tools/subset-font.mjs:
 * which characters to keep) and the glyph-coverage test (tests/unit/og-card.test.ts).
 */
import { chapterKicker, chineseNumeral, type FigureLike } from '../article/numbers';
import { zhFormat, type Formatter } from '../editions/format';
import { translator, type Translate } from '../site/words';
import { hasHan, textWidthEm } from '../article/text';
import type { SiteContent } from '../guard/model';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Horizontal padding of a card, in px; the text column is OG_WIDTH − 2 × this. */
export const OG_PAD_X = 80;
export const OG_TEXT_WIDTH = OG_WIDTH - 2 * OG_PAD_X;

/** The two faces of a committed subset: bold for titles, regular for running text. */
export type Face = 'bold' | 'regular';

/**
 * The typefaces the cards are drawn in: Noto Serif SC for the 简体 edition, Noto Serif TC for the
 * 繁體 edition (the glyph shapes Traditional readers expect), Noto Serif (Latin) for the English
 * edition's Latin text — a CJK face sets Latin punctuation full-width (“Zhuzhou’ s”) — with Noto
 * Serif SC behind it for any Chinese. Each edition names its own, in order
 * (src/lib/editions/editions.ts).
 */
export type CardFont = 'sc' | 'tc' | 'latin';

/** The font files in src/assets/fonts/, per typeface and face (written by `npm run font:subset`). */
export const FONT_FILES: Record<CardFont, Record<Face, string>> = {
  sc: { bold: 'NotoSerifSC-Bold.subset.ttf', regular: 'NotoSerifSC-Regular.subset.ttf' },
  tc: { bold: 'NotoSerifTC-Bold.subset.ttf', regular: 'NotoSerifTC-Regular.subset.ttf' },
  latin: { bold: 'NotoSerif-Bold.subset.ttf', regular: 'NotoSerif-Regular.subset.ttf' },
};

/** The family name each typeface is registered under when a card is drawn. */
export const FONT_FAMILIES: Record<CardFont, string> = { sc: 'Noto Serif SC', tc: 'Noto Serif TC', latin: 'Noto Serif' };

/**
 * Is this a character a Latin face sets (below the CJK blocks: ASCII, Latin, general punctuation
 * such as “ ” ‘ ’ – — … ·)? In an edition whose first face is Latin, these come from it and
 * everything else from the CJK face behind it.
 */
export const isLatinChar = (ch: string): boolean => ch.codePointAt(0)! < 0x2e80;

/** The Latin face always keeps printable ASCII and the typographic punctuation of English text. */
export const LATIN_BASE_CHARSET = Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => String.fromCharCode(0x20 + i)).join('') + '‘’“”–—…·×';

/** Always kept in both faces, whatever the cards say today: ASCII, digits and common CJK punctuation. */
export const BASE_CHARSET =
  Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => String.fromCharCode(0x20 + i)).join('') +
  '，。、；：？！…—–·“”‘’《》〈〉「」『』（）【】〔〕％＋－／～　';

export interface CardNumber {
  /** The qualifier in words (超过 / 约 / 预计), or ''. */
  prefix: string;
  /** The number as the site shows it: 15.15, 62, 1/3. */
  value: string;
  /** The unit as the article writes it: 平方公里, %, 亿元. */
  unit: string;
  /** What it counts (editorial label). */
  label: string;
}

export interface OgCard {
  /** File name without .png, and the value pages pass to BaseHead as `card`. */
  id: string;
  /** Site path of the page the card is for ('' for the cover). */
  path: string;
  /** The small line above the title: 第一章, 数据, 地图… */
  kicker: string;
  /** The Chinese title. */
  title: string;
  /** The title in display lines (split at its natural break when it has one). */
  titleLines: string[];
  /** The description under the title (the pages' cards). */
  subtitle?: string;
  /** A chapter's signature number (its first key figure). */
  numbers?: CardNumber[];

  /** The line at the bottom right (the source, or for the cover what the site holds). */
  footnote: string;
  /** The site's name, bottom left. */
  siteName: string;
  /** Text alternative for og:image:alt / twitter:image:alt. */
  alt: string;
}

export interface CardChapter {
  slug: string;
  title: string;
  /** The short name (清水塘), for the kicker. */
  short: string;
}

export interface CardFigure extends FigureLike {
  id: string;
  /** The English rendering, in the English edition's view. */
  rendering?: string | undefined;
  label: string;
  chapter: string;
  key?: boolean | undefined;
}

/** Everything the cards are made from. */
export interface CardContent {
  siteName: string;
  /** The article's headline (the cover's title). */
  headline: string;
  /** When the article was published, as text: 2018年12月. */
  published: string;
  /** The chapters, in order. */
  chapters: CardChapter[];
  /** Every figure, in content order (a chapter's first key figure is its card's number). */
  figures: CardFigure[];
  /** How many county-level divisions the map draws (place records with kind: division). */
  divisions: number;
}

/** The counts a page's description may state. */
export interface PageCounts {
  figures: number;
  divisions: number;
}

/**
 * The pages that are not chapters, with their card's words (in Chinese: the English edition looks
 * them up, src/lib/site/words-en.ts). Kept here so the font subset sees them. The subtitle's blanks:
 * {figures} (a count) and {divisions} (in words: 九 / nine).
 */
export const PAGE_CARDS = {
  figures: {
    path: 'figures/',
    kicker: '数字',
    title: '文中全部数字',
    subtitle: '原文中的{figures}项数量表述，每项附原文引文与所在段落，可下载 CSV 与 JSON。',
  },
  map: {
    path: 'map/',
    kicker: '地图',
    title: '株洲地图：文中提到的地方',
    subtitle: '株洲{divisions}个县市区与文中提到的每一个地点的示意图。',
  },
  about: {
    path: 'about/',
    kicker: '关于',
    title: '来源、方法与勘误',
    subtitle: '本站所据的原文、制作方法、哪些是编者所加、版权与致谢，以及如何报告错误。',
  },
} as const;
export type PageCardId = keyof typeof PAGE_CARDS;

/** The edition's words and numbers for the cards (the Chinese by default). */
export interface CardWords { t: Translate; fmt: Formatter }
const ZH: CardWords = { t: translator('zh'), fmt: zhFormat };

/** A page card's words in an edition: kicker, title, subtitle with its counts filled in. */
export function pageCardText(id: PageCardId, counts: PageCounts, w: CardWords = ZH): { kicker: string; title: string; subtitle: string } {
  const p = PAGE_CARDS[id];
  return { kicker: w.t(p.kicker), title: w.t(p.title), subtitle: w.t(p.subtitle, { figures: counts.figures, divisions: w.fmt.numeral(counts.divisions) }) };
}

export { chapterKicker, chineseNumeral };

/**
 * A title split into display lines at its natural break: at a space (改革开放四十载 砥砺奋进看株洲)
 * or after a full-width colon (清水塘：老工业区的搬迁之战). A title without one stays one line.
 */
export function splitTitle(title: string): string[] {
  const t = title.trim();
  if (!hasHan(t)) return splitLatinTitle(t);
  const space = t.search(/\s+/);
  if (space > 0) {
    const head = t.slice(0, space);
    const tail = t.slice(space).trim();
    if (tail) return [head, ...splitTitle(tail)];
  }
  const colon = t.indexOf('：');
  if (colon > 0 && colon < t.length - 1) return [t.slice(0, colon + 1), t.slice(colon + 1)];
  return [t];
}

/**
 * An English title in display lines: after its colon, then filled greedily to about `maxEm` wide
 * (at most three lines; the font size then shrinks to fit the longest).
 */
export function splitLatinTitle(title: string, maxEm = 17): string[] {
  const colon = title.indexOf(': ');
  const parts = colon > 0 ? [title.slice(0, colon + 1), title.slice(colon + 2)] : [title];
  const lines: string[] = [];
  for (const part of parts) {
    let line = '';
    for (const word of part.split(/\s+/)) {
      const next = line ? `${line} ${word}` : word;
      if (line && textWidthEm(next) > maxEm) { lines.push(line); line = word; } else line = next;
    }
    if (line) lines.push(line);
  }
  if (lines.length <= 3) return lines;
  return [...lines.slice(0, 2), lines.slice(2).join(' ')];
}

export { charWidthEm, textWidthEm } from '../article/text';

/**
 * The title's font size in px: as large as `max` allows while the longest line fits `width`,
 * never below `min` (a line still too long at `min` wraps).
 */
export function titleFontSize(lines: readonly string[], width = OG_TEXT_WIDTH, max = 76, min = 48): number {
  const ems = Math.max(1, ...lines.map(textWidthEm));
  return Math.max(min, Math.min(max, Math.floor(width / ems)));
}

/** A figure as a card number: 超过 + 1000 + 亿元 + 轨道交通产业产值 (in English: more than + 100 + billion yuan + …). */
export function cardNumber(f: CardFigure, w: CardWords = ZH): CardNumber {
  const { prefix, number, unit } = w.fmt.parts(f);
  return { prefix, value: number, unit, label: f.label };
}

function altText(card: Omit<OgCard, 'alt'>, w: CardWords): string {
  const body = card.numbers
    ? card.numbers.map((n) => w.t('{label}{number}', { label: n.label, number: w.fmt.phrase(n.prefix, n.value, n.unit) })).join(w.t('；'))
    : (card.subtitle ?? '');
  const end = /[。！？.!?]$/.test(body) || !body ? '' : w.t('。');
  return w.t('分享卡片（{site}）：{kicker}，{title}。{body}', { site: card.siteName, kicker: card.kicker, title: card.title, body: `${body}${end}` });
}

/** Every share card: the cover, one per chapter, /figures/, /map/ and /about/, in the edition's words. */
export function buildCards(content: CardContent, w: CardWords = ZH): OgCard[] {
  const withAlt = (card: Omit<OgCard, 'alt'>): OgCard => ({ ...card, alt: altText(card, w) });
  const source = w.t('原文《{headline}》{published}', { headline: content.headline, published: content.published });
  const base = { siteName: content.siteName, footnote: source };
  const cards: OgCard[] = [
    withAlt({
      ...base,
      id: 'cover',
      path: '',
      kicker: `${w.t('纪实')} · ${content.published}`,
      title: content.headline,
      titleLines: splitTitle(content.headline),
      footnote: w.t('{chapters}章 · {figures}项数字 · 逐字可查', { chapters: w.fmt.numeral(content.chapters.length), figures: content.figures.length }),
    }),
    ...content.chapters.map((c, i) => {
      const signature = content.figures.find((f) => f.key && f.chapter === c.slug);
      return withAlt({ ...base, id: c.slug, path: `chapters/${c.slug}/`, kicker: `${w.fmt.kicker(i + 1)} · ${c.short}`, title: c.title, titleLines: splitTitle(c.title), numbers: signature ? [cardNumber(signature, w)] : [] });
    }),
    ...(Object.keys(PAGE_CARDS) as PageCardId[]).map((id) => {
      const p = pageCardText(id, { figures: content.figures.length, divisions: content.divisions }, w);
      return withAlt({ ...base, id, path: PAGE_CARDS[id].path, kicker: p.kicker, title: p.title, titleLines: splitTitle(p.title), subtitle: p.subtitle });
    }),
  ];
  const ids = new Set<string>();
  for (const c of cards) {
    if (!/^[a-z0-9-]+$/.test(c.id)) throw new Error(`share card id "${c.id}" must be lowercase ASCII letters, digits and "-"`);
    if (ids.has(c.id)) throw new Error(`two share cards have the id "${c.id}"`);
    ids.add(c.id);
  }
  return cards;
}

/** The site path of a card's PNG: og/<id>.png. */
export function cardImagePath(id: string): string {
  return `og/${id}.png`;
}

/** One piece of text a card draws, with the face that draws it and what it is (for messages). */
export interface CardText {
  face: Face;
  part: string;
  text: string;
}

/** Every piece of text the endpoint draws on a card, with its face. */
export function cardTexts(card: OgCard): CardText[] {
  const out: CardText[] = [
    { face: 'bold', part: 'kicker', text: card.kicker },
    { face: 'bold', part: 'title', text: card.titleLines.join('') },
    { face: 'bold', part: 'site name', text: card.siteName },
    { face: 'regular', part: 'footnote', text: card.footnote },
  ];
  if (card.subtitle) out.push({ face: 'regular', part: 'subtitle', text: card.subtitle });
  for (const n of card.numbers ?? []) {
    out.push({ face: 'bold', part: 'number', text: `${n.value}${n.unit}` });
    out.push({ face: 'regular', part: 'number label', text: `${n.prefix}${n.label}` });
  }
  return out;
}

/** The characters each face must have for these cards (plus BASE_CHARSET), sorted, without duplicates. */
export function requiredCharset(cards: readonly OgCard[]): Record<Face, string> {
  const sets: Record<Face, Set<string>> = { bold: new Set(BASE_CHARSET), regular: new Set(BASE_CHARSET) };
  for (const card of cards) for (const t of cardTexts(card)) for (const ch of t.text) if (!/\s/.test(ch) || ch === ' ') sets[t.face].add(ch);
  const sorted = (s: Set<string>) => [...s].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
  return { bold: sorted(sets.bold), regular: sorted(sets.regular) };
}

/**
 * The characters of `text` that the font lacks, in order of first appearance, without
 * duplicates. `fontCharset` is the font's code points (its cmap) or a string of its characters.
 * White space other than the plain space is ignored (the cards never draw it).
 */
export function missingGlyphs(text: string, fontCharset: Iterable<number> | string): string[] {
  const have = new Set<number>();
  if (typeof fontCharset === 'string') for (const ch of fontCharset) have.add(ch.codePointAt(0)!);
  else for (const cp of fontCharset) have.add(cp);
  const missing: string[] = [];
  for (const ch of text) {
    if (/\s/.test(ch) && ch !== ' ') continue;
    if (!have.has(ch.codePointAt(0)!) && !missing.includes(ch)) missing.push(ch);
  }
  return missing;
}

/** Which of an edition's typefaces draws a character: a Latin face its Latin characters, a CJK face the rest. */
export function faceFor(fonts: readonly CardFont[], ch: string): CardFont {
  for (const f of fonts) if (f !== 'latin' || isLatinChar(ch)) return f;
  return fonts[fonts.length - 1]!;
}

/**
 * The characters `font` must have for the cards of the editions that draw in it (with their
 * typefaces in order), plus its base set, per face, sorted, without duplicates.
 */
export function requiredCharsetFor(font: CardFont, editions: readonly { fonts: readonly CardFont[]; cards: readonly OgCard[] }[]): Record<Face, string> {
  const base = font === 'latin' ? LATIN_BASE_CHARSET : BASE_CHARSET;
  const sets: Record<Face, Set<string>> = { bold: new Set(base), regular: new Set(base) };
  for (const e of editions) {
    if (!e.fonts.includes(font)) continue;
    for (const card of e.cards) for (const t of cardTexts(card)) for (const ch of t.text) if ((!/\s/.test(ch) || ch === ' ') && faceFor(e.fonts, ch) === font) sets[t.face].add(ch);
  }
  const sorted = (x: Set<string>) => [...x].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
  return { bold: sorted(sets.bold), regular: sorted(sets.regular) };
}

/** One line per card text that uses a glyph its typeface (the one faceFor picks) lacks, for an edition's cards. */
export function editionGlyphProblems(cards: readonly OgCard[], fonts: readonly CardFont[], charsetOf: (font: CardFont, face: Face) => Iterable<number> | string): string[] {
  const problems: string[] = [];
  for (const font of fonts) {
    const sets = { bold: charsetOf(font, 'bold'), regular: charsetOf(font, 'regular') };
    for (const card of cards) {
      for (const t of cardTexts(card)) {
        const mine = Array.from(t.text).filter((ch) => faceFor(fonts, ch) === font).join('');
        const missing = missingGlyphs(mine, sets[t.face]);
        if (missing.length) problems.push(`card "${card.id}" › ${t.part} (${FONT_FAMILIES[font]} ${t.face}) "${t.text}": missing ${missing.map((ch) => `"${ch}" ${codePointLabel(ch)}`).join(', ')}`);
      }
    }
  }
  return problems;
}

/** U+XXXX for a character (for error messages). */
export function codePointLabel(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** One line per card text that uses a glyph its face lacks; empty when every glyph is there. */
export function glyphProblems(cards: readonly OgCard[], charsets: Record<Face, Iterable<number> | string>): string[] {
  const problems: string[] = [];
  for (const card of cards) {
    for (const t of cardTexts(card)) {
      const missing = missingGlyphs(t.text, charsets[t.face]);
      if (missing.length) {
        problems.push(`card "${card.id}" › ${t.part} (${t.face}) "${t.text}": missing ${missing.map((ch) => `"${ch}" ${codePointLabel(ch)}`).join(', ')}`);
      }
    }
  }
  return problems;
}

/** The cards' content from the site's content model (src/lib/guard/model.ts). */
export function cardContent(model: SiteContent): CardContent {
  return {
    siteName: model.site.name,
    headline: model.source.headline,
    published: model.source.published,
    chapters: model.chapters.map((c) => ({ slug: c.slug, title: c.title, short: c.short })),
    figures: model.figures,
    divisions: model.places.filter((p) => p.kind === 'division').length,
  };
}

/**
 * Width of Latin text set in Noto Serif (bold), in em: an estimate on the wide side (lower case
 * about 0.56 em, capitals 0.72, digits 0.57, spaces 0.26, punctuation 0.32; anything else 1 em).
 */
export function latinWidthEm(text: string): number {
  let w = 0;
  for (const ch of text) {
    if (ch === ' ') w += 0.26;
    else if (/[a-z]/.test(ch)) w += /[mw]/.test(ch) ? 0.86 : /[ijlt]/.test(ch) ? 0.34 : 0.58;
    else if (/[A-Z]/.test(ch)) w += /[MW]/.test(ch) ? 0.95 : 0.74;
    else if (/[0-9]/.test(ch)) w += 0.58;
    else if (isLatinChar(ch)) w += /[—]/.test(ch) ? 1 : /[–]/.test(ch) ? 0.55 : 0.34;
    else w += 1;
  }
  return w;
}

/** Words filled greedily into lines of at most `maxEm` (by `widthEm`). */
function greedy(words: readonly string[], maxEm: number, widthEm: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && widthEm(next) > maxEm) { lines.push(line); line = word; } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Words in lines of at most `maxEm` (by `widthEm`), as few as greedy filling needs but balanced:
 * the narrowest measure that still gives that many lines, so no line is left with one word. A
 * colon ends a line (the title's natural break).
 */
export function wrapWords(text: string, maxEm: number, widthEm: (s: string) => number): string[] {
  const colon = text.indexOf(': ');
  const parts = colon > 0 ? [text.slice(0, colon + 1), text.slice(colon + 2)] : [text];
  return parts.flatMap((part) => {
    const words = part.split(/\s+/).filter(Boolean);
    const n = greedy(words, maxEm, widthEm).length;
    let lo = Math.max(...words.map(widthEm));
    let hi = Math.max(lo, maxEm);
    for (let i = 0; i < 24; i++) {
      const mid = (lo + hi) / 2;
      if (greedy(words, mid, widthEm).length <= n) hi = mid; else lo = mid;
    }
    return greedy(words, hi, widthEm);
  });
}

/** The line under the title: a page's description, or on a card without a number (the cover) its footnote. */
export const cardSubtitle = (card: OgCard): string | undefined => card.subtitle ?? (card.numbers?.length ? undefined : card.footnote);

/** The sizes and lines a card is drawn with, chosen so that every block fits the column. */
export interface CardFit {
  kickerSize: number;
  titleSize: number;
  titleLead: number;
  titleLines: string[];
  titleGap: number;
  numberSize: number;
  numberGap: number;
  labelSize: number;
  labelLead: number;
  subtitleSize: number;
  subtitleLead: number;
  subtitleGap: number;
  /** The height all of it takes, in px (≤ the height given). */
  height: number;
}

/**
 * Fits a card's text into a column `width` × `height` px: the title as large as it can be (76 px
 * on the cover, 62 on other cards; Latin titles wrapped at words) while the title, the signature
 * number with what it counts, and a page's description all fit, each line within the width (widths
 * estimated on the wide side, with a 6 % margin). Throws when even the smallest sizes do not fit.
 */
export function fitCard(card: OgCard, box: { width: number; height: number; latin: boolean }): CardFit {
  const em = box.latin ? latinWidthEm : textWidthEm;
  const safe = (s: string) => em(s) * 1.06;
  const linesAt = (text: string, size: number) => Math.max(1, Math.ceil((safe(text) * size) / box.width));
  const maxTitle = card.id === 'cover' ? 76 : box.latin ? 56 : 62;
  const minTitle = box.latin ? 28 : 34;
  const kickerSize = 26;
  const titleLead = box.latin ? 1.18 : 1.28;
  for (const small of [false, true]) {
    const labelSize = small ? 22 : 26;
    const subtitleSize = small ? 22 : 26;
    for (let size = maxTitle; size >= minTitle; size -= 2) {
      const lines = box.latin ? wrapWords(card.title, box.width / size / 1.06, em) : card.titleLines;
      // Each line whole on its own row: a Chinese title breaks only at its natural break; a Latin
      // one in at most four lines.
      const spacing = box.latin ? 0 : card.id === 'cover' ? 4 : 1;
      if (lines.some((l) => safe(l) * size + Array.from(l).length * spacing > box.width) || lines.length > 4) continue;
      const titleRows = lines.length;
      // The signature number on one line: as large as 84 px while its qualifier, value and unit fit.
      let numberSize = 84;
      for (const n of card.numbers ?? []) {
        while (numberSize > 48 && (em(n.prefix) * 30 + 10 + em(n.value) * numberSize + 8 + em(n.unit) * 34) * 1.06 > box.width) numberSize -= 4;
      }
      const fit: CardFit = {
        kickerSize, titleSize: size, titleLead, titleLines: lines, titleGap: 18,
        numberSize, numberGap: 28, labelSize, labelLead: 1.35,
        subtitleSize, subtitleLead: 1.55, subtitleGap: 24, height: 0,
      };
      let h = kickerSize * 1.3 + fit.titleGap + titleRows * size * titleLead;
      for (const n of card.numbers ?? []) h += fit.numberGap + fit.numberSize + 12 + linesAt(n.label, labelSize) * labelSize * fit.labelLead;
      const below = cardSubtitle(card);
      if (below) h += fit.subtitleGap + linesAt(below, subtitleSize) * subtitleSize * fit.subtitleLead;
      if (h <= box.height) return { ...fit, height: Math.ceil(h) };
    }
  }
  throw new Error(`share card "${card.id}": its words do not fit the card even at the smallest sizes; shorten its title, label or description`);
}
