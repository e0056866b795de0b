import { z } from 'astro/zod';

/** A repair of extraction damage: `seed` in the extract is read as `text`. */
export const repairSchema = z.object({
  /** The damaged text exactly as in seeds/ (white space ignored). */
  seed: z.string().min(1),
  /** What the site shows instead. */
  text: z.string(),
  /** Why, for the about page. */
  reason: z.string().min(1),
}).strict();
export type Repair = z.infer<typeof repairSchema>;

/**
 * What the text is, said once to readers in each edition's words: the cover's line, the whole on
 * /about/ and in print, the attribution after a copied quote and on a quote card. Facts only.
 */
export const aboutSourceSchema = z.object({
  /** One or two sentences for the cover: what the text is, who supplied its picture, what is not known. */
  line: z.string().min(1),
  /** What kind of text it is (an anniversary feature promoting the city's record) and how to read it. */
  kind: z.string().min(1),
  /** Who supplied the page's picture (the caption's credit), and that the picture is not shown. */
  picture: z.string().min(1),
  /** What is not known: the paper, the author, the page, the exact date. */
  unknown: z.string().min(1),
  /** How the text was taken from the page, and why the site does not call it complete. */
  extraction: z.string().min(1),
  /** A short attribution after the headline, for a copied quote and a quote card. */
  cite: z.string().min(1),
  /** For readers of a translation: the least context the article assumes (the English edition only). */
  context: z.string().min(1).optional(),
}).strict();
export type AboutSource = z.infer<typeof aboutSourceSchema>;

/** content/source.yaml: the article file and its closing matter. */
export const sourceSchema = z.object({
  /** Path of the article, relative to the project root. */
  file: z.string().min(1),
  /** The article's headline. */
  headline: z.string().min(1),
  /** When it was published, as known. */
  published: z.string().min(1),
  /** Where that knowledge comes from. */
  publishedNote: z.string().min(1),
  /** What the text is, for readers (see aboutSourceSchema). */
  about: aboutSourceSchema,
  /** The closing headline and photo caption at the end of the extract (after repairs). */
  closing: z.object({ headline: z.string(), caption: z.string(), credit: z.string() }).strict(),
  /** The only changes made to the article's text. */
  repairs: z.array(repairSchema),
}).strict();
export type Source = z.infer<typeof sourceSchema>;
