import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { darkPalette, lightPalette } from '../../src/lib/site/palette';

const css = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

describe('bar colours against the paper, in both themes', () => {
  for (const [theme, palette] of [['light', lightPalette(css)], ['dark', darkPalette(css)]] as const) {
    it(`${theme}: the bars (exact values and lower bounds alike) and their hatched 以上 mark stand out at 3:1 at least; the labels at 4.5:1`, () => {
      expect(contrast(palette['chart-1']!, palette.paper!)).toBeGreaterThanOrEqual(3);
      expect(contrast(palette['chart-text']!, palette.paper!)).toBeGreaterThanOrEqual(4.5);
    });
  }
});
