/**
 * The English edition's words: the editors' translation of the article (content/en/article.yaml,
 * paragraph by paragraph, keyed by the chapters' paragraph ids) and the English of every record
 * and of the site's editorial words (content/en/records.yaml). The Chinese stays the authority;
 * numbers are never typed here: each figure's English rendering is computed from its record
 * (src/lib/editions/english.ts) and the build checks that the translation contains it.
 */
import { z } from 'astro/zod';
import { chapterSlugs, idSchema } from './common';
import { aboutSourceSchema } from './source';

const text = z.string().trim().min(1);
const paragraphId = z.string().regex(/^p[1-9]\d*$/, 'must be a paragraph id: p1, p2, …');

export const englishChapterSchema = z
  .object({
    /** The chapter's title (the first chapter's is editorial, as in Chinese). */
    title: text,
    /** Its short name, for the chapter switcher and cards (2–3 words). */
    short: text,
    dek: text,
    /** Each editorial subhead, by its id. */
    subheads: z.record(idSchema, text),
    /** Each graphic's title (and note), by its id. */
    graphics: z.record(idSchema, z.object({ title: text, note: text.optional() }).strict()),
    /** The translation, paragraph by paragraph. */
    paragraphs: z.record(paragraphId, text),
  })
  .strict();

export const englishArticleSchema = z
  .object({
    headline: text,
    closing: z.object({ headline: text, caption: text, credit: text }).strict(),
    chapters: z.object(Object.fromEntries(chapterSlugs.map((s) => [s, englishChapterSchema])) as Record<(typeof chapterSlugs)[number], typeof englishChapterSchema>).strict(),
  })
  .strict();
export type EnglishArticle = z.infer<typeof englishArticleSchema>;
export type EnglishChapter = z.infer<typeof englishChapterSchema>;

/** A figure in English. The number is never written here: only the words around it. */
export const englishFigureSchema = z
  .object({
    label: text,
    /**
     * What the number counts, as the translation says it right after the number (enterprises,
     * staff, days). Required where the Chinese unit is a counter word (家, 个, 名 …) or empty;
     * otherwise it replaces the unit's usual English (yuan, square kilometres, %, years).
     */
    noun: text.optional(),
    /**
     * The whole rendering, only for numbers the article does not write as a quantity: a rank or
     * claim (first, the only), a Roman numeral (Class II), a multiplier (doubled) or a vague amount
     * (tens of thousands). A plain number's rendering is computed, never typed.
     */
    rendering: text.optional(),
    note: text.optional(),
    qualifierNote: text.optional(),
    derived: z.object({ note: text, assumption: text }).strict().optional(),
  })
  .strict();
export type EnglishFigure = z.infer<typeof englishFigureSchema>;

export const englishRecordsSchema = z
  .object({
    site: z.object({ name: text, description: text, intro: z.array(text).min(1), report: text }).strict(),
    source: z.object({ published: text, publishedNote: text, about: aboutSourceSchema.required({ context: true }), repairs: z.record(z.string(), text) }).strict(),
    /** The figures' periods: each Chinese period string, in English. */
    periods: z.record(z.string(), text),
    figures: z.record(idSchema, englishFigureSchema),
    /**
     * Each place's English; `short`: a shorter name written beside its marker on the maps (the list and
     * the popups give `name`); `quote`: the words of the Chinese record's quote as the English
     * translation of its paragraph has them (checked).
     */
    places: z.record(idSchema, z.object({ name: text, short: text.optional(), note: text.optional(), formerName: text.optional(), quote: text.optional() }).strict()),
    /** Each event's label; an event with a note in Chinese has { label, note }. */
    timeline: z.record(idSchema, z.union([text, z.object({ label: text, note: text }).strict()])),
    /** Non-figures (content/non-figures.yaml, by their Chinese quote): the English the translation uses for them, where it has digits. */
    nonFigures: z.record(z.string(), z.array(text)).default({}),
  })
  .strict();
export type EnglishRecords = z.infer<typeof englishRecordsSchema>;
