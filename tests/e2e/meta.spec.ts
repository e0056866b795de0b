import type { APIRequestContext, Page } from '@playwright/test';
import { resolveDeployConfig } from '../../src/lib/site/deploy-config';
import { chapterSlugs, expect, pages, test } from './site';

// The build under test was made with the same SITE_URL / BASE_PATH as this run (npm test and
// npm run test:base set them for both), so the absolute URLs must be on this origin and base.
const { site, base } = resolveDeployConfig(process.env);
const abs = (path: string) => `${site}${base}${path}`;

/** Which share card each page uses (src/lib/share/cards.ts). */
function cardOf(path: string): string {
  const chapter = /^chapters\/([^/]+)\/$/.exec(path);
  if (chapter) return chapter[1]!;
  return ({ 'figures/': 'figures', 'map/': 'map', 'about/': 'about' } as Record<string, string>)[path] ?? 'cover';
}

const allPages = [...new Set([...pages, 'map/'])];

/** Every <meta>/<link> the head carries, by key; fails when a key appears more than once. */
async function headTags(page: Page) {
  const tags = await page.locator('head').evaluate((head) => {
    const out: [string, string][] = [];
    for (const m of head.querySelectorAll('meta[property], meta[name]')) {
      if (m.getAttribute('name') === 'theme-color') continue;
      out.push([m.getAttribute('property') ?? m.getAttribute('name')!, m.getAttribute('content') ?? '']);
    }
    for (const l of head.querySelectorAll('link[rel=canonical]')) out.push(['canonical', l.getAttribute('href') ?? '']);
    out.push(['title', document.title]);
    return out;
  });
  const keys = tags.map(([k]) => k);
  expect(keys.filter((k, i) => keys.indexOf(k) !== i), 'meta tags given twice').toEqual([]);
  return Object.fromEntries(tags) as Record<string, string | undefined>;
}

/** Width and height from a PNG's IHDR, after checking its signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)], 'PNG signature').toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1'), 'first chunk').toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Checks one page's head: `path` is a site path, or '404' for the not-found page. */
async function checkMeta(page: Page, request: APIRequestContext, baseURL: string | undefined, path: string) {
  const notFound = path === '404';
  const res = await page.goto(notFound ? 'no-such-page/' : path);
  expect(res?.status()).toBe(notFound ? 404 : 200);
  const t = await headTags(page);

  // title and description, the same in every vocabulary
  expect(t.title).toMatch(/株洲 · 改革开放四十载$/);
  expect(t['og:title']).toBe(t.title);
  expect(t['twitter:title']).toBe(t.title);
  expect(t.description?.length).toBeGreaterThan(10);
  expect(t['og:description']).toBe(t.description);
  expect(t['twitter:description']).toBe(t.description);

  // the page's own URL
  // (a 404 page has none: it answers at any missing address, and no address is its own)
  expect(t.canonical).toBe(notFound ? undefined : abs(path));
  expect(t['og:url']).toBe(t.canonical);
  expect(t['og:type']).toBe(path === '' ? 'website' : 'article');
  expect(t['og:locale']).toBe('zh_CN');
  expect(t['og:site_name']).toBe('株洲 · 改革开放四十载');

  // the share card
  const image = abs(`og/${notFound ? 'cover' : cardOf(path)}.png`);
  expect(t['og:image']).toBe(image);
  expect(t['twitter:image']).toBe(image);
  expect(t['og:image:type']).toBe('image/png');
  expect(t['og:image:width']).toBe('1200');
  expect(t['og:image:height']).toBe('630');
  expect(t['og:image:alt']).toMatch(/^分享卡片（株洲 · 改革开放四十载）：.{10,}/);
  expect(t['twitter:image:alt']).toBe(t['og:image:alt']);
  expect(t['twitter:card']).toBe('summary_large_image');

  // every URL in the head is absolute, on the configured origin and under the base path
  for (const key of [...(notFound ? [] : ['canonical', 'og:url']), 'og:image', 'twitter:image']) {
    const u = new URL(t[key]!);
    expect(`${u.origin}/`, key).toBe(`${site}/`);
    expect(u.pathname.startsWith(base), `${key} under ${base}`).toBe(true);
  }

  // the card is served by this build, at the same path under the local server
  const local = new URL(new URL(image).pathname, baseURL).href;
  const png = await request.get(local);
  expect(png.status(), local).toBe(200);
  expect(png.headers()['content-type']).toContain('image/png');
  expect(pngSize(await png.body())).toEqual({ width: 1200, height: 630 });
}

test.describe('sharing metadata', () => {
  for (const path of allPages) {
    test(`/${path} has complete, absolute, consistent meta tags and a 1200×630 card`, async ({ watched: page, request, baseURL }) => {
      await checkMeta(page, request, baseURL, path);
    });
  }

  // Not `watched`: the browser logs the 404 status itself as a console error.
  test('the 404 page has complete, absolute, consistent meta tags and the cover card', async ({ page, request, baseURL }) => {
    await checkMeta(page, request, baseURL, '404');
  });

  test('each chapter shares its own card, and every card differs', async ({ request }) => {
    const bodies = new Set<string>();
    for (const id of ['cover', ...chapterSlugs, 'figures', 'map', 'about']) {
      const res = await request.get(`og/${id}.png`);
      expect(res.status(), `og/${id}.png`).toBe(200);
      const body = await res.body();
      expect(pngSize(body)).toEqual({ width: 1200, height: 630 });
      bodies.add(body.toString('base64'));
    }
    expect(bodies.size).toBe(4 + chapterSlugs.length);
  });
});
