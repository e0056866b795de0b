// Benchmark with budgets: npm run bench
// Builds the site (wall time, peak memory), serves it on 127.0.0.1, and for every page the sitemap
// lists measures the bytes requested on first view and after scrolling to the end; Lighthouse
// (mobile) runs on one page of each kind in each edition (median of BENCH_RUNS, 3, on the 简体
// pages; BENCH_RUNS_OTHER, 1, on the others, and RUNS when that one run misses a budget). Prints a table, writes bench-results/latest.json
// (git-ignored) and tests/BENCH.md (linked from the README), and exits non-zero when a budget is missed.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { kindOf } from './page-kinds.mjs';

// Lighthouse and chrome-launcher live in tests/bench/ (npm run bench installs them there with
// `npm ci --prefix tests/bench`), so that the project's own install stays light.
const benchModule = async (name) => {
  const { createRequire } = await import('node:module');
  const { pathToFileURL } = await import('node:url');
  try {
    return await import(pathToFileURL(createRequire(new URL('../bench/package.json', import.meta.url)).resolve(name)).href);
  } catch {
    throw new Error(`bench: ${name} is not installed in tests/bench/: run \`npm run bench\` (it runs \`npm ci --prefix tests/bench\` first)`);
  }
};
const chromeLauncher = await benchModule('chrome-launcher');
const { default: lighthouse } = await benchModule('lighthouse');

const CHROME = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PORT = Number(process.env.BENCH_PORT ?? 4330);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];

/** Budgets (README: Budgets). */
export const BUDGETS = {
  lighthouse: { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 },
  chapterFirstViewGzip: 60 * 1024,
  staticPageJs: 0,
  /** JavaScript a page with charts loads before any chart is near the viewport. */
  firstViewJsGzip: 5 * 1024,
  /** The Chart.js chunk, loaded when a chart nears. */
  chartChunkGzip: 60 * 1024,
  /** The Leaflet chunk (with its CSS), loaded when a map nears. */
  mapChunkGzip: 60 * 1024,
};

/** Kinds of page that have nothing interactive and must ship no JavaScript (/about/ has the error-report form). */
const STATIC_KINDS = ['cover'];
/**
 * The kinds of page Lighthouse runs on, in each edition (the chapter is the one with the most kinds
 * of graphic, richestChapter): median of RUNS on the 简体 edition, RUNS_OTHER on the others (the
 * 繁體 pages have the 简体 pages' markup, tests/dist/hant.test.ts, and both other editions ship the
 * same scripts and styles). A single run that
 * misses the performance budget is not a verdict (single runs of the long print pages vary by
 * several points): the page gets the rest of RUNS and the median decides, as on the 简体 pages.
 * Every page of every edition has its bytes measured and its byte budgets checked.
 */
const LIGHTHOUSE_KINDS = ['cover', 'chapter', 'figures', 'map', 'print'];
const RUNS_OTHER = Number(process.env.BENCH_RUNS_OTHER ?? 1);
/** Pages whose bytes are measured at once. */
const BYTE_WIDTH = Number(process.env.BENCH_BYTE_WIDTH ?? 5);

