// The glossary rules of the content guard (src/lib/guard/glossary.ts): each term occurs in the
// article, its first use in each chapter is located in the Chinese and in the English translation
// of that paragraph, and no term's first use overlaps a figure's number.
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseChapterBody } from '../../src/lib/article/blocks';
import type { FigureMark } from '../../src/lib/guard/figures';
import { checkGlossary } from '../../src/lib/guard/glossary';
import type { Chapter } from '../../src/lib/guard/load';
import { formatProblem, type Problems } from '../../src/lib/guard/problems';
import type { EnglishArticle } from '../../src/schemas/english';
import type { ChapterSlug } from '../../src/schemas/common';

const FILE = 'content/glossary.yaml';
const term = (over: Record<string, unknown> = {}) => ({
  id: 'two-oriented-society',
  term: '两型社会',
  pinyin: 'liǎngxíng shèhuì',
  kind: 'official',
  en: 'two-oriented society',
  zh: '资源节约型、环境友好型社会的简称。',
  explanation: 'Short for a resource-saving and environment-friendly society, a policy goal of the time.',
  source: 'general knowledge',
  ...over,
});
const chapter = (slug: ChapterSlug, ...paragraphs: string[]): Chapter => ({
  file: `content/chapters/${slug}.mdx`,
  slug,
  data: { title: slug, titleSource: 'editorial', order: 1, dek: '编者的导语，至少十个字。', short: slug },
  blocks: parseChapterBody(paragraphs.join('\n\n')),
  text: '',
});
const CHAPTERS = [
  chapter('qingshuitang', '清水塘没有这个词。'),
  chapter('two-oriented-society', '建设 两型社会，是株洲的目标。', '两型社会建设再提速。'),
  chapter('innovation', '两型社会之后，创新驱动。'),
];
/** An English article with only the given paragraphs (the guard reads nothing else of it). */
const english = (paragraphs: Partial<Record<ChapterSlug, Record<string, string>>>) => ({ chapters: Object.fromEntries(Object.entries(paragraphs).map(([s, p]) => [s, { paragraphs: p }])) }) as unknown as EnglishArticle;
const EN = english({
  'two-oriented-society': { p1: 'Building a two-oriented society is the goal.', p2: 'The two-oriented society again.' },
  innovation: { p1: 'After the Two-Oriented  Society, innovation.' },
});
type Mark = FigureMark & { chapter: string };

function run(terms: unknown[] | string, opts: { chapters?: Chapter[]; marks?: Map<string, Mark>; en?: EnglishArticle | null } = {}) {
  const problems: Problems = [];
  const text = typeof terms === 'string' ? terms : yaml.dump(terms);
  const out = checkGlossary({ path: FILE, text }, opts.chapters ?? CHAPTERS, opts.marks ?? new Map(), opts.en === undefined ? EN : opts.en, problems);
  return { out, problems: problems.map(formatProblem) };
}

describe('the glossary file', () => {
  it('must be there', () => {
    expect(run(' \n')).toEqual({ out: [], problems: [`${FILE} › (whole file) › (file): is missing or empty: /glossary/ is made from it`] });
  });
  it('has each term once', () => {
    const { out, problems } = run([term(), term({ id: 'liangxing' })]);
    expect(problems).toEqual([`${FILE} › term "liangxing" › term: is a duplicate: “两型社会” is already term "two-oriented-society"`]);
    expect(out.map((t) => t.id)).toEqual(['two-oriented-society', 'liangxing']);
  });
});

describe('a term’s uses', () => {
  it('are every paragraph that has it; the first in each chapter is located in both editions', () => {
    const { out, problems } = run([term()]);
    expect(problems).toEqual([]);
    expect(out).toEqual([{
      ...term(),
      uses: [
        { chapter: 'two-oriented-society', paragraph: 'p1', index: 1 },
        { chapter: 'two-oriented-society', paragraph: 'p2', index: 2 },
        { chapter: 'innovation', paragraph: 'p1', index: 1 },
      ],
      first: [
        { chapter: 'two-oriented-society', paragraph: 'p1', start: 2, end: 6, en: { start: 11, end: 31 } },
        { chapter: 'innovation', paragraph: 'p1', start: 0, end: 4, en: { start: 10, end: 31 } },
      ],
    }]);
  });
  it('must exist in the article', () => {
    expect(run([term({ id: 'none', term: '三型社会' })])).toEqual({
      out: [{ ...term({ id: 'none', term: '三型社会' }), uses: [], first: [] }],
      problems: [`${FILE} › term "none" › term: “三型社会” does not occur in the article`],
    });
  });
});

