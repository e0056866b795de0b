/**
 * Two builds of their own (each into a temporary folder, so dist/ is left alone):
 * - `npm start` (src/tools/start.mjs) on a free port: it builds for the address it serves, so the
 *   canonical link, og:url, og:image, the QR code and the data downloads are on the served origin;
 * - a build with SITE_URL set to a host (and a base path in it): canonical, og:url, og:image,
 *   twitter:image, the QR codes and the data carry that host and path, and nothing else.
 * Each build takes a minute or so on a busy machine. They run one after the other: two Astro builds
 * in one checkout at once share its caches and can spoil each other.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { absoluteUrls, decodeQrSvg, placeholders, pngSize } from './publish-helpers';
import { expect, test } from './site';

test.describe.configure({ mode: 'serial' });

const root = new URL('../../', import.meta.url).pathname;
const env = (extra: Record<string, string>) => {
  // The test run's own deploy settings must not leak into these builds.
  const { SITE_URL: _s, BASE_PATH: _b, OUT_DIR: _o, NETLIFY: _n, CF_PAGES: _c, VERCEL: _v, GITHUB_ACTIONS: _g, NODE_OPTIONS: _no, ...rest } = process.env;
  return { ...rest, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
};

test.describe('npm start', () => {
  test.setTimeout(300_000);
  let server: ChildProcess | null = null;
  let out = '';
  test.afterAll(() => {
    if (server?.pid) process.kill(server.pid, 'SIGTERM');
    if (out) rmSync(out, { recursive: true, force: true });
  });

  test('builds for the address it serves: every absolute URL on the served origin, QR code and card included', async ({ browser, request }) => {
    // A port that is free now (npm start refuses one that is taken).
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, 'localhost', () => {
        const p = (probe.address() as { port: number }).port;
        probe.close(() => resolve(p));
      });
    });
    out = mkdtempSync(join(tmpdir(), 'zz-start-'));
    server = spawn(process.execPath, ['src/tools/start.mjs'], { cwd: root, env: env({ PORT: String(port), OUT_DIR: out }), stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    server.stdout!.on('data', (d) => { log += d; });
    server.stderr!.on('data', (d) => { log += d; });
    const origin = `http://localhost:${port}`;
    await expect.poll(async () => {
      if (server!.exitCode !== null) throw new Error(`npm start exited: ${log}`);
      return (await fetch(`${origin}/`).then((r) => r.status).catch(() => 0));
    }, { timeout: 280_000, intervals: [2000] }).toBe(200);
    expect(log).toContain(`building for ${origin}/ (from SITE_URL)`);

    const page = await browser.newPage();
    await page.goto(`${origin}/chapters/innovation/`);
    const served = new URL(page.url()).origin;
    expect(served).toBe(origin);
    const canonical = (await page.locator('link[rel=canonical]').getAttribute('href'))!;
    expect(canonical).toBe(`${origin}/chapters/innovation/`);
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', canonical);
    const image = (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
    expect(new URL(image).origin).toBe(origin);
    expect(pngSize(await (await request.get(image)).body())).toEqual({ width: 1200, height: 630 });
    expect(decodeQrSvg(await page.locator('.share-box svg.qr').evaluate((s) => s.outerHTML))).toBe(canonical);
    for (const u of absoluteUrls(await page.content())) expect(new URL(u).origin, u).toBe(origin);
    const data = await (await request.get(`${origin}/data/figures.json`)).text();
    const urls = absoluteUrls(data);
    expect(urls.length).toBeGreaterThan(10);
    for (const u of urls) expect(u.startsWith(`${origin}/chapters/`), u).toBe(true);
    expect((await request.get(urls[0]!)).status()).toBe(200);
    await page.close();
  });
});

test.describe('a build with SITE_URL set', () => {
  test.setTimeout(300_000);
  test('puts canonical, og:url, the cards, the QR codes and the data on that host and path', () => {
    const out = mkdtempSync(join(tmpdir(), 'zz-site-'));
    try {
      const site = 'https://publisher.github.io/zhuzhou-reform40/';
      const r = spawnSync(process.execPath, [join(root, 'node_modules/astro/astro.js'), 'build'], { cwd: root, encoding: 'utf8', env: env({ SITE_URL: site, OUT_DIR: out }) });
      expect(r.status, r.stdout + r.stderr).toBe(0);
      expect(r.stdout + r.stderr).not.toContain('SITE_URL is not set');
      const html = (p: string) => readFileSync(join(out, p), 'utf8');
      for (const [file, path] of [['index.html', ''], ['en/chapters/qingshuitang/index.html', 'en/chapters/qingshuitang/'], ['zh-hant/about/index.html', 'zh-hant/about/']] as const) {
        const page = html(file);
        const meta = (attr: string, name: string) => new RegExp(`<meta ${attr}="${name}" content="([^"]+)"`).exec(page)?.[1];
        expect(/<link rel="canonical" href="([^"]+)"/.exec(page)?.[1]).toBe(`${site}${path}`);
        expect(meta('property', 'og:url')).toBe(`${site}${path}`);
        expect(meta('property', 'og:image')).toMatch(new RegExp(`^${site.replace(/[.]/g, '\\.')}(en/|zh-hant/)?og/[a-z-]+\\.png$`));
        expect(meta('name', 'twitter:image')).toBe(meta('property', 'og:image'));
        expect(placeholders(page)).toEqual([]);
        for (const u of absoluteUrls(page)) expect(u.startsWith(site), u).toBe(true);
      }
      const chapter = html('chapters/two-oriented-society/index.html');
      const qr = /<svg role="img"[^>]*class="qr"[\s\S]*?<\/svg>/.exec(chapter)![0];
      expect(decodeQrSvg(qr)).toBe(`${site}chapters/two-oriented-society/`);
      for (const u of absoluteUrls(html('data/figures.json'))) expect(u.startsWith(`${site}chapters/`), u).toBe(true);
      // Links within the site are relative to the base path.
      expect(chapter).toContain('href="/zhuzhou-reform40/chapters/innovation/"');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
