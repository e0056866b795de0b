/**
 * Coverage: nothing number-like in the article is missed. Every Arabic or Roman numeral, every
 * 首 / 第… / 唯一 claim, every claim of a first, a superlative or one of a few (率先, 最大, 最完整,
 * …之一), every Chinese numeral (六大难题, and those in slogans: 一岗双责, 三社联动, 最多跑一次, 双轮驱动),
 * every multiplier (翻番) and every vague amount (几万, 上百, 千亿级) in the
 * article's paragraphs is a figure's marked number, a date inside a dated event's quote, or
 * covered by an entry of content/non-figures.yaml that says why it is not a figure. Pure.
 */
import type { Chapter } from './load';
import type { FigureMark } from './figures';
import type { Problems } from './problems';
import { stripWhitespace } from '../article/text';

/**
 * The claims the scan looks for, each a record of kind claim or a listed non-figure: a first in the
 * country or the province (率先, 首先 is caught by 首), a superlative (最 and the word after it:
 * 最大, 最完整, 最先进, 最多), one of a few (之一), ahead of the field (前列, 领先).
 */
export const CLAIM_WORDS = ['率先', '最[\\u4e00-\\u9fff]', '之一', '前列', '领先'];

/** The number-like expressions the scan looks for. */
export const NUMBER_LIKE = new RegExp([
  String.raw`\d+(?:\.\d+)?(?:\/\d+)?`, // Arabic numerals
  '[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]', // Roman numerals
  '首', '唯一', '第[零〇一二两三四五六七八九十百千万]+', // firsts, onlys, places in an order
  '翻[两三]?番', String.raw`增长\d+倍`, String.raw`增至\d+倍`, // multipliers
  '[几数上][十百千万亿]+', '千千万万', '[一二三四五六七八九十百千万]+亿级', // vague amounts
  ...CLAIM_WORDS, // claims: 率先, 最大, 最完整, …之一
  '[零〇一二两三四五六七八九十百千万双]+', // every other Chinese numeral: named counts (六大难题), slogans (一岗双责, 三社联动, 最多跑一次)
].join('|'), 'g');
/** Digits that are part of a date: 2015年, 12月, 29日. */
const DATE_PART = /^\d+$/;
const DATE_NEXT = /^[年月日]/;

export interface Span { start: number; end: number }

/** Every occurrence of `quote` in `text` (both white-space-free), as spans. */
export function occurrences(text: string, quote: string): Span[] {
  const out: Span[] = [];
  if (!quote) return out;
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) out.push({ start: i, end: i + quote.length });
  return out;
}

const inside = (s: Span, at: number, length: number) => s.start <= at && at + length <= s.end;

export interface CoverageInput {
  chapters: readonly Chapter[];
  /** Marked numbers of the figures, by figure id, with the figure's chapter. */
  marks: ReadonlyMap<string, FigureMark & { chapter: string }>;
  /** The dated events' quotes, with their chapter. */
  events: readonly { chapter: string; quote: string }[];
  /** content/non-figures.yaml. */
  nonFigures: readonly { quote: string }[];
  /** Where missing coverage is reported: content/figures.yaml. */
  file: string;
  nonFiguresFile: string;
}

export function checkCoverage(input: CoverageInput, problems: Problems): void {
  const nonFigureQuotes = input.nonFigures.map((n) => stripWhitespace(n.quote));
  const eventQuotes = input.events.map((e) => ({ chapter: e.chapter, quote: stripWhitespace(e.quote) }));
  for (const c of input.chapters) {
    for (const p of c.blocks.paragraphs) {
      const text = stripWhitespace(p.text);
      const figureSpans = [...input.marks.values()].filter((m) => m.chapter === c.slug && m.paragraph === p.id);
      const eventSpans = eventQuotes.filter((e) => e.chapter === c.slug).flatMap((e) => occurrences(text, e.quote));
      const nonFigureSpans = nonFigureQuotes.flatMap((q) => occurrences(text, q));
      for (const m of text.matchAll(NUMBER_LIKE)) {
        const at = m.index!;
        const len = m[0].length;
        if (figureSpans.some((s) => inside(s, at, len))) continue;
        if (DATE_PART.test(m[0]) && DATE_NEXT.test(text.slice(at + len)) && eventSpans.some((s) => inside(s, at, len))) continue;
        if (nonFigureSpans.some((s) => inside(s, at, len))) continue;
        const context = text.slice(Math.max(0, at - 10), Math.min(text.length, at + len + 8));
        problems.push({
          file: input.file,
          entry: `${c.file} paragraph ${p.id}`,
          field: 'quote',
          message: `the article states “${m[0]}” (“…${context}…”) but no figure marks it, no dated event contains it as a date, and ${input.nonFiguresFile} does not explain it: add a figure record, or a non-figure entry with the reason`,
        });
      }
    }
  }
}
