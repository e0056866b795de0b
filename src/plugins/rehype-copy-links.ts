/**
 * Rehype plugin for chapter MDX: gives every article paragraph and editorial subhead a copy-link
 * control at build time (no client-side DOM rewriting). A paragraph is wrapped with its link in
 * <div class="para">, so the paragraph's own text stays exactly the article's; a subhead gets an
 * empty link (its mark is drawn by CSS), so the heading's text is unchanged.
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
        return [{ type: 'element', tagName: 'div', properties: { className: ['para'] }, children: [node, copyLink(id, `复制第${id.slice(1)}段的链接`)] }];
      }
      if (/^h[23]$/.test(node.tagName) && 'dataEditorial' in node.properties) {
        node.children.push(copyLink(id, `复制小标题“${node.children.map(text).join('').trim()}”的链接`));
      }
      return [node];
    });
  };
}
