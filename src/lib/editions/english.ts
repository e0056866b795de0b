/**
 * Numbers and dates in English, computed from the records (never typed twice): 235亿元 → “23.5
 * billion yuan”, 15.8万人 → “158,000 people”, 超过 → “more than”. And the check of a translated
 * paragraph: which renderings it lacks, which numbers in it are nobody's. Pure.
 */
import { notationKind, qualifierEvidence, type NotationKind } from '../article/numbers';
import type { Qualifier } from '../../schemas/figure';

/** The part of a figure record the rendering needs (Chinese record + its English words). */
export interface RenderableFigure {
  id: string;
  value?: number | undefined;
  unit: string;
  qualifier: Qualifier;
  quote: string;
  notation?: string | undefined;
  en: { noun?: string | undefined; rendering?: string | undefined };
}

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const FRACTIONS: Record<string, string> = { '1/2': 'half', '1/3': 'one third', '2/3': 'two thirds', '1/4': 'one quarter', '3/4': 'three quarters' };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Chinese units with a scale (万 = 10⁴, 亿 = 10⁸) and the English that follows the number. */
const UNIT_WORDS: Record<string, { scale: number; word: string | null; attach?: boolean; measure: boolean }> = {
  '%': { scale: 1, word: '%', attach: true, measure: true },
  平方公里: { scale: 1, word: 'square kilometres', measure: true },
  亿元: { scale: 1e8, word: 'yuan', measure: true },
  万元: { scale: 1e4, word: 'yuan', measure: true },
  元: { scale: 1, word: 'yuan', measure: true },
  万人: { scale: 1e4, word: 'people', measure: false },
  人: { scale: 1, word: 'people', measure: false },
  年: { scale: 1, word: 'years', measure: false },
  天: { scale: 1, word: 'days', measure: false },
  次: { scale: 1, word: 'times', measure: false },
  英寸: { scale: 1, word: 'inch', measure: true },
};

/** Notations that are no quantity: their English is written out in the record. */
const WORDED: readonly NotationKind[] = ['rank', 'claim', 'roman', 'multiplier', 'vague'];

/** Whether a figure's English must be written (`rendering`) rather than computed. */
export function needsWrittenRendering(f: Pick<RenderableFigure, 'notation' | 'qualifier'>): boolean {
  if (f.qualifier === 'vague') return true;
  const kind = f.notation ? notationKind(f.notation) : 'digits';
  return kind !== null && WORDED.includes(kind);
}

/** Whether the Chinese unit needs an English noun from the record (a counter word, or none). */
export const needsNoun = (unit: string): boolean => !(unit in UNIT_WORDS);

/** A number in English figures: 158,000; 23.5; 1,000 (British style: thousands separated by commas). */
export function englishDigits(n: number): string {
  return n.toLocaleString('en-GB', { maximumFractionDigits: 4 });
}

/** A scaled amount: 2.35e10 → “23.5 billion”, 1e6 → “1 million”, 158000 → “158,000”. */
export function englishAmount(n: number): string {
  if (n >= 1e9 && Number.isInteger(Math.round(n / 1e7))) return `${englishDigits(n / 1e9)} billion`;
  if (n >= 1e6) return `${englishDigits(n / 1e6)} million`;
  return englishDigits(n);
}

/** The English for the qualifier the quote's own words carry: “more than”, “nearly”, “about”, or none. */
export function englishQualifier(f: Pick<RenderableFigure, 'qualifier' | 'quote' | 'notation' | 'unit' | 'value'>): string {
  if (f.qualifier === 'atLeast') return 'more than';
  if (f.qualifier !== 'approx') return '';
  const ev = qualifierEvidence(f.quote, f.notation ?? String(f.value ?? ''), f.unit);
  return ev?.approx && /近|接近/.test(ev.approx) ? 'nearly' : 'about';
}

/**
 * The figure as the English text must state it: qualifier, number, unit or noun. Numbers one to
 * nine of things counted are spelled out; measurements (%, yuan, square kilometres) keep digits.
 */
export function renderEnglish(f: RenderableFigure): string {
  if (needsWrittenRendering(f)) {
    if (!f.en.rendering) throw new Error(`figure "${f.id}": its notation “${f.notation ?? ''}” is no quantity; the English record must give a rendering`);
    return f.en.rendering;
  }
  if (f.value === undefined) throw new Error(`figure "${f.id}" has no value`);
  const unit = UNIT_WORDS[f.unit];
  const noun = f.en.noun ?? unit?.word ?? null;
  if (!noun && needsNoun(f.unit) && f.unit !== '') throw new Error(`figure "${f.id}": the unit “${f.unit}” is a counter word; the English record must give a noun`);
  const n = f.value * (unit?.scale ?? 1);
  if (f.unit === '强') return `top ${englishDigits(n)} ${noun}`;
  if (f.unit === '强之一') return `one of the ${Number.isInteger(n) && n >= 0 && n < 10 ? SMALL[n]! : englishDigits(n)} leading ${noun}`;
  let num: string;
  if (f.notation && f.notation in FRACTIONS) num = FRACTIONS[f.notation]!;
  else if (!unit?.measure && Number.isInteger(n) && n >= 0 && n < 10) num = SMALL[n]!;
  else num = englishAmount(n);
  const q = englishQualifier(f);
  const body = !noun ? num : unit?.attach && !f.en.noun ? `${num}${noun}` : `${num} ${noun}`;
  return q ? `${q} ${body}` : body;
}

