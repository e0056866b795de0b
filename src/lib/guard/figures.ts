/**
 * Figures: each number is in its quote as the article writes it, and means what the article's
 * words around it say (qualifier, vague amounts, multipliers); derived numbers redo their
 * arithmetic, state their assumption and count only what their inputs count. Pure.
 */
import type { Figure } from '../../schemas/figure';
import { notationKind, parseArticleNumber, plainNumber, qualifierEvidence, type QualifierEvidence } from '../article/numbers';
import { stripWhitespace } from '../article/text';
import type { Problems } from './problems';
import type { Provenance, QuoteLocation } from './provenance';
import { figureKind } from '../figures/kind';

/** The words of a period that say the article gives no year (文中未注明年份). */
export const PERIOD_NOT_GIVEN = /未注明|未写|未说明/;
/** Relative words a period may cite for the year of publication or the year before (文中“今年”). */
export const RELATIVE_WORDS = ['今年', '去年', '截至目前', '现已', '两年来', '已'];
const YEAR = /(?:19|20)\d\d/g;
/** A year a period writes otherwise than 2014年, 2013年7月 or a span 2013—2016年 (one style across the site). */
const YEAR_OUT_OF_STYLE = /(?:19|20)\d\d(?!年|—(?:19|20)\d\d年)/;

/**
 * A period's year must be the article's: every year it names is written in the quote or before it
 * in the same paragraph (the nearest year written before the quote's end is the period's last),
 * or the period cites a relative word (文中“今年”) that the quote or the text before it in the
 * paragraph says. A period with no year says the article gives none (文中未注明年份); one that
 * names a year and says none is given contradicts itself.
 */
export function periodProblems(f: Figure, before: string | null): { field: string; message: string }[] {
  const years = [...new Set(f.period.match(YEAR) ?? [])];
  const notGiven = PERIOD_NOT_GIVEN.test(f.period);
  if (YEAR_OUT_OF_STYLE.test(f.period)) return [{ field: 'period', message: `is "${f.period}": write a year as 2014年 and a span of years as 2013—2016年 (an em dash, 年 once at the end), as the other periods do` }];
  if (!years.length) return notGiven ? [] : [{ field: 'period', message: `is "${f.period}", which names no year and does not say the article gives none: write "文中未注明年份" (with what the article does say)` }];
  const cited = [...f.period.matchAll(/文中“([^”]+)”/g)].map((m) => m[1]!);
  if (notGiven && !cited.length && !/起算|起点|起止/.test(f.period)) return [{ field: 'period', message: `is "${f.period}": it names ${years.join(', ')} and says the article gives no year; a figure the article gives without a year has no year (write "文中未注明年份")` }];
  if (before === null || f.derived) return [];
  if (cited.length) {
    const bad = cited.filter((w) => !RELATIVE_WORDS.includes(w) || !before.includes(w));
    return bad.length ? [{ field: 'period', message: `is "${f.period}" but cites “${bad.join('”, “')}”, which is not a relative date (${RELATIVE_WORDS.join(' / ')}) written in the quote or before it in its paragraph` }] : [];
  }
  const written: string[] = before.match(YEAR) ?? [];
  const missing = years.filter((y) => !written.includes(y));
  if (missing.length) return [{ field: 'period', message: `is "${f.period}" but ${missing.join(', ')} is not written in the quote or before it in its paragraph: a figure the article gives without a year has no year (write "文中未注明年份")` }];
  const nearest = written[written.length - 1]!;
  const last = years.sort()[years.length - 1]!;
  if (nearest !== last) return [{ field: 'period', message: `is "${f.period}" but the year written nearest before the number is ${nearest}: the period must be the date the article gives the number` }];
  return [];
}

