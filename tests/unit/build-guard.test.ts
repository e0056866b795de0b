/**
 * The guard works inside the real build: `astro build` on broken content exits non-zero with the
 * guard's message, and writes nothing to dist/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'zz-guard-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
for (const f of ['src', 'content', 'seeds', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(root, f), join(dir, f), { recursive: true });
symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));

function astroBuild(env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(root, 'node_modules/astro/astro.js'), 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: '', BASE_PATH: '', OUT_DIR: '', ...env } });
  return { status: r.status, output: r.stdout + r.stderr };
}

describe('astro build on broken content', () => {
  it('fails with the file/entry/field message and leaves dist/ untouched', () => {
    const figures = join(dir, 'content/figures.yaml');
    writeFileSync(figures, readFileSync(figures, 'utf8').replace('quote: "全市森林覆盖率达到62%"', 'quote: "全市森林覆盖率高达62%"'));
    cpSync(join(root, 'public/favicon.svg'), join(dir, 'dist/marker.svg'));

    const { status, output } = astroBuild();
    writeFileSync(figures, readFileSync(join(root, 'content/figures.yaml'), 'utf8'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/figures.yaml › figure "forest-coverage-pct" › quote: "全市森林覆盖率高达62%" is not in the article');
    expect(readdirSync(join(dir, 'dist'))).toEqual(['marker.svg']);
  });
});

// A bad deploy configuration (SITE_URL, BASE_PATH, a host's address) stops the real build the same way,
// through astro.config.mjs: shown on a placeholder host in publish-build.test.ts; every message in
// deploy-config.test.ts.
