/** Numbers as the article writes them, what its words around them mean, and how the site shows them. Pure: no I/O. */
import type { Qualifier } from '../../schemas/figure';

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };
const ROMAN: Record<string, number> = { Ⅰ: 1, Ⅱ: 2, Ⅲ: 3, Ⅳ: 4, Ⅴ: 5, Ⅵ: 6, Ⅶ: 7, Ⅷ: 8, Ⅸ: 9, Ⅹ: 10 };
/** Multiplier words and the factor each means: 翻番 is ×2, 翻两番 ×4 (增长N倍 and 增至N倍 are read by {@link multiplierFactor}). */
const DOUBLINGS: Record<string, number> = { 翻番: 2, 翻两番: 4, 翻三番: 8 };

/** What kind of notation the article uses for a number. */
export type NotationKind = 'digits' | 'fraction' | 'chinese' | 'roman' | 'rank' | 'claim' | 'multiplier' | 'vague';

const VAGUE = /^(?:[几数上][十百千万亿]+|千千万万|[一二三四五六七八九十百千万亿]+级)$/;

/** Classifies a notation; null when the site cannot read it. */
export function notationKind(notation: string): NotationKind | null {
  const s = notation.trim();
  if (/^\d+(?:\.\d+)?%?$/.test(s)) return 'digits';
  if (/^\d+\/\d+$/.test(s)) return 'fraction';
  if (Object.hasOwn(ROMAN, s)) return 'roman';
  if (/^第(?:\d+|[零〇一二两三四五六七八九十百千万]+)$/.test(s)) return 'rank';
  if (s === '首' || s === '唯一') return 'claim';
  if (Object.hasOwn(DOUBLINGS, s) || /^增长\d+(?:\.\d+)?倍$|^增至\d+(?:\.\d+)?倍$/.test(s)) return 'multiplier';
  if (VAGUE.test(s)) return 'vague';
  if (/^[零〇一二两三四五六七八九十百千万]+$/.test(s)) return 'chinese';
  return null;
}

function parseChinese(s: string): number {
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

/**
 * Reads a number in the article's notation: 147, 15.15, 62%, 1/3, 九, 两, 千, 四十, 第二, 首, 唯一,
 * Ⅱ, 翻番 (2: to twice the base), 增长2倍 (3). Returns null for vague amounts (几万, 上百, 千亿级:
 * the article gives no number) and for what the site cannot read.
 */
export function parseArticleNumber(notation: string): number | null {
  const s = notation.trim();
  switch (notationKind(s)) {
    // Stryker disable next-line Regex: a digits notation has % only at its end, so /%/ removes the same sign
    case 'digits': return Number(s.replace(/%$/, ''));
    case 'fraction': { const [a, b] = s.split('/').map(Number); return a! / b!; }
    case 'roman': return ROMAN[s]!;
    case 'claim': return 1;
    case 'multiplier': return multiplierFactor(s);
    // Stryker disable next-line Regex: a rank is 第 with digits only or Chinese numerals only (notationKind), so one anchor decides
    case 'rank': { const n = s.slice(1); return /^\d+$/.test(n) ? Number(n) : parseChinese(n); }
    case 'chinese': return parseChinese(s);
    default: return null;
  }
}

/** The factor a multiplier expression means: 翻番 2, 翻两番 4, 增长2倍 3 (growth by twice is three times), 增至2倍 2; null if none. */
export function multiplierFactor(text: string): number | null {
  const s = text.trim();
  if (Object.hasOwn(DOUBLINGS, s)) return DOUBLINGS[s]!;
  const grow = /^增长(\d+(?:\.\d+)?)倍$/.exec(s);
  if (grow) return Number(grow[1]) + 1;
  const to = /^增至(\d+(?:\.\d+)?)倍$/.exec(s);
  return to ? Number(to[1]) : null;
}

/** Every multiplier expression in a text, with its position (翻番 inside 双翻番 included). */
export function findMultipliers(text: string): { at: number; text: string; factor: number }[] {
  const out: { at: number; text: string; factor: number }[] = [];
  for (const m of text.matchAll(/翻[两三]番|翻番|增长\d+(?:\.\d+)?倍|增至\d+(?:\.\d+)?倍/g)) out.push({ at: m.index!, text: m[0], factor: multiplierFactor(m[0])! });
  return out;
}

/** The plain decimal form of a value, as the article would write it in Arabic numerals. */
export function plainNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(4)));
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Where `quote` states `notation` as a number of its own (not as part of a longer number: 6 is not
 * found in 62 or 2016, 62% not in 162%, 第2 not in 第23): its index and length, or null. Only digits
 * are bounded: a Chinese numeral is found wherever its characters are (一 also in 统一).
 */
export function locateNumber(quote: string, notation: string): { at: number; length: number } | null {
  const esc = escapeRe(notation);
  const before = /^[\d./]/.test(notation) ? '(?<![\\d.])' : '';
  const after = /[\d./]$/.test(notation) ? '(?![\\d]|\\.\\d)' : '';
  const re = new RegExp(`${before}${esc}${after}`);
  const m = re.exec(quote);
  return m ? { at: m.index, length: m[0].length } : null;
}

