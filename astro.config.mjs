// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import contentGuard from './src/plugins/content-guard.ts';
import deployHeaders from './src/plugins/deploy-headers.ts';
import { resolveDeployConfig } from './src/lib/site/deploy-config.ts';

// Where the site lives: SITE_URL (with its base path, or BASE_PATH), else the address the static
// host gives its build, else http://localhost:4321/ with a warning (see README: Deploying). Bad
// values and placeholder hosts stop the build with a message saying what to set.
const deploy = resolveDeployConfig(process.env);
const { site, base, outDir } = deploy;

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The sitemap lists every page of every edition: crawlers read it, and so do the tests and the
  // bench (their page lists come from the build, never from lists kept by hand).
  integrations: [contentGuard(), mdx(), sitemap({ filter: (page) => !/\/404\/?$/.test(page) }), deployHeaders(deploy)],
  devToolbar: { enabled: false },
  // Never inline scripts or assets: every script is a file from 'self', so the CSP header in
  // public/_headers (which cannot carry per-page hashes) allows exactly what the pages run.
  vite: { build: { assetsInlineLimit: 0 } },
  experimental: {
    // A strict Content-Security-Policy in every page's <meta>: scripts and styles by hash or from
    // 'self' only; no 'unsafe-inline', no 'unsafe-eval'. The same policy is sent as a header by
    // public/_headers (where frame-ancestors also applies).
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
