/**
 * Astro integration: checks schemas, provenance and fidelity before anything is built, so bad
 * content fails `astro build` (and `astro dev`, `astro check`) with one line per problem naming
 * the file, the entry and the field — and nothing is written to dist/.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ContentError, validateContent } from '../lib/guard';
import { readContentFiles } from './content-files';

export default function contentGuard(): AstroIntegration {
  return {
    name: 'zhuzhou:content-guard',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const { content, problems } = validateContent(readContentFiles(fileURLToPath(config.root)));
        if (problems.length) throw new ContentError(problems);
        logger.info(`content ok: ${content!.chapters.length} chapters, ${content!.figures.length} figures, ${content!.places.length} places, ${content!.timeline.length} events; article text matches ${content!.source.file}`);
      },
    },
  };
}
