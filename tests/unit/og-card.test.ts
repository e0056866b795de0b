import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BASE_CHARSET,
  buildCards,
  cardContentFromFiles,
  cardImagePath,
  cardTexts,
  chapterKicker,
  coverNumbers,
  FONT_FILES,
  frontmatter,
  glyphProblems,
  missingGlyphs,
  requiredCharset,
  splitTitle,
  textWidthEm,
  titleFontSize,
  type CardContent,
  type Face,
  type OgCard,
} from '../../src/lib/og-card';
import { readContentFiles } from '../../src/plugins/content-files';

const root = new URL('../../', import.meta.url).pathname;
const fontDir = join(root, 'src/assets/fonts');

/** The part of opentype.js (no bundled types) this test uses. */
interface OpentypeFont {
  numGlyphs: number;
  tables: { cmap: { glyphIndexMap: Record<string, number> } };
}
const opentype = createRequire(import.meta.url)('opentype.js') as { parse(buffer: ArrayBuffer): OpentypeFont };

/** The code points of a committed subset, read from its cmap. */
function fontCodePoints(face: Face): number[] {
  const buf = readFileSync(join(fontDir, FONT_FILES[face]));
  const font = opentype.parse(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer);
  return Object.keys(font.tables.cmap.glyphIndexMap).map(Number);
}

const content = cardContentFromFiles(readContentFiles(root));
const cards = buildCards(content);

