import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BASE_CHARSET,
  buildCards,
  cardContent,
  cardImagePath,
  chapterKicker,
  FONT_FILES,
  editionGlyphProblems,
  glyphProblems,
  LATIN_BASE_CHARSET,
  missingGlyphs,
  splitTitle,
  textWidthEm,
  titleFontSize,
  type CardContent,
  type CardFont,
  type Face,
  type OgCard,
} from '../../src/lib/share/cards';
import { loadContent } from '../../src/plugins/content-files';
import { EDITIONS } from '../../src/lib/editions/editions';
import { editionCards } from '../../src/lib/editions/cards';
import { darkPalette, lightPalette } from '../../src/lib/site/palette';

const root = new URL('../../', import.meta.url).pathname;
const fontDir = join(root, 'src/assets/fonts');

/** The part of opentype.js (no bundled types) this test uses. */
interface OpentypeFont {
  numGlyphs: number;
  tables: { cmap: { glyphIndexMap: Record<string, number> } };
}
const opentype = createRequire(import.meta.url)('opentype.js') as { parse(buffer: ArrayBuffer): OpentypeFont };

/** The code points of a committed subset, read from its cmap. */
function fontCodePoints(family: CardFont, face: Face): number[] {
  const buf = readFileSync(join(fontDir, FONT_FILES[family][face]));
  const font = opentype.parse(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer);
  return Object.keys(font.tables.cmap.glyphIndexMap).map(Number);
}

const content = cardContent(loadContent(root).model);
const cards = buildCards(content);

describe('share cards from the real content', () => {
  it('has a card for the cover, each chapter, /figures/, /map/ and /about/', () => {
    expect(cards.map((c) => c.id)).toEqual(['cover', 'qingshuitang', 'two-oriented-society', 'innovation', 'social-governance', 'figures', 'map', 'about']);
    expect(cards.map((c) => c.path)).toEqual(['', ...content.chapters.map((c) => `chapters/${c.slug}/`), 'figures/', 'map/', 'about/']);
    expect(cardImagePath('innovation')).toBe('og/innovation.png');
  });

  it('gives each chapter card its numeral, title and signature number (its first key figure)', () => {
    content.chapters.forEach((ch, i) => {
      const card = cards.find((c) => c.id === ch.slug)!;
      expect(card.kicker).toBe(`${chapterKicker(i + 1)} · ${ch.short}`);
      expect(card.title).toBe(ch.title);
      expect(card.titleLines.join('').replace(/\s/g, '')).toBe(ch.title.replace(/\s/g, ''));
      const key = content.figures.find((f) => f.key && f.chapter === ch.slug)!;
      expect(card.numbers).toEqual([{ prefix: expect.any(String), value: expect.any(String), unit: key.unit, label: key.label }]);
    });
  });


  it('shows the headline in two lines on the cover, with no number of its own', () => {
    const cover = cards[0]!;
    expect(cover.titleLines).toEqual(['改革开放四十载', '砥砺奋进看株洲']);
    expect(cover.numbers).toBeUndefined();
    expect(cover.subtitle).toBeUndefined();
    expect(cover.footnote).toMatch(/^四章 · \d+项数字 · 逐字可查$/);
  });

  it('uses the /map/ page title and description', () => {
    const map = cards.find((c) => c.id === 'map')!;
    expect(map.title).toBe('株洲地图：文中提到的地方');
    expect(map.subtitle).toBe('株洲九个县市区与文中提到的每一个地点的示意图。');
    expect(map.titleLines).toEqual(['株洲地图：', '文中提到的地方']);
  });

  it('gives every card an alt text naming its title', () => {
    for (const c of cards) expect(c.alt).toContain(c.title);
  });
});

