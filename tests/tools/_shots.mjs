// Scratch: screenshots for review (not committed).
import { chromium } from '@playwright/test';
import { execSync } from 'node:child_process';
const base = process.argv[2] ?? 'http://127.0.0.1:4330/';
const out = '/tmp/shots';
const pages = (process.argv[3] ?? '').split(',').filter(Boolean);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const path of pages) {
  for (const [w, h] of [[390, 844], [1280, 800]]) for (const scheme of ['light', 'dark']) {
    if (w === 1280 && scheme === 'dark') continue;
    const p = await b.newPage({ viewport: { width: w, height: h }, colorScheme: scheme, deviceScaleFactor: w === 390 ? 2 : 1 });
    await p.goto(base + path, { waitUntil: 'networkidle' });
    await p.evaluate(async () => { for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) { scrollTo(0, y); await new Promise((r) => setTimeout(r, 80)); } scrollTo(0, 0); });
    await p.waitForTimeout(300);
    const name = (path || 'cover').replace(/\//g, '_').replace(/_$/, '');
    await p.screenshot({ path: `${out}/${name}-${w}-${scheme}.png`, fullPage: true });
    await p.close();
  }
}
for (const path of (process.argv[4] ?? '').split(',').filter(Boolean)) {
  const p = await b.newPage();
  await p.goto(base + path, { waitUntil: 'networkidle' });
  await p.evaluate(() => window.dispatchEvent(new Event('zhuzhou:draw-charts')));
  await p.waitForTimeout(1500);
  await p.emulateMedia({ media: 'print' });
  const name = path.replace(/\//g, '_').replace(/_$/, '');
  await p.pdf({ path: `${out}/${name}.pdf`, format: 'A4', printBackground: true, displayHeaderFooter: false, preferCSSPageSize: true });
  execSync(`pdftoppm -r 45 -png ${out}/${name}.pdf ${out}/${name}-pdf`);
  await p.close();
}
await b.close();
