/**
 * The glossary of policy terms (content/glossary.yaml): every entry complete, every term found in
 * the article, and its first use in each chapter located — in the Chinese paragraph, and in the
 * English translation of that paragraph (the entry's English or one of its `match` forms), so
 * that both editions link it to the entry; and its pinyin written by the national orthography
 * (src/lib/pinyin/orthography.ts), consistently across the glossary. Pure.
 */
import { glossaryTermSchema, type GlossaryTerm } from '../../schemas/glossary';
import { stripWhitespace } from '../article/text';
import { findPhrase } from '../editions/english';
import { checkPinyinSet } from '../pinyin/orthography';
import type { EnglishArticle } from '../../schemas/english';
import type { FigureMark } from './figures';
import { loadList, type Chapter, type TextFile } from './load';
import type { Problems } from './problems';

/** A use of a term: chapter, paragraph, and where it stands (Chinese offsets without white space; English offsets as written). */
export interface TermUse { chapter: string; paragraph: string; start: number; end: number; en: { start: number; end: number } | null }

export interface GlossaryEntry extends GlossaryTerm {
  /** Every paragraph that uses the term, in order. */
  uses: { chapter: string; paragraph: string; index: number }[];
  /** The first use in each chapter (linked to the entry). */
  first: TermUse[];
}

export function checkGlossary(file: TextFile, chapters: readonly Chapter[], figureMarks: ReadonlyMap<string, FigureMark & { chapter: string }>, english: EnglishArticle | null, problems: Problems): GlossaryEntry[] {
  if (!file.text.trim()) problems.push({ file: file.path, entry: '(whole file)', field: '(file)', message: 'is missing or empty: /glossary/ is made from it' });
  const terms = loadList(file, 'term', glossaryTermSchema, problems);
  const seen = new Map<string, string>();
  const out: GlossaryEntry[] = [];
  for (const t of terms) {
    const entry = `term "${t.id}"`;
    if (seen.has(t.term)) problems.push({ file: file.path, entry, field: 'term', message: `is a duplicate: “${t.term}” is already term "${seen.get(t.term)}"` });
    seen.set(t.term, t.id);
    const uses: GlossaryEntry['uses'] = [];
    const first: TermUse[] = [];
    for (const c of chapters) {
      let firstInChapter = true;
      for (const p of c.blocks.paragraphs) {
        const zh = stripWhitespace(p.text);
        const at = zh.indexOf(t.term);
        if (at < 0) continue;
        uses.push({ chapter: c.slug, paragraph: p.id, index: p.index });
        if (!firstInChapter) continue;
        firstInChapter = false;
        const end = at + t.term.length;
        for (const [fid, m] of figureMarks) if (m.chapter === c.slug && m.paragraph === p.id && m.start < end && at < m.end) problems.push({ file: file.path, entry, field: 'term', message: `overlaps the number “${m.text}” of figure "${fid}" in ${c.slug} ${p.id}: a stretch of text opens one thing` });
        let en: TermUse['en'] = null;
        const translated = english?.chapters[c.slug as keyof EnglishArticle['chapters']]?.paragraphs[p.id];
        if (english && translated !== undefined) {
          const hit = [t.en, ...(t.match ?? [])].map((f) => findPhrase(translated, f)).filter((h) => h !== null).sort((a, b) => a.at - b.at)[0];
          if (hit) en = { start: hit.at, end: hit.at + hit.length };
          else problems.push({ file: file.path, entry, field: 'en', message: `the translation of ${c.slug} ${p.id}, where the term is first used in the chapter, has neither “${t.en}” nor a form in match${t.match ? ` (${t.match.join(', ')})` : ''}` });
        }
        first.push({ chapter: c.slug, paragraph: p.id, start: at, end, en });
      }
    }
    if (!uses.length) problems.push({ file: file.path, entry, field: 'term', message: `“${t.term}” does not occur in the article` });
    out.push({ ...t, uses, first });
  }
  // The pinyin, by the national orthography, the same way in every entry.
  for (const { id, problem } of checkPinyinSet(terms)) problems.push({ file: file.path, entry: `term "${id}"`, field: 'pinyin', message: `${problem.message} (GB/T 16159-2012 rule: ${problem.rule})` });
  return out;
}