/** Whether `quote` states `notation` as a number of its own. */
export function quoteStatesNumber(quote: string, notation: string): boolean {
  return locateNumber(quote, notation) !== null;
}

// ───────────── what the words around a number say ─────────────

/** Words right before a number that make it a lower bound, an approximation or a plan. */
const BEFORE: Record<'atLeast' | 'approx' | 'target', string[]> = {
  atLeast: ['超过', '逾', '突破', '高于', '多于', '不止'],
  approx: ['将近', '接近', '近', '约', '大约', '大概'],
  target: ['将达到', '将达', '将', '预计', '力争', '争取', '目标'],
};
/** Words right after a number that make it a lower bound or an approximation (200多名, 60余家, 20来个). */
const AFTER: Record<'atLeast' | 'approx', string[]> = {
  atLeast: ['以上', '有余', '多', '余'],
  approx: ['左右', '上下', '来'],
};
/** The same after the number's unit (90%以上); 来 is not among them (两年来 is "in the two years since"). */
const AFTER_UNIT: Record<'atLeast' | 'approx', string[]> = {
  atLeast: ['以上', '有余', '多'],
  approx: ['左右', '上下'],
};
/** Words anywhere in a quote that make what it states a plan or an expectation. */
export const PLAN_WORDS = ['将', '预计', '力争', '目标', '计划', '规划', '拟', '提出'];

export interface QualifierEvidence {
  /** The qualifier words found next to the number, by what they mean. */
  atLeast: string | null;
  approx: string | null;
  /** A plan word right before the number (将达62%). */
  targetNear: string | null;
  /** A plan or future word anywhere in the quote. */
  plan: string | null;
  /** The notation itself is a vague amount (几万, 上百, 千亿级). */
  vague: boolean;
  /** A multiplier expression at the number (翻番, 增长2倍). */
  multiplier: { text: string; factor: number } | null;
  /**
   * The stretch of the quote that states the number with its qualifier words and unit — what the
   * page marks in the paragraph: 超过500亿元, 200多名, 90%以上, 第二条, 几万名.
   */
  span: { start: number; end: number };
}

/** What the quote's own words say about the number written as `notation` (with `unit`), or null when the number is not in the quote. */
export function qualifierEvidence(quote: string, notation: string, unit: string): QualifierEvidence | null {
  const at = locateNumber(quote, notation);
  if (!at) return null;
  const before = quote.slice(0, at.at);
  const ends = (words: string[]) => words.find((w) => before.endsWith(w)) ?? null;
  let end = at.at + at.length;
  const afterNumber = (['atLeast', 'approx'] as const).map((k) => [k, AFTER[k].find((w) => quote.startsWith(w, end)) ?? null] as const).find(([, w]) => w);
  if (afterNumber) end += afterNumber[1]!.length;
  const hasUnit = unit !== '' && unit !== '倍' && quote.startsWith(unit, end);
  if (hasUnit) end += unit.length;
  const afterUnit = hasUnit ? (['atLeast', 'approx'] as const).map((k) => [k, AFTER_UNIT[k].find((w) => quote.startsWith(w, end)) ?? null] as const).find(([, w]) => w) : undefined;
  if (afterUnit) end += afterUnit[1]!.length;
  const after = (k: 'atLeast' | 'approx') => (afterNumber?.[0] === k ? afterNumber[1] : afterUnit?.[0] === k ? afterUnit[1] : null);
  const atLeast = ends(BEFORE.atLeast) ?? after('atLeast');
  const approx = ends(BEFORE.approx) ?? after('approx');
  const targetNear = ends(BEFORE.target);
  const beforeWord = [ends(BEFORE.atLeast), ends(BEFORE.approx), targetNear].find(Boolean);
  const multiplier = findMultipliers(quote).find((m) => m.at <= at.at + at.length && m.at + m.text.length >= at.at) ?? null;
  return {
    atLeast,
    approx,
    targetNear,
    plan: PLAN_WORDS.find((w) => quote.includes(w)) ?? null,
    vague: notationKind(notation) === 'vague',
    multiplier: multiplier ? { text: multiplier.text, factor: multiplier.factor } : null,
    span: { start: at.at - (beforeWord?.length ?? 0), end },
  };
}

// ───────────── how the site shows a figure ─────────────

export interface FigureLike {
  value?: number | undefined;
  unit: string;
  qualifier: Qualifier;
  notation?: string | undefined;
  /** amount (default), rank, claim or duration: only amounts are plotted. */
  kind?: 'amount' | 'rank' | 'claim' | 'duration' | undefined;
  /** In the English edition's view, the figure's English (src/lib/editions/english-view.ts): shown as it is. */
  rendering?: string | undefined;
  /** In the English edition's view, the rendering is a whole statement (a forecast, target or rank): shown as it is, never as number + unit. */
  whole?: boolean | undefined;
}