/** A figure's kind against its notation and unit: a rank or a claim is never an amount, a length of time in 年 is a duration. */
export function kindProblems(f: Figure): { field: string; message: string }[] {
  const kind = figureKind(f);
  const notation = f.notation ? notationKind(f.notation) : null;
  if (f.unit === '强' || f.unit === '强之一') return kind === 'rank' ? [] : [{ field: 'kind', message: `is "${kind}" but “${f.notation ?? f.value}${f.unit}” is a place on a list (100强, 两强之一): use kind: rank` }];
  if (notation === 'rank' || notation === 'claim') return kind === 'rank' || kind === 'claim' ? [] : [{ field: 'kind', message: `is "${kind}" but “${f.notation}” is a ${notation === 'rank' ? 'place in an order (第…)' : 'claim (首, 唯一)'}: use kind: rank or claim, never an amount` }];
  if (kind === 'rank' && notation === 'roman') return []; // a grade on a scale (Ⅱ类水质)
  if (kind === 'rank' || kind === 'claim') return [{ field: 'kind', message: `is "${kind}" but the article writes ${f.notation ? `“${f.notation}”` : `the plain number ${f.value}${f.unit}`}, no rank or claim (第…, 首, 唯一, 强): a ${kind} has the article's word as its notation` }];
  if (f.unit === '年' && kind !== 'duration') return [{ field: 'kind', message: `is "${kind}" but ${f.notation ?? f.value}年 is a length of time: use kind: duration` }];
  if (kind === 'duration' && f.unit !== '年') return [{ field: 'kind', message: `is "duration" but the unit is "${f.unit}", not a length of time (年)` }];
  return [];
}

/** Where a figure's number is marked in the article: its paragraph and the stretch of text that states it. */
export interface FigureMark {
  /** Paragraph id (p1 …). */
  paragraph: string;
  /** Start and end offsets in the paragraph's text with white space removed. */
  start: number;
  end: number;
  /** The marked text: 超过500亿元, 几万名, 第二条. */
  text: string;
}

const WORDS: Record<'atLeast' | 'approx' | 'target' | 'vague', string> = {
  atLeast: '超过 / 逾 / 突破 / 以上 / 多 / 余',
  approx: '近 / 约 / 左右',
  target: '将 / 预计 / 力争 / 目标 / 提出',
  vague: '几万 / 上百 / 数千 / 千亿级',
};

/** The qualifier checks: what the quote's words say about the number against `qualifier`. */
export function qualifierProblems(f: Figure, ev: QualifierEvidence): { field: string; message: string }[] {
  if (f.qualifierNote) return [];
  const out: { field: string; message: string }[] = [];
  const near = ev.atLeast ?? ev.approx ?? ev.targetNear;
  switch (f.qualifier) {
    case 'exact':
      if (near) out.push({ field: 'qualifier', message: `is "exact" but the quote qualifies the number with “${near}”: use ${ev.atLeast ? 'atLeast' : ev.approx ? 'approx' : 'target'} (or explain in qualifierNote)` });
      else if (ev.vague) out.push({ field: 'qualifier', message: `is "exact" but “${f.notation}” is a vague amount: use vague (or explain in qualifierNote)` });
      break;
    case 'atLeast':
      if (!ev.atLeast) out.push({ field: 'qualifier', message: `is "atLeast" but the quote has no word of a lower bound (${WORDS.atLeast}) next to the number (or explain in qualifierNote)` });
      break;
    case 'approx':
      if (!ev.approx) out.push({ field: 'qualifier', message: `is "approx" but the quote has no word of an approximation (${WORDS.approx}) next to the number (or explain in qualifierNote)` });
      break;
    case 'target':
      if (!ev.plan) out.push({ field: 'qualifier', message: `is "target" but the quote has no word of a plan or an expectation (${WORDS.target}) (or explain in qualifierNote)` });
      break;
    case 'vague':
      if (!ev.vague) out.push({ field: 'qualifier', message: `is "vague" but “${f.notation}” is not a vague amount (${WORDS.vague}) (or explain in qualifierNote)` });
      break;
  }
  if (f.qualifier !== 'vague' && f.qualifier !== 'exact' && ev.vague) out.push({ field: 'qualifier', message: `is "${f.qualifier}" but “${f.notation}” is a vague amount: use vague` });
  return out;
}

