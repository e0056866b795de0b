import { existsSync } from 'node:fs';
import { chromiumPath } from '../playwright.config';

/** Browser tests never skip silently: no Chromium is a failure that says what to install. */
export default function globalSetup() {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}. Install Debian's Chromium (apt-get install -y chromium) or set CHROMIUM_PATH. The browser tests cannot run without it.`);
  }
  const outDir = process.env.OUT_DIR ?? 'dist';
  if (!existsSync(new URL(`../../${outDir.replace(/^\.\//, '')}/index.html`, import.meta.url))) {
    throw new Error(`${outDir}/ is missing: run \`npm run build\` before the browser tests (npm test does it).`);
  }
}
