import { z } from 'astro/zod';

const fileSize = z.object({ bytes: z.number().int().positive(), gzipBytes: z.number().int().positive() }).strict();

/**
 * content/geo/source.json: the boundary data's provenance, licence and method, and the derived river
 * line's, written by src/tools/extract-geo.mjs. The site's credits (about page, map credit) read it.
 */
export const geoSourceSchema = z.object({
  description: z.string().min(1),
  /** The npm package the boundaries come from, its version and tarball sha1. */
  package: z.string().min(1),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  tarballSha1: z.string().regex(/^[0-9a-f]{40}$/),
  repository: z.string(),
  /** The file inside the tarball, its size and sha256. */
  sourcePath: z.string().min(1),
  sourceBytes: z.number().int().positive(),
  sourceSha256: z.string().regex(/^[0-9a-f]{64}$/),
  licence: z.literal('MIT'),
  /** The copyright line of the package's LICENSE. */
  copyright: z.string().regex(/^Copyright /),
  /** When the extractor ran (YYYY-MM-DD). */
  extracted: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Visvalingam threshold of the simplification: a border point is dropped when the triangle it makes with its neighbours covers less than this, in km². */
  minAreaKm2: z.number().positive(),
  method: z.string().min(1),
  area: z.string().min(1),
  /**
   * Per division: positions and area of the ORIGINAL source polygon and of the simplified one, and
   * the largest distance from a source position to the simplified border, in metres.
   */
  districts: z.array(z.object({
    id: z.string().min(1),
    name: z.string().min(1),
    sourceName: z.string().min(1),
    sourcePositions: z.number().int().positive(),
    positions: z.number().int().positive(),
    sourceAreaKm2: z.number().positive(),
    areaKm2: z.number().positive(),
    maxOffsetM: z.number().int().nonnegative(),
  }).strict()).min(1),
  /** The river line: derived from the shared district border, schematic (示意), not river data. */
  river: z.object({
    id: z.string().min(1),
    name: z.string().min(1),
    file: z.string().min(1),
    derived: z.literal(true),
    schematic: z.literal(true),
    note: z.string().min(1),
    derivedFrom: z.string().min(1),
    method: z.string().min(1),
    westBank: z.string().min(1),
    eastBank: z.array(z.string().min(1)).min(1),
    eastBankNotTouching: z.array(z.string().min(1)),
    lines: z.number().int().positive(),
    positions: z.number().int().positive(),
  }).strict(),
  /** The locator inset's Hunan prefectures (same package and licence), optional for older files. */
  locator: z.object({
    file: z.string().min(1),
    note: z.string().min(1),
    method: z.string().min(1),
    sources: z.array(z.object({ id: z.string().min(1), name: z.string().min(1), path: z.string().min(1), bytes: z.number().int().positive(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict()).min(1),
    positions: z.number().int().positive(),
  }).strict().optional(),
  files: z.record(z.string(), fileSize),
}).strict();
export type GeoSource = z.infer<typeof geoSourceSchema>;
