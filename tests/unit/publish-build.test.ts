/**
 * The real build refuses a placeholder address: `astro build` with SITE_URL on a reserved domain
 * exits non-zero with a message saying what to set, and writes nothing. Every bad deploy setting
 * (a host's address, BASE_PATH, a SITE_URL that is not a URL) goes through the same function in
 * astro.config.mjs; their messages are tested in deploy-config.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

function astroBuild(env: Record<string, string>) {
  const out = join('/tmp', `zz-placeholder-${process.pid}-${Object.keys(env).join('-')}`);
  const r = spawnSync(process.execPath, [join(root, 'node_modules/astro/astro.js'), 'build'], { cwd: root, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: '', BASE_PATH: '', OUT_DIR: out, ...env } });
  return { status: r.status, output: r.stdout + r.stderr, out };
}

describe('a production build given a placeholder host', () => {
  it.each([
    [{ SITE_URL: 'https://zhuzhou-reform40.example.org' }, 'SITE_URL "https://zhuzhou-reform40.example.org" is a placeholder host'],
  ])('%j fails, saying what to set', (env, message) => {
    const { status, output, out } = astroBuild(env);
    expect(status).not.toBe(0);
    expect(output).toContain(message);
    expect(output).toContain('Set SITE_URL to the address the site will be served from');
    expect(existsSync(out)).toBe(false);
  });
});
