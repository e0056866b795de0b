/**
 * The content guard: every rule over the whole of content/ and seeds/, run before the build. Pure:
 * it takes the files' text and returns the validated content or every problem found;
 * src/plugins/content-files.ts reads the files, src/plugins/content-guard.ts fails the build.
 */
import { chapterSlugs } from '../../schemas/common';
import { figureSchema, type Figure } from '../../schemas/figure';
import { nonFigureSchema, type NonFigure } from '../../schemas/non-figure';
import { placeSchema, type Place } from '../../schemas/place';
import { siteSchema, type Site } from '../../schemas/site';
import { sourceSchema, type Source } from '../../schemas/source';
import { timelineSchema, type TimelineEvent } from '../../schemas/timeline';
import { parseRiver, type DistrictCollection, type RiverCollection } from '../map/geo';
import { geoSourceSchema, type GeoSource } from '../../schemas/geo-source';
import { articleText, stripWhitespace } from '../article/text';
import { checkChapterComponents, checkChapterSet, checkFidelity } from './chapters';
import { checkCoverage } from './coverage';
import { checkEditorialNumbers, type EditorialText } from './editorial';
import { checkFigures, checkSignatures, type FigureMark } from './figures';
import { checkHantRoundTrip } from './editions';
import { checkEnglish, type EnglishContent, type EnglishFiles } from './english';
import { checkGlossary, type GlossaryEntry } from './glossary';
import { loadChapter, loadList, loadRecord, type Chapter, type PresentIds, type TextFile } from './load';
import { checkPlaceGeometry, checkPlaceRefs, loadDistricts } from './places';
import type { ContentProblem, Problems } from './problems';
import { Provenance } from './provenance';

export { ContentError, formatProblem, type ContentProblem } from './problems';
export type { Chapter, TextFile } from './load';
export type { FigureMark } from './figures';
export type { EnglishContent, EnglishMark } from './english';
export type { GlossaryEntry, TermUse } from './glossary';

/** The files the guard reads, as text, keyed by path relative to the project root. */
export interface ContentFiles {
  source: TextFile;
  site: TextFile;
  seed: TextFile | null;
  figures: TextFile;
  nonFigures: TextFile;
  places: TextFile;
  timeline: TextFile;
  chapters: TextFile[];
  /** content/geo/zhuzhou-districts.geojson */
  geo: TextFile;
  /** content/geo/xiangjiang.geojson (the river line derived from the district borders) */
  river: TextFile;
  /** content/geo/source.json (the boundary data's provenance and licence) */
  geoSource: TextFile;
  /** content/en/article.yaml (the translation) and content/en/records.yaml (the records' English) */
  english: EnglishFiles;
  /** content/glossary.yaml */
  glossary: TextFile;
}

export interface ValidatedContent {
  source: Source;
  site: Site;
  figures: Figure[];
  /** Where each figure's number is marked in its paragraph (derived figures have none). */
  marks: Map<string, FigureMark>;
  nonFigures: NonFigure[];
  places: Place[];
  timeline: TimelineEvent[];
  chapters: Chapter[];
  /** The English edition: translation, records' English, figure renderings and where they stand. */
  english: EnglishContent;
  /** The policy terms, with their uses. */
  glossary: GlossaryEntry[];
  /** The article, white space removed, repairs applied. */
  article: string;
  districts: DistrictCollection;
  river: RiverCollection;
  geoSource: GeoSource;
}

/** A JSON file read by `parse` (which throws on a bad file); null, with a problem, when it cannot be read. */
function loadJson<T>(file: TextFile, entry: string, parse: (json: unknown) => T, problems: Problems): T | null {
  try {
    return parse(JSON.parse(file.text));
  } catch (e) {
    const message = e instanceof Error && 'issues' in e ? (e as { issues: { path: (string | number)[]; message: string }[] }).issues.map((i) => `${i.path.join('.') || '(file)'} ${i.message}`).join('; ') : (e as Error).message;
    problems.push({ file: file.path, entry, field: '(whole file)', message: `is not valid: ${message} (regenerate it with npm run geo:extract)` });
    return null;
  }
}

