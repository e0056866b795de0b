// What the mutation run covers and what its results depend on: the mutated files, the unit tests
// that reach them, and every input those tests read. Shared by tests/stryker.config.mjs,
// tests/vitest.mutation.config.ts and tests/tools/mutation.mjs; the pure parts are tested by
// tests/unit/mutation-scope.test.ts.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';

/** The files Stryker mutates: the content guard's rules and the reading of the article's numbers. */
export const MUTATE = ['src/lib/guard/**/*.ts', 'src/lib/article/numbers.ts', '!src/lib/guard/model.ts'];

/**
 * Unit tests left out of the mutation run although they reach mutated code, each with its reason.
 * (Every other unit test that reaches a mutated file is in the run.)
 */
export const LEFT_OUT = {
  'tests/unit/build-guard.test.ts': 'runs a real `astro build` in a child process, which Stryker’s in-process mutant switch does not reach (each mutant would cost 17 s and prove nothing)',
  'tests/unit/publish-build.test.ts': 'runs real `astro build`s in child processes, as build-guard.test.ts does',
  'tests/unit/og-card.test.ts': 'draws the share cards from the checked content, loaded once at collection: it asserts on glyphs and pixels, not on the guard’s rules, and would make every guard mutant it loads static (run against every test)',
  'tests/unit/share-cards.test.ts': 'lays out and draws the share cards of every edition (pixels); it reaches the guard only by loading the content, as og-card.test.ts does',
};

/** Data the tests read from disk (content, the article, the broken fixtures): a change here changes what the tests that read files see. */
export const DATA_DIRS = ['content', 'seeds', 'tests/fixtures'];

/** Whether a project path is mutated. @param {string} path */
export function isMutated(path) {
  const [includes, excludes] = [MUTATE.filter((g) => !g.startsWith('!')), MUTATE.filter((g) => g.startsWith('!')).map((g) => g.slice(1))];
  return includes.some((g) => globMatch(g, path)) && !excludes.some((g) => globMatch(g, path));
}

/** A glob: a double star and a slash stand for any folders, a star for any part of a name. @param {string} glob @param {string} path */
export function globMatch(glob, path) {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    if (glob.startsWith('**/', i)) { re += '(?:.*/)?'; i += 2; }
    else if (glob[i] === '*') re += '[^/]*';
    else re += glob[i].replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`).test(path);
}

/**
 * The modules a source file imports (value imports only: `import type` brings no code), split into
 * relative specifiers and packages. @param {string} text
 */
export function importsOf(text) {
  const specs = [];
  const re = /(?:^|[;\n])\s*(?:import|export)\s+(?!type\s)(?:[^'"`;]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const m of text.matchAll(re)) specs.push(m[1] ?? m[2]);
  const local = specs.filter((s) => s.startsWith('.'));
  const packages = specs.filter((s) => !s.startsWith('.') && !s.startsWith('node:') && !s.startsWith('astro:') && !s.startsWith('virtual:'))
    .map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]));
  return { local, packages: [...new Set(packages)] };
}

