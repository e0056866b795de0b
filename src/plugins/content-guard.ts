/**
 * Astro integration: checks all content before anything is built, so bad content fails
 * `astro build` (and `astro dev`, `astro check`) with one line per problem naming the file, the
 * entry and the field — and nothing is written to dist/. The checked content is then the one
 * source of everything: pages, endpoints and share cards import it as `virtual:zhuzhou/content`
 * (chapters included: their MDX is parsed by the guard and rendered from the model).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadContent } from './content-files';
import remarkChapter, { rehypeChapterBlocks } from './remark-chapter';

export const VIRTUAL_ID = 'virtual:zhuzhou/content';

/** Every file under content/ and seeds/: a change restarts `astro dev`, which checks content again. */
function watchList(root: string): string[] {
  return ['content', 'seeds'].flatMap((dir) => readdirSync(join(root, dir), { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name)));
}

export default function contentGuard(): AstroIntegration {
  return {
    name: 'zhuzhou:content-guard',
    hooks: {
      'astro:config:setup': ({ config, logger, updateConfig, addWatchFile }) => {
        const root = fileURLToPath(config.root);
        const { model } = loadContent(root);
        logger.info(`content ok: ${model.chapters.length} chapters, ${model.figures.length} figures, ${model.places.length} places, ${model.timeline.length} events; article text matches ${model.source.file}`);
        if (!model.site.corrections) {
          logger.warn('content/site.yaml has no `corrections` channel: readers can compose an error report and copy it, but the site cannot send it anywhere. Set corrections: mailto:<address> or the https:// address of an issue tracker\'s new-issue page, if the publisher reads one.');
        }
        for (const f of watchList(root)) addWatchFile(f);
        const resolved = `\0${VIRTUAL_ID}`;
        updateConfig({
          // The chapters' MDX gets its paragraph ids, figure marks and glossary links from the checked model.
          markdown: { remarkPlugins: [[remarkChapter, { chapters: model.chapters }]], rehypePlugins: [rehypeChapterBlocks] },
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
