// The chapter rules of the content guard (src/lib/guard/chapters.ts): the four chapters once each
// and in order, ids and chart ids across chapters, and fidelity to the article.
import { describe, expect, it } from 'vitest';
import { parseChapterBody } from '../../src/lib/article/blocks';
import { stripWhitespace } from '../../src/lib/article/text';
import { checkChapterComponents, checkChapterSet, checkFidelity } from '../../src/lib/guard/chapters';
import type { Chapter } from '../../src/lib/guard/load';
import { formatProblem, type Problems } from '../../src/lib/guard/problems';
import type { Source } from '../../src/schemas/source';
import type { Figure } from '../../src/schemas/figure';

const SLUG_FILE = { qingshuitang: '01-qingshuitang', 'two-oriented-society': '02-two-oriented-society', innovation: '03-innovation', 'social-governance': '04-social-governance' } as const;
const chapter = (slug: Chapter['slug'], body: string, over: Partial<Chapter['data']> = {}, file = `content/chapters/${SLUG_FILE[slug]}.mdx`): Chapter => {
  const blocks = parseChapterBody(body);
  return { file, slug, data: { title: '编者标题', titleSource: 'editorial', order: 1, dek: '编者的导语，至少十个字。', short: '短名', ...over }, blocks, text: stripWhitespace(blocks.paragraphs.map((p) => p.text).join('')) };
};
const run = (check: (problems: Problems) => void) => {
  const problems: Problems = [];
  check(problems);
  return problems.map(formatProblem);
};

describe('the four chapters', () => {
  it('reports a slug used twice and the chapters that are missing, and puts the chapters in order', () => {
    const chapters = [
      chapter('innovation', '三。', { order: 3 }),
      chapter('qingshuitang', '一。', { order: 1 }),
      chapter('qingshuitang', '又一。', { order: 1 }, 'content/chapters/01-qingshuitang-copy.mdx'),
    ];
    expect(run((p) => checkChapterSet(chapters, p))).toEqual([
      'content/chapters/01-qingshuitang-copy.mdx › (file name) › slug: "qingshuitang" is also used by content/chapters/01-qingshuitang.mdx',
      'content/chapters/02-two-oriented-society.mdx › (file) › slug: is missing: the documentary has four chapters',
      'content/chapters/04-social-governance.mdx › (file) › slug: is missing: the documentary has four chapters',
    ]);
    expect(chapters.map((c) => c.data.order)).toEqual([1, 1, 3]);
  });
  it('calls a chapter missing when nothing else has been found', () => {
    expect(run((p) => checkChapterSet([chapter('qingshuitang', '一。'), chapter('two-oriented-society', '二。'), chapter('social-governance', '四。')], p))).toEqual([
      'content/chapters/03-innovation.mdx › (file) › slug: is missing: the documentary has four chapters',
    ]);
  });
  it('does not call a chapter missing whose file is there but could not be read', () => {
    const problems: Problems = [{ file: 'content/chapters/02-two-oriented-society.mdx', entry: 'frontmatter', field: 'order', message: 'must be number, found string' }];
    checkChapterSet([chapter('qingshuitang', '一。'), chapter('innovation', '三。'), chapter('social-governance', '四。')], problems);
    expect(problems.map(formatProblem)).toEqual(['content/chapters/02-two-oriented-society.mdx › frontmatter › order: must be number, found string']);
  });
});

