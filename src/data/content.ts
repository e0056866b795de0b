/**
 * The site's view of content/: collections plus what is derived from them (chapter paragraphs,
 * where each figure's quote sits). Pages and endpoints read content only through here.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { parseChapterBody, locateQuote, type ArticleParagraph, type ComponentBlock } from '../lib/article';
import { chapterPath, withBase } from '../lib/paths';
import { readingMinutes } from '../lib/text';
import type { Figure } from '../schemas/figure';
import type { Place } from '../schemas/place';
import type { TimelineEvent } from '../schemas/timeline';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { siteSchema, type Site } from '../schemas/site';
import { parseDistricts, type DistrictCollection } from '../lib/map/geo';
import { buildCards } from '../lib/og-card';
import { sourceSchema, type Source } from '../schemas/source';
import { geoSourceSchema, type GeoSource } from '../schemas/geo-source';

export interface ChapterInfo {
  entry: CollectionEntry<'chapters'>;
  slug: string;
  title: string;
  paragraphs: ArticleParagraph[];
  components: ComponentBlock[];
  minutes: number;
  chars: number;
}

const BASE = import.meta.env.BASE_URL;

let chaptersCache: Promise<ChapterInfo[]> | null = null;

export function getChapters(): Promise<ChapterInfo[]> {
  chaptersCache ??= getCollection('chapters').then((entries) =>
    entries
      .sort((a, b) => a.data.order - b.data.order)
      .map((entry) => {
        const { paragraphs, components } = parseChapterBody(entry.body ?? '');
        const text = paragraphs.map((p) => p.text).join('');
        return { entry, slug: entry.id, title: entry.data.title, paragraphs, components, minutes: readingMinutes(text), chars: text.replace(/\s+/g, '').length };
      }),
  );
  return chaptersCache;
}

export interface Located {
  chapter: ChapterInfo;
  paragraph: ArticleParagraph | null;
  /** Site path of the paragraph, without the base path: chapters/x/#p3 */
  path: string;
  /** Link to the paragraph (base path included). */
  href: string;
}

/** Where a quote sits: its chapter and paragraph, as a link. */
export async function locate(chapterSlug: string, quote: string): Promise<Located> {
  const chapters = await getChapters();
  const chapter = chapters.find((c) => c.slug === chapterSlug);
  if (!chapter) throw new Error(`unknown chapter "${chapterSlug}"`);
  const paragraph = locateQuote(chapter.paragraphs, quote);
  const path = chapterPath(chapter.slug) + (paragraph ? `#${paragraph.id}` : '');
  return { chapter, paragraph, path, href: withBase(BASE, path) };
}

export async function getFigures(): Promise<(Figure & { located: Located })[]> {
  const figures = (await getCollection('figures')).map((e) => e.data);
  return Promise.all(figures.map(async (f) => ({ ...f, located: await locate(f.chapter, f.quote) })));
}

export async function getPlaces(): Promise<Place[]> {
  return (await getCollection('places')).map((e) => e.data);
}

export async function getTimeline(): Promise<(TimelineEvent & { located: Located })[]> {
  const events = (await getCollection('timeline')).map((e) => e.data);
  const out = await Promise.all(events.map(async (e) => ({ ...e, located: await locate(e.chapter, e.quote) })));
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

export const url = (path = '') => withBase(BASE, path);


// Read at build time from the project root (the content guard has already validated them).
const readYaml = (path: string): unknown => yaml.load(readFileSync(join(process.cwd(), path), 'utf8'));

export const site: Site = siteSchema.parse(readYaml('content/site.yaml'));
export const source: Source = sourceSchema.parse(readYaml('content/source.yaml'));


/** Zhuzhou's nine divisions (content/geo/, validated by the content guard). */
export const districts: DistrictCollection = parseDistricts(JSON.parse(readFileSync(join(process.cwd(), 'content/geo/zhuzhou-districts.geojson'), 'utf8')));

/** Places with the paragraph that names them (null for divisions the article does not name). */
export async function getLocatedPlaces(): Promise<(Place & { located: Located | null })[]> {
  const places = await getPlaces();
  return Promise.all(places.map(async (p) => ({ ...p, located: p.quote && p.chapter ? await locate(p.chapter, p.quote) : null })));
}

/** The boundary data's provenance: content/geo/source.json (written by npm run geo:extract). */
const geoSource: GeoSource = geoSourceSchema.parse(JSON.parse(readFileSync(join(process.cwd(), 'content/geo/source.json'), 'utf8')));

/** The boundary data's credit, as the pages show it. */
export const geoCredit = { name: geoSource.package, version: geoSource.version, copyright: geoSource.copyright, toleranceM: geoSource.toleranceM, licence: geoSource.licence };

/** The nine county-level divisions (place records with kind: division). */
export async function getDivisions() {
  return (await getPlaces()).filter((p) => p.kind === 'division');
}

/** The place names of a chapter's map: the places its frontmatter lists, divisions aside (they are the map). */
export async function chapterMapPlaces(chapter: ChapterInfo): Promise<string[]> {
  const divisions = new Set((await getDivisions()).map((d) => d.id));
  return chapter.entry.data.places.filter((id) => !divisions.has(id));
}

/** The share cards (src/lib/og-card.ts) for this content: read by BaseHead (meta tags) and the PNG endpoint. */
export async function getCards() {
  const chapters = await getChapters();
  return buildCards({
    siteName: site.name,
    headline: source.headline,
    published: source.published,
    chapters: chapters.map((c) => ({ slug: c.slug, title: c.title, dek: c.entry.data.dek })),
    figures: await getFigures(),
    divisions: (await getDivisions()).length,
  });
}
