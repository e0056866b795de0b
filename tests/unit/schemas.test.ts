import { describe, expect, it } from 'vitest';
import { chapterSchema } from '../../src/schemas/chapter';
import { figureSchema } from '../../src/schemas/figure';
import { placeSchema } from '../../src/schemas/place';
import { timelineSchema } from '../../src/schemas/timeline';

const figure = { id: 'forest-cover', label: '森林覆盖率', value: 62, unit: '%', qualifier: 'exact', period: '2018', chapter: 'two-oriented-society', quote: '全市森林覆盖率达到62%' };
const place = { id: 'xiangshui', name: '响水村', kind: 'village', district: 'tianyuan', lon: 113.0, lat: 27.7, precision: 'approximate', note: '估计', chapter: 'two-oriented-society', quote: '美丽乡村响水村' };
const paths = (r: { success: boolean; error?: { issues: { path: (string | number)[] }[] } }) => (r.success ? [] : r.error!.issues.map((i) => i.path.join('.')));

describe('figure schema', () => {
  it('accepts a complete record', () => expect(figureSchema.safeParse(figure).success).toBe(true));
  it('refuses non-ASCII or spaced ids', () => {
    expect(paths(figureSchema.safeParse({ ...figure, id: '森林' }))).toEqual(['id']);
    expect(paths(figureSchema.safeParse({ ...figure, id: 'Forest Cover' }))).toEqual(['id']);
  });
  it('refuses unknown fields and chapters', () => {
    expect(paths(figureSchema.safeParse({ ...figure, source: 'x' }))).toEqual(['']);
    expect(paths(figureSchema.safeParse({ ...figure, chapter: 'chapter-5' }))).toEqual(['chapter']);
  });
  it('refuses a non-finite value', () => expect(paths(figureSchema.safeParse({ ...figure, value: Infinity }))).toEqual(['value']));
});

describe('place schema', () => {
  it('accepts a complete record', () => expect(placeSchema.safeParse(place).success).toBe(true));
  it('needs a note when the coordinates are not exact', () => {
    const { note: _n, ...rest } = place;
    expect(paths(placeSchema.safeParse(rest))).toEqual(['note']);
  });
  it('needs a quote for a place the article names, and a district for a non-division', () => {
    const { quote: _q, district: _d, ...rest } = place;
    expect(paths(placeSchema.safeParse(rest)).sort()).toEqual(['district', 'quote']);
  });
  it('accepts a division the article does not name, without a quote', () => {
    expect(placeSchema.safeParse({ id: 'youxian', name: '攸县', kind: 'division', named: false, lon: 113.35, lat: 27.0, precision: 'approximate', note: '估计' }).success).toBe(true);
  });
  it('refuses coordinates off the globe', () => expect(paths(placeSchema.safeParse({ ...place, lat: 127.7 }))).toEqual(['lat']));
});

describe('timeline schema', () => {
  const ev = { id: 'guidance', date: '2015-12-29', label: '出台指导意见', chapter: 'qingshuitang', quote: '2015年12月29日' };
  it.each(['2015', '2015-12', '2015-12-29'])('accepts the precision the article gives: %s', (date) => expect(timelineSchema.safeParse({ ...ev, date }).success).toBe(true));
  it.each(['2015-13', '2015-02-30', '15-12-29', '2015/12/29'])('refuses %s', (date) => expect(paths(timelineSchema.safeParse({ ...ev, date }))).toEqual(['date']));
  it('refuses a span that ends before it starts', () => expect(paths(timelineSchema.safeParse({ ...ev, date: '2016', end: '2013' }))).toEqual(['end']));
});

describe('chapter frontmatter schema', () => {
  const fm = { title: '实施创新驱动 推动新旧动能加速转换', titleSource: 'article', short: '创新驱动', order: 3, dek: '从“科教兴市”到“中国动力谷”的三十年。' };
  it('accepts a complete frontmatter', () => {
    expect(chapterSchema.safeParse(fm).success).toBe(true);
  });
  it('refuses a short name that does not fit the switcher', () => {
    expect(paths(chapterSchema.safeParse({ ...fm, short: '实施创新驱动推动新旧动能' }))).toEqual(['short']);
  });
  it('refuses an unknown title source, an order out of range and a missing dek', () => {
    const { dek: _d, ...rest } = fm;
    expect(paths(chapterSchema.safeParse({ ...rest, titleSource: 'guess', order: 5 })).sort()).toEqual(['dek', 'order', 'titleSource']);
  });
});
