// Reading content files into records (src/lib/guard/load.ts): YAML, one record, a list of records
// with their ids, and a chapter file (name, frontmatter, body).
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { loadChapter, loadList, loadRecord, type PresentIds } from '../../src/lib/guard/load';
import { formatProblem, type Problems } from '../../src/lib/guard/problems';

const item = z.object({ id: z.string(), n: z.number() }).strict();
const run = <T>(load: (problems: Problems) => T): { value: T; problems: string[] } => {
  const problems: Problems = [];
  const value = load(problems);
  return { value, problems: problems.map(formatProblem) };
};

describe('one record', () => {
  it('reports malformed YAML once, and gives no record', () => {
    expect(run((p) => loadRecord({ path: 'content/site.yaml', text: 'name: [a' }, 'site', item, p))).toEqual({
      value: null,
      problems: ['content/site.yaml › (whole file) › YAML: is malformed at line 2, column 1: unexpected end of the stream within a flow collection'],
    });
  });
  it('reports the schema’s problems, and gives no record', () => {
    expect(run((p) => loadRecord({ path: 'content/site.yaml', text: 'id: a\nn: two' }, 'site', item, p))).toEqual({
      value: null,
      problems: ['content/site.yaml › site › n: must be number, found string'],
    });
  });
});

describe('a list of records', () => {
  const text = ['- just a string', '- 42', '- null', '- { id: 5, n: 1 }', '- { id: "", n: 1 }', '- { id: ok, n: 1 }', '- { id: ok, n: 2 }', '- { id: 7, n: 3 }'].join('\n');
  it('names each entry by its id where it has one, else by its position', () => {
    const present: PresentIds = { ids: null };
    const { value, problems } = run((p) => loadList({ path: 'content/x.yaml', text }, 'thing', item, p, present));
    expect(problems).toEqual([
      'content/x.yaml › thing #1 › (record): must be object, found string',
      'content/x.yaml › thing #2 › (record): must be object, found number',
      'content/x.yaml › thing #3 › (record): must be object, found null',
      'content/x.yaml › thing #4 › id: must be string, found number',
      'content/x.yaml › thing "ok" › id: is a duplicate: "ok" is already used by record #6',
      'content/x.yaml › thing #8 › id: must be string, found number',
    ]);
    expect(value).toEqual([{ id: '', n: 1 }, { id: 'ok', n: 1 }]);
    expect(present.ids).toEqual(new Set(['', 'ok']));
  });
  it('wants a list', () => {
    expect(run((p) => loadList({ path: 'content/x.yaml', text: 'id: a' }, 'thing', item, p))).toEqual({
      value: [],
      problems: ['content/x.yaml › (whole file) › (top level): must be a list of thing records'],
    });
  });
});

describe('a chapter file', () => {
  const frontmatter = '---\ntitle: 标题\ntitleSource: editorial\norder: 1\ndek: 编者的导语，至少十个字。\nshort: 清水塘\n---\n';
  it('reads a chapter whose path has no folder', () => {
    const { value, problems } = run((p) => loadChapter({ path: '01-qingshuitang.mdx', text: `${frontmatter}\n正文。\n` }, p));
    expect(problems).toEqual([]);
    expect(value).toMatchObject({ file: '01-qingshuitang.mdx', slug: 'qingshuitang', text: '正文。' });
  });
  it.each(['content/chapters/01-qingshuitang.mdx.bak', 'content/chapters/05-epilogue.mdx', 'content/chapters/qingshuitang.mdx', 'content/chapters/1-qingshuitang.mdx'])('refuses the file name %s', (path) => {
    expect(run((p) => loadChapter({ path, text: `${frontmatter}\n正文。\n` }, p))).toEqual({
      value: null,
      problems: [`${path} › (file name) › slug: must be NN-<slug>.mdx with a slug among qingshuitang, two-oriented-society, innovation, social-governance`],
    });
  });
  it('wants frontmatter', () => {
    expect(run((p) => loadChapter({ path: 'content/chapters/01-qingshuitang.mdx', text: '正文。\n' }, p))).toEqual({
      value: null,
      problems: ['content/chapters/01-qingshuitang.mdx › frontmatter › (block): is missing: start the file with --- YAML frontmatter ---'],
    });
  });
  it('reports bad frontmatter, and gives no chapter', () => {
    expect(run((p) => loadChapter({ path: 'content/chapters/01-qingshuitang.mdx', text: frontmatter.replace('order: 1', 'order: one') + '\n正文。\n' }, p))).toEqual({
      value: null,
      problems: ['content/chapters/01-qingshuitang.mdx › frontmatter › order: must be number, found string'],
    });
  });
  it('reports a body that does not parse without a line when the parser gives none (an unclosed component; its position is in the body)', () => {
    expect(run((p) => loadChapter({ path: 'content/chapters/01-qingshuitang.mdx', text: `${frontmatter}\n正文。\n\n<Units id="x">\n` }, p))).toEqual({
      value: null,
      problems: ['content/chapters/01-qingshuitang.mdx › body › MDX: does not parse: Expected a closing tag for `<Units>` (4:1-4:15)'],
    });
  });
  it('reports a body that does not parse, with its line in the file (the end of the file, line 12, here)', () => {
    expect(run((p) => loadChapter({ path: 'content/chapters/01-qingshuitang.mdx', text: `${frontmatter}\n正文。\n\n<Chart id="x"\n` }, p))).toEqual({
      value: null,
      problems: ['content/chapters/01-qingshuitang.mdx › body line 12 › MDX: does not parse: Unexpected end of file before attribute name, expected a character that can start an attribute name, such as a letter, `$`, or `_`; whitespace before attributes; or the end of the tag'],
    });
  });
});
