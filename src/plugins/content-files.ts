/** Reads content/ and seeds/ from disk for the content guard (build-time I/O only). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { ContentFiles } from '../lib/guard';

const read = (root: string, path: string) => ({ path, text: existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : '' });

/** Reads every file the guard checks. `root` is the project root. */
export function readContentFiles(root: string): ContentFiles {
  const source = read(root, 'content/source.yaml');
  let seedPath = 'seeds/000_77bdc98d5b478d78.txt';
  try {
    const parsed = yaml.load(source.text) as { file?: unknown } | undefined;
    if (parsed && typeof parsed.file === 'string') seedPath = parsed.file;
  } catch {
    /* reported by the guard */
  }
  const chapterDir = join(root, 'content/chapters');
  const chapters = existsSync(chapterDir)
    ? readdirSync(chapterDir).filter((f) => f.endsWith('.mdx')).sort().map((f) => read(root, `content/chapters/${f}`))
    : [];
  return {
    source,
    site: read(root, 'content/site.yaml'),
    seed: existsSync(join(root, seedPath)) ? read(root, seedPath) : null,
    figures: read(root, 'content/figures.yaml'),
    places: read(root, 'content/places.yaml'),
    nonFigures: read(root, 'content/non-figures.yaml'),
    timeline: read(root, 'content/timeline.yaml'),
    chapters,
    geo: read(root, 'content/geo/zhuzhou-districts.geojson'),
  };
}
