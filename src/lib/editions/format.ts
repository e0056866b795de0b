/**
 * How an edition writes numbers, dates and chapter numbers: the Chinese forms of
 * src/lib/article/numbers.ts, or their English. Pure.
 */
import { chapterKicker, chineseNumeral, displayNumber, formatArticleDate, formatFigureShort, qualifierLabel, qualifierWord, type FigureLike } from '../article/numbers';
import type { Qualifier } from '../../schemas/figure';
import { englishDate, englishDigits } from './english';

export interface Formatter {
  /** Chapter n's kicker: 第一章 / Chapter 1. */
  kicker(n: number): string;
  /** A small count in words: 九 / nine. */
  numeral(n: number): string;
  /** The qualifier in a word or two: 超过 / more than. */
  qualifierWord(q: Qualifier): string;
  /** What the qualifier means, for tables and data. */
  qualifierLabel(q: Qualifier): string;
  /** The number alone, as a key number shows it beside its unit: 1000, 1/3, 上百 / 100, 158,000 (a figure without a value: its words). */
  number(f: FigureLike & { rendering?: string | undefined }): string;
  /**
   * A figure as a key number shows it, in three parts (qualifier word, number, unit): 超过 + 1000 +
   * 亿元 / more than + 100 + billion yuan. A forecast, target or rank in English is one statement
   * (forecast to reach 62%, among the top 100 …): its whole rendering is the number, with no parts around it.
   */
  parts(f: FigureLike & { rendering?: string | undefined }): { prefix: string; number: string; unit: string };
  /** The short form drawn on a bar: 1000+, ≈20, 62. */
  figureShort(f: FigureLike): string;
  /** A date at the precision the article gives. */
  date(date: string, end?: string, approximate?: boolean): string;
  /** Words joined as the language joins them: 超过1000亿元 / more than 100 billion yuan (empty parts dropped). */
  phrase(...parts: string[]): string;
}

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const EN_WORD: Record<Qualifier, string> = { exact: '', atLeast: 'more than', approx: 'about', target: 'forecast', vague: '' };
const EN_LABEL: Record<Qualifier, string> = {
  exact: 'exact',
  atLeast: 'lower bound (the article says more than)',
  approx: 'approximate (the article says nearly or about)',
  target: 'target or expectation (the article says will, expected or proposed)',
  vague: 'given only in words, no number',
};

export const zhFormat: Formatter = {
  kicker: chapterKicker,
  numeral: chineseNumeral,
  qualifierWord,
  qualifierLabel,
  number: displayNumber,
  parts: (f) => ({ prefix: qualifierWord(f.qualifier), number: displayNumber(f), unit: f.value === undefined ? '' : f.unit }),
  figureShort: formatFigureShort,
  date: formatArticleDate,
  phrase: (...parts) => parts.join(''),
};

export const enFormat: Formatter = {
  kicker: (n) => `Chapter ${n}`,
  numeral: (n) => (Number.isInteger(n) && n >= 0 && n <= 10 ? SMALL[n]! : String(n)),
  qualifierWord: (q) => EN_WORD[q],
  qualifierLabel: (q) => EN_LABEL[q],
  number: (f) => (f.value === undefined ? f.rendering ?? '' : englishDigits(f.value)),
  parts: (f) => (f.whole && f.rendering
    ? { prefix: '', number: f.rendering, unit: '' }
    : { prefix: EN_WORD[f.qualifier], number: f.value === undefined ? f.rendering ?? '' : englishDigits(f.value), unit: f.value === undefined ? '' : f.unit }),
  figureShort: (f) => {
    const n = f.value === undefined ? '' : String(Number(f.value.toFixed(4)));
    return f.qualifier === 'atLeast' ? `${n}+` : f.qualifier === 'approx' ? `≈${n}` : n;
  },
  date: (date, end, approximate = false) => {
    const text = end ? `${englishDate(date)} to ${englishDate(end)}` : englishDate(date);
    return approximate ? `around ${text}` : text;
  },
  phrase: (...parts) => parts.filter(Boolean).join(' ').replace(/ %/g, '%'),
};

export const formatterFor = (language: 'zh' | 'en'): Formatter => (language === 'en' ? enFormat : zhFormat);
