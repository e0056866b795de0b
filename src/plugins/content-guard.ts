/**
 * Astro integration: checks all content before anything is built, so bad content fails
 * `astro build` (and `astro dev`, `astro check`) with one line per problem naming the file, the
 * entry and the field — and nothing is written to dist/. The checked content is then the one
 * source of everything: pages, endpoints and share cards import it as `virtual:zhuzhou/content`,
 * and it feeds the chapter MDX plugins (paragraph ids, figure marks and their popovers).
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { ValidatedContent } from '../lib/guard';
import { figurePopover } from '../lib/figures/popover';
import { loadContent } from './content-files';
import remarkArticle from './remark-article';
import rehypeChapter, { type ChapterMarks } from './rehype-chapter';

export const VIRTUAL_ID = 'virtual:zhuzhou/content';

/** Every file under content/ and seeds/: a change restarts `astro dev`, which checks content again. */
function watchList(root: string): string[] {
  return ['content', 'seeds'].flatMap((dir) => readdirSync(join(root, dir), { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name)));
}

/** Each chapter's figure marks, by file name and paragraph, with their popovers. */
export function chapterMarks(content: ValidatedContent, base: string): ChapterMarks {
  const out: ChapterMarks = {};
  for (const c of content.chapters) {
    const paragraphs: ChapterMarks[string] = {};
    for (const f of content.figures) {
      const m = f.chapter === c.slug ? content.marks.get(f.id) : undefined;
      if (!m) continue;
      (paragraphs[m.paragraph] ??= []).push({ start: m.start, end: m.end, popover: figurePopover(f, content.figures, base, m.paragraph) });
    }
    out[basename(c.file)] = paragraphs;
  }
  return out;
}

export default function contentGuard(): AstroIntegration {
  return {
    name: 'zhuzhou:content-guard',
    hooks: {
      'astro:config:setup': ({ config, logger, updateConfig, addWatchFile }) => {
        const root = fileURLToPath(config.root);
        const { validated, model } = loadContent(root);
        logger.info(`content ok: ${model.chapters.length} chapters, ${model.figures.length} figures, ${model.places.length} places, ${model.timeline.length} events; article text matches ${model.source.file}`);
        for (const f of watchList(root)) addWatchFile(f);
        const resolved = `\0${VIRTUAL_ID}`;
        updateConfig({
          markdown: { remarkPlugins: [remarkArticle], rehypePlugins: [[rehypeChapter, { marks: chapterMarks(validated, config.base) }]] },
          vite: {
            plugins: [{
              name: 'zhuzhou:content',
              resolveId: (id: string) => (id === VIRTUAL_ID ? resolved : undefined),
              load: (id: string) => (id === resolved ? `export default ${JSON.stringify(model)};` : undefined),
            }],
          },
        });
      },
    },
  };
}
