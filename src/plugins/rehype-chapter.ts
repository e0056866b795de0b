/**
 * Rehype plugin for chapter MDX, fed by the content guard's validated content: every article
 * paragraph gets its copy-link control and, inside its text, each figure's number becomes a link
 * to the figure's popover. The popover opens without JavaScript (it is the link's target, shown
 * by `:target`) and, with JavaScript, as a real popover next to the number (src/scripts/figures.ts).
 * A link, not a button: it wraps with the line and its text selects and copies like the rest of
 * the paragraph. The popovers sit after the paragraph, outside the `data-article` element, so the
 * paragraph's text stays exactly the article's. Editorial subheads get their copy-link control.
 * All of it at build time; no client script rewrites the DOM.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { popoverId, type FigurePopover } from '../lib/figures/popover';

export interface MarkedFigure {
  /** Offsets in the paragraph's text (white space removed; article paragraphs have none). */
  start: number;
  end: number;
  popover: FigurePopover;
}

export interface ChapterMarks {
  /** File name of the chapter (01-qingshuitang.mdx) → paragraph id → its marked figures, in order. */
  [file: string]: Record<string, MarkedFigure[]>;
}

const h = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({ type: 'element', tagName, properties, children });
const t = (value: string): Text => ({ type: 'text', value });
const textOf = (n: ElementContent): string => (n.type === 'text' ? n.value : n.type === 'element' ? n.children.map(textOf).join('') : '');

function copyLink(id: string, label: string): Element {
  return h('a', { className: ['copy-link'], href: `#${id}`, ariaLabel: label, dataCopy: '' });
}

/** The popover of one figure: label, value, qualifier and period, notes, derived numbers, links. */
export function popoverElement(p: FigurePopover): Element {
  const rows: ElementContent[] = [
    h('p', { className: ['fig-pop-label'] }, [t(p.label)]),
    h('p', { className: ['fig-pop-value'] }, [t(p.value)]),
    h('p', { className: ['fig-pop-meta'] }, [t(`${p.qualifier} · ${p.period}`)]),
  ];
  if (p.note) rows.push(h('p', { className: ['fig-pop-note'] }, [t(`注：${p.note}`)]));
  for (const d of p.derived) rows.push(h('p', { className: ['fig-pop-note'] }, [h('span', { className: ['editorial-label'] }, [t('编者推算')]), t(` ${d.label}：${d.value}。${d.note}；${d.assumption}。`)]));
  rows.push(h('p', { className: ['fig-pop-links'] }, [h('a', { href: p.figuresHref }, [t('在全部数字中查看')]), h('a', { href: p.paragraphHref }, [t('本段链接')])]));
  rows.push(h('a', { className: ['fig-pop-close'], href: p.paragraphHref, ariaLabel: '关闭' }, [t('×')]));
  return h('div', { id: popoverId(p.id), className: ['fig-pop'], popover: 'auto', dataUi: '', role: 'dialog', ariaLabel: `${p.label}：${p.value}` }, rows);
}

/** Splits a paragraph's text children at the marks, turning each mark into a link to its popover. */
export function markParagraph(p: Element, marks: readonly MarkedFigure[]): void {
  if (!marks.length) return;
  const text = p.children.map(textOf).join('');
  if (p.children.some((c) => c.type !== 'text') || /\s/.test(text)) throw new Error(`rehype-chapter: paragraph ${String(p.properties.id)} is not plain text; figure marks need plain article text`);
  const out: ElementContent[] = [];
  let at = 0;
  for (const m of [...marks].sort((a, b) => a.start - b.start)) {
    if (m.start < at) throw new Error(`rehype-chapter: marks overlap in paragraph ${String(p.properties.id)} (${m.popover.id})`);
    if (m.start > at) out.push(t(text.slice(at, m.start)));
    out.push(h('a', { className: ['fig-ref'], href: `#${popoverId(m.popover.id)}`, dataFigures: m.popover.id }, [t(text.slice(m.start, m.end))]));
    at = m.end;
  }
  if (at < text.length) out.push(t(text.slice(at)));
  p.children = out;
}

export default function rehypeChapter(options: { marks: ChapterMarks }) {
  return (tree: Root, file: { path?: string }) => {
    const name = file.path && /[\\/]content[\\/]chapters[\\/]([^\\/]+\.mdx)$/.exec(file.path)?.[1];
    if (!name) return;
    const paragraphs = options.marks[name] ?? {};
    tree.children = tree.children.flatMap((node): RootContent[] => {
      if (node.type !== 'element') return [node];
      const id = typeof node.properties.id === 'string' ? node.properties.id : null;
      if (!id) return [node];
      if (node.tagName === 'p' && 'dataArticle' in node.properties) {
        const marks = paragraphs[id] ?? [];
        markParagraph(node, marks);
        return [h('div', { className: ['para'] }, [node, copyLink(id, `第${id.slice(1)}段的链接`), ...marks.map((m) => popoverElement(m.popover))])];
      }
      if (/^h[23]$/.test(node.tagName) && 'dataEditorial' in node.properties) {
        return [h('div', { className: ['heading'] }, [node, copyLink(id, `小标题“${node.children.map(textOf).join('').trim()}”的链接`)])];
      }
      return [node];
    });
  };
}
