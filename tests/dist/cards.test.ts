/**
 * Every share card the build drew, in every edition (read from dist/, as readers' apps fetch them):
 * everything it says inside the centre square (a square crop keeps it, and no text crosses its
 * edge), the text above the footer ending clear of it. That the check can fail, on a card drawn
 * too wide: tests/unit/share-cards.test.ts.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITIONS } from '../../src/lib/editions/editions';
import { inkProblems } from '../card-ink';
import { abs, builtFile, builtPage, outDir, sitemapPaths } from './built';

/** The cards the pages name (og:image), by edition. */
const named = new Set(sitemapPaths().map((p) => builtPage(p).document.querySelector('meta[property="og:image"]')?.getAttribute('content')));

for (const e of EDITIONS) {
  const cards = readdirSync(join(outDir, `${e.prefix}og`)).filter((f) => f.endsWith('.png')).sort();
  describe(`the ${e.label} share cards`, () => {
    it('are the cards its pages name, each drawn once', () => {
      expect(cards.map((f) => abs(`${e.prefix}og/${f}`))).toEqual([...named].filter((u) => u?.startsWith(abs(`${e.prefix}og/`))).sort());
    });
    it.each(cards)('%s: all its text in the centre square, clear of the footer', (file) => {
      expect(inkProblems(builtFile(`${e.prefix}og/${file}`))).toEqual([]);
    });
  });
}
