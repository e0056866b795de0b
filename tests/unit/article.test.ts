import { describe, expect, it } from 'vitest';
import { chapterArticleText, locateQuote, parseChapterBody, splitFrontmatter } from '../../src/lib/article/blocks';

const body = `## 试点与蓝图 {/*#blueprint*/}

2014年，清水塘搬迁改造被列为全国21个城区老工业区改造试点。

<KeyNumber id="x" />

蓝图宏伟，但道路曲折。面对15.15平方公里广阔地域

### 难题一 {/*#money*/}

——破解“钱从哪里来”难题。
`;

describe('chapter bodies', () => {
  const blocks = parseChapterBody(body);
  it('numbers the top-level paragraphs as article text: p1, p2, p3', () => {
    expect(blocks.paragraphs.map((p) => [p.id, p.text.slice(0, 4)])).toEqual([['p1', '2014'], ['p2', '蓝图宏伟'], ['p3', '——破解']]);
    expect(blocks.problems).toEqual([]);
  });
  it('reads editorial subheads with their ASCII ids', () => {
    expect(blocks.headings.map((h) => [h.depth, h.id, h.text])).toEqual([[2, 'blueprint', '试点与蓝图'], [3, 'money', '难题一']]);
  });
  it('leaves components out of the article text', () => {
    expect(chapterArticleText(blocks)).not.toContain('KeyNumber');
  });
  it('refuses h1, duplicate ids and reserved ids', () => {
    const bad = parseChapterBody('# 标题 {/*#a*/}\n\n## 二 {/*#a*/}\n\n## 三 {/*#p3*/}\n');
    expect(bad.problems.map((p) => `${p.entry}|${p.field}`)).toEqual(['heading "标题"|depth', 'heading "二"|id', 'heading "三"|id']);
  });
  it('refuses block quotes, lists and code that could hide article text', () => {
    const bad = parseChapterBody('> 引文\n\n- 一\n\n```\n代码\n```\n', 10);
    expect(bad.problems.map((p) => `${p.entry}|${p.field}`)).toEqual(['line 11|blockquote', 'line 13|list', 'line 15|code']);
  });
  it('finds the paragraph that holds a quote, ignoring white space', () => {
    expect(locateQuote(blocks.paragraphs, '15.15 平方公里')?.id).toBe('p2');
    expect(locateQuote(blocks.paragraphs, '不在文中')).toBeNull();
  });
  it('splits frontmatter and says where the body starts', () => {
    const s = splitFrontmatter('---\ntitle: x\n---\n\n正文');
    expect(s).toEqual({ frontmatter: 'title: x', body: '\n正文', bodyLine: 4 });
  });
});
