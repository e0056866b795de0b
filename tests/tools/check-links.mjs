// Link and anchor check over the built site, served by `astro preview` exactly as deployed
// (so a base path is honoured). Fails on any broken link, asset or #fragment.
// Usage: node tests/tools/check-links.mjs   (BASE_PATH=/zhuzhou/ for a base-path build)
import { spawn } from 'node:child_process';
import { LinkChecker } from 'linkinator';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const port = Number(process.env.LINKS_PORT ?? 4329);
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const root = `http://127.0.0.1:${port}${base}`;
const outDir = (process.env.OUT_DIR ?? 'dist').replace(/^\.\//, '').replace(/\/$/, '');
// Canonical and share URLs point at the configured public site; they are not fetched here.
const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(`${outDir}/index.html`, 'utf8'))?.[1];
if (!canonical) throw new Error(`${outDir}/index.html has no canonical link: build first`);
const siteOrigin = new URL(canonical).origin;

const server = spawn(process.execPath, ['node_modules/astro/astro.js', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: ['ignore', 'pipe', 'pipe'],
});
const stop = () => server.kill('SIGTERM');
let serverLog = '';
server.stdout.on('data', (d) => { serverLog += d; });
server.stderr.on('data', (d) => { serverLog += d; });
let exited = null;
server.on('exit', (code) => { exited = code; });

async function waitForServer() {
  // Up to 60 s: on a loaded 2-core machine the preview server can take a while to start.
  for (let i = 0; i < 300; i++) {
    if (exited !== null) throw new Error(`preview server exited (code ${exited}) before answering at ${root}:\n${serverLog}`);
    try {
      const r = await fetch(root);
      if (r.ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not answer at ${root} within 60 s:\n${serverLog}`);
}

try {
  await waitForServer();
  const checker = new LinkChecker();
  const result = await checker.check({ path: root, recurse: true, checkFragments: true, timeout: 10_000, linksToSkip: [`^${siteOrigin.replace(/[.]/g, '\\.')}/`] });
  const skipped = result.links.filter((l) => l.state === 'SKIPPED').length;
  const broken = result.links.filter((l) => l.state === 'BROKEN');
  const offsite = result.links.filter((l) => l.state !== 'SKIPPED' && !l.url.startsWith(`http://127.0.0.1:${port}/`) && !l.url.startsWith('data:'));
  console.log(`links: ${result.links.length - skipped} checked from ${root} (${skipped} canonical/share URLs on ${siteOrigin} not fetched), ${broken.length} broken, ${offsite.length} to other hosts`);
  for (const l of broken) console.log(`  BROKEN ${l.status ?? ''} ${l.url}  (on ${l.parent})`);
  for (const l of offsite) console.log(`  OFF-SITE ${l.url}  (on ${l.parent})`);
  const badAnchors = checkAnchors();
  for (const b of badAnchors) console.log(`  BROKEN ANCHOR ${b}`);
  if (!result.passed || broken.length || offsite.length || badAnchors.length || result.links.length - skipped < 10) process.exitCode = 1;
} catch (e) {
  console.error(e);
  process.exitCode = 1;
} finally {
  stop();
}

/**
 * Every same-site link with a #fragment must land on an element with that id. (linkinator's own
 * fragment check depends on crawl order, so the built HTML is read directly.)
 */
function checkAnchors() {
  const files = readdirSync(outDir, { recursive: true }).filter((f) => String(f).endsWith('.html')).map(String);
  const ids = new Map();
  const pageOf = (file) => base + relative('.', file).replace(/index\.html$/, '').replace(/\\/g, '/');
  for (const f of files) {
    const html = readFileSync(join(outDir, f), 'utf8');
    ids.set(pageOf(f), new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
  }
  const bad = [];
  let count = 0;
  for (const f of files) {
    const html = readFileSync(join(outDir, f), 'utf8');
    for (const [, href] of html.matchAll(/\shref="([^"]*#[^"]*)"/g)) {
      const u = new URL(href.replace(/&amp;/g, '&'), `http://site${pageOf(f)}`);
      if (u.host !== 'site' || !u.hash) continue;
      count++;
      const target = ids.get(u.pathname);
      if (!target?.has(decodeURIComponent(u.hash.slice(1)))) bad.push(`${href} (on ${pageOf(f)})`);
    }
  }
  console.log(`anchors: ${count} same-site #links checked, ${bad.length} broken`);
  return bad;
}
