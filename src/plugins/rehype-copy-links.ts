/**
 * Rehype plugin for chapter MDX: gives every article paragraph and editorial subhead a copy-link
 * control at build time (no client-side DOM rewriting). Each is wrapped with its link in a
 * <div class="para"> or <div class="heading">, so the paragraph's text stays exactly the article's
 * and the heading's accessible name stays its own. The link's mark is drawn by CSS.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

function copyLink(id: string, label: string): Element {
  return { type: 'element', tagName: 'a', properties: { className: ['copy-link'], href: `#${id}`, ariaLabel: label, dataCopy: '' }, children: [] };
}

const text = (n: ElementContent): string => (n.type === 'text' ? n.value : n.type === 'element' ? n.children.map(text).join('') : '');

export default function rehypeCopyLinks() {
  return (tree: Root, file: { path?: string }) => {
    if (!file.path || !/[\\/]content[\\/]chapters[\\/]/.test(file.path)) return;
    tree.children = tree.children.flatMap((node): RootContent[] => {
      if (node.type !== 'element') return [node];
      const id = typeof node.properties.id === 'string' ? node.properties.id : null;
      if (!id) return [node];
      if (node.tagName === 'p' && 'dataArticle' in node.properties) {
        return [{ type: 'element', tagName: 'div', properties: { className: ['para'] }, children: [node, copyLink(id, `第${id.slice(1)}段的链接`)] }];
      }
      if (/^h[23]$/.test(node.tagName) && 'dataEditorial' in node.properties) {
        return [{ type: 'element', tagName: 'div', properties: { className: ['heading'] }, children: [node, copyLink(id, `小标题“${node.children.map(text).join('').trim()}”的链接`)] }];
      }
      return [node];
    });
  };
}
