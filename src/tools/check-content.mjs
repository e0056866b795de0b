#!/usr/bin/env node
// Checks content/ and seeds/ with the content guard and prints every problem (file › entry › field:
// message), without building the site: for editors and translators working on content/.
//
//   npm run content:check
//
// The guard (src/lib/guard/) is TypeScript; it is bundled with esbuild, Astro's own compiler, as
// src/tools/subset-font.mjs does. Exit code 1 when there is any problem.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { build } = await import('esbuild');
const result = await build({
  stdin: {
    contents: "export { formatProblem, validateContent } from './src/lib/guard/index.ts'; export { readContentFiles } from './src/plugins/content-files.ts';",
    resolveDir: root,
    sourcefile: 'check-content-entry.ts',
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  packages: 'external',
  write: false,
  logLevel: 'silent',
});
// Written inside node_modules/ so that the bundle's own imports (zod, js-yaml …) resolve from the project.
const dir = join(root, 'node_modules/.cache/zhuzhou');
mkdirSync(dir, { recursive: true });
const file = join(dir, 'check-content.mjs');
writeFileSync(file, result.outputFiles[0].text);
const lib = await import(pathToFileURL(file).href);
const { problems } = lib.validateContent(lib.readContentFiles(root));
for (const p of problems) console.log(lib.formatProblem(p));
console.log(problems.length ? `${problems.length} problem(s)` : 'content: no problems');
process.exitCode = problems.length ? 1 : 0;
