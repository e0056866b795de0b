/**
 * The build's content guard: schemas, provenance and fidelity over the whole content/ folder.
 * Pure: it takes the files' text and returns problems; src/plugins/content-guard.ts does the I/O.
 */
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { chapterSchema, type ChapterFrontmatter } from '../schemas/chapter';
import { chapterSlugs, type ChapterSlug } from '../schemas/common';
import { figureSchema, type Figure } from '../schemas/figure';
import { placeSchema, type Place } from '../schemas/place';
import { siteSchema, type Site } from '../schemas/site';
import { sourceSchema, type Source } from '../schemas/source';
import { timelineSchema, type TimelineEvent } from '../schemas/timeline';
import { chapterArticleText, locateQuote, parseChapterBody, splitFrontmatter, type ChapterBlocks } from './article';
import { parseArticleNumber, plainNumber, quoteStatesNumber } from './numbers';
import { checkComponents } from './components';
import { findDistrict, parseDistricts, type DistrictCollection } from './map/geo';
import { articleText, firstDifference, stripWhitespace } from './text';

export interface ContentProblem {
  /** Path relative to the project root, e.g. content/figures.yaml */
  file: string;
  /** The record or block, e.g. figure "forest-cover" */
  entry: string;
  /** The field, e.g. quote */
  field: string;
  /** What is wrong and what was expected. */
  message: string;
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file} › ${p.entry} › ${p.field}: ${p.message}`;
}

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`Content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing was built:\n${problems.map((p) => `  ✗ ${formatProblem(p)}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

/** The files the guard reads, as text, keyed by path relative to the project root. */
export interface ContentFiles {
  source: { path: string; text: string };
  site: { path: string; text: string };
  seed: { path: string; text: string } | null;
  figures: { path: string; text: string };
  places: { path: string; text: string };
  timeline: { path: string; text: string };
  chapters: { path: string; text: string }[];
  /** content/geo/zhuzhou-districts.geojson */
  geo: { path: string; text: string };
}

export interface Chapter {
  file: string;
  slug: ChapterSlug;
  data: ChapterFrontmatter;
  blocks: ChapterBlocks;
  /** White-space-free article text of the chapter (title excluded). */
  text: string;
}

export interface ValidatedContent {
  source: Source;
  site: Site;
  figures: Figure[];
  places: Place[];
  timeline: TimelineEvent[];
  chapters: Chapter[];
  article: string;
  districts: DistrictCollection;
}

type Problems = ContentProblem[];

function loadYaml(file: { path: string; text: string }, problems: Problems): unknown {
  try {
    return yaml.load(file.text);
  } catch (e) {
    const err = e as { reason?: string; mark?: { line: number; column: number }; message: string };
    const where = err.mark ? ` at line ${err.mark.line + 1}, column ${err.mark.column + 1}` : '';
    problems.push({ file: file.path, entry: '(whole file)', field: 'YAML', message: `is malformed${where}: ${err.reason ?? err.message}` });
    return undefined;
  }
}

function zodProblems(file: string, entry: string, error: z.ZodError, problems: Problems): void {
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.join('.') : '(record)';
    let message = issue.message;
    if (issue.code === 'invalid_type') message = issue.received === 'undefined' ? `is required (expected ${issue.expected})` : `must be ${issue.expected}, found ${issue.received}`;
    if (issue.code === 'unrecognized_keys') message = `has unknown field(s): ${issue.keys.join(', ')}`;
    if (issue.code === 'invalid_enum_value') message = `must be one of ${issue.options.map((o) => `"${String(o)}"`).join(', ')}, found "${String(issue.received)}"`;
    problems.push({ file, entry, field, message });
  }
}

function entryName(kind: string, raw: unknown, index: number): string {
  const id = raw && typeof raw === 'object' && 'id' in raw ? (raw as { id: unknown }).id : undefined;
  return typeof id === 'string' && id ? `${kind} "${id}"` : `${kind} #${index + 1}`;
}

/** Reads a YAML list of records. `present` collects every id in the file; it stays null when the file cannot be read at all. */
function loadList<T>(file: { path: string; text: string }, kind: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>, problems: Problems, present: { ids: Set<string> | null }): T[] {
  const raw = loadYaml(file, problems);
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push({ file: file.path, entry: '(whole file)', field: '(top level)', message: `must be a list of ${kind} records` });
    return [];
  }
  present.ids = new Set();
  const out: T[] = [];
  const seen = new Map<string, number>();
  raw.forEach((item, i) => {
    const entry = entryName(kind, item, i);
    const r = schema.safeParse(item);
    const dup = typeof (item as { id?: unknown } | null)?.id === 'string' && seen.has((item as { id: string }).id);
    if (!r.success) zodProblems(file.path, entry, r.error, problems);
    else if (!dup) out.push(r.data);
    const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
    if (typeof id === 'string') {
      present.ids!.add(id);
      if (seen.has(id)) problems.push({ file: file.path, entry, field: 'id', message: `is a duplicate: "${id}" is already used by record #${seen.get(id)! + 1}` });
      else seen.set(id, i);
    }
  });
  return out;
}

