import { z } from 'astro/zod';
import { chapterSlugSchema, idSchema, quoteSchema } from './common';

/**
 * How the article states a number, read from the quote's own words (the content guard checks the
 * words against this field):
 * - `exact`: a plain number (147家, 62%, 两强).
 * - `atLeast`: 超过 / 逾 / 突破 / 以上 / 多 / 余 — a lower bound, shown as "超过…", never bare.
 * - `approx`: 近 / 约 / 左右 — an approximation.
 * - `target`: 将 / 预计 / 力争 / 目标 / 提出 — a plan or an expectation, not a fact.
 * - `vague`: 几万 / 上百 / 数千 / 千亿级 — an amount the article does not give as a number: shown
 *   only in the article's words, never plotted, and the record has no `value`.
 */
export const qualifierSchema = z.enum(['exact', 'atLeast', 'approx', 'target', 'vague']);
export type Qualifier = z.infer<typeof qualifierSchema>;

/**
 * What kind of statement the figure is (the content guard checks it against the notation and the unit):
 * - `amount`: a quantity — a count, a sum of money, an area, a share (147家, 超过1000亿元, 62%).
 *   Only amounts are plotted, and only amounts of one unit are sorted by value against each other.
 * - `rank`: a place in a ranking or on a list (工业企业100强, 两强之一, 以全国排名第一), or a grade on
 *   a scale (Ⅱ类水质): the number names the list or the grade, it is not a quantity of anything; never sorted or plotted as an amount.
 * - `claim`: the article's own claim of a first or an only (首个, 首先, 唯一, 世界第一台, 世界第二条),
 *   not checked by the editors; never sorted or plotted as an amount.
 * - `duration`: a length of time (三年大见成效, 两年来, 改革开放40年, 连续九年): sorted only among
 *   durations, never plotted with amounts.
 * Left out, a figure is an `amount`.
 */
export const figureKindSchema = z.enum(['amount', 'rank', 'claim', 'duration']);
export type FigureKind = z.infer<typeof figureKindSchema>;

/** A number the site computes from other figures; never presented as the article's own. */
export const derivedSchema = z
  .object({
    /** The operation: `divide` reads of[0] ÷ of[1] (a percentage is taken as a share). */
    op: z.enum(['divide', 'multiply', 'sum', 'subtract']),
    /** Ids of the figures the arithmetic uses, in order. */
    of: z.array(idSchema).min(2),
    /** The arithmetic written out for readers, marked as the editors' own. */
    note: z.string().min(1),
    /** What the arithmetic takes for granted that the article does not say (e.g. that two counts are counted alike). */
    assumption: z.string().min(8, 'must state what the arithmetic assumes that the article does not say'),
  })
  .strict();

/** One quantitative statement of the article. */
export const figureSchema = z
  .object({
    /** Stable ASCII id; used in anchors (#figure-<id>) and chart props. */
    id: idSchema,
    /** Short editorial label in Chinese. */
    label: z.string().min(1),
    /**
     * The number itself (for 1/3 the decimal value; for 千亿元 1000 with unit 亿元; for 翻番 2 with
     * unit 倍, "to twice the base"). Absent for `vague` amounts, which the article does not give as a number.
     */
    value: z.number().finite().optional(),
    /** The unit as the article writes it (亿元, 家, %, 平方公里 …); empty for a bare count or rank; 倍 for multipliers (增至N倍). */
    unit: z.string(),
    /** What kind of statement it is: amount (default), rank, claim or duration (see figureKindSchema). */
    kind: figureKindSchema.optional(),
    /** How the article qualifies the number. */
    qualifier: qualifierSchema,
    /** Why `qualifier` differs from what the quote's words say (rarely needed; the guard asks for it). */
    qualifierNote: z.string().min(4).optional(),
    /**
     * The date or period the number refers to, as text (e.g. "2013–2016", "2014"). A year must be
     * the article's: written in the quote or before it in its paragraph, or read from a relative
     * word the period cites (文中“今年”, “去年”, “截至目前”, “现已”, “两年来”). A figure the article gives
     * without a year has none: "文中未注明年份" (the guard checks both).
     */
    period: z.string().min(1),
    /** The chapter whose article text states it. */
    chapter: chapterSlugSchema,
    /** The verbatim fragment of the article that states it. */
    quote: quoteSchema,
    /**
     * The number as the article writes it, when that is not the plain decimal: 1/3, 千, 九, 两,
     * 第二, 首, 唯一, Ⅱ, 翻番, and the vague 几万, 上百, 千亿级.
     */
    notation: z.string().min(1).optional(),
    /** What the number counts, in the article's own word (企业, 污染企业, 总人口); needed by derived figures and their inputs. */
    counts: z.string().min(1).optional(),
    /** Editorial note (how a relative date was read, what a word was taken to mean). */
    note: z.string().min(1).optional(),
    /** The chapter's signature number (exactly one a chapter): the cover's number for the chapter and its share card's. */
    key: z.boolean().optional(),
    /** Present only for numbers the editors computed; then the quote need not contain the value. */
    derived: derivedSchema.optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (f.qualifier === 'vague') {
      if (f.value !== undefined) ctx.addIssue({ code: 'custom', path: ['value'], message: 'must be left out for a vague amount: the article gives no number (show its words with notation)' });
      if (!f.notation) ctx.addIssue({ code: 'custom', path: ['notation'], message: 'is required for a vague amount: the article\'s own words (几万, 上百, 千亿级)' });
    } else if (f.value === undefined) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'is required (expected number)' });
    }
  });
export type Figure = z.infer<typeof figureSchema>;
