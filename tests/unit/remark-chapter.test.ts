import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { EDITIONS } from '../../src/lib/editions/editions';
import { SOURCE_VOICE, TRANSLATION_VOICE, type Voice } from '../../src/lib/editions/voice';
import type { ModelChapter } from '../../src/lib/guard/model';
import remarkChapter, { rehypeChapterBlocks } from '../../src/plugins/remark-chapter';

const chapter = {
  slug: 'innovation',
  blocks: [
    { type: 'heading', id: 'path', depth: 2, text: '创新历程' },
    { type: 'paragraph', id: 'p1', index: 1, text: '订单超过500亿元，实施科教兴市。', marks: [{ figure: 'orders', start: 2, end: 9 }], terms: [{ term: 'kejiao', start: 12, end: 16 }] },
    { type: 'graphic', name: 'Chart', id: 'c1', title: '图', ids: ['orders'], kind: 'bar', note: null },
  ],
} as unknown as ModelChapter;

const mdx = '## 创新历程 {/*#path*/}\n\n订单 超过500亿元，实施科教兴市。\n\n<Chart id="c1" kind="bar" title="图" figures={["orders"]} />\n';
const run = (path: string, text = mdx) => {
  const p = unified().use(remarkParse).use(remarkMdx).use(remarkChapter, { chapters: [chapter] });
  return p.runSync(p.parse(text), { path, history: [path] } as never) as Root;
};

describe('remark-chapter: the chapters’ MDX read against the checked model', () => {
  it('wraps paragraphs, subheads and graphics, with ids, marks and term links', () => {
    const tree = run('/x/content/chapters/03-innovation.mdx');
    const [h, p, g] = tree.children as any[];
    expect(h.name).toBe('Subhead');
    expect(h.children[0].data.hProperties).toEqual({ id: 'path', dataEditorial: 'true' });
    expect(h.children[0].children).toEqual([{ type: 'text', value: '创新历程' }]);
    expect(p.name).toBe('ArticleParagraph');
    expect(p.attributes.map((a: any) => [a.name, a.value])).toEqual([['chapter', 'innovation'], ['id', 'p1']]);
    const para = p.children[0];
    expect(para.data.hProperties).toEqual({ id: 'p1', dataArticle: '' });
    expect(para.children.map((c: any) => c.type === 'text' ? c.value : `[${c.attributes.map((a: any) => `${a.name}=${a.value}`).join(' ')}:${c.children[0].value}]`)).toEqual([
      '订单', '[class=fig-ref href=#pop-orders data-figures=orders:超过500亿元]', '，实施', '[class=term-ref href=#term-pop-kejiao data-term=kejiao:科教兴市]', '。',
    ]);
    expect(g.name).toBe('Graphic');
    expect(g.attributes.map((a: any) => [a.name, a.value])).toEqual([['chapter', 'innovation'], ['name', 'Chart'], ['id', 'c1']]);
  });

  it('leaves other MDX alone, and stops when the MDX and the model disagree', () => {
    expect((run('/x/src/pages/other.mdx').children[0] as any).type).toBe('heading');
    expect(() => run('/x/content/chapters/03-innovation.mdx', 'only a paragraph\n')).toThrow(/expected a heading, found a paragraph/);
    expect(() => run('/x/content/chapters/03-innovation.mdx', `${mdx}\nextra\n`)).toThrow(/expected a end of chapter|ends before|found a paragraph/);
    expect(() => run('/x/content/chapters/09-unknown.mdx')).toThrow(/not a chapter the content guard checked/);
  });

  it('the rehype step drops white space between blocks only in chapters', () => {
    const tree = { type: 'root', children: [{ type: 'text', value: '\n' }, { type: 'element', children: [{ type: 'text', value: ' ' }] }] };
    rehypeChapterBlocks()(tree as never, { path: 'content/chapters/01-qingshuitang.mdx' });
    expect(tree.children).toHaveLength(1);
    expect((tree.children[0] as any).children).toHaveLength(1);
  });
});

describe('editions speak through their voice', () => {
  it('every edition names a voice; the source and its conversion share one', () => {
    expect(EDITIONS.map((e) => e.voice)).toEqual([SOURCE_VOICE, SOURCE_VOICE, TRANSLATION_VOICE]);
  });

  it('a fourth edition is one declaration plus its words', () => {
    // A minimal fake edition (German), declared the way the three are: components ask its voice, never its language.
    const words: Record<string, string> = { '约{words}词 · 阅读约{minutes}分钟': 'etwa {words} Wörter · {minutes} Min.', '文章（编者译文）': 'Der Artikel (Übersetzung)' };
    const t = (zh: string, v: Record<string, string | number> = {}) => (words[zh] ?? zh).replace(/\{(\w+)\}/g, (_, k) => String(v[k]));
    const de: Voice = { ...TRANSLATION_VOICE, length: (c, tt) => tt('约{words}词 · 阅读约{minutes}分钟', { words: c.chars.toLocaleString('de-DE'), minutes: c.minutes }), quoteLang: 'zh-CN' };
    expect(de.length({ chars: 2100, minutes: 9 }, t)).toBe('etwa 2.100 Wörter · 9 Min.');
    expect(de.articleHeading(t)).toBe('Der Artikel (Übersetzung)');
    expect(de.termNames({ term: '两型社会', en: 'two-oriented society' })).toEqual({ lead: 'two-oriented society', leadLang: undefined, gloss: '两型社会', glossLang: 'zh-CN' });
    expect(SOURCE_VOICE.useLabel(3, t)).toBe('第3段');
    expect(TRANSLATION_VOICE.useLabel(3, t)).toBe('¶3');
  });
});
