/**
 * The public shape of a figure in the data downloads, per edition. The `quote` is the article's
 * verbatim 简体 sentence fragment in every edition (the authority each record points to); the 繁體
 * edition adds `quote_zh_hant`, its character conversion; the other text columns are in the edition's
 * words (converted in 繁體, translated in English). `columns` says which is which: the JSON download
 * carries it, /figures/ states it for the CSV. Pure.
 */
import type { Figure } from '../../schemas/figure';
import { formatFigure } from '../article/numbers';
import { figureKind } from './kind';

export const FIGURE_COLUMNS = ['id', 'label', 'value', 'unit', 'qualifier', 'kind', 'display', 'period', 'chapter', 'quote', 'notation', 'derived', 'note', 'url'] as const;
/** The 繁體 edition's extra column. */
export const HANT_QUOTE_COLUMN = 'quote_zh_hant';

export type FigureRecord = Record<string, string | number | null>;

/** How an edition makes its text columns. */
export type ColumnsMade = 'source' | 'conversion' | 'translation';

/** The edition's columns, in order, each with what it is: the source's, a conversion or a translation. */
export function figureColumns(made: ColumnsMade): { name: string; kind: 'source' | 'conversion' | 'translation' | 'data'; description: string }[] {
  const text = made === 'source' ? 'source' : made;
  const madeWord = made === 'conversion' ? 'converted to Traditional characters (Taiwan usage) from the 简体' : made === 'translation' ? 'the editors’ English translation' : 'as the site writes it (简体)';
  const cols: ReturnType<typeof figureColumns> = [
    { name: 'id', kind: 'data', description: 'stable id of the record' },
    { name: 'label', kind: text, description: `what the number is, editorial; ${madeWord}` },
    { name: 'value', kind: 'data', description: 'the number, in the unit (null for amounts the article gives only in words)' },
    { name: 'unit', kind: made === 'translation' ? 'source' : text, description: made === 'conversion' ? 'the article’s unit, character-converted' : 'the article’s unit' },
    { name: 'qualifier', kind: 'data', description: 'exact | atLeast | approx | target | vague | rank …' },
    { name: 'kind', kind: 'data', description: 'amount | rank | claim | duration: only amounts and durations are quantities to sort or plot' },
    { name: 'display', kind: text, description: `the value as the article qualifies it; ${madeWord}` },
    { name: 'period', kind: text, description: `the date or period it refers to; ${madeWord}` },
    { name: 'chapter', kind: 'data', description: 'chapter slug' },
    { name: 'quote', kind: 'source', description: 'the article’s verbatim sentence fragment, in the original 简体, in every edition' },
    ...(made === 'conversion' ? [{ name: HANT_QUOTE_COLUMN, kind: 'conversion' as const, description: 'the quote in Traditional characters: character conversion (OpenCC cn → tw, 「」 quotation marks), which converts back to the quote exactly' }] : []),
    { name: 'notation', kind: 'source', description: 'how the article writes the number, when not in digits' },
    { name: 'derived', kind: text, description: `for a number the editors derived: the arithmetic; ${madeWord}` },
    { name: 'note', kind: text, description: `editors’ note; ${madeWord}` },
    { name: 'url', kind: 'data', description: 'the paragraph that holds the quote, in this edition' },
  ];
  return cols;
}

/** What converts an edition's words: the site's own words, and the article's (units, the quote's conversion). */
export interface RecordText { site: (s: string) => string; article: (s: string) => string; made: ColumnsMade }
const SAME: RecordText = { site: (s) => s, article: (s) => s, made: 'source' };

/** A figure as published: the record's fields, its honest display text and the paragraph URL. */
export function figureRecord(f: Figure, url: string, x: RecordText = SAME): FigureRecord {
  const opt = (s: string | undefined) => (s === undefined ? null : x.site(s));
  return {
    id: f.id,
    label: x.site(f.label),
    value: f.value ?? null,
    unit: x.article(f.unit),
    kind: figureKind(f),
    qualifier: f.qualifier,
    display: x.site(formatFigure(f)),
    period: x.site(f.period),
    chapter: f.chapter,
    quote: f.quote,
    ...(x.made === 'conversion' ? { [HANT_QUOTE_COLUMN]: x.article(f.quote) } : {}),
    notation: f.notation ?? null,
    derived: f.derived ? x.site(f.derived.note) : null,
    note: opt(f.note),
    url,
  };
}
