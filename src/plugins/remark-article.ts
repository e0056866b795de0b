/**
 * Remark plugin for chapter MDX: marks each top-level paragraph as article text
 * (`data-article`, id p1, p2 …) and gives each editorial subhead its explicit ASCII id and
 * `data-editorial`. Ids are fixed at build time; no client script rewrites the DOM.
 */
import type { Root } from 'mdast';
import { classifyBlocks } from '../lib/article/blocks';

export default function remarkArticle() {
  return (tree: Root, file: { path?: string }) => {
    if (!file.path || !/[\\/]content[\\/]chapters[\\/]/.test(file.path)) return;
    const { paragraphs, headings } = classifyBlocks(tree);
    for (const p of paragraphs) {
      p.node.data = { ...p.node.data, hProperties: { ...(p.node.data?.hProperties ?? {}), id: p.id, 'data-article': '' } };
    }
    for (const h of headings) {
      if (h.id) {
        h.node.children = h.node.children.slice(0, -1);
        const last = h.node.children[h.node.children.length - 1];
        if (last?.type === 'text') last.value = last.value.trimEnd();
      }
      h.node.data = { ...h.node.data, hProperties: { ...(h.node.data?.hProperties ?? {}), ...(h.id ? { id: h.id } : {}), 'data-editorial': '' } };
    }
  };
}
