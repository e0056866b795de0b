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
    /**
     * The full Chinese form the pinyin spells, where the term itself is a Latin abbreviation the
     * article uses (PPP → 政府和社会资本合作); shown beside the term.
     */
    full: z.string().trim().min(2).optional(),
    /**
     * Hanyu Pinyin with tone marks, written by the national orthography (GB/T 16159-2012): by
     * words, hyphens in coordinated abbreviations, capitals for proper names and sentence starts.
     * Checked by src/lib/pinyin/orthography.ts.
     */
    // Digits as the term writes them (Zhōngguó Zhìzào 2025) and a sentence's punctuation are part of
    // the orthography; everything else about the spelling is checked by the orthography checker.
    pinyin: z.string().trim().regex(/^[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü’'\s0-9,.?!-]+$/, 'must be Hanyu Pinyin with tone marks (Latin letters only)'),
    /** The term is a proper name (a place, a plan, a brand): its pinyin capitalises each word. */
    proper: z.literal(true).optional(),
    /**
     * What kind of term it is, shown with the entry and used to filter the glossary: `official` —
     * the wording of national Party or state policy (official framing); `local` — a slogan,
     * programme or brand of Zhuzhou's or Hunan's own; `idiom` — a set phrase, proverb or quoted
     * verse; `general` — ordinary administrative or technical vocabulary.
     */
    kind: z.enum(['official', 'local', 'idiom', 'general']),
    /** The year the term arose or came into official use, where that is general knowledge the editors are sure of (the explanation gives the details); left out otherwise. */
    since: z.string().regex(/^\d{4}$/, 'must be a year (the explanation gives the details)').optional(),
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