describe('the English of a first use', () => {
  it('is the earliest of the entry’s English and its match forms', () => {
    const en = english({ 'two-oriented-society': { p1: 'A resource-saving society, that is a two-oriented society.', p2: '' }, innovation: { p1: 'A two-oriented society.' } });
    const { out } = run([term({ match: ['two-oriented societies', 'resource-saving society'] })], { en });
    expect(out[0]!.first.map((u) => u.en)).toEqual([{ start: 2, end: 25 }, { start: 2, end: 22 }]);
  });
  it('is named when the translation has neither, with the match forms', () => {
    const en = english({ 'two-oriented-society': { p1: 'A green society.' }, innovation: { p1: 'A two-oriented society.' } });
    expect(run([term({ match: ['green societies', 'two-type society'] })], { en }).problems).toEqual([
      `${FILE} › term "two-oriented-society" › en: the translation of two-oriented-society p1, where the term is first used in the chapter, has neither “two-oriented society” nor a form in match (green societies, two-type society)`,
    ]);
    expect(run([term()], { en }).problems).toEqual([
      `${FILE} › term "two-oriented-society" › en: the translation of two-oriented-society p1, where the term is first used in the chapter, has neither “two-oriented society” nor a form in match`,
    ]);
  });
  it('is not looked for without a translation, or in a paragraph it does not have', () => {
    const { out, problems } = run([term()], { en: null });
    expect(problems).toEqual([]);
    expect(out[0]!.first.map((u) => u.en)).toEqual([null, null]);
    const partial = run([term()], { en: english({ innovation: { p1: 'No such words.' } }) });
    expect(partial.problems).toEqual([
      `${FILE} › term "two-oriented-society" › en: the translation of innovation p1, where the term is first used in the chapter, has neither “two-oriented society” nor a form in match`,
    ]);
    expect(partial.out[0]!.first.map((u) => u.en)).toEqual([null, null]);
  });
});

describe('a term’s pinyin', () => {
  it('is written by the national orthography, each problem named with its rule', () => {
    expect(run([term({ pinyin: 'liǎng xíng shè huì' })]).problems).toEqual([
      `${FILE} › term "two-oriented-society" › pinyin: 两型 is one word: its syllables are written together (GB/T 16159-2012 rule: word)`,
    ]);
    expect(run([term({ pinyin: 'Liǎngxíng shèhuì' })]).problems).toEqual([
      `${FILE} › term "two-oriented-society" › pinyin: “Liǎngxíng” is capitalised, but it neither begins a sentence nor is part of a proper name (GB/T 16159-2012 rule: capital)`,
    ]);
  });
  it('spells one word one way across the glossary', () => {
    const other = term({ id: 'other', term: '两型', pinyin: 'liǎngxíng', en: 'two-oriented', zh: '两型社会的简称，用作定语。', explanation: 'The two orientations, resource-saving and environment-friendly, as a modifier.' });
    const chapters = [...CHAPTERS, chapter('social-governance', '两型。')];
    const en = english({ 'two-oriented-society': { p1: 'Building a two-oriented society is the goal.', p2: '' }, innovation: { p1: 'A two-oriented society.' }, 'social-governance': { p1: 'Two-oriented.' } });
    expect(run([term(), other], { chapters, en }).problems).toEqual([]);
    expect(run([term(), { ...other, pinyin: 'liǎngxīng' }], { chapters, en }).problems).toEqual([
      `${FILE} › term "other" › pinyin: writes 两型 as “liǎngxīng”, but term "two-oriented-society" writes it “liǎngxíng” (GB/T 16159-2012 rule: consistency)`,
    ]);
  });
});

describe('a first use and a figure’s number', () => {
  const mark = (chapter: string, paragraph: string, start: number, end: number): Mark => ({ chapter, paragraph, start, end, text: '两型' });
  it('may not overlap in the same paragraph', () => {
    expect(run([term()], { marks: new Map([['a', mark('two-oriented-society', 'p1', 5, 8)], ['b', mark('innovation', 'p1', 0, 1)]]) }).problems).toEqual([
      `${FILE} › term "two-oriented-society" › term: overlaps the number “两型” of figure "a" in two-oriented-society p1: a stretch of text opens one thing`,
      `${FILE} › term "two-oriented-society" › term: overlaps the number “两型” of figure "b" in innovation p1: a stretch of text opens one thing`,
    ]);
  });
  it('may stand right next to each other, or in another paragraph or chapter', () => {
    const marks = new Map([
      ['before', mark('two-oriented-society', 'p1', 0, 2)],
      ['after', mark('two-oriented-society', 'p1', 6, 8)],
      ['later', mark('two-oriented-society', 'p2', 0, 4)],
      ['elsewhere', mark('qingshuitang', 'p1', 2, 6)],
    ]);
    expect(run([term()], { marks }).problems).toEqual([]);
  });
});