describe('share cards from the real content', () => {
  it('has a card for the cover, each chapter, /figures/, /map/ and /about/', () => {
    expect(cards.map((c) => c.id)).toEqual(['cover', 'qingshuitang', 'two-oriented-society', 'innovation', 'social-governance', 'figures', 'map', 'about']);
    expect(cards.map((c) => c.path)).toEqual(['', ...content.chapters.map((c) => `chapters/${c.slug}/`), 'figures/', 'map/', 'about/']);
    expect(cardImagePath('innovation')).toBe('og/innovation.png');
  });

  it('gives each chapter card its number, title and dek', () => {
    content.chapters.forEach((ch, i) => {
      const card = cards.find((c) => c.id === ch.slug)!;
      expect(card.kicker).toBe(chapterKicker(i + 1));
      expect(card.title).toBe(ch.title);
      expect(card.titleLines.join('').replace(/\s/g, '')).toBe(ch.title.replace(/\s/g, ''));
      expect(card.subtitle).toBe(ch.dek);
      expect(card.siteName).toBe('株洲 · 改革开放四十载');
    });
    expect(cards.find((c) => c.id === 'qingshuitang')!.kicker).toBe('第一章');
  });

  it('shows the headline in two lines and three key numbers from different chapters on the cover', () => {
    const cover = cards[0]!;
    expect(cover.titleLines).toEqual(['改革开放四十载', '砥砺奋进看株洲']);
    expect(cover.numbers).toHaveLength(3);
    expect(cover.numbers![0]).toEqual({ prefix: '', value: '15.15', unit: '平方公里', label: '清水塘老工业区面积' });
    expect(cover.subtitle).toBeUndefined();
    expect(cover.footnote).toMatch(/^全文四章 · \d+项数字 · 逐字可查$/);
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
  it('has every glyph every card draws (else run npm run font:subset)', () => {
    const problems = glyphProblems(cards, { bold: fontCodePoints('bold'), regular: fontCodePoints('regular') });
    expect(
      problems,
      `The share-card font subset in src/assets/fonts/ lacks characters the cards use:\n  ${problems.join('\n  ')}\n` +
        'Regenerate it with `npm run font:subset` (src/tools/subset-font.mjs) and commit src/assets/fonts/.',
    ).toEqual([]);
  });

  it('keeps ASCII and common CJK punctuation in both faces', () => {
    for (const face of ['bold', 'regular'] as const) expect(missingGlyphs(BASE_CHARSET, fontCodePoints(face))).toEqual([]);
  });

  it('is small, and ships with its licence and provenance', () => {
    for (const face of ['bold', 'regular'] as const) expect(statSync(join(fontDir, FONT_FILES[face])).size).toBeLessThan(200 * 1024);
    expect(readFileSync(join(fontDir, 'OFL.txt'), 'utf8')).toContain('SIL OPEN FONT LICENSE Version 1.1');
    const readme = readFileSync(join(fontDir, 'README.md'), 'utf8');
    expect(readme).toContain('@expo-google-fonts/noto-serif-sc');
    expect(readme).toContain('npm run font:subset');
    expect(existsSync(join(root, 'src/tools/subset-font.mjs'))).toBe(true);
  });

  it('reports a glyph the subset lacks by card, part and code point', () => {
    const odd: OgCard = { ...cards[1]!, id: 'odd', title: '龘清水塘', titleLines: ['龘清水塘'] };
    const problems = glyphProblems([odd], { bold: fontCodePoints('bold'), regular: fontCodePoints('regular') });
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

  it('picks the first key figure of each chapter for the cover', () => {
    const c: CardContent = {
      siteName: 'S',
      headline: 'H',
      published: 'P',
      chapters: [{ slug: 'a', title: 'A', dek: 'a' }, { slug: 'b', title: 'B', dek: 'b' }],
      divisions: 9,
      figures: [
        { id: 'x', label: '甲', chapter: 'a', value: 1, unit: '家', qualifier: 'exact' },
        { id: 'y', label: '乙', chapter: 'a', value: 2, unit: '家', qualifier: 'exact', key: true },
        { id: 'z', label: '丙', chapter: 'a', value: 3, unit: '家', qualifier: 'exact', key: true },
        { id: 'w', label: '丁', chapter: 'b', value: 1000, unit: '亿元', qualifier: 'atLeast', notation: '千', key: true },
      ],
    };
    expect(coverNumbers(c)).toEqual([
      { prefix: '', value: '2', unit: '家', label: '乙' },
      { prefix: '超过', value: '1000', unit: '亿元', label: '丁' },
    ]);
    const texts = cardTexts(buildCards(c)[0]!);
    expect(texts).toContainEqual({ face: 'regular', part: 'number label', text: '超过丁' });
    expect(requiredCharset(buildCards(c)).regular).toContain('丁');
    expect(requiredCharset(buildCards(c)).bold).not.toContain('丁');
  });

  it('refuses duplicate card ids', () => {
    const c: CardContent = { siteName: 'S', headline: 'H', published: 'P', chapters: [{ slug: 'map', title: 'M', dek: 'm' }], figures: [], divisions: 9 };
    expect(() => buildCards(c)).toThrow('two share cards have the id "map"');
  });

  it('reads frontmatter and orders chapters by `order`', () => {
    expect(frontmatter('---\ntitle: "甲"\norder: 2\n---\n正文')).toEqual({ title: '甲', order: 2 });
    expect(frontmatter('正文')).toEqual({});
    const files = {
      site: { path: 'content/site.yaml', text: 'name: 站' },
      source: { path: 'content/source.yaml', text: 'headline: 标题\npublished: 2018年12月' },
      figures: { path: 'content/figures.yaml', text: '[]' },
      places: { path: 'content/places.yaml', text: '[{ kind: division }, { kind: village }, { kind: division }]' },
      chapters: [
        { path: 'content/chapters/02-b.mdx', text: '---\ntitle: 乙\ndek: 乙乙\norder: 2\n---\n' },
        { path: 'content/chapters/01-a.mdx', text: '---\ntitle: 甲\ndek: 甲甲\norder: 1\n---\n' },
      ],
    };
    expect(cardContentFromFiles(files).divisions).toBe(2);
    expect(cardContentFromFiles(files).chapters).toEqual([{ slug: 'a', title: '甲', dek: '甲甲' }, { slug: 'b', title: '乙', dek: '乙乙' }]);
  });
});
