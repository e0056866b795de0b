import { z } from 'astro/zod';
import { parseChannel } from '../lib/site/corrections';

/** content/site.yaml: the site's own (editorial) words. */
export const siteSchema = z.object({
  /** The site's name, shown in the header and in page titles. */
  name: z.string().min(1),
  /** One-line description for search engines and share previews. */
  description: z.string().min(10),
  /** The cover's editorial introduction: a few short paragraphs. */
  intro: z.array(z.string().min(1)).min(1),
  /** How readers report an error (editorial text). */
  report: z.string().min(1),
  /**
   * Where readers' error reports go: mailto:<address>, or the https:// address of an issue
   * tracker's new-issue page (the report is sent as its `title` and `body` query parameters).
   * Leave it unset unless the publisher reads it: the site then composes the report for the
   * reader to copy, and the build warns.
   */
  corrections: z.string().superRefine((s, ctx) => {
    try {
      parseChannel(s);
    } catch (e) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: (e as Error).message });
    }
  }).optional(),
}).strict();
export type Site = z.infer<typeof siteSchema>;