/** The multiplier checks: 翻番 / 翻两番 / 增长N倍 / 增至N倍 against the unit (倍: to N times the base) and the value. */
export function multiplierProblems(f: Figure, ev: QualifierEvidence): { field: string; message: string }[] {
  if (ev.multiplier) {
    if (f.unit !== '倍') return [{ field: 'unit', message: `is "${f.unit}" but the quote says “${ev.multiplier.text}”, a multiplier: use unit 倍 with the value it multiplies to (${plainNumber(ev.multiplier.factor)})` }];
    if (f.value !== ev.multiplier.factor) return [{ field: 'value', message: `is ${f.value} but “${ev.multiplier.text}” multiplies to ${plainNumber(ev.multiplier.factor)} (翻番 is ×2, 翻两番 ×4, 增长N倍 is ×(N+1), 增至N倍 is ×N)` }];
    return [];
  }
  if (f.unit === '倍') return [{ field: 'unit', message: 'is 倍 but the quote has no multiplier (翻番, 翻两番, 增长N倍, 增至N倍) at the number' }];
  return [];
}

/** Checks a figure's number against its quote; returns where the number is marked in its paragraph. */
export function checkFigureNumber(file: string, f: Figure, at: QuoteLocation | null, problems: Problems): FigureMark | null {
  const entry = `figure "${f.id}"`;
  const notation = f.notation ?? (f.value !== undefined ? plainNumber(f.value) : '');
  const quote = stripWhitespace(f.quote);
  const ev = notation ? qualifierEvidence(quote, notation, f.unit) : null;
  if (!ev) {
    problems.push({ file, entry, field: 'quote', message: `does not contain the figure's number "${notation}"${f.notation ? '' : ` (value ${f.value}; if the article writes it differently, e.g. 1/3 or 九, set notation)`}` });
    return null;
  }
  if (f.notation) {
    const kind = notationKind(f.notation);
    const parsed = parseArticleNumber(f.notation);
    if (kind === null) problems.push({ file, entry, field: 'notation', message: `"${f.notation}" is not a number the site can read (digits, a fraction, Chinese or Roman numerals, 第…, 首, 唯一, 翻番, or a vague amount)` });
    else if (parsed !== null && f.value !== undefined && Math.abs(parsed - f.value) > 1e-3 * Math.max(1, Math.abs(f.value))) problems.push({ file, entry, field: 'value', message: `is ${f.value} but the notation "${f.notation}" reads as ${plainNumber(parsed)}` });
  }
  for (const p of [...qualifierProblems(f, ev), ...multiplierProblems(f, ev)]) problems.push({ file, entry, ...p });
  if (!at) return null;
  const start = at.offset + ev.span.start;
  const end = at.offset + ev.span.end;
  return { paragraph: at.paragraph.id, start, end, text: quote.slice(ev.span.start, ev.span.end) };
}

/**
 * A derived figure: the arithmetic is redone; the assumption is stated; and it is labelled as what
 * its inputs count, in the article's words (a sum or difference counts what every input counts; a
 * quotient counts the whole of its percentage).
 */
export function checkDerived(file: string, f: Figure, byId: ReadonlyMap<string, Figure>, known: (id: string) => boolean, problems: Problems): void {
  const d = f.derived!;
  const entry = `figure "${f.id}"`;
  d.of.forEach((id) => {
    if (!known(id)) problems.push({ file, entry, field: 'derived.of', message: `refers to unknown figure "${id}"` });
  });
  const inputs = d.of.map((id) => byId.get(id));
  if (!inputs.every(Boolean)) return;
  const ins = inputs as Figure[];
  const unvalued = ins.filter((x) => x.value === undefined);
  if (unvalued.length) {
    problems.push({ file, entry, field: 'derived.of', message: `uses ${unvalued.map((x) => `"${x.id}"`).join(', ')}, which the article gives only in words: no arithmetic can be done with a vague amount` });
    return;
  }
  if (f.value !== undefined) {
    const vals = ins.map((x) => (x.unit === '%' ? x.value! / 100 : x.value!));
    const computed = d.op === 'divide' ? vals.reduce((a, b) => a / b) : d.op === 'multiply' ? vals.reduce((a, b) => a * b) : d.op === 'sum' ? vals.reduce((a, b) => a + b) : vals.reduce((a, b) => a - b);
    const decimals = (String(f.value).split('.')[1] ?? '').length;
    if (Math.abs(computed - f.value) > 0.5 * 10 ** -decimals + 1e-9) {
      problems.push({ file, entry, field: 'value', message: `is ${f.value} but ${d.op} of ${d.of.join(', ')} gives ${Number(computed.toFixed(decimals + 2))}` });
    }
  }
  // What it counts: the article must give every input as that category.
  if (!f.counts) {
    problems.push({ file, entry, field: 'counts', message: 'is required for a derived figure: what it counts, in the article\'s word (企业, 总人口)' });
    return;
  }
  if (!f.label.includes(f.counts)) problems.push({ file, entry, field: 'label', message: `must name what the figure counts (“${f.counts}”)` });
  const mustCount = d.op === 'divide' ? ins.slice(1) : d.op === 'multiply' ? ins.slice(0, 1) : ins;
  for (const x of mustCount) {
    if (!x.counts) problems.push({ file, entry, field: 'counts', message: `is “${f.counts}” but input "${x.id}" does not say what it counts (give it counts, in the article's word)` });
    else if (x.counts !== f.counts) problems.push({ file, entry, field: 'counts', message: `is “${f.counts}” but input "${x.id}" counts “${x.counts}”: a derived figure cannot be labelled as a category the article does not give its inputs in` });
  }
}

