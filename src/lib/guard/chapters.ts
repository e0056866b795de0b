/**
 * Chapters: the four, once each, in order; their components well-formed and showing records of
 * their own chapter; and fidelity — the chapters' article text, in order, plus the closing matter,
 * is the article. Pure.
 */
import { chapterSlugs, type ChapterSlug } from '../../schemas/common';
import type { Source } from '../../schemas/source';
import { checkComponents, type CheckedComponent, type ComponentRefs } from './components';
import { firstDifference, stripWhitespace } from '../article/text';
import type { Chapter } from './load';
import type { Problems } from './problems';

/** The four chapters, once each; returns them sorted by order, keyed by slug. */
export function checkChapterSet(chapters: Chapter[], problems: Problems): Map<ChapterSlug, Chapter> {
  const bySlug = new Map<ChapterSlug, Chapter>();
  for (const c of chapters) {
    if (bySlug.has(c.slug)) problems.push({ file: c.file, entry: '(file name)', field: 'slug', message: `"${c.slug}" is also used by ${bySlug.get(c.slug)!.file}` });
    bySlug.set(c.slug, c);
  }
  chapterSlugs.forEach((slug, i) => {
    const file = `content/chapters/${String(i + 1).padStart(2, '0')}-${slug}.mdx`;
    // A chapter file that is there but could not be read has said why already: it is not missing.
    if (!bySlug.has(slug) && !problems.some((p) => p.file === file)) problems.push({ file, entry: '(file)', field: 'slug', message: 'is missing: the documentary has four chapters' });
  });
  chapters.sort((a, b) => a.data.order - b.data.order);
  return bySlug;
}

/** Components known and well-formed, showing records of their own chapter; chart ids unique across chapters. */
export function checkChapterComponents(chapters: readonly Chapter[], refs: Omit<ComponentRefs, 'chapter'>, problems: Problems): CheckedComponent[] {
  const chartIds = new Map<string, string>();
  const all: CheckedComponent[] = [];
  for (const c of chapters) {
    // Stryker disable next-line StringLiteral: a heading without an id reserves a string no component id can be (ids are checked against ID first)
    const reserved = new Set([...c.blocks.headings.map((h) => h.id ?? ''), ...c.blocks.paragraphs.map((p) => p.id)]);
    const { problems: cp, checked } = checkComponents(c.blocks.components, { ...refs, chapter: c.slug }, reserved);
    for (const p of cp) problems.push({ file: c.file, ...p });
    for (const k of checked) {
      if (k.name === 'Chart' && k.id) {
        if (chartIds.has(k.id)) problems.push({ file: c.file, entry: `<Chart id="${k.id}">${k.line ? ` (line ${k.line})` : ''}`, field: 'id', message: `is also a chart in ${chartIds.get(k.id)}: chart ids name their data downloads and must be unique across chapters` });
        chartIds.set(k.id, c.file);
      }
    }
    all.push(...checked);
  }
  return all;
}

/** Fidelity: the chapters' article text (article-titled heads, then paragraphs), in order, plus the closing matter, equals the article. */
export function checkFidelity(article: string, seedPath: string, chapters: readonly Chapter[], source: Source, sourceFile: string, problems: Problems): void {
  const pieces: { file: string; entry: string; field: string; text: string }[] = [];
  for (const c of chapters) {
    if (c.data.titleSource === 'article') pieces.push({ file: c.file, entry: 'frontmatter', field: 'title', text: stripWhitespace(c.data.title) });
    for (const p of c.blocks.paragraphs) pieces.push({ file: c.file, entry: `paragraph ${p.id}`, field: 'text', text: stripWhitespace(p.text) });
  }
  for (const k of ['headline', 'caption', 'credit'] as const) pieces.push({ file: sourceFile, entry: 'closing', field: k, text: stripWhitespace(source.closing[k]) });
  const actual = pieces.map((p) => p.text).join('');
  const d = firstDifference(article, actual);
  if (d < 0) return;
  let offset = 0;
  let at = pieces[pieces.length - 1]!;
  for (const p of pieces) {
    if (d < offset + p.text.length) { at = p; break; }
    offset += p.text.length;
  }
  const expected = article.slice(d, d + 16) || '(end of article)';
  const found = actual.slice(d, d + 16) || '(end of text)';
  problems.push({ file: at.file, entry: at.entry, field: at.field, message: `does not follow the article (${seedPath}): after “${article.slice(Math.max(0, d - 10), d)}” the article has “${expected}” but the site has “${found}”` });
}
