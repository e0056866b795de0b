// Screenshots of the built site for looking at it: node tests/tools/screenshots.mjs [baseURL] [outDir] [paths...]
// Takes each page at 390×844 and 1280×800, light and dark, full page.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const [base = 'http://127.0.0.1:4321/', out = '/tmp/shots', ...paths] = process.argv.slice(2);
const pages = paths.length ? paths : ['', 'chapters/qingshuitang/', 'figures/', 'about/'];
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'] });
for (const [w, h] of [[390, 844], [1280, 800]]) {
  for (const scheme of ['light', 'dark']) {
    const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme, deviceScaleFactor: 1 });
    const page = await ctx.newPage();
    for (const p of pages) {
      await page.goto(new URL(p, base).href, { waitUntil: 'networkidle' });
      // Scroll through once so that lazy parts (charts, maps) draw, then back to the top.
      await page.evaluate(async () => {
        for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) { scrollTo({ top: y, behavior: 'instant' }); await new Promise((r) => setTimeout(r, 80)); }
        scrollTo({ top: 0, behavior: 'instant' });
      });
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      const name = `${(p || 'cover').replace(/[/#]+/g, '_').replace(/_$/, '')}-${w}-${scheme}.png`;
      if (process.env.FULL !== '0') {
        // A viewport as tall as the page (not fullPage), so that canvases are not cleared by a resize mid-capture.
        await page.setViewportSize({ width: w, height: await page.evaluate(() => document.documentElement.scrollHeight) });
        await page.waitForTimeout(400);
      }
      await page.screenshot({ path: `${out}/${name}` });
      await page.setViewportSize({ width: w, height: h });
      console.log(`${out}/${name}`);
    }
    await ctx.close();
  }
}
await browser.close();
