/**
 * The article as the built pages carry it (read from the build, no browser): the 简体 chapters and
 * the closing caption, read in order, are the article; the 繁體 ones, converted back with OpenCC
 * tw→cn, are the article too; and on English pages every Chinese character sits in an element
 * marked as Chinese (for screen readers and fonts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleText, stripWhitespace } from '../../src/lib/article/text';
import { EDITIONS } from '../../src/lib/editions/editions';
import { fromHant } from '../../src/lib/editions/hant';
import { loadContent } from '../../src/plugins/content-files';
import { base, builtPage, builtText, sitemapPaths } from './built';

const root = new URL('../../', import.meta.url).pathname;
const { model } = loadContent(root);
const expected = articleText(readFileSync(`${root}${model.source.file}`, 'utf8'), model.source.repairs);

/** The article text of an edition's built pages: every chapter's, then the closing matter's on /about/. */
function articleOf(prefix: string) {
  const texts = model.chapters.map((c) => [...builtPage(`${prefix}chapters/${c.slug}/`).document.querySelectorAll('main [data-article]')].map((e) => e.textContent).join(''));
  texts.push([...builtPage(`${prefix}about/`).document.querySelectorAll('.closing [data-article]')].map((e) => e.textContent).join(''));
  return texts.join('');
}

describe('the article on the built pages', () => {
  it('简体: read in order, it is the article', () => {
    expect(stripWhitespace(articleOf(''))).toBe(expected);
  });
  it('繁體: converted back with OpenCC tw→cn, it is the article (and it is not the 简体 text)', () => {
    const text = articleOf('zh-hant/');
    expect(stripWhitespace(text)).not.toBe(expected);
    expect(text).toContain('改革開放');
    expect(stripWhitespace(fromHant(text))).toBe(expected);
  });
});

describe('English pages', () => {
  const en = EDITIONS.find((e) => e.id === 'en')!;
  const paths = sitemapPaths().filter((p) => p.startsWith(en.prefix));
  it.each(paths)('/%s: every Chinese character sits in an element marked as Chinese', (path) => {
    const { document } = builtPage(path);
    const unmarked: string[] = [];
    const walk = (el: Element) => {
      for (const n of el.childNodes) {
        if (n.nodeType === 1) walk(n as Element);
        else if (n.nodeType === 3 && /[\u3400-\u9fff]/.test(n.textContent ?? '')) {
          const lang = (n.parentNode as Element).closest('[lang]')?.getAttribute('lang') ?? '';
          if (!lang.startsWith('zh')) unmarked.push((n.textContent ?? '').trim().slice(0, 40));
        }
      }
    };
    walk(document.body);
    expect(unmarked).toEqual([]);
  });
  it.each(paths)('/%s: no two English sentences run together without a space', (path) => {
    // Block by block (a page's textContent runs one paragraph into the next).
    const blocks = [...builtPage(path).document.querySelectorAll('main p, main li, main dd, main dt, main td, main figcaption, main h1, main h2, main h3')];
    expect(blocks.flatMap((b) => (b.textContent ?? '').match(/\b[a-z]{2,}[.!?][A-Z][a-z]+/g) ?? [])).toEqual([]);
  });
});

describe('each edition prints in its own words', () => {
  it.each(EDITIONS.map((e) => [e.label, e] as const))('%s: every page links its edition’s print stylesheet (running heads, page footer)', (_, edition) => {
    for (const path of sitemapPaths().filter((p) => p.startsWith(edition.prefix) && (edition.prefix || !EDITIONS.some((e) => e.prefix && p.startsWith(e.prefix))))) {
      expect(builtPage(path).document.querySelector('link[rel=stylesheet][media=print]')?.getAttribute('href'), path).toMatch(new RegExp(`/${edition.prefix}print-pages\\.css$`));
    }
  });
  it('the English print stylesheet: page footer and running heads in English, no Chinese', () => {
    const css = builtText('en/print-pages.css');
    expect(css).toContain('@bottom-center { content: "Page " counter(page) " of " counter(pages); }');
    expect(css).toContain(`@top-center { content: "Chapter 1 · ${model.english.article.chapters.qingshuitang.title}"; }`);
    expect(css).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('the cover’s timeline', () => {
  it('lists every dated event in order, each linking to the paragraph that reports it', () => {
    const items = [...builtPage('').document.querySelectorAll('#figure-timeline .tl-event')].map((e) => ({ id: e.getAttribute('data-events')!, href: e.querySelector('a')!.getAttribute('href')! }));
    expect(items.map((i) => i.id).sort()).toEqual(model.timeline.map((e) => e.id).sort());
    const dates = items.map((i) => model.timeline.find((e) => e.id === i.id)!.date);
    expect(dates).toEqual([...dates].sort());
    for (const i of items) {
      const ev = model.timeline.find((e) => e.id === i.id)!;
      const u = new URL(i.href, `http://site${base}`);
      expect(u.pathname).toBe(`${base}chapters/${ev.chapter}/`);
      const target = builtPage(u.pathname.slice(base.length)).document.querySelector(`${u.hash}[data-article]`);
      expect(stripWhitespace(target?.textContent ?? ''), i.id).toContain(stripWhitespace(ev.quote));
    }
  });
});
