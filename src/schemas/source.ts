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
  /** The closing headline and photo caption at the end of the extract (after repairs). */
  closing: z.object({ headline: z.string(), caption: z.string(), credit: z.string() }).strict(),
  /** The only changes made to the article's text. */
  repairs: z.array(repairSchema),
}).strict();
export type Source = z.infer<typeof sourceSchema>;
