import { z } from 'astro/zod';
import { idSchema } from './common';

/** Frontmatter of content/chapters/NN-<slug>.mdx. The slug comes from the file name. */
export const chapterSchema = z
  .object({
    /** The chapter title: the article's own head, or an editorial title where the article has none. */
    title: z.string().min(1),
    /** Whether the title is the article's (`article`) or the editors' (`editorial`). */
    titleSource: z.enum(['article', 'editorial']),
    /** Position in the documentary, 1–4, matching the NN- prefix of the file name. */
    order: z.number().int().min(1).max(4),
    /** Editorial standfirst: one or two sentences, never article text. */
    dek: z.string().min(10).max(120),
    /** Ids of the figure records the chapter shows. */
    figures: z.array(idSchema).default([]),
    /** Ids of the place records the chapter names. */
    places: z.array(idSchema).default([]),
  })
  .strict();
export type ChapterFrontmatter = z.infer<typeof chapterSchema>;