/** Whether a module reads files itself. @param {string} text */
export const readsFiles = (text) => /from\s+['"](?:node:)?fs(?:\/promises)?['"]/.test(text);

/** The project file a relative specifier names, or null (an .astro component, a package's file). @param {string} root @param {string} from @param {string} spec */
export function resolveLocal(root, from, spec) {
  const base = posix.join(posix.dirname(from), spec);
  const candidates = [base, `${base}.ts`, `${base}.mjs`, `${base}.js`, base.replace(/\.js$/, '.ts'), `${base}/index.ts`];
  return candidates.find((c) => c.match(/\.(ts|mjs|js)$/) && existsSync(join(root, c)) && statSync(join(root, c)).isFile()) ?? null;
}

/**
 * A test file's closure: the project modules it imports, directly or not; the packages they import;
 * whether any of them (or the test) reads files. @param {string} root @param {string} test
 */
export function closureOf(root, test) {
  const modules = new Set();
  const packages = new Set();
  let reads = false;
  const queue = [test];
  while (queue.length) {
    const file = queue.pop();
    const text = readFileSync(join(root, file), 'utf8');
    reads ||= readsFiles(text);
    const { local, packages: pk } = importsOf(text);
    for (const p of pk) packages.add(p);
    for (const spec of local) {
      const target = resolveLocal(root, file, spec);
      if (target && !modules.has(target)) { modules.add(target); queue.push(target); }
    }
  }
  return { modules: [...modules].sort(), packages: [...packages].sort(), readsFiles: reads };
}

const walk = (root, dir) => (existsSync(join(root, dir)) ? readdirSync(join(root, dir), { recursive: true }).map((f) => posix.join(dir, String(f).split('\\').join('/'))).filter((f) => statSync(join(root, f)).isFile()) : []);

/** The unit tests in the mutation run: every one that reaches a mutated file, but those LEFT_OUT. @param {string} root */
export function mutationTests(root) {
  return walk(root, 'tests/unit').filter((f) => f.endsWith('.test.ts')).sort()
    .filter((t) => !(t in LEFT_OUT) && closureOf(root, t).modules.some(isMutated));
}

export const sha256 = (buf) => createHash('sha256').update(buf).digest('hex');

/** The installed version of a package, as node_modules has it. @param {string} root @param {string} name */
export function installedVersion(root, name) {
  const p = join(root, 'node_modules', name, 'package.json');
  return existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')).version : null;
}

/**
 * Everything the mutation results depend on: each test's closure, the hashes of every module and
 * data file, the versions of the packages imported. @param {string} root @param {string[]} tests
 */
export function snapshotInputs(root, tests) {
  const closures = Object.fromEntries(tests.map((t) => [t, closureOf(root, t)]));
  const files = new Set(tests);
  for (const c of Object.values(closures)) for (const m of c.modules) files.add(m);
  for (const d of DATA_DIRS) for (const f of walk(root, d)) files.add(f);
  const hashes = Object.fromEntries([...files].sort().map((f) => [f, sha256(readFileSync(join(root, f)))]));
  const packageNames = [...new Set(Object.values(closures).flatMap((c) => c.packages))].sort();
  const packages = Object.fromEntries(packageNames.map((p) => [p, installedVersion(root, p)]));
  return { closures, hashes, packages };
}

/**
 * What changed since the baseline, and which tests that invalidates: a test whose own text, or a
 * module it imports that is not mutated, or a package it imports changed; or, for a test that
 * reads files, any data file. (A changed mutated file is re-tested whole by Stryker: its mutants
 * are dropped from the baseline.) Pure.
 * @param {{ hashes: Record<string,string>, packages: Record<string,string|null> }} before
 * @param {{ closures: Record<string, { modules: string[], packages: string[], readsFiles: boolean }>, hashes: Record<string,string>, packages: Record<string,string|null> }} now
 */
export function invalidation(before, now) {
  const paths = new Set([...Object.keys(before.hashes), ...Object.keys(now.hashes)]);
  const changed = [...paths].filter((p) => before.hashes[p] !== now.hashes[p]).sort();
  const changedPackages = Object.keys(now.packages).filter((p) => before.packages[p] !== now.packages[p]).sort();
  const isData = (p) => DATA_DIRS.some((d) => p.startsWith(`${d}/`));
  const dataChanged = changed.filter(isData);
  const tests = {};
  for (const [test, c] of Object.entries(now.closures)) {
    const why = [];
    if (changed.includes(test)) why.push('the test changed');
    for (const m of c.modules) if (!isMutated(m) && changed.includes(m)) why.push(`${m} changed`);
    for (const p of c.packages) if (changedPackages.includes(p)) why.push(`package ${p} ${before.packages[p] ?? '(none)'} → ${now.packages[p] ?? '(none)'}`);
    if (c.readsFiles && dataChanged.length) why.push(`it reads files, and ${dataChanged.length} data file(s) changed (${dataChanged.slice(0, 3).join(', ')}${dataChanged.length > 3 ? ', …' : ''})`);
    if (why.length) tests[test] = why;
  }
  return { changed, changedMutated: changed.filter(isMutated), changedPackages, invalidTests: tests };
}
