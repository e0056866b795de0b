// npm test: every check in order, steps that do not depend on each other side by side: the type
// check (one core, most of its time) beside the unit tests; the two builds (for this computer, and
// for a public address under a base path) beside each other; then every quick check of both builds
// (each mostly waiting on files); the browser tests alone, one build after the other (they keep both
// cores busy). A group of steps prints each step's output when the group ends, with the time each
// step took; the first group with a failing step stops the run (exit 1) after naming it.
// `node tests/tools/run-tests.mjs --base` (npm run test:base) runs only the base-path build's steps.
import { spawn } from 'node:child_process';

/**
 * The base-path run: the same site built for a public address under a base path, into dist-base/,
 * tested for what makes URLs (canonical, alternates, share tags and cards; links; the browser tests
 * tagged @base, where a script or a link makes a URL: the harder case of the same code, run once).
 * Two builds at once in one checkout are safe: Astro writes its data store and content modules
 * atomically (a temporary file, then a rename) and each build writes only its own output folder.
 */
const BASE = { OUT_DIR: 'dist-base', SITE_URL: 'https://publisher.github.io', BASE_PATH: '/zhuzhou/', E2E_PORT: '4323', LINKS_PORT: '4331' };

/** Groups run one after another; the steps of a group at once. Each step is an npm script [, its environment, its arguments]. */
const ALL = [
  ['check', 'test:unit'],
  ['build', ['build', BASE]],
  ['test:dist', 'test:html', 'test:links', ['test:dist', BASE, ['tests/dist/pages.test.ts']], ['test:links', BASE]],
  // The browser tests serve the build just made (for http://localhost:4321/, as `npm start` does)
  // without building it again; those tagged @base run on the base-path build instead.
  [['test:e2e', { E2E_BUILT: '1' }, ['--grep-invert', '@base']]],
  [['test:e2e', BASE, ['--grep', '@base']]],
];
const GROUPS = process.argv.includes('--base')
  ? ALL.map((g) => g.filter((s) => Array.isArray(s) && s[1] === BASE)).filter((g) => g.length)
  : ALL;

const label = ([script, env, args]) => `${script}${env === BASE ? ' (base path)' : ''}${args.length ? ` ${args.join(' ')}` : ''}`;

function run(step, stream) {
  const [script, env, args] = step;
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], { env: { ...process.env, ...env }, stdio: stream ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    let output = '';
    if (!stream) for (const s of [child.stdout, child.stderr]) s.on('data', (d) => { output += d; });
    child.on('close', (code) => resolve({ name: label(step), code: code ?? 1, output, seconds: Math.round((Date.now() - started) / 1000) }));
  });
}

const start = Date.now();
const name = process.argv.includes('--base') ? 'npm run test:base' : 'npm test';
for (const group of GROUPS) {
  const steps = group.map((s) => (Array.isArray(s) ? [s[0], s[1] ?? {}, s[2] ?? []] : [s, {}, []]));
  const alone = steps.length === 1;
  console.log(`\n▶ ${steps.map(label).join(' ∥ ')}`);
  const results = await Promise.all(steps.map((s) => run(s, alone)));
  for (const r of results) {
    if (!alone) console.log(`\n── ${r.name} ──\n${r.output.trimEnd()}`);
    console.log(`${r.code === 0 ? '✓' : '✗'} ${r.name}: ${r.seconds} s`);
  }
  const failed = results.filter((r) => r.code !== 0);
  if (failed.length) {
    console.error(`\n${name}: failed in ${failed.map((r) => r.name).join(', ')} (${Math.round((Date.now() - start) / 1000)} s)`);
    process.exit(1);
  }
}
console.log(`\n${name}: every step passed in ${Math.round((Date.now() - start) / 1000)} s`);