describe('components across chapters', () => {
  const fig = (id: string, chapter: Figure['chapter']): Figure => ({ id, label: id, value: 1, unit: '家', qualifier: 'exact', period: '2018', chapter, quote: 'q' });
  const figures = new Map([fig('a', 'qingshuitang'), fig('b', 'qingshuitang'), fig('c', 'innovation'), fig('d', 'innovation')].map((f) => [f.id, f]));
  const refs = { figures, events: new Map<string, string>(), known: { figures: (id: string) => figures.has(id), events: () => true, places: () => true } };
  it('keeps component ids apart from paragraph and heading ids', () => {
    const c = chapter('qingshuitang', '## 蓝图 {/*#blueprint*/}\n\n一段。\n\n<Chart id="blueprint" kind="bar" title="t" figures={["a", "b"]} />\n\n<Units id="p1" title="t" figures={["a", "b", "a"]} />');
    expect(run((p) => checkChapterComponents([c], refs, p)).filter((m) => m.includes('› id:'))).toEqual([
      'content/chapters/01-qingshuitang.mdx › <Chart id="blueprint"> (line 5) › id: "blueprint" is already used in this chapter',
      'content/chapters/01-qingshuitang.mdx › <Units id="p1"> (line 7) › id: "p1" is already used in this chapter',
    ]);
  });
  it('wants chart ids unique across chapters, and returns every component checked', () => {
    const one = chapter('qingshuitang', '一段。\n\n<Chart id="output" kind="bar" title="t" figures={["a", "b"]} />');
    const three = chapter('innovation', '一段。\n\n<Chart id="output" kind="bar" title="t" figures={["c", "d"]} />');
    const problems: Problems = [];
    const checked = checkChapterComponents([one, three], refs, problems);
    expect(problems.map(formatProblem)).toEqual([
      'content/chapters/03-innovation.mdx › <Chart id="output"> (line 3) › id: is also a chart in content/chapters/01-qingshuitang.mdx: chart ids name their data downloads and must be unique across chapters',
    ]);
    expect(checked.map((k) => `${k.name} ${k.id} ${k.ids.join(',')}`)).toEqual(['Chart output a,b', 'Chart output c,d']);
    three.blocks = { ...three.blocks, components: three.blocks.components.map((k) => ({ ...k, line: undefined })) };
    expect(run((p) => checkChapterComponents([one, three], refs, p))).toEqual([
      'content/chapters/03-innovation.mdx › <Chart id="output"> › id: is also a chart in content/chapters/01-qingshuitang.mdx: chart ids name their data downloads and must be unique across chapters',
    ]);
  });
});

describe('fidelity to the article', () => {
  const source = { closing: { headline: '结语标题', caption: '图片说明', credit: '（供图）' } } as Source;
  const chapters = [chapter('qingshuitang', '第一段。\n\n第二段。'), chapter('innovation', '第三段。', { title: '原文标题', titleSource: 'article' })];
  const article = '第一段。第二段。原文标题第三段。结语标题图片说明（供图）';
  const fidelity = (text: string, cs = chapters) => run((p) => checkFidelity(text, 'seeds/a.txt', cs, source, 'content/source.yaml', p));
  it('accepts the chapters and closing matter that make up the article', () => expect(fidelity(article)).toEqual([]));
  it('names the first paragraph that departs from the article, even at its first character', () => {
    expect(fidelity(`另${article.slice(1)}`)).toEqual(['content/chapters/01-qingshuitang.mdx › paragraph p1 › text: does not follow the article (seeds/a.txt): after “” the article has “另一段。第二段。原文标题第三段。” but the site has “第一段。第二段。原文标题第三段。”']);
  });
  it('names an article title or the closing matter that departs from it', () => {
    expect(fidelity(article.replace('原文标题', '原文题目'))).toEqual(['content/chapters/03-innovation.mdx › frontmatter › title: does not follow the article (seeds/a.txt): after “第一段。第二段。原文” the article has “题目第三段。结语标题图片说明（供” but the site has “标题第三段。结语标题图片说明（供”']);
    expect(fidelity(article.replace('图片说明', '图片注释'))).toEqual(['content/source.yaml › closing › caption: does not follow the article (seeds/a.txt): after “第三段。结语标题图片” the article has “注释（供图）” but the site has “说明（供图）”']);
  });
  it('says where the site’s text or the article ends early', () => {
    expect(fidelity(`${article}附记`)).toEqual(['content/source.yaml › closing › credit: does not follow the article (seeds/a.txt): after “标题图片说明（供图）” the article has “附记” but the site has “(end of text)”']);
    expect(fidelity(article.slice(0, -4))).toEqual(['content/source.yaml › closing › credit: does not follow the article (seeds/a.txt): after “段。结语标题图片说明” the article has “(end of article)” but the site has “（供图）”']);
  });
});
