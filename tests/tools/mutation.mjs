// Mutation testing that tests (Stryker 9.6, tests/stryker.config.mjs).
//
//   npm run test:mutation        re-test, for real, every mutant whose file, covering tests, or the
//                                modules, packages and content those tests read changed since the
//                                baseline; apply the break threshold to what was run
//   npm run mutation:baseline    a full run (every mutant); writes tests/mutation-baseline.json
//
// The baseline holds the last full run's results (no sources, no absolute path) and a fingerprint
// of everything they depend on (tests/tools/mutation-scope.mjs: each test's imports, the data
// files, the packages). A run gives Stryker only the results whose inputs are unchanged; every
// other mutant is run again. A baseline made by another Stryker or vitest, or with another
// configuration, or holding a path that is not the project's, is refused with a message, and so is
// one so far behind that the re-test would be a large part of a full run.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { Stryker } from '@stryker-mutator/core';
import { installedVersion, invalidation, mutationTests, sha256, snapshotInputs } from './mutation-scope.mjs';

const root = new URL('../../', import.meta.url).pathname;
const BASELINE = 'tests/mutation-baseline.json';
const CONFIG_FILES = ['tests/stryker.config.mjs', 'tests/vitest.mutation.config.ts', 'tests/tools/mutation-scope.mjs'];
/** Re-testing more than this share of all mutants means the baseline is stale: remake it. */
const MAX_RETEST_SHARE = 0.3;
const MARK = '[baseline] ';
const BREAK = 90;

const fail = (message) => {
  console.error(`mutation: ${message}`);
  process.exit(1);
};
const tools = () => ({ '@stryker-mutator/core': installedVersion(root, '@stryker-mutator/core'), vitest: installedVersion(root, 'vitest') });
const configHash = () => sha256(CONFIG_FILES.map((f) => readFileSync(join(root, f), 'utf8')).join('\n\0\n'));

/** Mutation score as Stryker counts it: detected (killed, timed out) over valid mutants. */
function score(results) {
  const count = (s) => results.filter((r) => r.status === s).length;
  const detected = count('Killed') + count('Timeout');
  const valid = detected + count('Survived') + count('NoCoverage');
  return { killed: count('Killed'), timeout: count('Timeout'), survived: count('Survived'), noCoverage: count('NoCoverage'), ignored: count('Ignored'), errors: count('RuntimeError') + count('CompileError'), valid, score: valid ? (100 * detected) / valid : 100 };
}

async function runStryker(options) {
  const stryker = new Stryker({ configFile: 'tests/stryker.config.mjs', incremental: true, thresholds: { high: 95, low: BREAK, break: null }, ...options });
  return stryker.runMutationTest();
}

const survivors = (results) => results.filter((r) => r.status === 'Survived' || r.status === 'NoCoverage')
  .map((r) => `  ${r.status} ${r.fileName.replace(root, '')}:${r.location.start.line}:${r.location.start.column + 1} ${r.mutatorName}${r.replacement ? ` → ${r.replacement.slice(0, 60)}` : ''}`);

