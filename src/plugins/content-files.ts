/** Reads content/ and seeds/ from disk for the content guard, and loads the checked content (build-time I/O only). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { ContentError, validateContent, type ContentFiles, type ValidatedContent } from '../lib/guard';
import { buildSiteContent, type SiteContent } from '../lib/guard/model';

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
    river: read(root, 'content/geo/xiangjiang.geojson'),
    geoSource: read(root, 'content/geo/source.json'),
    english: { article: read(root, 'content/en/article.yaml'), records: read(root, 'content/en/records.yaml') },
    glossary: read(root, 'content/glossary.yaml'),
  };
}

/**
 * The one way content is read: the files, checked by the guard, as the site's content model. Throws
 * the guard's ContentError (one line per problem) when anything does not check out. The build
 * (src/plugins/content-guard.ts), the tests and the tools all call this.
 */
export function loadContent(root: string): { validated: ValidatedContent; model: SiteContent } {
  const { content, problems } = validateContent(readContentFiles(root));
  if (problems.length || !content) throw new ContentError(problems);
  return { validated: content, model: buildSiteContent(content) };
}
