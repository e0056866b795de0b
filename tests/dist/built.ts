/**
 * The built site, read from disk: the page list from the build's own sitemap, each page's parsed
 * HTML, and the deploy settings the build was made with. For the static sweeps of tests/dist/,
 * which check every page of every edition without a browser (a browser adds nothing to reading a
 * head tag or a link).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { editionOfPath } from '../../src/lib/editions/editions';
import { resolveDeployConfig } from '../../src/lib/site/deploy-config';

const root = new URL('../../', import.meta.url).pathname;
export const outDir = join(root, (process.env.OUT_DIR ?? 'dist').replace(/^\.\//, ''));
export const { site, base } = resolveDeployConfig(process.env);
/** An absolute URL of a site path, as the build writes it. */
export const abs = (path: string) => `${site}${base}${path}`;

if (!existsSync(join(outDir, 'index.html'))) throw new Error(`${outDir}/ has no index.html: run \`npm run build\` first (npm test does it).`);

/** The text of a built file, by its site path ('' is the cover; a path ending in / is its index.html). */
export const builtFile = (path: string) => readFileSync(join(outDir, path.endsWith('/') || path === '' ? `${path}index.html` : path));
export const builtText = (path: string) => builtFile(path).toString('utf8');

/** Every page the sitemap lists, as site paths relative to the base path ('' is the cover). */
export function sitemapPaths(): string[] {
  const index = readFileSync(join(outDir, 'sitemap-index.xml'), 'utf8');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.slice(base.length));
  const urls = maps.flatMap((m) => [...readFileSync(join(outDir, m), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((x) => x[1]!));
  return urls.map((u) => {
    if (!u.startsWith(`${site}${base}`)) throw new Error(`sitemap URL ${u} is not under ${site}${base}`);
    return u.slice(`${site}${base}`.length);
  });
}

/** One built page: its site path, its edition, its path within the edition (`own`), its HTML and DOM. */
const cache = new Map<string, ReturnType<typeof parsePage>>();
export function builtPage(path: string) {
  if (!cache.has(path)) cache.set(path, parsePage(path));
  return cache.get(path)!;
}

function parsePage(path: string) {
  const html = builtText(path);
  const { document } = parseHTML(html);
  const { edition, path: own } = editionOfPath(path);
  return { path, edition, own, html, document };
}