describe('the committed font subset', () => {
  it.each(EDITIONS.map((e) => [e.label, e] as const))('has every glyph every %s card draws, in its typeface (else run npm run font:subset)', (_label, e) => {
    const problems = editionGlyphProblems(editionCards(cards, e), e.cardFonts, fontCodePoints);
    expect(
      problems,
      `The share-card font subset in src/assets/fonts/ lacks characters the cards use:\n  ${problems.join('\n  ')}\n` +
        'Regenerate it with `npm run font:subset` (src/tools/subset-font.mjs) and commit src/assets/fonts/.',
    ).toEqual([]);
  });

  it('keeps ASCII and common CJK punctuation in every face', () => {
    for (const font of ['sc', 'tc'] as const) for (const face of ['bold', 'regular'] as const) expect(missingGlyphs(BASE_CHARSET, fontCodePoints(font, face))).toEqual([]);
    for (const face of ['bold', 'regular'] as const) expect(missingGlyphs(LATIN_BASE_CHARSET, fontCodePoints('latin', face))).toEqual([]);
  });

  it('draws the 繁體 cards in Traditional characters: the cover card says 砥礪奮進看株洲', () => {
    const hant = editionCards(cards, EDITIONS.find((e) => e.id === 'zh-Hant')!);
    expect(hant[0]!.titleLines).toEqual(['改革開放四十載', '砥礪奮進看株洲']);
    expect(hant.find((c) => c.id === 'map')!.title).toBe('株洲地圖：文中提到的地方');
    // …and the TC subset has those glyphs while the SC subset, made for the 简体 cards only, need not.
    expect(missingGlyphs('礪奮開載', fontCodePoints('tc', 'bold'))).toEqual([]);
    expect(missingGlyphs('礪奮開載', fontCodePoints('sc', 'bold'))).not.toEqual([]);
  });

  it('is small, and ships with its licence and provenance', () => {
    for (const font of ['sc', 'tc', 'latin'] as const) for (const face of ['bold', 'regular'] as const) expect(statSync(join(fontDir, FONT_FILES[font][face])).size).toBeLessThan(200 * 1024);
    expect(readFileSync(join(fontDir, 'OFL.txt'), 'utf8')).toContain('SIL OPEN FONT LICENSE Version 1.1');
    const readme = readFileSync(join(fontDir, 'README.md'), 'utf8');
    expect(readme).toContain('@expo-google-fonts/noto-serif-sc');
    expect(readme).toContain('@expo-google-fonts/noto-serif-tc');
    expect(readme).toContain('@expo-google-fonts/noto-serif`');
    expect(readme).toContain('npm run font:subset');
    expect(existsSync(join(root, 'src/tools/subset-font.mjs'))).toBe(true);
  });

  it('reports a glyph the subset lacks by card, part and code point', () => {
    const odd: OgCard = { ...cards[1]!, id: 'odd', title: '龘清水塘', titleLines: ['龘清水塘'] };
    const problems = glyphProblems([odd], { bold: fontCodePoints('sc', 'bold'), regular: fontCodePoints('sc', 'regular') });
    expect(problems).toEqual(['card "odd" › title (bold) "龘清水塘": missing "龘" U+9F98']);
  });
});

describe('og-card (pure)', () => {
  it('splits a title at a space or after a full-width colon', () => {
    expect(splitTitle('改革开放四十载 砥砺奋进看株洲')).toEqual(['改革开放四十载', '砥砺奋进看株洲']);
    expect(splitTitle('构建“两型社会” 擦亮绿色发展新底色')).toEqual(['构建“两型社会”', '擦亮绿色发展新底色']);
    expect(splitTitle('清水塘：老工业区的搬迁之战')).toEqual(['清水塘：', '老工业区的搬迁之战']);
    expect(splitTitle('文中全部数字')).toEqual(['文中全部数字']);
    expect(splitTitle('结尾：')).toEqual(['结尾：']);
  });

  it('sizes a title so its longest line fits, within bounds', () => {
    expect(textWidthEm('株洲')).toBe(2);
    expect(textWidthEm('2018年')).toBeCloseTo(3.2);
    expect(titleFontSize(['文中全部数字'], 1040, 72, 48)).toBe(72);
    expect(titleFontSize(['一'.repeat(20)], 1040, 72, 48)).toBe(52);
    expect(titleFontSize(['一'.repeat(40)], 1040, 72, 48)).toBe(48);
  });

  it('finds missing glyphs once each, in order, ignoring line breaks', () => {
    expect(missingGlyphs('株洲株洲龘\n齉', '株洲')).toEqual(['龘', '齉']);
    expect(missingGlyphs('株洲 ', [0x682a, 0x6d32])).toEqual([' ']);
    expect(missingGlyphs('', '')).toEqual([]);
  });

  it('refuses duplicate card ids', () => {
    const c: CardContent = { siteName: 'S', headline: 'H', published: 'P', chapters: [{ slug: 'map', title: 'M', short: 'm' }], figures: [], divisions: 9 };
    expect(() => buildCards(c)).toThrow('two share cards have the id "map"');
  });


});

describe('the palette is defined once, in tokens.css', () => {
  const css = readFileSync(join(root, 'src/styles/tokens.css'), 'utf8');
  it('reads the light and dark paper colours', () => {
    expect(lightPalette(css).paper).toMatch(/^#[0-9a-f]{6}$/i);
    expect(darkPalette(css).paper).not.toBe(lightPalette(css).paper);
    expect(lightPalette(':root { --a: #111; } @media (prefers-color-scheme: dark) { :root { --a: #eee; } }')).toEqual({ a: '#111' });
    expect(darkPalette(':root { --a: #111; } @media (prefers-color-scheme: dark) { :root { --a: #eee; } }')).toEqual({ a: '#eee' });
    expect(darkPalette(':root { --a: #111; } @media screen and (prefers-color-scheme: dark) { :root { --a: #eee; } }')).toEqual({ a: '#eee' });
  });
});