/** The repairs must each repair something that is in the article. */
function checkRepairs(source: Source, sourceFile: string, seed: TextFile, problems: Problems): void {
  const stripped = stripWhitespace(seed.text);
  source.repairs.forEach((r, i) => {
    if (!stripped.includes(stripWhitespace(r.seed))) problems.push({ file: sourceFile, entry: `repair #${i + 1}`, field: 'seed', message: `"${r.seed}" does not occur in ${seed.path}` });
  });
}

/** The editorial words of content/ that may state no number of their own. */
function editorialTexts(files: ContentFiles, site: Site | null, chapters: readonly Chapter[], figures: readonly Figure[], timeline: readonly TimelineEvent[]): EditorialText[] {
  const out: EditorialText[] = [];
  if (site) {
    out.push({ file: files.site.path, entry: 'site', field: 'description', text: site.description });
    site.intro.forEach((text, i) => out.push({ file: files.site.path, entry: 'site', field: `intro[${i}]`, text }));
  }
  for (const c of chapters) {
    if (c.data.titleSource === 'editorial') out.push({ file: c.file, entry: 'frontmatter', field: 'title', text: c.data.title });
    out.push({ file: c.file, entry: 'frontmatter', field: 'dek', text: c.data.dek });
    for (const h of c.blocks.headings) out.push({ file: c.file, entry: `heading "${h.text}"`, field: 'text', text: h.text });
    for (const k of c.blocks.components) {
      for (const prop of ['title', 'note'] as const) {
        const a = k.attributes[prop];
        if (a && !a.expression) out.push({ file: c.file, entry: `<${k.name}${k.attributes.id ? ` id="${k.attributes.id.value}"` : ''}>`, field: prop, text: a.value });
      }
    }
  }
  for (const f of figures) out.push({ file: files.figures.path, entry: `figure "${f.id}"`, field: 'label', text: f.label });
  for (const e of timeline) out.push({ file: files.timeline.path, entry: `event "${e.id}"`, field: 'label', text: e.label });
  return out;
}