const CHAPTER_FILE = /(?:^|\/)(\d\d)-([a-z0-9-]+)\.mdx$/;

function loadChapter(file: { path: string; text: string }, problems: Problems): Chapter | null {
  const m = CHAPTER_FILE.exec(file.path);
  const slug = m?.[2] as ChapterSlug | undefined;
  if (!m || !slug || !(chapterSlugs as readonly string[]).includes(slug)) {
    problems.push({ file: file.path, entry: '(file name)', field: 'slug', message: `must be NN-<slug>.mdx with a slug among ${chapterSlugs.join(', ')}` });
    return null;
  }
  const { frontmatter, body, bodyLine } = splitFrontmatter(file.text);
  if (frontmatter === null) {
    problems.push({ file: file.path, entry: 'frontmatter', field: '(block)', message: 'is missing: start the file with --- YAML frontmatter ---' });
    return null;
  }
  const fm = loadYaml({ path: file.path, text: frontmatter }, problems);
  const parsed = chapterSchema.safeParse(fm ?? {});
  if (!parsed.success) zodProblems(file.path, 'frontmatter', parsed.error, problems);
  let blocks: ChapterBlocks;
  try {
    blocks = parseChapterBody(body, bodyLine - 1);
  } catch (e) {
    const err = e as { message: string; line?: number };
    problems.push({ file: file.path, entry: `body${err.line ? ` line ${err.line + bodyLine - 1}` : ''}`, field: 'MDX', message: `does not parse: ${err.message}` });
    return null;
  }
  for (const p of blocks.problems) problems.push({ file: file.path, ...p });
  if (!parsed.success) return null;
  if (parsed.data.order !== Number(m[1])) {
    problems.push({ file: file.path, entry: 'frontmatter', field: 'order', message: `is ${parsed.data.order} but the file name says ${Number(m[1])}` });
  }
  return { file: file.path, slug, data: parsed.data, blocks, text: stripWhitespace(chapterArticleText(blocks)) };
}

