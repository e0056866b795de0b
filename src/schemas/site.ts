import { z } from 'astro/zod';

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
}).strict();
export type Site = z.infer<typeof siteSchema>;
