/**
 * The share cards, drawn as the build draws them: the checks on the built cards can fail (a number
 * too wide puts ink outside the centre square; a label with no room does not fit), English set in
 * a Latin face with Chinese behind it, titles in whole lines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCards, cardContent, faceFor, fitCard, FONT_FAMILIES, FONT_FILES, latinWidthEm, wrapWords, type CardFont, type OgCard } from '../../src/lib/share/cards';
import { CONTENT_TOP, COLUMN, FOOTER_GAP, FOOTER_TOP, renderCardPng, SQUARE } from '../../src/lib/share/render';
import { loadContent } from '../../src/plugins/content-files';
import { EDITIONS, type Edition } from '../../src/lib/editions/editions';
import { editionCards } from '../../src/lib/editions/cards';
import { englishView } from '../../src/lib/editions/english-view';
import { translator } from '../../src/lib/site/words';
import { formatterFor } from '../../src/lib/editions/format';
import { colours, ink, inkProblems } from '../card-ink';

const root = new URL('../../', import.meta.url).pathname;
const fontDir = join(root, 'src/assets/fonts');
const font = (f: CardFont) => ({ family: FONT_FAMILIES[f], bold: readFileSync(join(fontDir, FONT_FILES[f].bold)), regular: readFileSync(join(fontDir, FONT_FILES[f].regular)) });

function cardsOf(e: Edition): OgCard[] {
  const { model } = loadContent(root);
  const m = e.language === 'en' ? englishView(model) : model;
  return editionCards(buildCards(cardContent(m), { t: translator(e.language), fmt: formatterFor(e.language) }), e);
}

// Every card the build drew, in every edition, is checked in tests/dist/cards.test.ts (inkProblems).
describe('the card checks can fail', () => {
  const en = EDITIONS.find((e) => e.id === 'en')!;
  const card = cardsOf(en).find((c) => c.id === 'social-governance')!;
  it('a number too wide for the square puts ink outside it', async () => {
    const png = await renderCardPng({ ...card, numbers: [{ ...card.numbers![0]!, value: '123456789012345678901234567890' }] }, en.cardFonts.map(font), colours, true);
    expect(ink(png).minX).toBeLessThan(SQUARE.x0);
    expect(inkProblems(png)[0]).toMatch(/left of the centre square/);
  }, 60_000);
  it('a label fitted with no room reaches the footer', async () => {
    const long = { ...card, numbers: [{ ...card.numbers![0]!, label: 'People covered by Hetang District’s WeChat groups '.repeat(3) }] };
    expect(() => fitCard({ ...long, numbers: [{ ...long.numbers[0]!, label: long.numbers[0]!.label.repeat(4) }] }, { width: COLUMN, height: FOOTER_TOP - FOOTER_GAP - CONTENT_TOP, latin: true })).toThrow('do not fit the card');
  });
});

describe('faces and fitting (pure)', () => {
  it('English cards: Latin text in the Latin face, Chinese in Noto Serif SC', () => {
    const en = EDITIONS.find((e) => e.id === 'en')!;
    expect(en.cardFonts).toEqual(['latin', 'sc']);
    expect(faceFor(en.cardFonts, '’')).toBe('latin');
    expect(faceFor(en.cardFonts, 's')).toBe('latin');
    expect(faceFor(en.cardFonts, '株')).toBe('sc');
    expect(faceFor(['sc'], '’')).toBe('sc');
  });
  it('wraps an English title at its colon and balances the lines (no line of one short word)', () => {
    const lines = wrapWords('Innovating social governance: giving the people a greater sense of gain', 14, latinWidthEm);
    expect(lines[1]).toBe('governance:');
    expect(lines.join(' ')).toBe('Innovating social governance: giving the people a greater sense of gain');
    const widths = lines.slice(2).map(latinWidthEm);
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThan(4);
  });
  it('keeps a Chinese title in its natural lines (the size shrinks rather than wrap a character alone)', () => {
    const zh = cardsOf(EDITIONS[0]!).find((c) => c.id === 'qingshuitang')!;
    const fit = fitCard(zh, { width: COLUMN, height: FOOTER_TOP - FOOTER_GAP - CONTENT_TOP, latin: false });
    expect(fit.titleLines).toEqual(['清水塘：', '老工业区的搬迁之战']);
    expect(fit.titleSize * 9 * 1.06 + 9).toBeLessThanOrEqual(COLUMN);
  });
  it('carries the chapter’s signature number, not a map', () => {
    for (const e of EDITIONS) for (const c of cardsOf(e).filter((x) => x.path.startsWith('chapters/'))) expect(c.numbers).toHaveLength(1);
  });
});