/** Whether the record is a rank, in the article's unit: 100强 (a top-100 list), 两强之一 (one of the two leading …). */
export const isRank = (f: Pick<RenderableFigure, 'unit'>): boolean => f.unit === '强' || f.unit === '强之一';

/**
 * What a target says about its number, from the quote's own words: a forecast (将达, 预计: “forecast
 * to reach 62%”), a goal set (提出, 目标, 力争: “target: one year”), or a plan (将 建设…: “planned:
 * four major functional zones”).
 */
export function targetKind(quote: string): 'forecast' | 'goal' | 'plan' {
  if (/将达|预计|预期/.test(quote)) return 'forecast';
  if (/提出|目标|力争|争取/.test(quote)) return 'goal';
  return 'plan';
}

/**
 * Whether the figure is a claim of the article's own that the editors have not checked: a first,
 * an only, a place in a ranking of the world, the country or the province (首, 唯一, 第一, 第二,
 * 两强之一). In the translation it stands in the article's voice; standing alone, it says whose
 * claim it is. A place on a published list (100强, a top 100) is not one.
 */
export function isClaim(f: Pick<RenderableFigure, 'unit' | 'notation'>): boolean {
  if (f.unit === '强之一') return true;
  const kind = f.notation ? notationKind(f.notation) : null;
  return kind === 'claim' || kind === 'rank';
}

/** What a claim standing alone says after its words: whose claim it is. */
export const CLAIM_MARK = '(the article’s claim)';

/**
 * The figure as it reads standing alone — in a popover, the table of figures, a card, a chart's
 * data — where the sentence around it is not there to say what kind of number it is: a forecast as
 * a forecast (“forecast to reach 62%”), a goal as a target (“target: one year”), a plan as planned,
 * a rank as a rank (“among the top 100 industrial enterprises”, “one of the two leading
 * companies”), and a claim as the article's (“first (the article’s claim)”, the label giving its
 * scope: “Virtual-track train (world)”). Any other figure reads as in the text ({@link renderEnglish}).
 */
export function renderEnglishAlone(f: RenderableFigure): string {
  const inText = renderEnglish(f);
  if (f.unit === '强') return `among the ${inText}`;
  if (isClaim(f)) return `${inText} ${CLAIM_MARK}`;
  if (f.qualifier !== 'target') return inText;
  const kind = targetKind(f.quote);
  return kind === 'forecast' ? `forecast to reach ${inText}` : kind === 'goal' ? `target: ${inText}` : `planned: ${inText}`;
}

/** Whether a figure's standalone English is a whole statement (a forecast, target, plan, rank or claim) that must be shown as it is, never cut into number and unit. */
export const readsWhole = (f: Pick<RenderableFigure, 'unit' | 'qualifier' | 'notation'>): boolean => f.qualifier === 'target' || isRank(f) || isClaim(f);

/** A timeline date in English: 2015-12-29 → 29 December 2015; 2013-01 → January 2013; 2014 → 2014. */
export function englishDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (d) return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
  if (m) return `${MONTHS[Number(m) - 1]} ${y}`;
  return y!;
}

/** Where `text` contains `phrase` (case-insensitive, whole words, white space loose) at or after `from`: index and length, or null. */
export function findPhrase(text: string, phrase: string, from = 0): { at: number; length: number } | null {
  const esc = phrase.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const re = new RegExp(`(?<![\\w.,])${esc}(?![\\w]|[.,]\\d)`, 'gi');
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? { at: m.index, length: m[0].length } : null;
}

/**
 * The numbers (digit groups, with their commas and decimals) left in a paragraph once the allowed
 * phrases are taken out — each is a number that is no figure's rendering, no date of the timeline
 * and no non-figure's English.
 */
export function strayNumbers(text: string, allowed: readonly string[]): string[] {
  let rest = text;
  // Longest first, so that “29 December 2015” goes before “2015”.
  for (const a of [...allowed].sort((x, y) => y.length - x.length)) {
    for (;;) {
      const hit = findPhrase(rest, a);
      if (!hit) break;
      rest = `${rest.slice(0, hit.at)} ${rest.slice(hit.at + hit.length)}`;
    }
  }
  return [...rest.matchAll(/\d[\d,.]*\d|\d/g)].map((m) => m[0]);
}