/** Checks all content; returns the validated records and every problem found. */
export function validateContent(files: ContentFiles): { content: ValidatedContent | null; problems: ContentProblem[] } {
  const problems: Problems = [];
  // An empty file reads as no record and no problem: name it (else the check would pass without them).
  const empty = (f: TextFile, what: string) => { if (!f.text.trim()) problems.push({ file: f.path, entry: '(whole file)', field: '(file)', message: `is missing or empty: ${what}` }); };
  empty(files.source, 'it names the article in seeds/ and the repairs made to its text');
  empty(files.site, "the site's name, description and introduction come from it");
  const source = loadRecord(files.source, 'source', sourceSchema, problems);
  const site = loadRecord(files.site, 'site', siteSchema, problems);
  if (!files.seed) problems.push({ file: source?.file ?? 'seeds/', entry: 'article', field: 'file', message: 'is missing: the article must be in seeds/ (see content/source.yaml)' });
  const article = files.seed && source ? articleText(files.seed.text, source.repairs) : '';
  if (source && files.seed) checkRepairs(source, files.source.path, files.seed, problems);

  // Ids present in each file, valid or not: a reference to a broken record is not reported again.
  // (When a file cannot be read at all, references to it are not checked: its own error says enough.)
  const figureIds: PresentIds = { ids: null };
  const placeIds: PresentIds = { ids: null };
  const known = (f: PresentIds) => (id: string) => f.ids === null || f.ids.has(id);
  const figures = loadList(files.figures, 'figure', figureSchema, problems, figureIds);
  const nonFigures = loadList(files.nonFigures, 'non-figure', nonFigureSchema, problems);
  const places = loadList(files.places, 'place', placeSchema, problems, placeIds);
  const timelineIds: PresentIds = { ids: null };
  const timeline = loadList(files.timeline, 'event', timelineSchema, problems, timelineIds);
  const chapters = files.chapters.map((f) => loadChapter(f, problems)).filter((c): c is Chapter => c !== null);
  checkChapterSet(chapters, problems);

  const provenance = new Provenance(article, files.seed?.path ?? '', chapters);
  const marks = checkFigures(files.figures.path, figures, provenance, known(figureIds), problems);
  if (figureIds.ids && !problems.some((p) => p.file === files.figures.path)) checkSignatures(files.figures.path, figures, chapterSlugs, problems);
  nonFigures.forEach((n, i) => provenance.check(files.nonFigures.path, `non-figure #${i + 1}`, n.quote, undefined, problems));

  checkPlaceRefs(files.places.path, places, known(placeIds), problems);
  for (const p of places) if (p.quote) provenance.check(files.places.path, `place "${p.id}"`, p.quote, p.chapter, problems);
  const districts = loadDistricts(files.geo, problems);
  const river = loadJson(files.river, 'river', parseRiver, problems);
  const geoSource = loadJson(files.geoSource, 'source', (json) => geoSourceSchema.parse(json), problems);
  if (districts) checkPlaceGeometry(files.places.path, files.geo.path, places, districts, known(placeIds), problems);

  for (const e of timeline) provenance.check(files.timeline.path, `event "${e.id}"`, e.quote, e.chapter, problems);
  checkChapterComponents(chapters, {
    figures: new Map(figures.map((f) => [f.id, f])),
    events: new Map(timeline.map((e) => [e.id, e.chapter])),
    known: { figures: known(figureIds), events: known(timelineIds), places: known(placeIds) },
  }, problems);

  // Coverage only when the records it relies on are sound (a broken record would be reported twice).
  const recordFiles = new Set([files.figures.path, files.timeline.path, files.nonFigures.path]);
  const recordsSound = !problems.some((p) => recordFiles.has(p.file));
  if (article && recordsSound) {
    const figureChapter = new Map(figures.map((f) => [f.id, f.chapter]));
    checkCoverage({
      chapters,
      marks: new Map([...marks].map(([id, m]) => [id, { ...m, chapter: figureChapter.get(id)! }])),
      events: timeline,
      nonFigures,
      file: files.figures.path,
      nonFiguresFile: files.nonFigures.path,
    }, problems);
  }
  if (article) {
    checkEditorialNumbers(editorialTexts(files, site, chapters, figures, timeline), { article, figures }, problems);
    if (source && chapters.length === chapterSlugs.length) checkFidelity(article, files.seed!.path, chapters, source, files.source.path, problems);
  }

  // The English edition and the glossary, once the Chinese they translate is sound (else every
  // Chinese problem would be reported again in English). No problem so far means the records
  // were read and the article is there: a missing seed or source record is a problem of its own.
  const chapterOfFigure = new Map(figures.map((f) => [f.id, f.chapter]));
  const chineseSound = problems.length === 0;
  const english = chineseSound ? checkEnglish(files.english, { chapters, figures, marks, places, timeline, nonFigures, source }, problems) : null;
  const glossary = chineseSound ? checkGlossary(files.glossary, chapters, new Map([...marks].map(([id, m]) => [id, { ...m, chapter: chapterOfFigure.get(id)! }])), english?.article ?? null, problems) : [];

  checkHantRoundTrip([
    ...(source ? [{ file: files.source.path, entry: 'source', record: source }] : []),
    ...(site ? [{ file: files.site.path, entry: 'site', record: site }] : []),
    ...chapters.flatMap((c) => [
      { file: c.file, entry: 'frontmatter', record: c.data },
      ...c.blocks.headings.map((h) => ({ file: c.file, entry: `heading "${h.text}"`, record: { text: h.text } })),
      ...c.blocks.paragraphs.map((p) => ({ file: c.file, entry: `paragraph ${p.id}`, record: { text: p.text } })),
      ...c.blocks.components.map((k) => ({ file: c.file, entry: `<${k.name} id="${k.attributes.id?.value ?? ''}">`, record: { title: k.attributes.title?.value, note: k.attributes.note?.value } })),
    ]),
    ...figures.map((f) => ({ file: files.figures.path, entry: `figure "${f.id}"`, record: f })),
    ...nonFigures.map((n, i) => ({ file: files.nonFigures.path, entry: `non-figure #${i + 1}`, record: n })),
    ...places.map((p) => ({ file: files.places.path, entry: `place "${p.id}"`, record: p })),
    ...timeline.map((e) => ({ file: files.timeline.path, entry: `event "${e.id}"`, record: e })),
    ...glossary.map((t) => ({ file: files.glossary.path, entry: `term "${t.id}"`, record: { term: t.term, zh: t.zh } })),
  ], problems);

  if (problems.length || !source || !site || !districts || !river || !geoSource || !english) return { content: null, problems };
  return { content: { source, site, figures, marks, nonFigures, places, timeline, chapters, article, districts, river, geoSource, english, glossary }, problems };
}