async function makeBaseline() {
  const tests = mutationTests(root);
  const tmp = mkdtempSync(join(tmpdir(), 'mutation-'));
  const started = Date.now();
  try {
    const results = await runStryker({ force: true, incrementalFile: join(tmp, 'report.json') });
    const report = JSON.parse(readFileSync(join(tmp, 'report.json'), 'utf8'));
    const s = score(results);
    const inputs = snapshotInputs(root, tests);
    const strip = (files, key) => Object.fromEntries(Object.entries(files).map(([path, f]) => [path, { ...(f.language ? { language: f.language } : {}), [key]: f[key] }]));
    const baseline = {
      about: 'The last full mutation run (npm run mutation:baseline) and what its results depend on; read by npm run test:mutation (tests/tools/mutation.mjs). Do not edit.',
      made: new Date().toISOString().slice(0, 10),
      minutes: Math.round((Date.now() - started) / 6000) / 10,
      tools: tools(),
      config: configHash(),
      score: s,
      tests,
      hashes: inputs.hashes,
      packages: inputs.packages,
      report: { schemaVersion: report.schemaVersion, thresholds: report.thresholds, files: strip(report.files, 'mutants'), testFiles: strip(report.testFiles ?? {}, 'tests') },
    };
    writeFileSync(join(root, BASELINE), `${JSON.stringify(baseline)}\n`);
    console.log(`mutation: full run of ${results.length} mutants in ${baseline.minutes} min: score ${s.score.toFixed(2)} % (${s.killed} killed, ${s.timeout} timed out, ${s.survived} survived, ${s.noCoverage} not covered, ${s.ignored} ignored); wrote ${BASELINE}`);
    for (const line of survivors(results)) console.log(line);
    if (s.score < BREAK) fail(`score ${s.score.toFixed(2)} % is below the break threshold ${BREAK} %`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Refuses a baseline that is missing, foreign (a path not the project's) or stale (other tools or configuration). */
function checkBaseline() {
  if (!existsSync(join(root, BASELINE))) fail(`${BASELINE} is missing: make it with \`npm run mutation:baseline\` (a full run) and commit it.`);
  const b = JSON.parse(readFileSync(join(root, BASELINE), 'utf8'));
  const paths = [...Object.keys(b.hashes ?? {}), ...Object.keys(b.report?.files ?? {}), ...Object.keys(b.report?.testFiles ?? {}), ...(b.tests ?? [])];
  const foreign = paths.filter((p) => isAbsolute(p) || p.startsWith('..') || p.includes('\\'));
  if (!b.report || !b.hashes || foreign.length) fail(`${BASELINE} is foreign: it ${foreign.length ? `names paths outside this project (${foreign.slice(0, 2).join(', ')})` : 'is not a baseline this tool wrote'}. Remake it here with \`npm run mutation:baseline\`.`);
  const now = tools();
  for (const [name, v] of Object.entries(now)) if (b.tools?.[name] !== v) fail(`${BASELINE} is stale: it was made with ${name} ${b.tools?.[name]}, this checkout has ${v}. Remake it with \`npm run mutation:baseline\`.`);
  if (b.config !== configHash()) fail(`${BASELINE} is stale: the mutation configuration (${CONFIG_FILES.join(', ')}) changed since it was made. Remake it with \`npm run mutation:baseline\`.`);
  return b;
}

async function run() {
  const b = checkBaseline();
  const tests = mutationTests(root);
  const now = snapshotInputs(root, tests);
  const { changed, changedMutated, changedPackages, invalidTests } = invalidation(b, now);
  const droppedTests = new Set(Object.keys(invalidTests));
  const added = tests.filter((t) => !b.tests.includes(t));
  const removed = b.tests.filter((t) => !tests.includes(t));

  // The results Stryker may reuse: unchanged mutated files only, and the tests whose inputs are unchanged.
  const files = {};
  for (const [path, f] of Object.entries(b.report.files)) {
    if (changedMutated.includes(path) || !existsSync(join(root, path))) continue;
    files[path] = { ...f, source: readFileSync(join(root, path), 'utf8'), mutants: f.mutants.map((m) => ({ ...m, statusReason: `${MARK}${m.statusReason ?? ''}` })) };
  }
  const testFiles = {};
  for (const [path, f] of Object.entries(b.report.testFiles)) {
    if (droppedTests.has(path) || !tests.includes(path)) continue;
    testFiles[path] = { ...f, source: readFileSync(join(root, path), 'utf8') };
  }

  // How much will run again: mutants of changed files; mutants killed only by dropped tests; others covered by one.
  const testFileOf = new Map(Object.entries(b.report.testFiles).flatMap(([path, f]) => f.tests.map((t) => [t.id, path])));
  const dropped = (ids) => (ids ?? []).some((id) => !testFiles[testFileOf.get(id)]);
  const all = Object.values(b.report.files).reduce((n, f) => n + f.mutants.length, 0);
  // (A new test may cover any mutant that was not killed: those are counted as to be tested again.)
  const retest = (m) => (m.status === 'Killed' ? (m.killedBy ?? []).every((id) => dropped([id])) : m.status !== 'Ignored' && (added.length > 0 || dropped(m.coveredBy)));
  const again = Object.entries(b.report.files).reduce((n, [path, f]) => n + (files[path] ? f.mutants.filter(retest).length : f.mutants.length), 0);
  console.log(`mutation: baseline of ${b.made} (${all} mutants, score ${b.score.score.toFixed(2)} %)`);
  console.log(`mutation: ${changed.length} input file(s) changed since${changed.length ? `: ${changed.slice(0, 8).join(', ')}${changed.length > 8 ? ', …' : ''}` : ''}${changedPackages.length ? `; packages: ${changedPackages.join(', ')}` : ''}`);
  for (const [t, why] of Object.entries(invalidTests)) console.log(`  re-run the mutants ${t} covers: ${why.join('; ')}`);
  for (const t of added) console.log(`  new in the run: ${t}`);
  for (const t of removed) console.log(`  no longer in the run: ${t} (the mutants only it killed are tested again)`);
  console.log(`mutation: about ${again} of ${all} mutants to test again`);
  if (again > MAX_RETEST_SHARE * all) fail(`${BASELINE} is stale: ${again} of ${all} mutants would be tested again (more than ${Math.round(MAX_RETEST_SHARE * 100)} %), nearly a full run. Remake it with \`npm run mutation:baseline\` and commit it.`);
  if (again === 0) {
    console.log('mutation: nothing the results depend on changed since the baseline; no mutant to test again (0 run).');
    return;
  }

  const tmp = mkdtempSync(join(tmpdir(), 'mutation-'));
  try {
    const incrementalFile = join(tmp, 'incremental.json');
    writeFileSync(incrementalFile, JSON.stringify({ schemaVersion: b.report.schemaVersion, thresholds: b.report.thresholds, files, testFiles }));
    const results = await runStryker({ incrementalFile });
    const ran = results.filter((r) => r.status !== 'Ignored' && !(r.statusReason ?? '').startsWith(MARK));
    const s = score(ran);
    console.log(`mutation: ${ran.length} mutants tested in this run (${results.length - ran.length} results reused from the baseline): score ${s.score.toFixed(2)} % — ${s.killed} killed, ${s.timeout} timed out, ${s.survived} survived, ${s.noCoverage} not covered`);
    for (const line of survivors(ran)) console.log(line);
    if (s.errors) fail(`${s.errors} mutant(s) ended in an error`);
    if (s.score < BREAK) fail(`the score of the mutants tested in this run, ${s.score.toFixed(2)} %, is below the break threshold ${BREAK} %`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv.includes('--baseline')) await makeBaseline();
else await run();
