/**
 * What a figure's popover says (label, value with a short qualifier tag, the article's own words with
 * the number picked out, period, notes, the numbers the editors derived from it, links): the
 * provenance a reader opens from the number in the text. Pure.
 */
import type { Figure } from '../../schemas/figure';
import { formatFigure, plainNumber, qualifierEvidence, qualifierMeaning, qualifierShort } from '../article/numbers';
import { nestQuotes, stripWhitespace } from '../article/text';
import { withBase } from '../site/paths';

/** A quotation cut around its number: the words before, the number with its qualifier words and unit, the words after. */
export interface QuoteParts {
  before: string;
  number: string;
  after: string;
}

/**
 * The figure's quote, white space removed (as the paragraph shows it), cut around the stretch that
 * states the number (超过500亿元, 90%以上, 几万名), the quote's own quotation marks nested for
 * showing inside “…”. Null when the quote does not state the number (a derived figure).
 */
export function quoteParts(f: Pick<Figure, 'quote' | 'notation' | 'value' | 'unit'>): QuoteParts | null {
  const quote = stripWhitespace(f.quote);
  const notation = f.notation ?? (f.value !== undefined ? plainNumber(f.value) : '');
  const ev = notation ? qualifierEvidence(quote, notation, f.unit) : null;
  if (!ev) return null;
  const { start, end } = ev.span;
  return { before: nestQuotes(quote.slice(0, start)), number: nestQuotes(quote.slice(start, end)), after: nestQuotes(quote.slice(end)) };
}

export interface FigurePopover {
  id: string;
  label: string;
  /** The value as the site states it: 超过500亿元, 几万名, 翻番（即增至2倍）. */
  value: string;
  /** The qualifier as a short tag: 确数, 下限, 约数, 预期, 无确数. */
  tag: string;
  /** What the tag means, in one phrase. */
  tagMeaning: string;
  /** The article's words that state it, the number picked out (null for a number the editors derived). */
  quote: QuoteParts | null;
  period: string;
  note: string | null;
  /** Numbers the editors computed from this one. */
  derived: { label: string; value: string; note: string; assumption: string }[];
  /** This figure in the list of all figures. */
  figuresHref: string;
  /** The paragraph that states it. */
  paragraphHref: string;
}

/** The popover of every figure marked in a paragraph of `chapterPath` (derived figures have no mark: they are listed under their inputs). */
export function figurePopover(f: Figure & { original?: Pick<Figure, 'value' | 'unit' | 'notation'> | undefined }, all: readonly Figure[], base: string, paragraphId: string): FigurePopover {
  return {
    id: f.id,
    label: f.label,
    value: formatFigure(f),
    tag: qualifierShort(f.qualifier),
    tagMeaning: qualifierMeaning(f.qualifier),
    quote: quoteParts(f.original ? { ...f.original, quote: f.quote } : f),
    period: f.period,
    note: f.note ?? null,
    derived: all.filter((d) => d.derived?.of.includes(f.id)).map((d) => ({ label: d.label, value: formatFigure(d), note: d.derived!.note, assumption: d.derived!.assumption })),
    figuresHref: withBase(base, `figures/#figure-${f.id}`),
    paragraphHref: `#${paragraphId}`,
  };
}

/** The popover element's id on a chapter page. */
export const popoverId = (figureId: string) => `pop-${figureId}`;

/** A glossary term's popover element's id on a chapter page. */
export const termPopoverId = (termId: string) => `term-pop-${termId}`;
