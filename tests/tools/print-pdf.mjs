// Prints pages of the built site to PDF as a reader would (fresh load, print media, A4), for looking at:
// node tests/tools/print-pdf.mjs [baseURL] [outDir] [paths...]
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const [base = 'http://127.0.0.1:4321/', out = '/tmp/pdf', ...paths] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] });
const page = await browser.newPage({ colorScheme: 'dark' });
for (const p of paths.length ? paths : ['chapters/qingshuitang/', 'print/']) {
  await page.goto(new URL(p, base).href, { waitUntil: 'networkidle' });
  await page.emulateMedia({ media: 'print' });
  const file = `${out}/${p.replace(/\/$/, '').replace(/\//g, '_') || 'cover'}.pdf`;
  await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false });
  await page.emulateMedia({ media: 'screen' });
  console.log(file);
}
await browser.close();
