import { beforeAll, describe, expect, it } from 'vitest';
import { englishAmount, englishDate, englishQualifier, findPhrase, needsWrittenRendering, renderEnglish, strayNumbers } from '../../src/lib/editions/english';
import { englishValue } from '../../src/lib/editions/english-view';
import { enFormat, zhFormat } from '../../src/lib/editions/format';
import { translator } from '../../src/lib/site/words';

const fig = (o: Partial<Parameters<typeof renderEnglish>[0]>) => renderEnglish({ id: 'x', unit: '', qualifier: 'exact', quote: '', en: {}, ...o });

describe('a figure in English, computed from its record', () => {
  it('converts 万 and 亿 from the value', () => {
    expect(fig({ value: 235, unit: '亿元', quote: '235亿元' })).toBe('23.5 billion yuan');
    expect(fig({ value: 1000, unit: '亿元', qualifier: 'atLeast', quote: '超过1000亿元' })).toBe('more than 100 billion yuan');
    expect(fig({ value: 100, unit: '万元', qualifier: 'atLeast', quote: '100余万元' })).toBe('more than 1 million yuan');
    expect(fig({ value: 6000, unit: '万元', qualifier: 'atLeast', quote: '6000余万元' })).toBe('more than 60 million yuan');
    expect(fig({ value: 15.8, unit: '万人', quote: '15.8万人' })).toBe('158,000 people');
    expect(englishAmount(2.35e10)).toBe('23.5 billion');
    expect(englishAmount(158_000)).toBe('158,000');
  });
  it('spells out counts one to nine, keeps digits for measures and larger counts', () => {
    expect(fig({ value: 6, unit: '家', quote: '6家', en: { noun: 'enterprises' } })).toBe('six enterprises');
    expect(fig({ value: 147, unit: '家', quote: '147家', en: { noun: 'enterprises' } })).toBe('147 enterprises');
    expect(fig({ value: 62, unit: '%', quote: '62%' })).toBe('62%');
    expect(fig({ value: 15.15, unit: '平方公里', quote: '15.15平方公里' })).toBe('15.15 square kilometres');
    expect(fig({ value: 1 / 3, notation: '1/3', quote: '1/3', en: { noun: 'of the output' } })).toBe('one third of the output');
  });
  it('keeps the qualifier: more than, nearly, about', () => {
    expect(fig({ value: 20, unit: '个', qualifier: 'approx', quote: '近20个国家', en: { noun: 'countries' } })).toBe('nearly 20 countries');
    expect(englishQualifier({ qualifier: 'approx', quote: '约30家', value: 30, unit: '家' })).toBe('about');
    expect(englishQualifier({ qualifier: 'target', quote: '将达到62%', value: 62, unit: '%' })).toBe('');
  });
  it('asks for written English only where the article writes no quantity', () => {
    expect(needsWrittenRendering({ qualifier: 'vague', notation: '几万' })).toBe(true);
    expect(needsWrittenRendering({ qualifier: 'exact', notation: '首' })).toBe(true);
    expect(needsWrittenRendering({ qualifier: 'exact', notation: '九' })).toBe(false);
    expect(fig({ qualifier: 'vague', notation: '几万', en: { rendering: 'tens of thousands of workers' } })).toBe('tens of thousands of workers');
    expect(() => fig({ qualifier: 'vague', notation: '几万' })).toThrow('must give a rendering');
    expect(() => fig({ value: 3, unit: '家', quote: '3家' })).toThrow('must give a noun');
  });
  it('scales values to the English unit for charts and tables', () => {
    expect(englishValue(1000, '亿元', undefined)).toEqual({ value: 100, unit: 'billion yuan' });
    expect(englishValue(15.8, '万人', undefined)).toEqual({ value: 158_000, unit: 'people' });
    expect(englishValue(147, '家', 'enterprises')).toEqual({ value: 147, unit: 'enterprises' });
  });
});

