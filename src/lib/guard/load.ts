/** Reading the content files into typed records: YAML, zod schemas, chapter MDX. Pure (text in, records and problems out). */
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { chapterSchema, type ChapterFrontmatter } from '../../schemas/chapter';
import { chapterSlugs, type ChapterSlug } from '../../schemas/common';
import { chapterArticleText, parseChapterBody, splitFrontmatter, type ChapterBlocks } from '../article/blocks';
import { stripWhitespace } from '../article/text';
import { zodProblems, type Problems } from './problems';

/** A file of content/ or seeds/, as text, with its path relative to the project root. */
export interface TextFile {
  path: string;
  text: string;
}

export interface Chapter {
  file: string;
  slug: ChapterSlug;
  data: ChapterFrontmatter;
  blocks: ChapterBlocks;
  /** White-space-free article text of the chapter (title excluded). */
  text: string;
}

export function loadYaml(file: TextFile, problems: Problems): unknown {
  try {
    return yaml.load(file.text);
  } catch (e) {
    const err = e as { reason?: string; mark?: { line: number; column: number }; message: string };
    const where = err.mark ? ` at line ${err.mark.line + 1}, column ${err.mark.column + 1}` : '';
    problems.push({ file: file.path, entry: '(whole file)', field: 'YAML', message: `is malformed${where}: ${err.reason ?? err.message}` });
    return undefined;
  }
}

/** One YAML record, parsed by `schema`; null (with problems) when it does not parse. */
export function loadRecord<T>(file: TextFile, entry: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>, problems: Problems): T | null {
  const raw = loadYaml(file, problems);
  if (raw === undefined) return null;
  const r = schema.safeParse(raw);
  if (!r.success) zodProblems(file.path, entry, r.error, problems);
  return r.success ? r.data : null;
}

function entryName(kind: string, raw: unknown, index: number): string {
  const id = raw && typeof raw === 'object' && 'id' in raw ? (raw as { id: unknown }).id : undefined;
  return typeof id === 'string' && id ? `${kind} "${id}"` : `${kind} #${index + 1}`;
}

/** The ids a file holds, valid or not (null when the file cannot be read at all). */
export interface PresentIds { ids: Set<string> | null }

/** Reads a YAML list of records; `present` collects every id in the file. */
export function loadList<T>(file: TextFile, kind: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>, problems: Problems, present: PresentIds = { ids: null }): T[] {
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
    const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
    const dup = typeof id === 'string' && seen.has(id);
    if (!r.success) zodProblems(file.path, entry, r.error, problems);
    else if (!dup) out.push(r.data);
    if (typeof id === 'string') {
      present.ids!.add(id);
      if (dup) problems.push({ file: file.path, entry, field: 'id', message: `is a duplicate: "${id}" is already used by record #${seen.get(id)! + 1}` });
      else seen.set(id, i);
    }
  });
  return out;
}

const CHAPTER_FILE = /(?:^|\/)(\d\d)-([a-z0-9-]+)\.mdx$/;

/** A chapter file: its slug (from the name), validated frontmatter and classified body. */
export function loadChapter(file: TextFile, problems: Problems): Chapter | null {
  const m = CHAPTER_FILE.exec(file.path);
  if (!m || !(chapterSlugs as readonly string[]).includes(m[2]!)) {
    problems.push({ file: file.path, entry: '(file name)', field: 'slug', message: `must be NN-<slug>.mdx with a slug among ${chapterSlugs.join(', ')}` });
    return null;
  }
  const slug = m[2] as ChapterSlug;
  const { frontmatter, body, bodyLine } = splitFrontmatter(file.text);
  if (frontmatter === null) {
    problems.push({ file: file.path, entry: 'frontmatter', field: '(block)', message: 'is missing: start the file with --- YAML frontmatter ---' });
    return null;
  }
  const data = loadRecord({ path: file.path, text: frontmatter }, 'frontmatter', chapterSchema, problems);
  let blocks: ChapterBlocks;
  try {
    blocks = parseChapterBody(body, bodyLine - 1);
  } catch (e) {
    const err = e as { message: string; line?: number };
    problems.push({ file: file.path, entry: `body${err.line ? ` line ${err.line + bodyLine - 1}` : ''}`, field: 'MDX', message: `does not parse: ${err.message}` });
    return null;
  }
  for (const p of blocks.problems) problems.push({ file: file.path, ...p });
  if (!data) return null;
  if (data.order !== Number(m[1])) {
    problems.push({ file: file.path, entry: 'frontmatter', field: 'order', message: `is ${data.order} but the file name says ${Number(m[1])}` });
  }
  return { file: file.path, slug, data, blocks, text: stripWhitespace(chapterArticleText(blocks)) };
}
