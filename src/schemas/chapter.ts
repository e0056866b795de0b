import { z } from 'astro/zod';

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
    /** A short editorial name for the chapter switcher and the cover (清水塘, 两型社会). */
    short: z.string().min(2).max(6),
  })
  .strict();
export type ChapterFrontmatter = z.infer<typeof chapterSchema>;
