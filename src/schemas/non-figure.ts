import { z } from 'astro/zod';
import { quoteSchema } from './common';

/**
 * A number-like expression of the article that is deliberately NOT a figure record (a slogan, a
 * name, an ordinal of a meeting, a rhetorical amount, a claim the editors keep in the article's words).
 * The content guard scans the article for Arabic and Roman numerals, every Chinese numeral (slogans
 * and ordinary words included), 首 / 第… / 唯一 claims, 率先 / 最… / 之一 / 前列 / 领先 claims,
 * multipliers and vague amounts; each one must be
 * a figure's number, part of a dated event, or covered here — so nothing is missed silently.
 */
export const nonFigureSchema = z
  .object({
    /** The verbatim fragment; every occurrence of it in the article is covered. */
    quote: quoteSchema,
    /** Why it is not a quantitative statement (editorial, for the about page). */
    reason: z.string().min(4),
  })
  .strict();
export type NonFigure = z.infer<typeof nonFigureSchema>;
