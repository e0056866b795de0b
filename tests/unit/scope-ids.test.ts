import { describe, expect, it } from 'vitest';
import { demoteSubheads, scopeChapterIds, scopeRegion } from '../../src/lib/site/scope-ids';

describe('scoping ids for a page of several chapters', () => {
  it('prefixes ids, same-page links and ARIA references, leaving other links alone', () => {
    expect(scopeRegion('<p id="p1">x</p><a href="#p1">¶</a><a href="/chapters/x/#p2">y</a><nav aria-labelledby="toc-title a">', 'q-'))
      .toBe('<p id="q-p1">x</p><a href="#q-p1">¶</a><a href="/chapters/x/#p2">y</a><nav aria-labelledby="q-toc-title q-a">');
  });
  it('leaves a link to the document’s own figures table (all-…) pointing at it', () => {
    expect(scopeRegion('<a class="fig-ref" href="#all-figure-gdp">1000亿元</a><a href="#figure-gdp">#</a>', 'q-'))
      .toBe('<a class="fig-ref" href="#all-figure-gdp">1000亿元</a><a href="#q-figure-gdp">#</a>');
  });
  it('prefixes an SVG paint reference with the id it points at (a pattern’s fill="url(#…)")', () => {
    expect(scopeRegion('<pattern id="hatch-a"></pattern><rect fill="url(#hatch-a)" /><rect fill="var(--x)" class="u" />', 'q-'))
      .toBe('<pattern id="q-hatch-a"></pattern><rect fill="url(#q-hatch-a)" /><rect fill="var(--x)" class="u" />');
  });
  it('scopes each chapter region with its own slug and nothing outside them', () => {
    const html = '<h1 id="top">T</h1><a href="#chapter-a">A</a><section id="chapter-a" data-print-chapter="a"><p id="p1"></p></section><section id="chapter-b" data-print-chapter="b"><p id="p1"></p><a href="#p1"></a></section><section data-print-end id="figures"><p id="p1"></p></section>';
    expect(scopeChapterIds(html)).toBe('<h1 id="top">T</h1><a href="#chapter-a">A</a><section id="chapter-a" data-print-chapter="a"><p id="a-p1"></p></section><section id="chapter-b" data-print-chapter="b"><p id="b-p1"></p><a href="#b-p1"></a></section><section data-print-end id="figures"><p id="p1"></p></section>');
  });
  it('moves editorial subheads one level down, leaving other headings alone', () => {
    expect(demoteSubheads('<h2 class="chapter-title">T</h2><div class="heading"><h2 id="a" data-editorial>试点</h2><a></a></div><h3 id="b" data-editorial>小</h3>'))
      .toBe('<h2 class="chapter-title">T</h2><div class="heading"><h3 id="a" data-editorial>试点</h3><a></a></div><h4 id="b" data-editorial>小</h4>');
  });
});
