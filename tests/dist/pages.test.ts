/**
 * Every page of every edition, read from the build (no browser): the pages the sitemap lists, each
 * with its language, one h1 and an outline without gaps, its canonical URL and reciprocal
 * alternates, the edition switcher, complete share tags with a real 1200×630 card, a strict CSP and
 * only the scripts its interactive parts need. The browser tests (tests/e2e/) test each behaviour
 * once on one page of each kind; this sweep is what makes sure the other pages are built the same.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITIONS, editionOfPath } from '../../src/lib/editions/editions';
import { headersFor, parseHeaders } from '../../src/lib/site/headers';
import { abs, base, builtFile, builtPage, builtText, outDir, site, sitemapPaths } from './built';
import { kindOf } from '../tools/page-kinds.mjs';

const paths = sitemapPaths();
/** The headers a static host adds from the built _headers file (rebased under the base path). */
const rules = parseHeaders(builtText('_headers'));

/** Which share card a page uses (src/lib/share/cards.ts): a chapter's (also for its side-by-side view), figures, map, about, else the cover's. */
function cardOf(own: string): string {
  const chapter = /^chapters\/([^/]+)\/(?:bilingual\/)?$/.exec(own);
  if (chapter) return chapter[1]!;
  return ({ 'figures/': 'figures', 'map/': 'map', 'about/': 'about' } as Record<string, string>)[own] ?? 'cover';
}

