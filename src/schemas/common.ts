import { z } from 'astro/zod';

/** Ids are ASCII, lower-case, kebab-case: they appear in URLs and anchors. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case ASCII words joined by hyphens, e.g. "forest-cover"');

/** A verbatim fragment of the article (checked against seeds/ with white space removed). */
export const quoteSchema = z.string().trim().min(2, 'must be a verbatim fragment of the article');

/** The four chapters, in the article's order. */
export const chapterSlugs = ['qingshuitang', 'two-oriented-society', 'innovation', 'social-governance'] as const;
export const chapterSlugSchema = z.enum(chapterSlugs);
export type ChapterSlug = z.infer<typeof chapterSlugSchema>;
