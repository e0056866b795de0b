/**
 * The site's content model: what the guard validated, as plain data (no parse trees), with every
 * record located in its chapter and paragraph. Built once by the content-guard integration and
 * served to pages, endpoints, share cards and tests as the virtual module `virtual:zhuzhou/content`
 * (tests and tools call {@link loadSiteContent}). Pure apart from loadSiteContent's reading.
 */
import type { ChapterSlug } from '../../schemas/common';
import type { Figure } from '../../schemas/figure';
import type { GeoSource } from '../../schemas/geo-source';
import type { NonFigure } from '../../schemas/non-figure';
import type { Place } from '../../schemas/place';
import type { Site } from '../../schemas/site';
import type { Source } from '../../schemas/source';
import type { TimelineEvent } from '../../schemas/timeline';
import type { DistrictCollection, RiverCollection } from '../map/geo';
import { readingMinutes, stripWhitespace } from '../article/text';
import type { ComponentBlock } from '../article/blocks';
import type { FigureMark } from './figures';
import type { EnglishContent, GlossaryEntry, ValidatedContent } from './index';
import { Provenance } from './provenance';

/** Where a record's quote sits. */
export interface Location {
  chapter: ChapterSlug;
  /** Paragraph id, p1 … */
  paragraph: string;
  /** 1-based paragraph number. */
  index: number;
  /** Site path of the paragraph, without the base path: chapters/x/#p3 */
  path: string;
}

/** A number marked in a paragraph: the figure, and its stretch of the paragraph's text. */
export interface ModelMark { figure: string; start: number; end: number }
/** A glossary term's first use in a chapter, marked in its paragraph. */
export interface ModelTermMark { term: string; start: number; end: number }

/** A graphic placed between paragraphs: its component, id, title, the ids it shows, and its other props. */
export interface ModelGraphic { name: string; id: string; title: string; ids: string[]; kind: string | null; note: string | null }

/** The chapter body in order: editorial subheads, the article's paragraphs (with their marked numbers), graphics. */
export type ModelBlock =
  | { type: 'heading'; id: string; depth: number; text: string }
  | { type: 'paragraph'; id: string; index: number; text: string; marks: ModelMark[]; terms: ModelTermMark[] }
  | ({ type: 'graphic' } & ModelGraphic);

export interface ModelChapter {
  slug: ChapterSlug;
  /** File name in content/chapters/. */
  file: string;
  order: number;
  title: string;
  titleSource: 'article' | 'editorial';
  short: string;
  dek: string;
  paragraphs: { id: string; index: number; text: string }[];
  headings: { id: string; depth: number; text: string }[];
  /** The graphics placed in the chapter, in order. */
  graphics: ModelGraphic[];
  /** The body in order, for rendering. */
  blocks: ModelBlock[];
  /** Characters of article text (white space removed) and minutes to read them. */
  chars: number;
  minutes: number;
}

/** A figure located in its paragraph; in the English view also its English rendering (src/lib/editions/english-view.ts). */
export type ModelFigure = Figure & { at: Location; mark: FigureMark | null; rendering?: string; whole?: boolean; original?: { value?: number | undefined; unit: string; notation?: string | undefined; label: string } };
/**
 * `quoteTranslation`: in a translated edition, the words of `quote` as the translation of its paragraph
 * has them (the Chinese stays the quote); `mapName`: a shorter name written beside its marker.
 */
export type ModelPlace = Place & { at: Location | null; quoteTranslation?: string | undefined; mapName?: string | undefined };
export type ModelEvent = TimelineEvent & { at: Location };

export interface SiteContent {
  source: Source;
  site: Site;
  chapters: ModelChapter[];
  figures: ModelFigure[];
  nonFigures: NonFigure[];
  places: ModelPlace[];
  /** In date order. */
  timeline: ModelEvent[];
  districts: DistrictCollection;
  river: RiverCollection;
  geoSource: GeoSource;
  /** The policy terms explained, with their uses. */
  glossary: GlossaryEntry[];
  /** The English edition's words (src/lib/editions/english-view.ts makes the English view of this model from them). */
  english: EnglishContent;
}

/** The site path of a chapter: chapters/<slug>/. */
export const chapterPath = (slug: string) => `chapters/${slug}/`;

