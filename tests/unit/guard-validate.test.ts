// validateContent (src/lib/guard/index.ts) on the real content with changes the one-file fixtures of
// tests/fixtures/broken-content.yaml cannot make: no article at all, a file that is not an object,
// and problems in two files at once.
import { describe, expect, it } from 'vitest';
import { formatProblem, validateContent, type ContentFiles } from '../../src/lib/guard';
import { readContentFiles } from '../../src/plugins/content-files';

const real = readContentFiles(new URL('../../', import.meta.url).pathname);
const problems = (change: (files: ContentFiles) => void) => {
  const files = structuredClone(real);
  change(files);
  const { problems, content } = validateContent(files);
  expect(content).toBeNull();
  return problems.map(formatProblem);
};

describe('the article', () => {
  it('is required, and nothing is checked against it when it is missing', () => {
    expect(problems((f) => { f.seed = null; })).toEqual([
      'seeds/000_77bdc98d5b478d78.txt › article › file: is missing: the article must be in seeds/ (see content/source.yaml)',
    ]);
  });
  it('is looked for in seeds/ when the source record cannot be read either', () => {
    expect(problems((f) => {
      f.seed = null;
      f.source.text = f.source.text.replace(/^headline: .*\n/m, '');
    })).toEqual([
      'content/source.yaml › source › headline: is required (expected string)',
      'seeds/ › article › file: is missing: the article must be in seeds/ (see content/source.yaml)',
    ]);
  });
});

describe('the geographic files', () => {
  it('names a problem with the whole of a provenance file', () => {
    expect(problems((f) => { f.geoSource.text = `[${f.geoSource.text}]`; })).toEqual([
      'content/geo/source.json › source › (whole file): is not valid: (file) Expected object, received array (regenerate it with npm run geo:extract)',
    ]);
  });
});

describe('signature numbers', () => {
  it('are checked whenever the figures file itself is sound, whatever else is wrong', () => {
    expect(problems((f) => {
      f.places.text = f.places.text.replace('  name: 荷塘区\n', '  name: [荷塘区\n');
      f.figures.text = f.figures.text.replace('  quote: "面对15.15平方公里广阔地域"\n', '  quote: "面对15.15平方公里广阔地域"\n  key: true\n');
    })).toEqual([
      'content/places.yaml › (whole file) › YAML: is malformed at line 8, column 3: missed comma between flow collection entries',
      'content/figures.yaml › chapter "qingshuitang" › key: has 2 figures with key: true (qst-area-km2, qst-closed-total): mark exactly one, the chapter\'s signature number',
    ]);
  });
});
