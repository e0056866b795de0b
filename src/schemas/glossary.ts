import { z } from 'astro/zod';
import { idSchema } from './common';

const text = z.string().trim().min(1);

/**
 * A policy term of the article, explained (content/glossary.yaml). The explanation is the editors'
 * own, from general knowledge, and is shown as editorial; the article is only quoted.
 */
export const glossaryTermSchema = z
  .object({
    id: idSchema,
    /** The term exactly as the article writes it (simplified characters). */
    term: z.string().trim().min(2),
    /** Hanyu Pinyin with tone marks. */
    pinyin: z.string().trim().regex(/^[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü’'\s-]+$/, 'must be Hanyu Pinyin with tone marks (Latin letters only)'),
    /** The English rendering the translation uses. */
    en: text,
    /** Other forms of the English the translation uses (plural, with or without quotation marks). */
    match: z.array(text).optional(),
    /** What it means and where it comes from, in Chinese (one or two sentences; editorial). */
    zh: z.string().trim().min(12, 'must explain the term in one or two sentences'),
    /** The same in English. */
    explanation: z.string().trim().min(40, 'must explain the term in one or two sentences'),
    /** Where the explanation comes from. */
    source: z.literal('general knowledge'),
    /** A note for the editors (not shown). */
    note: text.optional(),
  })
  .strict();
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
