import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateContent, type ContentFiles } from '../../src/lib/guard';
import { readContentFiles } from '../../src/plugins/content-files';

const root = new URL('../../', import.meta.url).pathname;
const real = readContentFiles(root);

interface Change { file: string; find: string; replace: string }
interface Case extends Change { name: string; expected: string[]; /** Further changes, to other files (a rule across chapters). */ also?: Change[] }
const cases = yaml.load(readFileSync(new URL('../fixtures/broken-content.yaml', import.meta.url), 'utf8')) as Case[];

/** The real content with one file changed (and, for a rule across files, the case's further changes). */
function withChange(c: Case): ContentFiles {
  const files: ContentFiles = structuredClone(real);
  const all = [files.source, files.site, files.figures, files.nonFigures, files.places, files.timeline, files.geo, files.river, files.geoSource, files.english.article, files.english.records, files.glossary, ...(files.seed ? [files.seed] : []), ...files.chapters];
  for (const change of [c, ...(c.also ?? [])]) {
    const target = all.find((f) => f.path === change.file);
    if (!target) throw new Error(`fixture "${c.name}": no file ${change.file}`);
    if (!target.text.includes(change.find)) throw new Error(`fixture "${c.name}": ${change.file} does not contain the text to replace`);
    target.text = target.text.replace(change.find, change.replace);
  }
  return files;
}

describe('the real content', () => {
  it('passes every check', () => {
    const { problems, content } = validateContent(real);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(content?.chapters.map((c) => c.slug)).toEqual(['qingshuitang', 'two-oriented-society', 'innovation', 'social-governance']);
    expect(content?.figures.length).toBeGreaterThanOrEqual(50);
  });
});

describe('broken content fails with messages naming file, entry and field', () => {
  for (const c of cases) {
    it(c.name, () => {
      const { problems, content } = validateContent(withChange(c));
      expect(content).toBeNull();
      expect(problems.map(formatProblem)).toEqual(c.expected);
    });
  }
});