/** Notations the site shows in the article's own words rather than as digits. */
const SHOWN_AS_WRITTEN: ReadonlySet<NotationKind> = new Set(['fraction', 'roman', 'rank', 'claim', 'multiplier', 'vague']);

/**
 * The number as the site displays it: the article's own words where digits would change what it
 * says (1/3, 第二, 首, 唯一, Ⅱ, 翻番, 几万, 上百, 千亿级), else digits (九 → 9, 千 → 1000).
 */
export function displayNumber(f: FigureLike): string {
  if (f.value === undefined && f.rendering) return f.rendering;
  const kind = f.notation ? notationKind(f.notation) : null;
  if (f.notation && ((kind && SHOWN_AS_WRITTEN.has(kind)) || f.qualifier === 'vague' || f.value === undefined)) return f.notation;
  return plainNumber(f.value!);
}

const QUALIFIER_WORD: Record<Qualifier, string> = { exact: '', atLeast: '超过', approx: '约', target: '预计', vague: '' };

const QUALIFIER_LABEL: Record<Qualifier, string> = {
  exact: '确数',
  atLeast: '下限（原文作超过／逾／突破／以上／多／余）',
  approx: '约数（原文作近／约）',
  target: '目标或预期（原文作将／预计／提出）',
  vague: '原文只以文字给出，无确数',
};

/**
 * A qualifier as a short tag beside a value (the value itself already says 超过 / 约 / 预计):
 * 确数, 下限, 约数, 预期, 无确数. {@link qualifierMeaning} says in a few words what each means.
 */
const QUALIFIER_SHORT: Record<Qualifier, string> = { exact: '确数', atLeast: '下限', approx: '约数', target: '预期', vague: '无确数' };

/** What each short tag means, in one short phrase, for the legend beside a table of figures. */
const QUALIFIER_MEANING: Record<Qualifier, string> = {
  exact: '原文的确切说法',
  atLeast: '原文作“超过”“突破”“以上”等，实际不少于此数',
  approx: '原文作“近”“约”“左右”',
  target: '目标或预计，不是已成的事实',
  vague: '原文只用文字，如“几万”“上百”',
};

/** The short tag of a qualifier: 确数 / 下限 / 约数 / 预期 / 无确数. */
export function qualifierShort(q: Qualifier): string {
  return QUALIFIER_SHORT[q];
}

/** What a qualifier's short tag means, in one phrase (for a legend). */
export function qualifierMeaning(q: Qualifier): string {
  return QUALIFIER_MEANING[q];
}

/** What a qualifier means, for tables and data: 确数, 下限…, 约数…, 目标或预期…, 原文只以文字给出…. */
export function qualifierLabel(q: Qualifier): string {
  return QUALIFIER_LABEL[q];
}

/** The qualifier in words, for labels and tables: 超过 / 约 / 预计 / '' (a vague amount says it in its own words). */
export function qualifierWord(q: Qualifier): string {
  return QUALIFIER_WORD[q];
}

/** Whether the figure is a plotted quantity: vague amounts, ranks, claims and multipliers are not. */
export function isPlottable(f: FigureLike): boolean {
  if (f.qualifier === 'vague' || f.value === undefined) return false;
  if (f.kind !== undefined && f.kind !== 'amount') return false;
  const kind = f.notation ? notationKind(f.notation) : 'digits';
  return kind === 'digits' || kind === 'fraction' || kind === 'chinese';
}

/**
 * A figure as text, honest about its qualifier: 超过1000亿元, 约20个, 预计62%, 15.15平方公里,
 * 几万名, 上百家, 第二条, 首款, 翻番（增至2倍）.
 */
export function formatFigure(f: FigureLike): string {
  if (f.rendering) return f.rendering;
  if (f.unit === '倍' && f.value !== undefined) {
    const plain = `增至${plainNumber(f.value)}倍`;
    return f.notation && f.notation !== plain ? `${f.notation}（即${plain}）` : plain;
  }
  return `${qualifierWord(f.qualifier)}${displayNumber(f)}${f.unit}`;
}

/** The short form drawn on a bar: 1000+, ≈20, 62 (only plottable figures are drawn). */
export function formatFigureShort(f: FigureLike): string {
  const n = displayNumber(f);
  if (f.qualifier === 'atLeast') return `${n}+`;
  if (f.qualifier === 'approx') return `≈${n}`;
  return n;
}

/** A date at the precision the article gives: 2015年 / 2015年12月 / 2015年12月29日 (前后 when approximate); a span of whole years 2013—2016年, as the figures' periods write it. */
export function formatArticleDate(date: string, end?: string, approximate = false): string {
  const one = (d: string) => {
    const [y, m, day] = d.split('-');
    return `${y}年${m ? `${Number(m)}月` : ''}${day ? `${Number(day)}日` : ''}`;
  };
  const years = end !== undefined && /^\d{4}$/.test(date) && /^\d{4}$/.test(end);
  const text = years ? `${date}—${end}年` : end ? `${one(date)}至${one(end)}` : one(date);
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
