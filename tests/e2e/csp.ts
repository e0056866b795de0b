/** The strict CSP at run time: a page served with the headers a static host adds, and everything on it run. */
import type { Page, Response } from '@playwright/test';
import { headersFor, parseHeaders } from '../../src/lib/site/headers';
import { expect, read } from './site';

const rules = parseHeaders(read('public/_headers'));

/** Before the page loads: serve each response with the headers public/_headers gives it, and record every CSP violation. Returns the list it fills. */
export async function servedWithHeaders(page: Page, baseURL: string) {
  const base = new URL(baseURL).pathname;
  await page.route('**/*', async (route) => {
    const res = await route.fetch();
    const p = new URL(route.request().url()).pathname;
    const sitePath = p.startsWith(base) ? `/${p.slice(base.length)}` : p;
    await route.fulfill({ response: res, headers: { ...res.headers(), ...headersFor(rules, sitePath) } });
  });
  const violations: string[] = [];
  page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text()); });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Refused to load ${e.blockedURI} (${e.violatedDirective}) — Content Security Policy`));
  });
  return violations;
}

/**
 * After the page loaded: the policy is in its header and its <meta>, strict, with no style
 * attribute in the HTML; then every chart is drawn and every map opened, and no violation was
 * recorded (the policy in every page's <meta>, and no style attribute anywhere, are checked on every
 * page of every edition in tests/dist/pages.test.ts).
 */
export async function runsUnderPolicy(page: Page, res: Response | null, violations: string[]) {
  expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
  const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(meta).toMatch(/script-src 'self'/);
  expect(meta).toMatch(/style-src 'self'/);
  expect(meta).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(await res!.text(), 'style="" attributes in the HTML').not.toMatch(/\sstyle=/);
  // Scroll to the end, a screen at a time (charts start within 400 px of the viewport), so that anything loaded on the way (charts, maps) runs under the policy.
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
      scrollTo({ top: y, behavior: 'instant' });
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  // Open every interactive map (Leaflet loads when the reader asks for it), one at a time, as a
  // reader opens them (two maps started within the same moment can fail to load on /print/ under
  // load: left as work, see the stop's note).
  for (const map of await page.locator('figure[data-map]:has(.map-start)').all()) {
    await map.locator('.map-start').click();
    await expect(map).toHaveAttribute('data-state', 'ready');
  }
  await page.waitForLoadState('networkidle');
  // The interactive parts really ran under the policy (or this test would prove nothing about them).
  // (A chart passed in a fast scroll may not have been drawn yet: bring each into view.)
  for (const chart of await page.locator('.chart-canvas').all()) {
    await chart.scrollIntoViewIfNeeded();
    await expect(chart).toHaveAttribute('data-state', 'drawn');
  }
  for (const map of await page.locator('figure[data-map]').all()) await expect(map).toHaveAttribute('data-state', 'ready');
  expect(violations).toEqual([]);
}
