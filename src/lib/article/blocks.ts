/**
 * The article text inside a chapter's MDX body. Pure: no I/O.
 *
 * The model: every top-level Markdown paragraph of a chapter body is article text (it gets
 * `data-article` and a stable id p1, p2 … in order); every heading is an editorial subhead with an
 * explicit ASCII id written as `## 小标题 {/*#ascii-id*\/}`; MDX components between paragraphs are
 * editorial. Any other Markdown block is refused, so nothing can hide article text.
 */
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { stripWhitespace } from './text';

export interface ArticleParagraph {
  kind: 'paragraph';
  /** Stable anchor id within the chapter page: p1, p2 … */
  id: string;
  /** 1-based position among the chapter's article paragraphs. */
  index: number;
  text: string;
  node: Paragraph;
}

export interface EditorialHeading {
  kind: 'heading';
  id: string | null;
  depth: number;
  text: string;
  node: Heading;
}

/** An MDX component placed between paragraphs (editorial by construction). */
export interface ComponentBlock {
  kind: 'component';
  name: string;
  line: number | undefined;
  /** String attributes as written; expression attributes as their source text. */
  attributes: Record<string, { expression: boolean; value: string }>;
}

export interface BlockProblem {
  /** What the problem is about, e.g. `heading "破解六大难题"` or `line 12`. */
  entry: string;
  field: string;
  message: string;
}

export interface ChapterBlocks {
  paragraphs: ArticleParagraph[];
  headings: EditorialHeading[];
  components: ComponentBlock[];
  /** Paragraphs, headings and components in the order of the body. */
  sequence: (ArticleParagraph | EditorialHeading | ComponentBlock)[];
  problems: BlockProblem[];
}

const ID_COMMENT = /^\s*\/\*\s*#([a-z0-9]+(?:-[a-z0-9]+)*)\s*\*\/\s*$/;
/** Block types that are editorial by construction (components, imports, expressions). */
const EDITORIAL_BLOCKS = new Set(['mdxJsxFlowElement', 'mdxjsEsm', 'mdxFlowExpression', 'yaml']);

export function paragraphId(index: number): string {
  return `p${index}`;
}

/** Reads (and, for the remark plugin, annotates) the blocks of a parsed chapter body. */
export function classifyBlocks(root: Root, lineOffset = 0): ChapterBlocks {
  const paragraphs: ArticleParagraph[] = [];
  const headings: EditorialHeading[] = [];
  const components: ComponentBlock[] = [];
  const sequence: ChapterBlocks['sequence'] = [];
  const problems: BlockProblem[] = [];
  const seenIds = new Set<string>();
  root.children.forEach((node: RootContent) => {
    const line = node.position ? node.position.start.line + lineOffset : undefined;
    if (node.type === 'paragraph') {
      const index = paragraphs.length + 1;
      paragraphs.push({ kind: 'paragraph', id: paragraphId(index), index, text: toString(node), node });
      sequence.push(paragraphs[paragraphs.length - 1]!);
    } else if (node.type === 'heading') {
      const last = node.children[node.children.length - 1];
      let id: string | null = null;
      if (last && last.type === 'mdxTextExpression') {
        const m = ID_COMMENT.exec(last.value);
        if (m) id = m[1]!;
      }
      const text = toString({ ...node, children: id ? node.children.slice(0, -1) : node.children }).trim();
      if (!id) {
        problems.push({ entry: `heading "${text}"${line ? ` (line ${line})` : ''}`, field: 'id', message: 'is missing: write the heading as `## 标题 {/*#ascii-id*/}`' });
      } else if (seenIds.has(id)) {
        problems.push({ entry: `heading "${text}"`, field: 'id', message: `"${id}" is used twice in this chapter` });
      } else if (/^p\d+$/.test(id)) {
        problems.push({ entry: `heading "${text}"`, field: 'id', message: `"${id}" is reserved for article paragraphs` });
      }
      if (id) seenIds.add(id);
      if (node.depth < 2 || node.depth > 3) {
        problems.push({ entry: `heading "${text}"`, field: 'depth', message: `must be ## or ### (the chapter title is the page's only h1), found ${'#'.repeat(node.depth)}` });
      }
      headings.push({ kind: 'heading', id, depth: node.depth, text, node });
      sequence.push(headings[headings.length - 1]!);
    } else if (node.type === 'mdxJsxFlowElement') {
      const attributes: ComponentBlock['attributes'] = {};
      for (const a of node.attributes) {
        if (a.type !== 'mdxJsxAttribute') continue;
        if (typeof a.value === 'string') attributes[a.name] = { expression: false, value: a.value };
        else if (a.value && typeof a.value === 'object') attributes[a.name] = { expression: true, value: a.value.value };
        else attributes[a.name] = { expression: false, value: 'true' };
      }
      components.push({ kind: 'component', name: node.name ?? '', line, attributes });
      sequence.push(components[components.length - 1]!);
    } else if (!EDITORIAL_BLOCKS.has(node.type)) {
      problems.push({ entry: `line ${line ?? '?'}`, field: node.type, message: 'is not allowed in a chapter body: article text must be plain paragraphs; editorial matter, headings or components' });
    }
  });
  return { paragraphs, headings, components, sequence, problems };
}

const parser = unified().use(remarkParse).use(remarkMdx);

/** Splits `---` YAML frontmatter from an MDX file's text. */
export function splitFrontmatter(source: string): { frontmatter: string | null; body: string; bodyLine: number } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!m) return { frontmatter: null, body: source, bodyLine: 1 };
  return { frontmatter: m[1]!, body: source.slice(m[0].length), bodyLine: m[0].split('\n').length };
}

/** Parses an MDX chapter body (no frontmatter) into its blocks. Throws on MDX syntax errors. */
export function parseChapterBody(body: string, lineOffset = 0): ChapterBlocks {
  const key = `${lineOffset}\n${body}`;
  const hit = parsed.get(key);
  if (hit) return hit;
  const blocks = classifyBlocks(parser.parse(body) as Root, lineOffset);
  if (parsed.size > 32) parsed.clear();
  parsed.set(key, blocks);
  return blocks;
}

/** Bodies already parsed (the guard reads the same chapters again and again in the tests); callers never change the blocks. */
const parsed = new Map<string, ChapterBlocks>();

/** The chapter's article text as one string (paragraphs in order, no separators). */
export function chapterArticleText(blocks: ChapterBlocks): string {
  return blocks.paragraphs.map((p) => p.text).join('');
}

/** The paragraph of a chapter that holds a quote (compared without white space), or null. */
export function locateQuote<P extends { text: string }>(paragraphs: readonly P[], quote: string): P | null {
  const q = stripWhitespace(quote);
  return paragraphs.find((p) => stripWhitespace(p.text).includes(q)) ?? null;
}
