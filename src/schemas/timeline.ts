import { z } from 'astro/zod';
import { chapterSlugSchema, idSchema, quoteSchema } from './common';

/** A date with exactly the precision the article gives: YYYY, YYYY-MM or YYYY-MM-DD. */
export const articleDateSchema = z
  .string()
  .regex(/^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD (the precision the article gives)')
  .refine((d) => {
    const [y, m, day] = d.split('-').map(Number);
    if (!m || !day) return true;
    return new Date(Date.UTC(y!, m - 1, day)).getUTCDate() === day;
  }, 'is not a calendar date');

/** A dated event the article reports. */
export const timelineSchema = z
  .object({
    /** Stable ASCII id. */
    id: idSchema,
    /** When it happened (or starts). */
    date: articleDateSchema,
    /** The end of a span (2013年至2016年), same format. */
    end: articleDateSchema.optional(),
    /** True where the article says 前后 or similar. */
    approximate: z.boolean().default(false),
    /** Short editorial label in Chinese. */
    label: z.string().min(1),
    /** The chapter whose text reports it. */
    chapter: chapterSlugSchema,
    /** The verbatim fragment that reports it. */
    quote: quoteSchema,
    /** Editorial note (e.g. how 今年 was read). */
    note: z.string().min(1).optional(),
  })
  .strict()
  .refine((e) => !e.end || e.end >= e.date, { path: ['end'], message: 'must not be before date' });
export type TimelineEvent = z.infer<typeof timelineSchema>;
