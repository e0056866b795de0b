/**
 * The 简体 chapters as built (read from dist/, no browser: nothing here depends on a script or on
 * layout): the chapter head; every figure's number marked in its own paragraph, the paragraphs the
 * article's text with no popover inside; the graphics titled, one to three a chapter, none setting
 * side by side what its note says is not to be compared, no quote strips. What needs a browser —
 * the faces the title and the dek are set in, the popovers opening — is in tests/e2e/chapters.spec.ts
 * and figures-in-text.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { stripWhitespace } from '../../src/lib/article/text';
import { chartData, chartNotes, type ChartKind } from '../../src/lib/charts/config';
import { loadContent } from '../../src/plugins/content-files';
import { builtPage } from './built';

const { model } = loadContent(new URL('../../', import.meta.url).pathname);
/** The figures whose number the article states (derived ones are shown under their inputs). */
const marked = model.figures.filter((f) => !f.derived);
const byId = new Map(model.figures.map((f) => [f.id, f]));
const all = (root: ParentNode, sel: string) => [...root.querySelectorAll(sel)];

describe.each(model.chapters)('/chapters/$slug/', (c) => {
  const { document } = builtPage(`chapters/${c.slug}/`);

  it('title, dek, one meta line, then the article; paragraphs marked and numbered, editorial matter not', () => {
    expect(all(document, '.prose p[data-article]').map((p) => p.id)).toEqual(c.paragraphs.map((p) => p.id));
    expect(all(document, '[data-editorial][data-article], .dek[data-article]')).toHaveLength(0);
    // The head is the title, the dek, one meta line and the one-line legend of the marks in the text
    // (issue 22: the numbers and terms are quiet at rest): no contents box, no method notes.
    expect(all(document, '.chapter-head > *').map((e) => e.className || e.tagName.toLowerCase())).toEqual(['chapter-top', 'chapter-title', 'dek', 'chapter-meta', 'marks-legend']);
    // The kicker's row: the kicker, and the reading modes.
    expect(all(document, '.chapter-top > *').map((e) => e.className)).toEqual(['kicker', 'reading-mode']);
    expect(all(document, '.toc, .legend, .title-note')).toHaveLength(0);
    expect(document.querySelector('.chapter-meta')!.textContent).toContain(`原文约${c.chars}字`);
    // The switcher at the top names the four chapters and marks this one.
    const switcher = document.querySelector('nav[aria-label="章节"]')!;
    expect(all(switcher, 'a')).toHaveLength(model.chapters.length);
    expect(switcher.querySelector('[aria-current="page"]')!.textContent).toMatch(new RegExp(c.short));
  });

  it('every figure’s number is marked in its own paragraph, and the paragraphs stay the article’s text', () => {
    const refs = all(document, 'p[data-article] a.fig-ref').map((a) => ({ id: a.getAttribute('data-figures')!, p: a.closest('p')!.id, text: a.textContent! }));
    const mine = marked.filter((f) => f.chapter === c.slug);
    expect(refs.map((r) => r.id).sort()).toEqual(mine.map((f) => f.id).sort());
    for (const f of mine) {
      const r = refs.find((x) => x.id === f.id)!;
      expect(r.p, f.id).toBe(f.at.paragraph);
      expect(r.text, f.id).toBe(f.mark!.text);
    }
    // The popovers are outside the paragraphs: the paragraphs' text is exactly the article's.
    expect(all(document, 'p[data-article]').map((p) => stripWhitespace(p.textContent!))).toEqual(c.paragraphs.map((p) => stripWhitespace(p.text)));
    expect(all(document, '[data-article] .fig-pop')).toHaveLength(0);
  });

  it('no graphic without a title; one to three signature graphics, none setting side by side what its note says is not to be compared; no quote strips', () => {
    for (const b of all(document, 'main figure.fig-block, main figure.map-block')) {
      expect(b.querySelector('.fig-title, .map-title')?.textContent?.trim().length ?? 0, `a graphic without a title: #${b.id}`).toBeGreaterThan(3);
    }
    const blocks = all(document, 'main figure.fig-block').length;
    expect(blocks).toBeGreaterThanOrEqual(1);
    expect(blocks).toBeLessThanOrEqual(3);
    const graphics = c.graphics.filter((g) => g.name !== 'PlaceMap');
    expect(graphics.length).toBeGreaterThanOrEqual(1);
    expect(graphics.length).toBeLessThanOrEqual(3);
    for (const g of graphics.filter((x) => x.name === 'Chart')) {
      const notes = chartNotes(chartData({ id: g.id, kind: g.kind as ChartKind, title: g.title, figures: g.ids.map((id) => byId.get(id)!) }).rows);
      expect(notes.map((n) => n.kind), g.id).not.toContain('measures');
    }
    for (const g of graphics) expect(document.querySelector(`#figure-${g.id} figcaption, #figure-${g.id} h2, #figure-${g.id} h3`)?.textContent?.trim(), g.id).toBeTruthy();
    expect(document.querySelector('.prose')!.textContent).not.toContain('不宜比较高下');
    // No quote strips under graphics: the provenance is in the text.
    expect(all(document, 'main .fig-sources')).toHaveLength(0);
  });
});
