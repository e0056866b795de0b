// The coverage rule of the content guard (src/lib/guard/coverage.ts): every number-like expression
// of the article is a figure's mark, a date inside a dated event's quote, or explained in
// content/non-figures.yaml. Small chapters are built from MDX, as the guard reads them.
import { describe, expect, it } from 'vitest';
import { parseChapterBody } from '../../src/lib/article/blocks';
import { checkCoverage, NUMBER_LIKE, occurrences, type CoverageInput } from '../../src/lib/guard/coverage';
import type { FigureMark } from '../../src/lib/guard/figures';
import type { Chapter } from '../../src/lib/guard/load';
import type { Problems } from '../../src/lib/guard/problems';

const chapter = (slug: Chapter['slug'], ...paragraphs: string[]): Chapter => ({
  file: `content/chapters/${slug}.mdx`,
  slug,
  data: { title: slug, titleSource: 'editorial', order: 1, dek: '编者的导语，至少十个字。', short: slug },
  blocks: parseChapterBody(paragraphs.join('\n\n')),
  text: '',
});
const mark = (chapter: string, paragraph: string, start: number, end: number): FigureMark & { chapter: string } => ({ chapter, paragraph, start, end, text: '' });

/** The numbers the coverage rule reports, as `paragraph: number`. */
function uncovered(over: Partial<CoverageInput>): string[] {
  const problems: Problems = [];
  checkCoverage({ chapters: [], marks: new Map(), events: [], nonFigures: [], file: 'content/figures.yaml', nonFiguresFile: 'content/non-figures.yaml', ...over }, problems);
  return problems.map((p) => `${p.entry.split(' ').pop()}: ${/“([^”]+)”/.exec(p.message)![1]}`);
}

describe('the scan finds whole number-like expressions', () => {
  it('reads multi-character ranks, fractions, multipliers and vague amounts whole', () => {
    expect('第十二，1/12，翻两番，翻三番，增长12倍，增至12倍，几十万，三千亿级'.match(NUMBER_LIKE)).toEqual(['第十二', '1/12', '翻两番', '翻三番', '增长12倍', '增至12倍', '几十万', '三千亿级']);
  });
});

describe('occurrences', () => {
  it('finds every occurrence, overlapping ones too', () => {
    expect(occurrences('甲乙甲乙甲', '甲')).toEqual([{ start: 0, end: 1 }, { start: 2, end: 3 }, { start: 4, end: 5 }]);
    expect(occurrences('一一一', '一一')).toEqual([{ start: 0, end: 2 }, { start: 1, end: 3 }]);
  });
  it('finds nothing for an empty quote', () => expect(occurrences('甲乙', '')).toEqual([]));
});

describe('what covers a number', () => {
  const qst = chapter('qingshuitang', '关停企业147家。', '新增企业20家。');
  it('reports an unmarked number with its context', () => {
    const problems: Problems = [];
    checkCoverage({ chapters: [chapter('innovation', '近年来已吸引创新企业109家，开展各类项目')], marks: new Map(), events: [], nonFigures: [], file: 'content/figures.yaml', nonFiguresFile: 'content/non-figures.yaml' }, problems);
    expect(problems).toEqual([{
      file: 'content/figures.yaml',
      entry: 'content/chapters/innovation.mdx paragraph p1',
      field: 'quote',
      message: 'the article states “109” (“…近年来已吸引创新企业109家，开展各类项目…”) but no figure marks it, no dated event contains it as a date, and content/non-figures.yaml does not explain it: add a figure record, or a non-figure entry with the reason',
    }]);
  });
  it('takes a figure’s mark only in its own chapter and paragraph', () => {
    expect(uncovered({ chapters: [qst], marks: new Map([['a', mark('qingshuitang', 'p1', 4, 8)], ['b', mark('qingshuitang', 'p2', 4, 7)]]) })).toEqual([]);
    // The same offsets in the next paragraph mark 20 there, not 147 here.
    expect(uncovered({ chapters: [qst], marks: new Map([['a', mark('qingshuitang', 'p2', 4, 8)]]) })).toEqual(['p1: 147']);
    expect(uncovered({ chapters: [qst], marks: new Map([['a', mark('innovation', 'p1', 4, 8)], ['b', mark('innovation', 'p2', 4, 7)]]) })).toEqual(['p1: 147', 'p2: 20']);
  });
  it('takes a number as a date only where it is one and a dated event of the chapter quotes it', () => {
    const c = chapter('qingshuitang', '2015年12月29日，株洲出台意见。', '2015家企业年产值增长2.5年');
    const events = [{ chapter: 'qingshuitang', quote: '2015年12月29日，株洲出台意见' }, { chapter: 'qingshuitang', quote: '2015家企业年产值增长2.5年' }];
    expect(uncovered({ chapters: [c], events })).toEqual(['p2: 2015', 'p2: 2.5']);
    expect(uncovered({ chapters: [c], events: events.map((e) => ({ ...e, chapter: 'innovation' })) })).toEqual(['p1: 2015', 'p1: 12', 'p1: 29', 'p2: 2015', 'p2: 2.5']);
    expect(uncovered({ chapters: [c] })).toEqual(['p1: 2015', 'p1: 12', 'p1: 29', 'p2: 2015', 'p2: 2.5']);
  });
  it('takes a non-figure entry only where its quote holds the whole number', () => {
    const c = chapter('innovation', '成功获批“中国制造2025”试点示范城市');
    expect(uncovered({ chapters: [c], nonFigures: [{ quote: '中国制造2025' }] })).toEqual([]);
    expect(uncovered({ chapters: [c], nonFigures: [{ quote: '中国制造20' }] })).toEqual(['p1: 2025']);
    expect(uncovered({ chapters: [c], nonFigures: [{ quote: '25”试点' }] })).toEqual(['p1: 2025']);
  });
});
