// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import contentGuard from './src/plugins/content-guard.ts';
import remarkArticle from './src/plugins/remark-article.ts';

// SITE_URL and BASE_PATH may be set at build time (see README: Deploying).
const site = process.env.SITE_URL ?? 'https://zhuzhou-reform40.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [contentGuard(), mdx()],
  markdown: { remarkPlugins: [remarkArticle] },
  devToolbar: { enabled: false },
});
