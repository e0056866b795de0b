// Screenshots of single elements of the built site, for looking at them closely:
// node tests/tools/shoot-elements.mjs <baseURL> <outDir> <width> <scheme> <path> <selector> [more selectors…]
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const [base, out, width, scheme, path, ...selectors] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
for (const sel of selectors) {
  const els = await page.locator(sel).all();
  for (const [i, el] of els.entries()) {
    await el.scrollIntoViewIfNeeded();
    await page.waitForTimeout(700);
    const file = `${out}/${path.replace(/\W+/g, '_')}-${sel.replace(/\W+/g, '_')}-${i}-${width}-${scheme}.png`;
    await el.screenshot({ path: file });
    console.log(file);
  }
}
await browser.close();