const graphicOf = (k: ComponentBlock): ModelGraphic => ({
  name: k.name,
  id: k.attributes.id?.value ?? '',
  title: k.attributes.title?.value ?? '',
  kind: k.attributes.kind?.value ?? null,
  note: k.attributes.note?.value ?? null,
  ids: JSON.parse(k.attributes.figures?.value ?? k.attributes.events?.value ?? k.attributes.places?.value ?? '[]') as string[],
});

export function buildSiteContent(v: ValidatedContent): SiteContent {
  const provenance = new Provenance(v.article, '', v.chapters);
  const locate = (quote: string, chapter: ChapterSlug): Location => {
    const at = provenance.locate(quote, chapter);
    if (!at) throw new Error(`model: "${quote}" is not in chapter ${chapter} (the guard should have said so)`);
    return { chapter, paragraph: at.paragraph.id, index: at.paragraph.index, path: `${chapterPath(chapter)}#${at.paragraph.id}` };
  };
  return {
    source: v.source,
    site: v.site,
    chapters: v.chapters.map((c) => {
      const text = stripWhitespace(c.blocks.paragraphs.map((p) => p.text).join(''));
      return {
        slug: c.slug,
        file: c.file.split('/').pop()!,
        order: c.data.order,
        title: c.data.title,
        titleSource: c.data.titleSource,
        short: c.data.short,
        dek: c.data.dek,
        paragraphs: c.blocks.paragraphs.map((p) => ({ id: p.id, index: p.index, text: p.text })),
        headings: c.blocks.headings.map((h) => ({ id: h.id ?? '', depth: h.depth, text: h.text })),
        graphics: c.blocks.components.map(graphicOf),
        blocks: c.blocks.sequence.map((b): ModelBlock => {
          if (b.kind === 'heading') return { type: 'heading', id: b.id ?? '', depth: b.depth, text: b.text };
          if (b.kind === 'component') return { type: 'graphic', ...graphicOf(b) };
          const marks = v.figures.flatMap((f) => {
            const m = f.chapter === c.slug ? v.marks.get(f.id) : undefined;
            return m && m.paragraph === b.id ? [{ figure: f.id, start: m.start, end: m.end }] : [];
          });
          const terms = v.glossary.flatMap((t) => t.first.filter((u) => u.chapter === c.slug && u.paragraph === b.id).map((u) => ({ term: t.id, start: u.start, end: u.end })));
          return { type: 'paragraph', id: b.id, index: b.index, text: stripWhitespace(b.text), marks: marks.sort((x, y) => x.start - y.start), terms: terms.sort((x, y) => x.start - y.start) };
        }),
        chars: text.length,
        minutes: readingMinutes(text),
      };
    }),
    figures: v.figures.map((f) => ({ ...f, at: locate(f.quote, f.chapter), mark: v.marks.get(f.id) ?? null })),
    nonFigures: v.nonFigures,
    places: v.places.map((p) => ({ ...p, at: p.quote && p.chapter ? locate(p.quote, p.chapter) : null })),
    timeline: v.timeline.map((e) => ({ ...e, at: locate(e.quote, e.chapter) })).sort((a, b) => a.date.localeCompare(b.date)),
    districts: v.districts,
    river: v.river,
    geoSource: v.geoSource,
    glossary: v.glossary,
    english: v.english,
  };
}

/** A stretch of a paragraph: plain text, or a figure's number or a term's first use, which opens its popover. */
export type Stretch = { text: string } | { text: string; kind: 'figure' | 'term'; id: string };

/** A paragraph's text cut at its marks (figures' numbers, terms' first uses; never overlapping: the guard checks), in order. */
export function paragraphStretches(p: Extract<ModelBlock, { type: 'paragraph' }>): Stretch[] {
  const opens = [
    ...p.marks.map((m) => ({ start: m.start, end: m.end, kind: 'figure' as const, id: m.figure })),
    ...p.terms.map((m) => ({ start: m.start, end: m.end, kind: 'term' as const, id: m.term })),
  ].sort((a, b) => a.start - b.start);
  const out: Stretch[] = [];
  let at = 0;
  for (const m of opens) {
    if (m.start < at) continue;
    if (m.start > at) out.push({ text: p.text.slice(at, m.start) });
    out.push({ text: p.text.slice(m.start, m.end), kind: m.kind, id: m.id });
    at = m.end;
  }
  if (at < p.text.length) out.push({ text: p.text.slice(at) });
  return out;
}
