/**
 * Astro integration: after the build, rewrites dist/_headers (copied from public/_headers) so its
 * paths carry the base path. At the domain root it leaves the file as it is.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parseHeaders, rebaseHeaders, serializeHeaders } from '../lib/site/headers';

export default function deployHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'zhuzhou:deploy-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const file = fileURLToPath(new URL('_headers', dir));
        if (!existsSync(file) || base === '/' ) return;
        writeFileSync(file, `# Generated from public/_headers for base path ${base}\n\n${serializeHeaders(rebaseHeaders(parseHeaders(readFileSync(file, 'utf8')), base))}`);
        logger.info(`_headers rebased under ${base}`);
      },
    },
  };
}
