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

describe('astro build on broken content', () => {
  it('fails with the file/entry/field message and leaves dist/ untouched', () => {
    for (const f of ['src', 'content', 'seeds', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(root, f), join(dir, f), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    const figures = join(dir, 'content/figures.yaml');
    writeFileSync(figures, readFileSync(figures, 'utf8').replace('quote: "全市森林覆盖率达到62%"', 'quote: "全市森林覆盖率高达62%"'));
    cpSync(join(root, 'public/favicon.svg'), join(dir, 'dist/marker.svg'));

    const r = spawnSync(process.execPath, [join(root, 'node_modules/astro/astro.js'), 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    const output = r.stdout + r.stderr;
    expect(r.status).not.toBe(0);
    expect(output).toContain('content/figures.yaml › figure "forest-coverage-pct" › quote: "全市森林覆盖率高达62%" is not in the article');
    expect(readdirSync(join(dir, 'dist'))).toEqual(['marker.svg']);
  });
});
