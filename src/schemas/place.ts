import { z } from 'astro/zod';
import { chapterSlugSchema, idSchema, quoteSchema } from './common';

/** What kind of place the article names. `division` is one of Zhuzhou's nine county-level divisions. */
export const placeKindSchema = z.enum([
  'division', 'town', 'village', 'subdistrict', 'community', 'site',
  'enterprise', 'institution', 'mountain', 'river', 'road', 'city',
]);

/** How much the coordinates can be trusted. */
export const precisionSchema = z.enum(['exact', 'approximate', 'district-centroid']);

/** A place the article names (or, for divisions, one of the nine the map draws). */
export const placeSchema = z
  .object({
    /** Stable ASCII id. */
    id: idSchema,
    /** The name as the article writes it (or the official name for divisions). */
    name: z.string().min(1),
    /** What it is. */
    kind: placeKindSchema,
    /** For divisions: the name the boundary data uses when it differs (渌口区 was 株洲县 until 2018). */
    formerName: z.string().min(1).optional(),
    /** The id of the division (a place with kind `division`) it lies in; omitted for divisions. */
    district: idSchema.optional(),
    /** For rivers and roads that cross several divisions: their ids. */
    districts: z.array(idSchema).min(1).optional(),
    /** Longitude (WGS84, degrees east). */
    lon: z.number().min(-180).max(180),
    /** Latitude (WGS84, degrees north). */
    lat: z.number().min(-90).max(90),
    /** How the coordinates were obtained; anything but `exact` needs a note. */
    precision: precisionSchema,
    /** Where the coordinates or the record come from, when not from the article. */
    note: z.string().min(1).optional(),
    /** Whether the article names it (divisions the article does not name are drawn on the map only). */
    named: z.boolean().default(true),
    /** The chapter whose text names it (required when named). */
    chapter: chapterSlugSchema.optional(),
    /** The verbatim fragment that names it (required when named). */
    quote: quoteSchema.optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.named && (!p.quote || !p.chapter)) {
      ctx.addIssue({ code: 'custom', path: [p.quote ? 'chapter' : 'quote'], message: 'is required for a place the article names (set named: false otherwise)' });
    }
    if (p.precision !== 'exact' && !p.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: `is required when precision is "${p.precision}": say where the coordinates come from` });
    }
    if (p.kind !== 'division' && !p.district && !p.districts) {
      ctx.addIssue({ code: 'custom', path: ['district'], message: 'is required: the id of the division the place lies in' });
    }
  });
export type Place = z.infer<typeof placeSchema>;
