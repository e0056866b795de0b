/**
 * The English edition, checked: the translation is complete (every paragraph, subhead, graphic,
 * figure, place and event), and every number in it is accounted for — each paragraph contains the
 * English rendering of every figure whose quote lies in it (computed from the record:
 * src/lib/editions/english.ts), and no other number than those, the dates of the timeline and the
 * English of the non-figures. Messages name the file, the chapter and paragraph, and the figure. Pure.
 */
import { englishArticleSchema, englishRecordsSchema, type EnglishArticle, type EnglishRecords } from '../../schemas/english';
import type { Figure } from '../../schemas/figure';
import type { NonFigure } from '../../schemas/non-figure';
import type { Place } from '../../schemas/place';
import type { Source } from '../../schemas/source';
import type { TimelineEvent } from '../../schemas/timeline';
import { stripWhitespace } from '../article/text';
import { englishDate, findPhrase, needsNoun, needsWrittenRendering, renderEnglish, strayNumbers } from '../editions/english';
import { hanOutsideGlosses } from '../editions/english-style';
import type { FigureMark } from './figures';
import { loadRecord, type Chapter, type TextFile } from './load';
import type { Problems } from './problems';

export interface EnglishFiles { article: TextFile; records: TextFile }

/** A figure's rendering marked in its English paragraph (offsets in the paragraph's text as written). */
export interface EnglishMark { paragraph: string; start: number; end: number }

export interface EnglishContent {
  article: EnglishArticle;
  records: EnglishRecords;
  /** Each figure's English rendering (derived figures included: they are shown, not found in the text). Plain objects: the model is serialised. */
  renderings: Record<string, string>;
  /** Where each figure's rendering stands in its English paragraph. */
  marks: Record<string, EnglishMark>;
}

interface Context {
  chapters: readonly Chapter[];
  figures: readonly Figure[];
  marks: ReadonlyMap<string, FigureMark>;
  places: readonly Place[];
  timeline: readonly TimelineEvent[];
  nonFigures: readonly NonFigure[];
  source: Source | null;
}

const keysOf = (o: object) => new Set(Object.keys(o));