/** Checks all content; returns the validated records and every problem found. */
export function validateContent(files: ContentFiles): { content: ValidatedContent | null; problems: ContentProblem[] } {
  const problems: Problems = [];
  const srcRaw = loadYaml(files.source, problems);
  const src = srcRaw === undefined ? null : sourceSchema.safeParse(srcRaw);
  if (src && !src.success) zodProblems(files.source.path, 'source', src.error, problems);
  const source = src?.success ? src.data : null;
  const siteRaw = loadYaml(files.site, problems);
  const siteParsed = siteRaw === undefined ? null : siteSchema.safeParse(siteRaw);
  if (siteParsed && !siteParsed.success) zodProblems(files.site.path, 'site', siteParsed.error, problems);

  if (!files.seed) {
    problems.push({ file: source?.file ?? 'seeds/', entry: 'article', field: 'file', message: 'is missing: the article must be in seeds/ (see content/source.yaml)' });
  }
  const article = files.seed && source ? articleText(files.seed.text, source.repairs) : '';
  if (source && files.seed) {
    const stripped = stripWhitespace(files.seed.text);
    source.repairs.forEach((r, i) => {
      if (!stripped.includes(stripWhitespace(r.seed))) problems.push({ file: files.source.path, entry: `repair #${i + 1}`, field: 'seed', message: `"${r.seed}" does not occur in ${files.seed!.path}` });
    });
  }

  // Ids present in each file, valid or not: a reference to a broken record is not reported again.
  // (When a file cannot be read at all, references to it are not checked: its own error says enough.)
  const figureFile = { ids: null as Set<string> | null };
  const placeFile = { ids: null as Set<string> | null };
  const figures = loadList(files.figures, 'figure', figureSchema, problems, figureFile);
  const places = loadList(files.places, 'place', placeSchema, problems, placeFile);
  const timeline = loadList(files.timeline, 'event', timelineSchema, problems, { ids: null });
  const known = (f: { ids: Set<string> | null }) => (id: string) => f.ids === null || f.ids.has(id);
  const figureKnown = known(figureFile);
  const placeKnown = known(placeFile);
  const chapters = files.chapters.map((f) => loadChapter(f, problems)).filter((c): c is Chapter => c !== null);

  // Chapters: the four, once each, in order.
  const bySlug = new Map<ChapterSlug, Chapter>();
  for (const c of chapters) {
    if (bySlug.has(c.slug)) problems.push({ file: c.file, entry: '(file name)', field: 'slug', message: `"${c.slug}" is also used by ${bySlug.get(c.slug)!.file}` });
    bySlug.set(c.slug, c);
  }
  chapterSlugs.forEach((slug, i) => {
    const c = bySlug.get(slug);
    if (!c) problems.push({ file: `content/chapters/${String(i + 1).padStart(2, '0')}-${slug}.mdx`, entry: '(file)', field: 'slug', message: 'is missing: the documentary has four chapters' });
  });
  chapters.sort((a, b) => a.data.order - b.data.order);

  const canCheckText = article.length > 0;
  const quoteProblem = (file: string, entry: string, quote: string, chapter?: ChapterSlug) => {
    if (!canCheckText) return;
    const q = stripWhitespace(quote);
    if (!article.includes(q)) {
      problems.push({ file, entry, field: 'quote', message: `"${quote}" is not in the article (${files.seed!.path}, compared without white space)` });
      return;
    }
    const ch = chapter ? bySlug.get(chapter) : undefined;
    if (ch && !ch.text.includes(q)) problems.push({ file, entry, field: 'chapter', message: `is "${chapter}" but the quote is not in that chapter's article text` });
    else if (ch && !locateQuote(ch.blocks.paragraphs, quote)) problems.push({ file, entry, field: 'quote', message: `runs across a paragraph break in ${ch.file}: a quote must lie within one paragraph (it links to it)` });
  };

  // Figures: provenance of the quote, and the number in it.
  const figById = new Map(figures.map((f) => [f.id, f]));
  for (const f of figures) {
    const entry = `figure "${f.id}"`;
    quoteProblem(files.figures.path, entry, f.quote, f.chapter);
    if (f.derived) {
      const inputs = f.derived.of.map((id) => figById.get(id));
      f.derived.of.forEach((id) => {
        if (!figureKnown(id)) problems.push({ file: files.figures.path, entry, field: 'derived.of', message: `refers to unknown figure "${id}"` });
      });
      if (inputs.every(Boolean)) {
        const vals = inputs.map((x) => (x!.unit === '%' ? x!.value / 100 : x!.value));
        const computed = f.derived.op === 'divide' ? vals.reduce((a, b) => a / b) : f.derived.op === 'multiply' ? vals.reduce((a, b) => a * b) : f.derived.op === 'sum' ? vals.reduce((a, b) => a + b) : vals.reduce((a, b) => a - b);
        const decimals = (String(f.value).split('.')[1] ?? '').length;
        if (Math.abs(computed - f.value) > 0.5 * 10 ** -decimals + 1e-9) {
          problems.push({ file: files.figures.path, entry, field: 'value', message: `is ${f.value} but ${f.derived.op} of ${f.derived.of.join(', ')} gives ${Number(computed.toFixed(decimals + 2))}` });
        }
      }
      continue;
    }
    const notation = f.notation ?? plainNumber(f.value);
    if (!quoteStatesNumber(stripWhitespace(f.quote), notation)) {
      problems.push({ file: files.figures.path, entry, field: 'quote', message: `does not contain the figure's number "${notation}"${f.notation ? '' : ` (value ${f.value}; if the article writes it differently, e.g. 1/3 or 九, set notation)`}` });
    }
    if (f.notation) {
      const parsed = parseArticleNumber(f.notation);
      if (parsed === null) problems.push({ file: files.figures.path, entry, field: 'notation', message: `"${f.notation}" is not a number the site can read (digits, a fraction, or Chinese numerals)` });
      else if (Math.abs(parsed - f.value) > 1e-3 * Math.max(1, Math.abs(f.value))) problems.push({ file: files.figures.path, entry, field: 'value', message: `is ${f.value} but the notation "${f.notation}" reads as ${plainNumber(parsed)}` });
    }
  }

  // Places: districts exist; quotes are the article's.
  const placeById = new Map(places.map((p) => [p.id, p]));
  for (const p of places) {
    const entry = `place "${p.id}"`;
    for (const d of [...(p.district ? [p.district] : []), ...(p.districts ?? [])]) {
      const div = placeById.get(d);
      if (!placeKnown(d) || (div && div.kind !== 'division')) problems.push({ file: files.places.path, entry, field: p.district === d ? 'district' : 'districts', message: `refers to unknown district "${d}" (expected the id of a place with kind: division)` });
    }
    if (p.quote) quoteProblem(files.places.path, entry, p.quote, p.chapter);
  }

  // Geometry: a valid file with one feature per division; every place inside Zhuzhou, in its district.
  let districts: DistrictCollection | null = null;
  try {
    districts = parseDistricts(JSON.parse(files.geo.text));
  } catch (e) {
    problems.push({ file: files.geo.path, entry: '(whole file)', field: 'GeoJSON', message: `is not valid: ${(e as Error).message} (regenerate it with npm run geo:extract)` });
  }
  if (districts) {
    const byId = new Map(districts.features.map((f) => [f.properties.id, f]));
    for (const f of districts.features) {
      const p = placeById.get(f.properties.id);
      if (!placeKnown(f.properties.id) || (p && p.kind !== 'division')) problems.push({ file: files.geo.path, entry: `feature "${f.properties.id}"`, field: 'properties.id', message: `is not the id of a place with kind: division in ${files.places.path} (regenerate the file with npm run geo:extract)` });
    }
    for (const p of places) {
      const entry = `place "${p.id}"`;
      if (p.kind === 'division') {
        if (!byId.has(p.id)) problems.push({ file: files.places.path, entry, field: 'id', message: `is a division with no geometry in ${files.geo.path} (features: ${[...byId.keys()].join(', ')})` });
        else if (!findDistrict(p.lon, p.lat, [byId.get(p.id)!])) problems.push({ file: files.places.path, entry, field: 'lon/lat', message: `(${p.lon}, ${p.lat}) is outside the division's own boundary` });
        continue;
      }
      const inside = findDistrict(p.lon, p.lat, districts.features);
      if (!inside) {
        problems.push({ file: files.places.path, entry, field: 'lon/lat', message: `(${p.lon}, ${p.lat}) is outside Zhuzhou's boundaries (${files.geo.path})` });
        continue;
      }
      const expected = p.district ? [p.district] : p.districts ?? [];
      if (expected.length && !expected.includes(inside.properties.id)) {
        problems.push({ file: files.places.path, entry, field: 'lon/lat', message: `(${p.lon}, ${p.lat}) lies in ${inside.properties.name} (${inside.properties.id}), not in ${expected.join(' / ')}` });
      }
    }
  }

  for (const e of timeline) quoteProblem(files.timeline.path, `event "${e.id}"`, e.quote, e.chapter);

  // Chapter components: known, well-formed, pointing at real figures; every figure shown in its chapter.
  const chartIds = new Map<string, string>();
  for (const c of chapters) {
    const reserved = new Set([...c.blocks.headings.map((h) => h.id ?? ''), ...c.blocks.paragraphs.map((p) => p.id)]);
    const { problems: cp, checked } = checkComponents(c.blocks.components, figById, reserved, figureKnown);
    for (const p of cp) problems.push({ file: c.file, ...p });
    for (const k of checked) {
      if (k.name === 'Chart' && k.id) {
        if (chartIds.has(k.id)) problems.push({ file: c.file, entry: `<Chart id="${k.id}">${k.line ? ` (line ${k.line})` : ''}`, field: 'id', message: `is also a chart in ${chartIds.get(k.id)}: chart ids name their data downloads and must be unique across chapters` });
        chartIds.set(k.id, c.file);
      }
      for (const id of k.figureIds) {
        const f = figById.get(id);
        if (f && f.chapter !== c.slug) problems.push({ file: c.file, entry: `<${k.name} id="${k.id}">${k.line ? ` (line ${k.line})` : ''}`, field: 'figures', message: `shows "${id}", which the article states in chapter "${f.chapter}": show a figure in its own chapter` });
      }
    }
    const shown = new Set(checked.flatMap((k) => k.figureIds));
    const listed = new Set(c.data.figures);
    const unlisted = [...shown].filter((id) => !listed.has(id) && figById.has(id));
    const unshown = [...listed].filter((id) => !shown.has(id) && figById.has(id));
    if (unlisted.length) problems.push({ file: c.file, entry: 'frontmatter', field: 'figures', message: `does not list figures the chapter shows: ${unlisted.join(', ')}` });
    if (unshown.length) problems.push({ file: c.file, entry: 'frontmatter', field: 'figures', message: `lists figures no component shows: ${unshown.join(', ')}` });
    for (const f of figures) {
      if (f.chapter === c.slug && !shown.has(f.id)) problems.push({ file: files.figures.path, entry: `figure "${f.id}"`, field: 'chapter', message: `is "${c.slug}" but no chart, key number or share in ${c.file} shows it: place it next to its paragraph` });
    }
  }

  // Chapter references.
  for (const c of chapters) {
    c.data.figures.forEach((id, i) => {
      if (!figureKnown(id)) problems.push({ file: c.file, entry: 'frontmatter', field: `figures[${i}]`, message: `refers to unknown figure "${id}" (not in ${files.figures.path})` });
    });
    c.data.places.forEach((id, i) => {
      if (!placeKnown(id)) problems.push({ file: c.file, entry: 'frontmatter', field: `places[${i}]`, message: `refers to unknown place "${id}" (not in ${files.places.path})` });
    });
  }

  // Fidelity: the chapters' article text, in order, plus the closing matter, is the article.
  if (canCheckText && source && chapters.length === chapterSlugs.length) {
    const pieces: { file: string; entry: string; field: string; text: string }[] = [];
    for (const c of chapters) {
      if (c.data.titleSource === 'article') pieces.push({ file: c.file, entry: 'frontmatter', field: 'title', text: stripWhitespace(c.data.title) });
      for (const p of c.blocks.paragraphs) pieces.push({ file: c.file, entry: `paragraph ${p.id}`, field: 'text', text: stripWhitespace(p.text) });
    }
    for (const k of ['headline', 'caption', 'credit'] as const) pieces.push({ file: files.source.path, entry: 'closing', field: k, text: stripWhitespace(source.closing[k]) });
    const actual = pieces.map((p) => p.text).join('');
    const d = firstDifference(article, actual);
    if (d >= 0) {
      let offset = 0;
      let at = pieces[pieces.length - 1]!;
      for (const p of pieces) {
        if (d < offset + p.text.length) { at = p; break; }
        offset += p.text.length;
      }
      const expected = article.slice(d, d + 16) || '(end of article)';
      const found = actual.slice(d, d + 16) || '(end of text)';
      problems.push({ file: at.file, entry: at.entry, field: at.field, message: `does not follow the article (${files.seed!.path}): after “${article.slice(Math.max(0, d - 10), d)}” the article has “${expected}” but the site has “${found}”` });
    }
  }

  if (problems.length || !source || !siteParsed?.success || !districts) return { content: null, problems };
  return { content: { source, site: siteParsed.data, figures, places, timeline, chapters, article, districts }, problems };
}
