// What decides which mutants the mutation run tests again (tests/tools/mutation-scope.mjs).
import { describe, expect, it } from 'vitest';
import { globMatch, importsOf, invalidation, isMutated, LEFT_OUT, mutationTests } from '../tools/mutation-scope.mjs';

const root = new URL('../../', import.meta.url).pathname;

describe('the mutated files', () => {
  it('are the guard’s modules but the model, and the reading of numbers', () => {
    expect(isMutated('src/lib/guard/index.ts')).toBe(true);
    expect(isMutated('src/lib/guard/sub/rule.ts')).toBe(true);
    expect(isMutated('src/lib/guard/model.ts')).toBe(false);
    expect(isMutated('src/lib/article/numbers.ts')).toBe(true);
    expect(isMutated('src/lib/article/text.ts')).toBe(false);
    expect(isMutated('src/lib/guardian/index.ts')).toBe(false);
  });
  it('are matched by globs where a star never crosses a folder', () => {
    expect(globMatch('src/*.ts', 'src/a.ts')).toBe(true);
    expect(globMatch('src/*.ts', 'src/a/b.ts')).toBe(false);
    expect(globMatch('src/**/*.ts', 'src/a.ts')).toBe(true);
    expect(globMatch('src/**/*.ts', 'src/a/b/c.ts')).toBe(true);
    expect(globMatch('src/a.ts', 'src/a_ts')).toBe(false);
  });
});

describe('imports', () => {
  it('finds value imports, re-exports and dynamic imports, not type-only imports', () => {
    const text = [
      "import { a } from './a';",
      "import type { T } from './types';",
      "export { b } from '../b.ts';",
      "import '../side-effect';",
      "const c = await import('./c');",
      "import yaml from 'js-yaml';",
      "import { z } from '@scope/pkg/sub';",
      "import { readFileSync } from 'node:fs';",
    ].join('\n');
    expect(importsOf(text)).toEqual({ local: ['./a', '../b.ts', '../side-effect', './c'], packages: ['js-yaml', '@scope/pkg'] });
  });
});

describe('the tests in the run', () => {
  it('are every unit test that reaches a mutated file, but those left out with a reason', () => {
    const tests = mutationTests(root);
    expect(tests).toContain('tests/unit/content-guard.test.ts');
    expect(tests).toContain('tests/unit/english.test.ts');
    expect(tests).not.toContain('tests/unit/text.test.ts');
    for (const t of Object.keys(LEFT_OUT)) expect(tests).not.toContain(t);
  });
});

describe('invalidation', () => {
  const closures = {
    'tests/unit/pure.test.ts': { modules: ['src/lib/guard/a.ts', 'src/lib/article/text.ts'], packages: ['zod'], readsFiles: false },
    'tests/unit/reader.test.ts': { modules: ['src/lib/guard/a.ts', 'src/plugins/content-files.ts'], packages: ['js-yaml'], readsFiles: true },
  };
  const hashes = { 'tests/unit/pure.test.ts': '1', 'tests/unit/reader.test.ts': '2', 'src/lib/guard/a.ts': '3', 'src/lib/article/text.ts': '4', 'src/plugins/content-files.ts': '5', 'content/figures.yaml': '6' };
  const before = { hashes, packages: { zod: '3.25.76', 'js-yaml': '4.1.1' } };
  const now = (change: Record<string, string>, packages: Record<string, string> = {}) => ({ closures, hashes: { ...hashes, ...change }, packages: { ...before.packages, ...packages } });

  it('nothing changed: no test invalid', () => {
    expect(invalidation(before, now({}))).toEqual({ changed: [], changedMutated: [], changedPackages: [], invalidTests: {} });
  });
  it('a changed mutated file is re-tested whole by Stryker and invalidates no test', () => {
    const r = invalidation(before, now({ 'src/lib/guard/a.ts': 'x' }));
    expect(r.changedMutated).toEqual(['src/lib/guard/a.ts']);
    expect(r.invalidTests).toEqual({});
  });
  it('a changed module that is not mutated invalidates the tests that import it', () => {
    expect(Object.keys(invalidation(before, now({ 'src/lib/article/text.ts': 'x' })).invalidTests)).toEqual(['tests/unit/pure.test.ts']);
  });
  it('changed content invalidates the tests that read files, and only those', () => {
    expect(Object.keys(invalidation(before, now({ 'content/figures.yaml': 'x' })).invalidTests)).toEqual(['tests/unit/reader.test.ts']);
  });
  it('a new data file counts as a change', () => {
    const r = invalidation(before, { closures, hashes: { ...hashes, 'tests/fixtures/new.yaml': '9' }, packages: before.packages });
    expect(r.changed).toEqual(['tests/fixtures/new.yaml']);
    expect(Object.keys(r.invalidTests)).toEqual(['tests/unit/reader.test.ts']);
  });
  it('a changed test, or a package it imports at another version, invalidates that test', () => {
    expect(Object.keys(invalidation(before, now({ 'tests/unit/pure.test.ts': 'x' })).invalidTests)).toEqual(['tests/unit/pure.test.ts']);
    const r = invalidation(before, now({}, { zod: '3.26.0' }));
    expect(r.changedPackages).toEqual(['zod']);
    expect(r.invalidTests).toEqual({ 'tests/unit/pure.test.ts': ['package zod 3.25.76 → 3.26.0'] });
  });
});