/** The chapter with the most kinds of graphic (a Chart.js chart, squares, shares, a map …), read from the built pages. */
function richestChapter(paths) {
  const kinds = (path) => new Set([...readFileSync(`dist${path}index.html`, 'utf8').matchAll(/<figure[^>]*class="(?:fig-block (fig-[a-z]+)|(map-block))/g)].map((m) => m[1] ?? m[2])).size;
  const chapters = paths.filter((p) => kindOf(p.slice(1)) === 'chapter');
  return chapters.sort((a, b) => kinds(b) - kinds(a))[0].slice(1);
}

/** Every page, from the build's sitemap (never a list kept by hand), with its edition, kind and Lighthouse runs. */
function pagesFromSitemap() {
  const locs = (file) => [...readFileSync(`dist/${file}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  const paths = locs('sitemap-index.xml').flatMap((m) => locs(m.slice(1)));
  const richest = richestChapter(paths);
  const prefixes = ['zh-hant/', 'en/'];
  const chosen = new Set();
  return paths.map((path) => {
    const rest = path.slice(1);
    const prefix = prefixes.find((p) => rest.startsWith(p)) ?? '';
    const own = rest.slice(prefix.length);
    const kind = kindOf(own);
    const key = `${prefix}|${kind}`;
    const lighthouse = LIGHTHOUSE_KINDS.includes(kind) && !chosen.has(key) && (kind !== 'chapter' || own === richest);
    if (lighthouse) chosen.add(key);
    // Bytes on every page of the default edition; the other editions ship the same scripts and
    // styles, so there only the pages Lighthouse runs on are measured.
    return { path, kind, interactive: !STATIC_KINDS.includes(kind), runs: lighthouse ? (prefix ? RUNS_OTHER : RUNS) : 0, measure: !prefix || lighthouse };
  }).filter((p) => p.measure);
}

const kb = (n) => (n / 1024).toFixed(1);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function measureBuild() {
  const code = `import { build } from 'astro'; const t = performance.now(); await build({ logLevel: 'error' }); console.log('BENCH ' + JSON.stringify({ ms: performance.now() - t, maxRssKb: process.resourceUsage().maxRSS }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  const line = r.stdout.split('\n').find((l) => l.startsWith('BENCH '));
  if (r.status !== 0 || !line) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
  return JSON.parse(line.slice(6));
}

async function startServer() {
  const server = spawn(process.execPath, ['node_modules/astro/astro.js', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(ORIGIN + '/')).ok) return server; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error('preview server did not start');
}

function typeOf(url, contentType) {
  if (/javascript/.test(contentType) || /\.m?js(\?|$)/.test(url)) return 'js';
  if (/text\/css/.test(contentType)) return 'css';
  if (/text\/html/.test(contentType)) return 'html';
  return 'other';
}

async function measureBytes(browser, path) {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  const page = await ctx.newPage();
  const seen = [];
  page.on('response', async (res) => {
    try {
      const body = await res.body();
      seen.push({ url: res.url(), type: typeOf(res.url(), res.headers()['content-type'] ?? ''), raw: body.length, gzip: gzipSync(body, { level: 9 }).length, host: new URL(res.url()).host });
    } catch { /* redirects have no body */ }
  });
  await page.goto(ORIGIN + path, { waitUntil: 'networkidle' });
  const firstView = sum(seen);
  const articleText = (await page.locator('[data-article]').allTextContents()).join('').replace(/\s+/g, '');
  const articleGzip = articleText ? gzipSync(Buffer.from(articleText), { level: 9 }).length : 0;
  await page.evaluate(async () => {
    // One screen at a time, as a fast reader scrolls (the lazy loaders start within a margin of the viewport).
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
      window.scrollTo({ top: y, behavior: 'instant' });
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  // A reader who scrolls stops at the charts: each is drawn before the bytes are counted (a fast
  // scroll on a loaded machine can pass a chart before its observer fires).
  for (const box of await page.locator('.chart-canvas').all()) {
    await box.scrollIntoViewIfNeeded();
    await page.waitForFunction((el) => el.dataset.state === 'drawn' || el.dataset.state === 'failed', await box.elementHandle(), { timeout: 15000 });
  }
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const afterScroll = sum(seen);
  // Then open every interactive map, as a reader who wants to zoom would (Leaflet loads on demand).
  for (const start of await page.locator('.map-start').all()) await start.click();
  await page.waitForLoadState('networkidle');
  const offHost = seen.filter((s) => s.host !== `127.0.0.1:${PORT}`).map((s) => s.url);
  await ctx.close();
  const chunks = seen.filter((s) => s.type === 'js' || /leaflet|map\./.test(s.url)).map(({ url, raw, gzip }) => ({ url: url.replace(ORIGIN, ''), raw, gzip }));
  return { firstView, afterScroll, articleGzip, offHost, chunks };
}

function sum(list) {
  const out = { requests: list.length };
  for (const t of ['html', 'css', 'js', 'other']) {
    const l = list.filter((s) => s.type === t);
    out[t] = { raw: l.reduce((a, s) => a + s.raw, 0), gzip: l.reduce((a, s) => a + s.gzip, 0) };
  }
  out.total = { raw: out.html.raw + out.css.raw + out.js.raw + out.other.raw, gzip: out.html.gzip + out.css.gzip + out.js.gzip + out.other.gzip };
  return out;
}

/**
 * One Lighthouse run, in a new tab of the one Chromium the bench keeps for Lighthouse (Lighthouse
 * opens its own tab, clears the origin's cache and storage before loading, and closes the tab after:
 * each run is a first visit; launching a browser per run cost about a second a run). The first run
 * on a page scores every category; the further runs (for the median) score performance only, the
 * one that varies from run to run (accessibility, best practices and SEO read the same page the
 * same way each time). No full-page screenshot or thumbnails: nothing here reads them, and on a
 * long page they cost seconds a run.
 */
async function runLighthouse(port, url, categories) {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: categories, disableFullPageScreenshot: true, skipAudits: ['screenshot-thumbnails', 'final-screenshot'] });
  const lhr = result.lhr;
  const scores = Object.fromEntries(Object.entries(lhr.categories).map(([k, v]) => [k, Math.round((v.score ?? 0) * 100)]));
  const failing = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable').map((a) => a.id);
  return { scores, lcp: lhr.audits['largest-contentful-paint'].numericValue, tbt: lhr.audits['total-blocking-time'].numericValue, cls: lhr.audits['cumulative-layout-shift'].numericValue, failing };
}

/** Runs `work` on every item, `width` at a time, keeping the items' order in the results. */
async function pool(items, width, work) {
  const out = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]);
    }
  }));
  return out;
}

const results = { date: new Date().toISOString(), node: process.version, budgets: BUDGETS, build: null, pages: [] };
const misses = [];

const benchStart = performance.now();
console.log('bench: building…');
results.build = measureBuild();
console.log(`bench: build ${(results.build.ms / 1000).toFixed(1)} s, peak RSS ${(results.build.maxRssKb / 1024).toFixed(0)} MB`);

const pages = pagesFromSitemap();
const server = await startServer();
const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS.filter((f) => !f.startsWith('--headless')) });
let lighthouseChrome;
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(0);
try {
  // Bytes first, BYTE_WIDTH pages at a time (bytes do not depend on the machine's load; most of the
  // time is spent waiting for the network to go quiet); then Lighthouse, one run at a time.
  const measured = await pool(pages, BYTE_WIDTH, (p) => measureBytes(browser, p.path));
  console.log(`bench: bytes of ${pages.length} pages measured (${seconds()} s)`);
  await browser.close();
  lighthouseChrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: CHROME_FLAGS });
  for (const [i, p] of pages.entries()) {
    const bytes = measured[i];
    const runs = [];
    for (let r = 0; r < p.runs; r++) runs.push(await runLighthouse(lighthouseChrome.port, ORIGIN + p.path, r === 0 ? Object.keys(BUDGETS.lighthouse) : ['performance']));
    // A single run under the performance budget: the rest of RUNS, and the median decides.
    if (runs.length && runs.length < RUNS && runs[0].scores.performance < BUDGETS.lighthouse.performance) {
      console.log(`bench: ${p.path} performance ${runs[0].scores.performance} in one run: ${RUNS - runs.length} more for the median`);
      while (runs.length < RUNS) runs.push(await runLighthouse(lighthouseChrome.port, ORIGIN + p.path, ['performance']));
    }
    const lh = runs.length ? {
      scores: { ...runs[0].scores, performance: median(runs.map((r) => r.scores.performance)) },
      lcp: median(runs.map((r) => r.lcp)), tbt: median(runs.map((r) => r.tbt)), cls: median(runs.map((r) => r.cls)),
      failing: [...new Set(runs.flatMap((r) => r.failing))], runs: runs.length,
    } : null;
    const firstViewDoc = bytes.firstView.html.gzip + bytes.firstView.css.gzip + bytes.firstView.js.gzip;
    const row = { ...p, bytes, lighthouse: lh, firstViewDocGzip: firstViewDoc, ratioToText: p.kind === 'chapter' && bytes.articleGzip ? firstViewDoc / bytes.articleGzip : null };
    results.pages.push(row);
    if (lh) for (const [k, min] of Object.entries(BUDGETS.lighthouse)) if (lh.scores[k] < min) misses.push(`${p.path}: Lighthouse ${k} ${lh.scores[k]} < ${min} (audits below 1: ${lh.failing.join(', ') || 'none'})`);
    if (!p.interactive && bytes.afterScroll.js.raw > BUDGETS.staticPageJs) misses.push(`${p.path}: ${bytes.afterScroll.js.raw} bytes of JavaScript on a page with nothing interactive`);
    if (p.kind === 'chapter' && firstViewDoc > BUDGETS.chapterFirstViewGzip) misses.push(`${p.path}: first view ${kb(firstViewDoc)} KB gzip > ${kb(BUDGETS.chapterFirstViewGzip)} KB`);
    if (p.kind === 'chapter' && bytes.firstView.js.gzip > BUDGETS.firstViewJsGzip) misses.push(`${p.path}: ${kb(bytes.firstView.js.gzip)} KB gzip of JavaScript before any chart is near > ${kb(BUDGETS.firstViewJsGzip)} KB`);
    for (const c of bytes.chunks.filter((c) => /chart-render/.test(c.url))) if (c.gzip > BUDGETS.chartChunkGzip) misses.push(`${p.path}: chart chunk ${kb(c.gzip)} KB gzip > ${kb(BUDGETS.chartChunkGzip)} KB`);
    for (const c of bytes.chunks.filter((c) => /map-render/.test(c.url))) if (c.gzip > BUDGETS.mapChunkGzip) misses.push(`${p.path}: map chunk ${kb(c.gzip)} KB gzip > ${kb(BUDGETS.mapChunkGzip)} KB`);
    if (bytes.offHost.length) misses.push(`${p.path}: requests to other hosts: ${bytes.offHost.join(', ')}`);
    if (runs.length) console.log(`bench: ${p.path} Lighthouse ×${runs.length} done (${seconds()} s)`);
  }
} finally {
  await browser.close();
  await lighthouseChrome?.kill();
  server.kill();
}