/** What a figure counts must be the article's word, in its quote. */
export function checkCounts(file: string, f: Figure, problems: Problems): void {
  if (f.counts && !f.derived && !stripWhitespace(f.quote).includes(f.counts)) {
    problems.push({ file, entry: `figure "${f.id}"`, field: 'counts', message: `is “${f.counts}” but the quote does not say “${f.counts}”: what a figure counts is the article's own word` });
  }
}

/** Checks every figure; returns where each non-derived figure's number is marked. */
export function checkFigures(file: string, figures: readonly Figure[], provenance: Provenance, known: (id: string) => boolean, problems: Problems): Map<string, FigureMark> {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const marks = new Map<string, FigureMark>();
  for (const f of figures) {
    const at = provenance.check(file, `figure "${f.id}"`, f.quote, f.chapter, problems);
    checkCounts(file, f, problems);
    for (const p of kindProblems(f)) problems.push({ file, entry: `figure "${f.id}"`, ...p });
    const before = at ? stripWhitespace(at.paragraph.text).slice(0, at.offset + stripWhitespace(f.quote).length) : null;
    for (const p of periodProblems(f, f.derived ? null : before)) problems.push({ file, entry: `figure "${f.id}"`, ...p });
    if (f.derived) {
      checkDerived(file, f, byId, known, problems);
      continue;
    }
    const mark = checkFigureNumber(file, f, at, problems);
    if (mark) marks.set(f.id, mark);
  }
  checkMarkOverlaps(file, figures, marks, problems);
  return marks;
}

/** Each chapter has exactly one signature number (`key: true`), a number the article states (not derived, not vague). */
export function checkSignatures(file: string, figures: readonly Figure[], chapters: readonly string[], problems: Problems): void {
  for (const slug of chapters) {
    const keys = figures.filter((f) => f.key && f.chapter === slug);
    if (keys.length !== 1) problems.push({ file, entry: `chapter "${slug}"`, field: 'key', message: `has ${keys.length} figures with key: true${keys.length ? ` (${keys.map((f) => f.id).join(', ')})` : ''}: mark exactly one, the chapter's signature number` });
  }
  for (const f of figures) {
    if (f.key && (f.derived || f.qualifier === 'vague')) problems.push({ file, entry: `figure "${f.id}"`, field: 'key', message: 'marks a signature number that the article does not state as a number (derived or vague)' });
  }
}

/** Two figures' marked numbers may not overlap in a paragraph: each opens its own popover. */
export function checkMarkOverlaps(file: string, figures: readonly Figure[], marks: ReadonlyMap<string, FigureMark>, problems: Problems): void {
  const placed = figures.filter((f) => marks.has(f.id)).map((f) => ({ f, m: marks.get(f.id)! }));
  for (const [i, a] of placed.entries()) {
    for (const b of placed.slice(i + 1)) {
      if (a.f.chapter === b.f.chapter && a.m.paragraph === b.m.paragraph && a.m.start < b.m.end && b.m.start < a.m.end) {
        problems.push({ file, entry: `figure "${b.f.id}"`, field: 'quote', message: `marks “${b.m.text}” in ${a.m.paragraph}, which overlaps “${a.m.text}” of figure "${a.f.id}": each number in the text opens one figure` });
      }
    }
  }
}