export function checkEnglish(files: EnglishFiles, ctx: Context, problems: Problems): EnglishContent | null {
  for (const f of [files.article, files.records]) if (!f.text.trim()) problems.push({ file: f.path, entry: '(whole file)', field: '(file)', message: 'is missing or empty: the English edition is made from it' });
  const article = loadRecord(files.article, 'translation', englishArticleSchema, problems);
  const records = loadRecord(files.records, 'records', englishRecordsSchema, problems);
  if (!article || !records) return null;
  const before = problems.length;
  const A = files.article.path;
  const R = files.records.path;

  /** Every id the Chinese has must be in the English, and no other. */
  const complete = (file: string, entry: string, field: string, want: Iterable<string>, have: Set<string>, what: string) => {
    const wanted = new Set(want);
    for (const id of wanted) if (!have.has(id)) problems.push({ file, entry, field: `${field}.${id}`, message: `is missing: the ${what} “${id}” has no English` });
    for (const id of have) if (!wanted.has(id)) problems.push({ file, entry, field: `${field}.${id}`, message: `is not a ${what} of the Chinese (unknown id)` });
  };

  /**
   * A place's English quote: present exactly when the Chinese record quotes the article, and the
   * words of the English translation of the paragraph that holds the Chinese quote, copied as they
   * are there (so the English map quotes the English edition, as the Chinese map quotes the article).
   */
  const placeQuote = (p: Place, quote: string | undefined) => {
    const entry = `place "${p.id}"`;
    if (!p.quote || !p.chapter) {
      if (quote !== undefined) problems.push({ file: R, entry, field: 'quote', message: 'has no Chinese counterpart: the Chinese record quotes nothing' });
      return;
    }
    if (quote === undefined) { problems.push({ file: R, entry, field: 'quote', message: `is missing: the Chinese record quotes “${p.quote}”; give the same words from the English of its paragraph` }); return; }
    const zh = stripWhitespace(p.quote);
    const paragraph = ctx.chapters.find((c) => c.slug === p.chapter)?.blocks.paragraphs.find((x) => stripWhitespace(x.text).includes(zh));
    const text = paragraph && article.chapters[p.chapter]?.paragraphs[paragraph.id];
    if (text !== undefined && !text.includes(quote)) problems.push({ file: R, entry, field: 'quote', message: `is not in the English of ${p.chapter} ${paragraph!.id}, where the Chinese quote “${p.quote}” is: copy the words as the translation has them` });
  };

  // ── no Chinese in running English ──
  // The translation holds none at all (the side-by-side view, the glossary and the popovers carry
  // the Chinese); the records' labels, names and renderings none either; an editors' note may quote
  // the Chinese it explains only as a marked gloss, “上百家” or (将达).
  const noHan = (file: string, entry: string, field: string, text: string | undefined, glosses: boolean) => {
    if (text === undefined) return;
    const runs = hanOutsideGlosses(text, glosses);
    if (runs.length) problems.push({ file, entry, field, message: `has Chinese characters in running English (${runs.map((r) => `“${r}”`).join(', ')}): ${glosses ? 'quote the Chinese only as a marked gloss, in “…” or (…) on its own' : 'write the English (pinyin for a name); the Chinese is in the side-by-side view and the glossary'}` });
  };
  noHan(A, 'translation', 'headline', article.headline, false);
  for (const [k, v] of Object.entries(article.closing)) noHan(A, 'translation', `closing.${k}`, v, false);
  for (const [slug, c] of Object.entries(article.chapters)) {
    const entry = `chapter "${slug}"`;
    for (const k of ['title', 'short', 'dek'] as const) noHan(A, entry, k, c[k], false);
    for (const [k, v] of Object.entries(c.subheads)) noHan(A, entry, `subheads.${k}`, v, false);
    for (const [k, g] of Object.entries(c.graphics)) { noHan(A, entry, `graphics.${k}.title`, g.title, false); noHan(A, entry, `graphics.${k}.note`, g.note, false); }
    for (const [k, v] of Object.entries(c.paragraphs)) noHan(A, entry, `paragraphs.${k}`, v, false);
  }
  for (const [k, v] of Object.entries(records.site)) for (const t of [v].flat()) noHan(R, 'site', k, t, false);
  noHan(R, 'source', 'published', records.source.published, false);
  noHan(R, 'source', 'publishedNote', records.source.publishedNote, true);
  for (const [k, v] of Object.entries(records.source.repairs)) noHan(R, 'source', `repairs.${k}`, v, true);
  for (const [k, v] of Object.entries(records.periods)) noHan(R, 'periods', k, v, false);
  for (const [id, f] of Object.entries(records.figures)) {
    const entry = `figure "${id}"`;
    for (const k of ['label', 'noun', 'rendering'] as const) noHan(R, entry, k, f[k], false);
    for (const k of ['note', 'qualifierNote'] as const) noHan(R, entry, k, f[k], true);
    if (f.derived) { noHan(R, entry, 'derived.note', f.derived.note, true); noHan(R, entry, 'derived.assumption', f.derived.assumption, true); }
  }
  for (const [id, p] of Object.entries(records.places)) {
    noHan(R, `place "${id}"`, 'name', p.name, false);
    noHan(R, `place "${id}"`, 'formerName', p.formerName, false);
    noHan(R, `place "${id}"`, 'note', p.note, true);
    noHan(R, `place "${id}"`, 'quote', p.quote, false);
    noHan(R, `place "${id}"`, 'short', p.short, false);
    if (p.short !== undefined && p.short.length >= p.name.length) problems.push({ file: R, entry: `place "${id}"`, field: 'short', message: `is not shorter than the name “${p.name}”: leave it out` });
  }
  for (const [id, e] of Object.entries(records.timeline)) {
    if (typeof e === 'string') noHan(R, `event "${id}"`, 'label', e, false);
    else { noHan(R, `event "${id}"`, 'label', e.label, false); noHan(R, `event "${id}"`, 'note', e.note, true); }
  }
  for (const [k, v] of Object.entries(records.nonFigures)) for (const t of v) noHan(R, 'nonFigures', k, t, false);

  // ── records ──
  const figureIds = new Set(ctx.figures.map((f) => f.id));
  complete(R, 'figures', 'figures', figureIds, keysOf(records.figures), 'figure');
  complete(R, 'places', 'places', ctx.places.map((p) => p.id), keysOf(records.places), 'place');
  complete(R, 'timeline', 'timeline', ctx.timeline.map((e) => e.id), keysOf(records.timeline), 'event');
  complete(R, 'periods', 'periods', ctx.figures.map((f) => f.period), keysOf(records.periods), 'period');
  if (ctx.source) complete(R, 'source', 'repairs', ctx.source.repairs.map((r) => r.seed), keysOf(records.source.repairs), 'repair');
  for (const k of Object.keys(records.nonFigures)) if (!ctx.nonFigures.some((n) => n.quote === k)) problems.push({ file: R, entry: 'nonFigures', field: k, message: 'is not the quote of any record in content/non-figures.yaml' });

  const renderings = new Map<string, string>();
  for (const f of ctx.figures) {
    const en = records.figures[f.id];
    if (!en) continue;
    const entry = `figure "${f.id}"`;
    const written = needsWrittenRendering(f);
    if (written && !en.rendering) problems.push({ file: R, entry, field: 'rendering', message: `is required: the article writes this number as “${f.notation ?? ''}”, which is no quantity; give its English (first, the only, doubled, tens of thousands)` });
    if (!written && en.rendering) problems.push({ file: R, entry, field: 'rendering', message: `must be left out: the English of ${f.value}${f.unit} is computed from the record (never typed twice); give the noun only` });
    if (!written && needsNoun(f.unit) && f.unit !== '' && !en.noun) problems.push({ file: R, entry, field: 'noun', message: `is required: “${f.unit}” is a counter word; say what is counted, as the translation does (enterprises, staff)` });
    for (const [zh, field] of [[f.note, 'note'], [f.qualifierNote, 'qualifierNote'], [f.derived, 'derived']] as const) {
      if (zh && !en[field]) problems.push({ file: R, entry, field, message: 'is missing: the Chinese record has one' });
      if (!zh && en[field]) problems.push({ file: R, entry, field, message: 'has no Chinese counterpart: the Chinese record has none' });
    }
    try { renderings.set(f.id, renderEnglish({ ...f, en })); } catch { /* reported above */ }
  }
  for (const e of ctx.timeline) {
    const en = records.timeline[e.id];
    if (en === undefined) continue;
    const hasNote = typeof en !== 'string';
    if (e.note && !hasNote) problems.push({ file: R, entry: `event "${e.id}"`, field: 'note', message: 'is missing: the Chinese event has a note (write { label, note })' });
    if (!e.note && hasNote) problems.push({ file: R, entry: `event "${e.id}"`, field: 'note', message: 'has no Chinese counterpart: the Chinese event has none' });
  }
  for (const p of ctx.places) {
    const en = records.places[p.id];
    if (!en) continue;
    if (p.note && !en.note) problems.push({ file: R, entry: `place "${p.id}"`, field: 'note', message: 'is missing: the Chinese record has one' });
    if (p.formerName && !en.formerName) problems.push({ file: R, entry: `place "${p.id}"`, field: 'formerName', message: 'is missing: the Chinese record has one' });
    placeQuote(p, en.quote);
  }

  // ── the translation ──
  const marks = new Map<string, EnglishMark>();
  for (const c of ctx.chapters) {
    const en = article.chapters[c.slug];
    const entry = `chapter "${c.slug}"`;
    complete(A, entry, 'paragraphs', c.blocks.paragraphs.map((p) => p.id), keysOf(en.paragraphs), 'paragraph');
    // Stryker disable next-line StringLiteral: the English is checked only when the Chinese is sound, where every heading has an id
    complete(A, entry, 'subheads', c.blocks.headings.map((h) => h.id ?? ''), keysOf(en.subheads), 'subhead');
    const graphics = c.blocks.components.filter((k) => k.attributes.id && !k.attributes.id.expression);
    complete(A, entry, 'graphics', graphics.map((k) => k.attributes.id!.value), keysOf(en.graphics), 'graphic');
    for (const k of graphics) {
      const g = en.graphics[k.attributes.id!.value];
      if (g && k.attributes.note && !g.note) problems.push({ file: A, entry, field: `graphics.${k.attributes.id!.value}.note`, message: 'is missing: the Chinese graphic has a note' });
    }

    const chapterAllowed: string[] = [];
    for (const p of c.blocks.paragraphs) {
      const text = en.paragraphs[p.id];
      if (text === undefined) continue;
      const zh = stripWhitespace(p.text);
      const allowed: string[] = [];
      // In the order of the Chinese: two figures with the same English (“the world's first …, the
      // world's first …”) take its first and second occurrence.
      const inParagraph = ctx.figures
        .filter((f) => f.chapter === c.slug && !f.derived && ctx.marks.get(f.id)?.paragraph === p.id)
        .sort((a, b) => ctx.marks.get(a.id)!.start - ctx.marks.get(b.id)!.start);
      const taken = new Map<string, number>();
      for (const f of inParagraph) {
        const r = renderings.get(f.id);
        if (!r) continue;
        allowed.push(r);
        const hit = findPhrase(text, r, taken.get(r.toLowerCase()) ?? 0);
        if (hit) taken.set(r.toLowerCase(), hit.at + hit.length);
        if (hit) marks.set(f.id, { paragraph: p.id, start: hit.at, end: hit.at + hit.length });
        else problems.push({ file: A, entry: `${entry} › ${p.id}`, field: `figure "${f.id}"`, message: `the translation does not contain the figure's English “${r}” (computed from ${f.value ?? f.notation}${f.unit}, ${f.qualifier}; the quote is “${f.quote}”)` });
      }
      for (const e of ctx.timeline) {
        if (e.chapter !== c.slug || !zh.includes(stripWhitespace(e.quote))) continue;
        // The date as written (29 December 2015), its year, and for a full date its day and month
        // alone (“by 31 December this year”, where the article says 今年).
        for (const d of [e.date, ...(e.end ? [e.end] : [])]) {
          allowed.push(englishDate(d), d.slice(0, 4));
          if (d.length === 10) allowed.push(englishDate(d).replace(/ \d{4}$/, ''));
        }
      }
      for (const n of ctx.nonFigures) if (zh.includes(stripWhitespace(n.quote))) allowed.push(...(records.nonFigures[n.quote] ?? []));
      chapterAllowed.push(...allowed);
      for (const s of strayNumbers(text, allowed)) problems.push({ file: A, entry: `${entry} › ${p.id}`, field: 'number', message: `contains “${s}”, which is no figure's English in this paragraph, no date of the timeline and no non-figure's English (content/en/records.yaml nonFigures)` });
    }
    // The editorial words may repeat the chapter's numbers, never add one.
    const editorial: [string, string][] = [['title', en.title], ['dek', en.dek], ...Object.entries(en.subheads).map(([k, v]) => [`subheads.${k}`, v] as [string, string]), ...Object.entries(en.graphics).flatMap(([k, g]) => [[`graphics.${k}.title`, g.title], ...(g.note ? [[`graphics.${k}.note`, g.note]] : [])] as [string, string][])];
    for (const [field, t] of editorial) for (const s of strayNumbers(t, chapterAllowed)) problems.push({ file: A, entry, field, message: `contains “${s}”, which is no number of this chapter's text` });
  }
  return problems.length > before ? null : { article, records, renderings: Object.fromEntries(renderings), marks: Object.fromEntries(marks) };
}