const header = '| page | perf (runs) | a11y | best pr. | SEO | LCP ms | TBT ms | CLS | first view HTML+CSS+JS gzip | JS gzip first view / after scroll | ÷ article text gzip | after scroll, all gzip |';
const lhCells = (l) => (l ? `${l.scores.performance} (×${l.runs}) | ${l.scores.accessibility} | ${l.scores['best-practices']} | ${l.scores.seo} | ${Math.round(l.lcp)} | ${Math.round(l.tbt)} | ${l.cls.toFixed(3)}` : '– | – | – | – | – | – | –');
const rows = results.pages.map((r) => `| \`${r.path}\` | ${lhCells(r.lighthouse)} | ${kb(r.firstViewDocGzip)} KB | ${kb(r.bytes.firstView.js.gzip)} / ${kb(r.bytes.afterScroll.js.gzip)} KB | ${r.ratioToText ? r.ratioToText.toFixed(2) + '×' : '–'} | ${kb(r.bytes.afterScroll.total.gzip)} KB |`);
const table = [header, '|' + ' --- |'.repeat(12), ...rows].join('\n');
const summary = `Build: ${(results.build.ms / 1000).toFixed(1)} s wall, ${(results.build.maxRssKb / 1024).toFixed(0)} MB peak RSS. Lighthouse (mobile) on one page of each kind (${LIGHTHOUSE_KINDS.join(', ')}) in each edition: performance the median of ${RUNS} runs on the 简体 pages, ${RUNS_OTHER === 1 ? 'one run' : `the median of ${RUNS_OTHER} runs`} on the 繁體 and English ones (the median of ${RUNS} where that missed the budget; runs per page in the table), the other categories from the first run (– : bytes only); Chromium ${spawnSync(CHROME, ['--version'], { encoding: 'utf8' }).stdout.trim().split(' ')[1] ?? ''}. Measured ${results.date.slice(0, 10)}; the bench took ${Math.round((performance.now() - benchStart) / 1000)} s from the build to the last run (budget for the whole \`npm run bench\`: 6 minutes).`;
console.log(`\n${table}\n\n${summary}\n`);

mkdirSync('bench-results', { recursive: true });
results.misses = misses;
writeFileSync('bench-results/latest.json', JSON.stringify(results, null, 2));
writeFileSync(`bench-results/${results.date.replace(/[:.]/g, '-')}.json`, JSON.stringify(results, null, 2));

// The results, for people: tests/BENCH.md (linked from the README), rewritten by every run.
const missText = misses.length ? `**${misses.length} budget(s) missed:**\n\n${misses.map((m) => `- ${m}`).join('\n')}` : 'Every budget met.';
writeFileSync('tests/BENCH.md', `# Bench results\n\nWritten by \`npm run bench\` (tests/tools/bench.mjs); budgets in that file and in the README (Budgets).\n\n${table}\n\n${summary}\n\n${missText}\n`);

if (misses.length) {
  console.error(`bench: ${misses.length} budget(s) missed:\n${misses.map((m) => `  ✗ ${m}`).join('\n')}`);
  process.exitCode = 1;
} else {
  console.log('bench: every budget met');
}
