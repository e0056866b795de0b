import { chromium } from '@playwright/test';
const [url, sel, out, width, scheme] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await b.newContext({ javaScriptEnabled: false, viewport: { width: Number(width ?? 390), height: 900 }, colorScheme: scheme ?? 'light' });
const p = await ctx.newPage();
await p.goto(url);
const els = await p.locator(sel).all();
for (const [i, e] of els.entries()) { await e.screenshot({ path: out.replace('.png', `-${i}.png`) }); console.log(out.replace('.png', `-${i}.png`)); }
await b.close();