/** Width and height from a PNG's IHDR, after checking its signature. */
function pngSize(bytes: Buffer) {
  expect([...bytes.subarray(0, 8)], 'PNG signature').toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1'), 'first chunk').toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The <head>'s meta and link tags by key; fails when a key appears twice (og:locale:alternate may: one per other edition). */
function headTags(document: Document) {
  const tags: [string, string][] = [];
  for (const m of document.querySelectorAll('head meta[property], head meta[name]')) {
    if (m.getAttribute('name') === 'theme-color') continue;
    tags.push([m.getAttribute('property') ?? m.getAttribute('name')!, m.getAttribute('content') ?? '']);
  }
  for (const l of document.querySelectorAll('head link[rel=canonical]')) tags.push(['canonical', l.getAttribute('href') ?? '']);
  tags.push(['title', document.querySelector('title')?.textContent ?? '']);
  const keys = tags.map(([k]) => k);
  expect(keys.filter((k, i) => keys.indexOf(k) !== i && k !== 'og:locale:alternate'), 'meta tags given twice').toEqual([]);
  return Object.fromEntries(tags) as Record<string, string | undefined>;
}

/** The share tags every page carries, 404 pages included: consistent, absolute, on the configured site, with a card the build made. */
function checkShareTags(t: Record<string, string | undefined>, edition: (typeof EDITIONS)[number], card: string, pageType: string) {
  expect(t['og:site_name']?.length).toBeGreaterThan(3);
  expect(t.title === t['og:site_name'] || t.title?.endsWith(` · ${t['og:site_name']}`), `title “${t.title}” names the site`).toBe(true);
  expect(t['og:title']).toBe(t.title);
  expect(t['twitter:title']).toBe(t.title);
  expect(t.description?.length).toBeGreaterThan(10);
  expect(t['og:description']).toBe(t.description);
  expect(t['twitter:description']).toBe(t.description);
  expect(t['og:type']).toBe(pageType);
  expect(t['og:locale']).toBe(edition.ogLocale);
  const image = abs(`${edition.prefix}og/${card}.png`);
  expect(t['og:image']).toBe(image);
  expect(t['twitter:image']).toBe(image);
  expect(t['og:image:type']).toBe('image/png');
  expect([t['og:image:width'], t['og:image:height']]).toEqual(['1200', '630']);
  expect(t['og:image:alt']?.length).toBeGreaterThan(20);
  expect(t['twitter:image:alt']).toBe(t['og:image:alt']);
  expect(t['twitter:card']).toBe('summary_large_image');
  expect(pngSize(builtFile(`${edition.prefix}og/${card}.png`))).toEqual({ width: 1200, height: 630 });
}

/** The scripts a page may ship: one small module per interactive part it has, and none on a page with nothing interactive. */
function expectedScripts(html: string) {
  return Number(html.includes('class="chart-canvas"')) + Number(html.includes(' data-map=')) + Number(html.includes('class="share-box'))
    + Number(html.includes('class="fig-ref"') || html.includes('data-keep-place')) + Number(html.includes('data-figure-tools')) + Number(html.includes('data-glossary-tools')) + Number(html.includes('data-report-form'));
}

function checkCsp(document: Document, html: string, path: string) {
  const meta = document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
  expect(meta).toMatch(/script-src 'self'/);
  expect(meta).toMatch(/style-src 'self'/);
  expect(meta).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(headersFor(rules, `${base}${path}`)['Content-Security-Policy'] ?? '', 'the same policy as a header').toContain("script-src 'self'");
  expect(html, 'style="" attributes').not.toMatch(/\sstyle=/);
}

it('the sitemap lists every page of every edition, each once, and nothing the build did not make', () => {
  expect(new Set(paths).size).toBe(paths.length);
  for (const e of EDITIONS) expect(paths.filter((p) => editionOfPath(p).edition.id === e.id).length, e.id).toBe(paths.length / EDITIONS.length);
  for (const p of paths) expect(existsSync(join(outDir, p, 'index.html')), p).toBe(true);
  expect(paths).toContain('');
  expect(paths.some((p) => p.includes('404'))).toBe(false);
});

describe.each(paths)('/%s', (path) => {
  const { edition, own, html, document } = builtPage(path);

  it(`is in its edition’s language, with one h1 and an outline that never skips a level`, () => {
    expect(document.documentElement.getAttribute('lang')).toBe(edition.lang);
    expect(document.querySelectorAll('h1').length).toBe(1);
    const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
    levels.forEach((l, i) => expect(l, `heading ${i + 1}: h${l} after h${levels[i - 1] ?? 0}`).toBeLessThanOrEqual((levels[i - 1] ?? 0) + 1));
  });

  it('never stops a sentence twice (“…does not give it).; Assumes…”, “。；”)', () => {
    const text = [...document.querySelectorAll('body p, body li, body td, body figcaption, body dd, body h1, body h2, body h3')].map((e) => e.textContent).join('\n');
    expect(text.match(/.{0,24}(?:[.。][;；]|[;；][.。])/g) ?? []).toEqual([]);
  });

  if (['figures/', 'map/', 'glossary/', 'about/'].includes(own)) {
    it('names itself above its title as the navigation names it (a reader looking for 数字 does not find 数据)', () => {
      expect(document.querySelector('.kicker')!.textContent!.trim()).toBe(document.querySelector('nav [aria-current="page"]')!.textContent!.trim());
    });
  }

  it('has its own canonical URL, reciprocal alternates for every edition, and a switcher to this page in each', () => {
    expect(document.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(abs(path));
    const alternates = [...document.querySelectorAll('link[rel=alternate][hreflang]')].map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]);
    expect(alternates).toEqual([...EDITIONS.map((e) => [e.hreflang, abs(`${e.prefix}${own}`)]), ['x-default', abs(own)]]);
    for (const e of EDITIONS) {
      expect(builtText(`${e.prefix}${own}`), `${e.prefix}${own} links back`).toContain(`<link rel="alternate" hreflang="${edition.hreflang}" href="${abs(path)}">`);
    }
    // One switch on a page: the header's, or on a chapter page (side by side too) its chapter bar's (which keeps the paragraph).
    const switches = document.querySelectorAll('nav[data-edition-switch]');
    expect(switches).toHaveLength(1);
    const sw = switches[0]!;
    expect(sw.closest(['chapter', 'bilingual'].includes(kindOf(own)) ? '[data-chapter-bar]' : 'header')).not.toBeNull();
    const label = (el: Element | null) => el?.querySelector('.long, .visually-hidden')?.textContent;
    expect(label(sw.querySelector('[aria-current]'))).toBe(edition.label);
    const links = [...sw.querySelectorAll('a')].map((a) => [label(a), a.getAttribute('href')]);
    expect(links).toEqual(EDITIONS.filter((e) => e.id !== edition.id).map((e) => [e.label, `${base}${e.prefix}${own}`]));
  });

  if (kindOf(own) === 'chapter') {
    it('has a chapter bar listing every chapter of its edition, this one current, the same bar as its other chapter pages but for that', () => {
      const chapterPages = paths.filter((p) => editionOfPath(p).edition.id === edition.id && kindOf(editionOfPath(p).path) === 'chapter');
      const switcher = (d: Document) => d.querySelector('[data-chapter-bar] nav.switcher');
      const links = [...switcher(document)!.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href')!.slice(base.length)).sort()).toEqual([...chapterPages].sort());
      expect(links.filter((a) => a.getAttribute('aria-current') === 'page').map((a) => a.getAttribute('href'))).toEqual([`${base}${path}`]);
      const plain = (d: Document) => switcher(d)!.outerHTML.replace(/ aria-current="page"/g, '');
      expect(plain(document)).toBe(plain(builtPage(chapterPages[0]!).document));
    });
  }

  it('has complete, absolute, consistent share tags and a 1200×630 card', () => {
    const t = headTags(document);
    expect(t.canonical).toBe(abs(path));
    expect(t['og:url']).toBe(t.canonical);
    checkShareTags(t, edition, cardOf(own), own === '' ? 'website' : 'article');
    for (const key of ['canonical', 'og:url', 'og:image', 'twitter:image']) {
      const u = new URL(t[key]!);
      expect(u.origin, key).toBe(site);
      expect(u.pathname.startsWith(base), `${key} under ${base}`).toBe(true);
    }
  });

  it('has a strict CSP and only the scripts its interactive parts need, each a module from /_astro/', () => {
    checkCsp(document, html, path);
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBe(expectedScripts(html));
    for (const s of scripts) expect(s).toMatch(new RegExp(`^<script type="module" src="${base}_astro/[^"]+\\.js">$`));
  });
});

describe.each(EDITIONS.map((e) => [e.label, e] as const))('the %s 404 page', (_, edition) => {
  const { document, html } = builtPage(`${edition.prefix}404.html`);
  it('is in its edition’s language, not indexed, with the cover’s card and no canonical URL of its own', () => {
    expect(document.documentElement.getAttribute('lang')).toBe(edition.lang);
    expect(document.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex');
    const t = headTags(document);
    expect(t.canonical).toBeUndefined();
    expect(t['og:url']).toBeUndefined();
    checkShareTags(t, edition, 'cover', 'article');
    checkCsp(document, html, `${edition.prefix}404.html`);
  });
});

it('every edition’s cards differ from each other: the cover, each chapter, figures, map and about', () => {
  const cards = new Set(paths.map((p) => editionOfPath(p)).map(({ edition, path }) => `${edition.prefix}og/${cardOf(path)}.png`));
  const bodies = new Set([...cards].map((c) => builtFile(c).toString('base64')));
  expect(bodies.size).toBe(cards.size);
});
