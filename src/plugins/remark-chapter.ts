/**
 * remark plugin for the chapters' MDX (content/chapters/NN-<slug>.mdx), run by @astrojs/mdx: reads
 * the checked content model (the guard's; never the files again) and, for each top-level block of
 * the body, in the order the guard classified them (src/lib/article/blocks.ts):
 * - an article paragraph gets its stable id (p1, p2 …) and `data-article`, its white space removed
 *   (the article's text is compared without it), each figure's number marked as a link to the
 *   figure's popover and each glossary term's first use in the chapter as a link to its popover;
 *   it is wrapped in <ArticleParagraph> (the ¶ link and the popovers);
 * - an editorial subhead gets its id from `{/*#ascii-id*\/}` (the comment removed) and
 *   `data-editorial`, wrapped in <Subhead> (its link);
 * - a graphic (<Chart>, <Shares>, <Units>, <Timeline>, <PlaceMap>) becomes <Graphic name="Chart">,
 *   which draws it with the edition's words (src/components/chapter/Graphic.astro).
 * The page passes those three components to `<Content components={…}>`.
 */
import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { paragraphStretches, type ModelBlock, type ModelChapter } from '../lib/guard/model';
import { popoverId, termPopoverId } from '../lib/figures/popover';

const CHAPTER_FILE = /(?:^|[\\/])content[\\/]chapters[\\/]\d\d-([a-z0-9-]+)\.mdx$/;

const attr = (name: string, value: string): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value });
const jsxFlow = (name: string, attributes: MdxJsxAttribute[], children: MdxJsxFlowElement['children']): MdxJsxFlowElement => ({ type: 'mdxJsxFlowElement', name, attributes, children });

/** A paragraph's text as mdast: plain text, and the stretches that open a figure's or a term's popover as links. */
export function paragraphPieces(p: Extract<ModelBlock, { type: 'paragraph' }>): PhrasingContent[] {
  return paragraphStretches(p).map((x): PhrasingContent => {
    if (!('kind' in x)) return { type: 'text', value: x.text };
    const link: MdxJsxTextElement = {
      type: 'mdxJsxTextElement',
      name: 'a',
      attributes: x.kind === 'figure'
        ? [attr('class', 'fig-ref'), attr('href', `#${popoverId(x.id)}`), attr('data-figures', x.id)]
        : [attr('class', 'term-ref'), attr('href', `#${termPopoverId(x.id)}`), attr('data-term', x.id)],
      children: [{ type: 'text', value: x.text }],
    };
    return link;
  });
}

export interface RemarkChapterOptions {
  /** The checked chapters (src/lib/guard/model.ts). */
  chapters: readonly ModelChapter[];
}

export default function remarkChapter({ chapters }: RemarkChapterOptions) {
  return (tree: Root, file: { path?: string; history?: string[] }) => {
    const path = file.path ?? file.history?.[0] ?? '';
    const m = CHAPTER_FILE.exec(path);
    if (!m) return;
    const chapter = chapters.find((c) => c.slug === m[1]);
    if (!chapter) throw new Error(`remark-chapter: ${path} is not a chapter the content guard checked`);
    const blocks = [...chapter.blocks];
    const next = (type: ModelBlock['type'], node: RootContent): ModelBlock => {
      const b = blocks.shift();
      if (!b || b.type !== type) throw new Error(`remark-chapter: ${path} line ${node.position?.start.line ?? '?'}: expected a ${b?.type ?? 'end of chapter'}, found a ${type} (the guard's model and the MDX disagree)`);
      return b;
    };
    tree.children = tree.children.map((node): RootContent => {
      if (node.type === 'paragraph') {
        const b = next('paragraph', node) as Extract<ModelBlock, { type: 'paragraph' }>;
        const p: Paragraph = { type: 'paragraph', children: paragraphPieces(b), data: { hProperties: { id: b.id, dataArticle: '' } } };
        return jsxFlow('ArticleParagraph', [attr('chapter', chapter.slug), attr('id', b.id)], [p]);
      }
      if (node.type === 'heading') {
        const b = next('heading', node) as Extract<ModelBlock, { type: 'heading' }>;
        const h: Heading = { type: 'heading', depth: node.depth, children: [{ type: 'text', value: b.text }], data: { hProperties: { id: b.id, dataEditorial: 'true' } } };
        return jsxFlow('Subhead', [attr('chapter', chapter.slug), attr('id', b.id)], [h]);
      }
      if (node.type === 'mdxJsxFlowElement') {
        const b = next('graphic', node) as Extract<ModelBlock, { type: 'graphic' }>;
        return jsxFlow('Graphic', [attr('chapter', chapter.slug), attr('name', b.name), attr('id', b.id)], []);
      }
      return node;
    });
    if (blocks.length) throw new Error(`remark-chapter: ${path} ends before the guard's model does (${blocks.length} block(s) left)`);
  };
}

/**
 * rehype plugin, after remark-chapter: no white space between a chapter's blocks (remark-rehype puts
 * a line break between them), so that the page is the same whether a block comes from the MDX or
 * from a component.
 */
export function rehypeChapterBlocks() {
  type Node = { type: string; value?: string; children?: Node[] };
  const trim = (n: Node) => {
    if (!n.children) return;
    if (n.type === 'root' || n.type === 'mdxJsxFlowElement') n.children = n.children.filter((c) => !(c.type === 'text' && !c.value!.trim()));
    n.children.forEach(trim);
  };
  return (tree: Node, file: { path?: string; history?: string[] }) => {
    if (CHAPTER_FILE.test(file.path ?? file.history?.[0] ?? '')) trim(tree);
  };
}
