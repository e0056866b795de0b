// The guard's problem reports (src/lib/guard/problems.ts) and where quotes sit (provenance.ts).
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { parseChapterBody } from '../../src/lib/article/blocks';
import type { Chapter } from '../../src/lib/guard/load';
import { ContentError, zodProblems, type Problems } from '../../src/lib/guard/problems';
import { Provenance } from '../../src/lib/guard/provenance';

describe('ContentError', () => {
  const p = { file: 'content/figures.yaml', entry: 'figure "a"', field: 'quote', message: 'is wrong' };
  it('lists every problem, one a line, and counts them', () => {
    const e = new ContentError([p, { ...p, field: 'unit' }]);
    expect(e.name).toBe('ContentError');
    expect(e.message).toBe('Content check failed (2 problems); nothing was built:\n  ✗ content/figures.yaml › figure "a" › quote: is wrong\n  ✗ content/figures.yaml › figure "a" › unit: is wrong');
    expect(e.problems).toHaveLength(2);
  });
  it('says “problem” for one', () => {
    expect(new ContentError([p]).message).toBe('Content check failed (1 problem); nothing was built:\n  ✗ content/figures.yaml › figure "a" › quote: is wrong');
  });
});

describe('zod’s issues in the guard’s words', () => {
  it('names unknown fields of the record as a whole', () => {
    const problems: Problems = [];
    const r = z.object({ id: z.string() }).strict().safeParse({ id: 'a', colour: 1, size: 2 });
    zodProblems('content/x.yaml', 'thing "a"', r.error!, problems);
    expect(problems).toEqual([{ file: 'content/x.yaml', entry: 'thing "a"', field: '(record)', message: 'has unknown field(s): colour, size' }]);
  });
});

describe('Provenance', () => {
  const blocks = parseChapterBody('关停企业147家。\n\n新增企业20家。');
  const c: Chapter = { file: 'content/chapters/01-qingshuitang.mdx', slug: 'qingshuitang', data: {} as Chapter['data'], blocks, text: '关停企业147家。新增企业20家。' };
  const article = '关停企业147家。新增企业20家。别处的话。';
  it('locates a quote only in a chapter it knows', () => {
    const prov = new Provenance(article, 'seeds/a.txt', [c]);
    expect(prov.locate('新增企业', 'qingshuitang')).toMatchObject({ paragraph: { id: 'p2' }, offset: 0 });
    expect(prov.locate('新增企业', undefined)).toBeNull();
    expect(prov.locate('新增企业', 'innovation')).toBeNull();
  });
  it('checks nothing when the article cannot be read', () => {
    const problems: Problems = [];
    expect(new Provenance('', '', [c]).check('content/x.yaml', 'x', '新增企业', 'qingshuitang', problems)).toBeNull();
    expect(problems).toEqual([]);
  });
  it('checks a quote without a chapter against the article only', () => {
    const problems: Problems = [];
    const prov = new Provenance(article, 'seeds/a.txt', [c]);
    expect(prov.check('content/non-figures.yaml', 'non-figure #1', '别处的话', undefined, problems)).toBeNull();
    expect(prov.check('content/non-figures.yaml', 'non-figure #2', '不在文中', undefined, problems)).toBeNull();
    expect(problems).toEqual([{ file: 'content/non-figures.yaml', entry: 'non-figure #2', field: 'quote', message: '"不在文中" is not in the article (seeds/a.txt, compared without white space)' }]);
  });
});
