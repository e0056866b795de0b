/** Numbers as the article writes them, and as the site shows them. Pure: no I/O. */
import type { Qualifier } from '../schemas/figure';

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };
/** Words in front of a number that make it vague (上百 = "a hundred or more", 几万 = "tens of thousands"). */
const VAGUE_PREFIXES = ['上', '几', '数'];

/**
 * Parses a number in the article's notation: 147, 15.15, 62%, 1/3, 九, 两, 千, 四十, 上百, 几万.
 * Returns null when the notation is not a number the site knows how to read.
 */
export function parseArticleNumber(notation: string): number | null {
  let s = notation.trim().replace(/%$/, '').replace(/^第/, '');
  if (s === '翻番') return 2;
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  const frac = /^(\d+)\/(\d+)$/.exec(s);
  if (frac) return Number(frac[1]) / Number(frac[2]);
  for (const p of VAGUE_PREFIXES) if (s.startsWith(p) && s.length > 1) s = s.slice(1);
  if (!/^[零〇一二两三四五六七八九十百千万]+$/.test(s)) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in DIGITS) {
      digit = DIGITS[ch]!;
    } else if (ch === '万') {
      total += (section + (digit ?? 0) || 1) * 10000;
      section = 0;
      digit = null;
    } else {
      section += (digit ?? 1) * UNITS[ch]!;
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}

/** The plain decimal form of a value, as the article would write it in Arabic numerals. */
export function plainNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(4)));
}

/**
 * Whether `quote` states `notation` as a number of its own (not as part of a longer number:
 * 6 is not found in 62 or 2016).
 */
export function quoteStatesNumber(quote: string, notation: string): boolean {
  const esc = notation.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const re = /^[\d./]+$/.test(notation) ? new RegExp(`(?<![\\d.])${esc}(?![\\d]|\\.\\d)`) : new RegExp(esc);
  return re.test(quote);
}

export interface FigureLike {
  value: number;
  unit: string;
  qualifier: Qualifier;
  notation?: string | undefined;
}

/** The number as the site displays it: the article's own fraction (1/3) where it used one, else digits. */
export function displayNumber(f: FigureLike): string {
  if (f.notation && /^\d+\/\d+$/.test(f.notation)) return f.notation;
  if (f.notation?.startsWith('第')) return `第${plainNumber(f.value)}`;
  return plainNumber(f.value);
}

const QUALIFIER_WORD: Record<Qualifier, string> = { exact: '', atLeast: '超过', approx: '约', target: '预计' };

/** The qualifier in words, for labels and tables: 超过 / 约 / 预计 / ''. */
export function qualifierWord(q: Qualifier): string {
  return QUALIFIER_WORD[q];
}

/** A figure as text, honest about its qualifier: 超过1000亿元, 约20个, 预计62%, 15.15平方公里. */
export function formatFigure(f: FigureLike): string {
  return `${qualifierWord(f.qualifier)}${displayNumber(f)}${f.unit}`;
}

/** The short form for big-number displays: 1000+, ≈20, 62. */
export function formatFigureShort(f: FigureLike): string {
  const n = displayNumber(f);
  if (f.qualifier === 'atLeast') return `${n}+`;
  if (f.qualifier === 'approx') return `≈${n}`;
  return n;
}

/** A date at the precision the article gives: 2015年 / 2015年12月 / 2015年12月29日 (前后 when approximate). */
export function formatArticleDate(date: string, end?: string, approximate = false): string {
  const one = (d: string) => {
    const [y, m, day] = d.split('-');
    return `${y}年${m ? `${Number(m)}月` : ''}${day ? `${Number(day)}日` : ''}`;
  };
  const text = end ? `${one(date)}至${one(end)}` : one(date);
  return approximate ? `${text}前后` : text;
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 … 10 in Chinese numerals (一 … 十); other numbers in digits. */
export function chineseNumeral(n: number): string {
  return Number.isInteger(n) && n >= 1 && n <= NUMERALS.length ? NUMERALS[n - 1]! : String(n);
}

/** 第一章 … 第十章 (1-based). */
export function chapterKicker(n: number): string {
  return `第${chineseNumeral(n)}章`;
}