describe('checking a translated paragraph', () => {
  it('finds a rendering as a whole phrase, whatever its case', () => {
    expect(findPhrase('More than 200 staff were sent', 'more than 200 staff')).toEqual({ at: 0, length: 19 });
    expect(findPhrase('2,000 yuan', '2')).toBeNull();
    expect(findPhrase('it rose by 62%.', '62%')).not.toBeNull();
    expect(findPhrase('a 15.15 km', '15')).toBeNull();
    // from an index: the second of two equal phrases
    expect(findPhrase('the first train, the first tram', 'first', 10)).toEqual({ at: 21, length: 5 });
    expect(findPhrase('the first train', 'first', 10)).toBeNull();
  });
  it('reports the numbers nobody accounts for', () => {
    expect(strayNumbers('On 29 December 2015, 147 enterprises and 2019 and 1,000 more', ['29 December 2015', '147 enterprises'])).toEqual(['2019', '1,000']);
    expect(strayNumbers('Class II water, the first', [])).toEqual([]);
  });
  it('writes dates the English way', () => {
    expect(englishDate('2015-12-29')).toBe('29 December 2015');
    expect(englishDate('2013-07')).toBe('July 2013');
    expect(enFormat.date('2013', '2016')).toBe('2013 to 2016');
    expect(zhFormat.date('2013', '2016')).toBe('2013年至2016年');
    expect(enFormat.kicker(3)).toBe('Chapter 3');
  });
});

describe('the site’s words', () => {
  it('are the Chinese, or their English entry, with blanks filled', () => {
    expect(translator('zh')('全部{count}项', { count: 78 })).toBe('全部78项');
    expect(translator('en')('全部{count}项', { count: 78 })).toBe('All 78');
  });
  it('stop the build on a word without English', () => {
    expect(() => translator('en')('没有译文的词')).toThrow('no English for “没有译文的词”');
  });
});

describe('the real English edition and glossary', () => {
  // loaded once before the tests, not at collection (see tests/vitest.mutation.config.ts)
  let model: ReturnType<typeof import('../../src/plugins/content-files').loadContent>['model'];
  beforeAll(async () => {
    const { loadContent } = await import('../../src/plugins/content-files');
    model = loadContent(new URL('../../', import.meta.url).pathname).model;
  });
  it('gives two figures with the same English in one paragraph their own occurrences, in the order of the Chinese', () => {
    const a = model.english.marks['smart-rail-train-world-first']!;
    const b = model.english.marks['energy-storage-tram-world-first']!;
    expect(a.paragraph).toBe(b.paragraph);
    expect(b.start).toBeGreaterThan(a.end);
    const byParagraph = new Map<string, { start: number; end: number }[]>();
    for (const [id, m] of Object.entries(model.english.marks)) {
      const key = `${model.figures.find((f) => f.id === id)!.chapter} ${m.paragraph}`;
      byParagraph.set(key, [...(byParagraph.get(key) ?? []), m]);
    }
    for (const ms of byParagraph.values()) {
      const sorted = [...ms].sort((x, y) => x.start - y.start);
      sorted.slice(1).forEach((m, i) => expect(m.start).toBeGreaterThanOrEqual(sorted[i]!.end));
    }
  });
  it('explains at least 25 policy terms, each used in the article and located in both languages at its first use', () => {
    expect(model.glossary.length).toBeGreaterThanOrEqual(25);
    for (const t of model.glossary) {
      expect(t.uses.length, t.id).toBeGreaterThan(0);
      for (const u of t.first) expect(u.en, `${t.id} in ${u.chapter} ${u.paragraph}`).not.toBeNull();
    }
  });
});

import { closeSentence } from '../../src/lib/site/words';

describe('a note as a sentence', () => {
  it('adds the edition’s full stop only where the note does not end a sentence', () => {
    expect(closeSentence('差值', '。')).toBe('差值。');
    expect(closeSentence('The difference (the article does not give it).', '. ')).toBe('The difference (the article does not give it). ');
    expect(closeSentence('The difference', '. ')).toBe('The difference. ');
    expect(closeSentence('“A quote.”', '. ')).toBe('“A quote.” ');
  });
});
