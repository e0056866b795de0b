import { z } from 'astro/zod';
import { chapterSlugSchema, idSchema, quoteSchema } from './common';

/**
 * How the article states a number. 超过/逾/余/以上/多/突破 → atLeast; 近/约 → approx;
 * plans and expectations (将达, 也将) → target; everything else → exact.
 */
export const qualifierSchema = z.enum(['exact', 'atLeast', 'approx', 'target']);
export type Qualifier = z.infer<typeof qualifierSchema>;

/** A number the site computes from other figures; never presented as the article's own. */
export const derivedSchema = z
  .object({
    /** The operation: `divide` reads of[0] ÷ of[1] (a percentage is taken as a share). */
    op: z.enum(['divide', 'multiply', 'sum', 'subtract']),
    /** Ids of the figures the arithmetic uses, in order. */
    of: z.array(idSchema).min(2),
    /** The arithmetic written out for readers, marked as the editors' own. */
    note: z.string().min(1),
  })
  .strict();

/** One quantitative statement of the article. */
export const figureSchema = z
  .object({
    /** Stable ASCII id; used in anchors (#figure-<id>) and chart props. */
    id: idSchema,
    /** Short editorial label in Chinese. */
    label: z.string().min(1),
    /** The number itself (for 1/3 the decimal value; for 千亿元 1000 with unit 亿元). */
    value: z.number().finite(),
    /** The unit as the article writes it (亿元, 家, %, 平方公里 …); empty for a bare count or rank. */
    unit: z.string(),
    /** How the article qualifies the number. */
    qualifier: qualifierSchema,
    /** The date or period the number refers to, as text (e.g. "2013–2016", "2018"). */
    period: z.string().min(1),
    /** The chapter whose article text states it. */
    chapter: chapterSlugSchema,
    /** The verbatim fragment of the article that states it. */
    quote: quoteSchema,
    /** The number as the article writes it, when that is not the plain decimal (1/3, 千, 九, 几万). */
    notation: z.string().min(1).optional(),
    /** Editorial note (how a relative date was read, what a vague word was taken to mean). */
    note: z.string().min(1).optional(),
    /** Shown among the cover's key numbers. */
    key: z.boolean().optional(),
    /** Present only for numbers the editors computed; then the quote need not contain the value. */
    derived: derivedSchema.optional(),
  })
  .strict();
export type Figure = z.infer<typeof figureSchema>;
