import { defineConfig } from '@playwright/test';
import { isLocalHost, resolveDeployConfig } from '../src/lib/site/deploy-config';

/**
 * Which server the browser tests run against, decided from the build's own address:
 * - a build for this computer (nothing set: http://localhost:4321/) is served by `npm start`
 *   itself (src/tools/start.mjs: it builds for the address it serves, then serves it), so every
 *   test of the main run is a test of what `npm start` gives a reader, links and QR codes included;
 * - a build for a public address (test:base: SITE_URL with a path) is served by `astro preview`
 *   on 127.0.0.1:E2E_PORT under its base path.
 */
const { site, base } = resolveDeployConfig(process.env);
const local = isLocalHost(new URL(site).hostname);
const port = local ? Number(new URL(site).port || 4321) : Number(process.env.E2E_PORT ?? 4323);
const origin = local ? site : `http://127.0.0.1:${port}`;
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  forbidOnly: true,
  use: {
    baseURL: `${origin}${base}`,
    launchOptions: {
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    // E2E_BUILT=1 (npm test, which has just built dist/ for this address): served as it is, not built again.
    command: local ? `node src/tools/start.mjs${process.env.E2E_BUILT === '1' ? ' --no-build' : ''}` : `node node_modules/astro/astro.js preview --host 127.0.0.1 --port ${port}`,
    cwd: '..',
    url: `${origin}${base}`,
    // E2E_REUSE=1: use a server already running there (to re-run a spec by hand); never in npm test.
    reuseExistingServer: !!process.env.E2E_REUSE,
    timeout: 180_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1', ...(local ? { PORT: String(port) } : {}) },
  },
});
