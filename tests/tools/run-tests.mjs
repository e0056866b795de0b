// npm test: every check in order, steps that do not depend on each other side by side: the type
// check (one core, most of its time) beside the unit tests, then the build's quick checks (each
// mostly waiting on files); the browser tests alone (they keep both cores busy). A group
// of steps prints each step's output when the group ends, with the time each step took; the first
// group with a failing step stops the run (exit 1) after naming it.
import { spawn } from 'node:child_process';

/** Groups run one after another; the steps of a group at once. Each step is an npm script [, its environment, its arguments]. */
const GROUPS = [
  ['check', 'test:unit'],
  ['build'],
  ['test:dist', 'test:html', 'test:links'],
  // The browser tests serve the build just made (for http://localhost:4321/, as `npm start` does)
  // without building it again. Those tagged @base (where a script or a link makes a URL) run once,
  // in test:base, on the build for a public address under a base path: the harder case of the same
  // code (the root build's URLs are all followed by test:links and publish.spec.ts's sweeps).
  [['test:e2e', { E2E_BUILT: '1' }, ['--grep-invert', '@base']]],
  ['test:base'],
];

function run(script, env, args, stream) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], { env: { ...process.env, ...env }, stdio: stream ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    let output = '';
    if (!stream) for (const s of [child.stdout, child.stderr]) s.on('data', (d) => { output += d; });
    child.on('close', (code) => resolve({ script, code: code ?? 1, output, seconds: Math.round((Date.now() - started) / 1000) }));
  });
}

const start = Date.now();
for (const group of GROUPS) {
  const steps = group.map((s) => (Array.isArray(s) ? s : [s, {}, []]));
  const alone = steps.length === 1;
  if (!alone) console.log(`\n▶ ${steps.map(([s]) => s).join(' ∥ ')}`);
  const results = await Promise.all(steps.map(([script, env, args = []]) => {
    if (alone) console.log(`\n▶ ${script} ${args.join(' ')}`);
    return run(script, env, args, alone);
  }));
  for (const r of results) {
    if (!alone) console.log(`\n── ${r.script} ──\n${r.output.trimEnd()}`);
    console.log(`${r.code === 0 ? '✓' : '✗'} ${r.script}: ${r.seconds} s`);
  }
  const failed = results.filter((r) => r.code !== 0);
  if (failed.length) {
    console.error(`\nnpm test: failed in ${failed.map((r) => r.script).join(', ')} (${Math.round((Date.now() - start) / 1000)} s)`);
    process.exit(1);
  }
}
console.log(`\nnpm test: every step passed in ${Math.round((Date.now() - start) / 1000)} s`);
