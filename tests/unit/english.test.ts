import { beforeEach, describe, expect, it } from 'vitest';
import { englishAmount, englishDate, englishQualifier, findPhrase, isClaim, isRank, needsWrittenRendering, readsWhole, renderEnglish, renderEnglishAlone, strayNumbers, targetKind } from '../../src/lib/editions/english';
import { englishWords, hanOutsideGlosses, sentences, styleStats } from '../../src/lib/editions/english-style';
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

const alone = (o: Partial<Parameters<typeof renderEnglish>[0]>) => renderEnglishAlone({ id: 'x', unit: '', qualifier: 'exact', quote: '', en: {}, ...o });

describe('forecasts, targets, plans and ranks, standing alone', () => {
  it('render a forecast as a forecast, a goal as a target, a plan as planned — never as a bare number', () => {
    expect(alone({ value: 62, unit: '%', qualifier: 'target', quote: '今年科技创新对株洲经济增长的贡献率将达62%' })).toBe('forecast to reach 62%');
    expect(alone({ value: 1, unit: '年', qualifier: 'target', notation: '一', quote: '提出“一年初见成效”', en: { noun: 'year' } })).toBe('target: one year');
    expect(alone({ value: 4, unit: '个', qualifier: 'target', notation: '四', quote: '将依托内河港口的优势，建设四大功能板块', en: { noun: 'major functional zones' } })).toBe('planned: four major functional zones');
    expect(['将达62%', '预计增长', '力争翻番', '目标100', '提出十年', '将建设'].map(targetKind)).toEqual(['forecast', 'forecast', 'goal', 'goal', 'goal', 'plan']);
  });
  it('render a rank as a rank, in the text and alone; one of the N leading', () => {
    expect(fig({ value: 100, unit: '强', quote: '工业企业100强', en: { noun: 'industrial enterprises' } })).toBe('top 100 industrial enterprises');
    expect(alone({ value: 100, unit: '强', quote: '工业企业100强', en: { noun: 'industrial enterprises' } })).toBe('among the top 100 industrial enterprises');
    expect(fig({ value: 2, unit: '强之一', notation: '两', quote: '世界行业两强之一', en: { noun: 'companies' } })).toBe('one of the two leading companies');
    expect(alone({ value: 2, unit: '强之一', notation: '两', quote: '世界行业两强之一', en: { noun: 'companies' } })).toBe('one of the two leading companies (the article’s claim)');
    expect(fig({ value: 12, unit: '强之一', quote: '12强之一', en: { noun: 'teams' } })).toBe('one of the 12 leading teams');
  });
  it('say whose claim a first, an only or a world or national place is, standing alone; the text keeps the article’s voice', () => {
    const first = { value: 1, unit: '款', notation: '首', quote: '世界首款智轨列车', en: { rendering: 'first' } };
    expect(fig(first)).toBe('first');
    expect(alone(first)).toBe('first (the article’s claim)');
    expect(alone({ value: 1, unit: '', notation: '唯一', quote: '全国唯一的中小航空发动机研发生产基地', en: { rendering: 'only' } })).toBe('only (the article’s claim)');
    expect(alone({ value: 2, unit: '条', notation: '第二', quote: '世界第二条', en: { rendering: 'second' } })).toBe('second (the article’s claim)');
    expect([isClaim({ unit: '', notation: '首' }), isClaim({ unit: '', notation: '唯一' }), isClaim({ unit: '', notation: '第一' }), isClaim({ unit: '强之一', notation: '两' })]).toEqual([true, true, true, true]);
    // a place on a published list, a number in words, a plain number: no claim
    expect([isClaim({ unit: '强' }), isClaim({ unit: '个', notation: '九' }), isClaim({ unit: '%' })]).toEqual([false, false, false]);
    expect(readsWhole({ unit: '', qualifier: 'exact', notation: '首' })).toBe(true);
  });
  it('leave every other figure as the text has it', () => {
    expect(alone({ value: 62, unit: '%', quote: '全市森林覆盖率达到62%' })).toBe('62%');
    expect(alone({ value: 1000, unit: '亿元', qualifier: 'atLeast', quote: '已突破千亿元', notation: '千' })).toBe('more than 100 billion yuan');
    expect([isRank({ unit: '强' }), isRank({ unit: '强之一' }), isRank({ unit: '家' })]).toEqual([true, true, false]);
    expect([readsWhole({ unit: '%', qualifier: 'target' }), readsWhole({ unit: '强', qualifier: 'exact' }), readsWhole({ unit: '%', qualifier: 'exact' })]).toEqual([true, true, false]);
  });
  it('shows a whole statement whole on a key number, never cut into number and unit', () => {
    expect(enFormat.parts({ value: 62, unit: '%', qualifier: 'target', rendering: 'forecast to reach 62%', whole: true })).toEqual({ prefix: '', number: 'forecast to reach 62%', unit: '' });
    expect(enFormat.parts({ value: 100, unit: 'billion yuan', qualifier: 'atLeast', rendering: 'more than 100 billion yuan' })).toEqual({ prefix: 'more than', number: '100', unit: 'billion yuan' });
    expect(zhFormat.parts({ value: 62, unit: '%', qualifier: 'target' })).toEqual({ prefix: '预计', number: '62', unit: '%' });
  });
});

describe('house style: no Chinese in running English, sentences a reader can follow', () => {
  it('finds Chinese in running text, and lets a note quote it only as a marked gloss', () => {
    expect(hanOutsideGlosses('The Zhuzhou (株洲) Municipal Party Committee', false)).toEqual(['株洲']);
    expect(hanOutsideGlosses('The Zhuzhou (株洲) Municipal Party Committee', true)).toEqual([]);
    expect(hanOutsideGlosses('株洲 in running text, “上百家” quoted', true)).toEqual(['株洲']);
    expect(hanOutsideGlosses('“a hundred or more 上百”', true)).toEqual(['上百']);
    expect(hanOutsideGlosses('No Chinese here.', false)).toEqual([]);
  });
  it('splits sentences where they end, not at abbreviations or semicolons', () => {
    expect(sentences('CRRC Zhuzhou Electric Locomotive Co., Ltd. is renowned; it grew. “Clean!” he said. In 2014 it began.')).toEqual([
      'CRRC Zhuzhou Electric Locomotive Co., Ltd. is renowned; it grew.', '“Clean!” he said.', 'In 2014 it began.',
    ]);
    expect(englishWords('Zhuzhou’s grid-based 3D printing — 23.5 billion')).toEqual(['Zhuzhou’s', 'grid-based', '3D', 'printing', '23', '5', 'billion']);
    expect(styleStats(['One two three. Four five.', 'Six seven eight nine.'])).toEqual({ words: 9, sentences: 3, average: 3, longest: { words: 4, text: 'Six seven eight nine.' } });
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
    expect(zhFormat.date('2013', '2016')).toBe('2013—2016年');
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
  // Loaded inside each test, not before them: the guard then runs within the test, so the mutation
  // run (tests/tools/mutation.mjs) sees which test covers which guard code.
  let model: ReturnType<typeof import('../../src/plugins/content-files').loadContent>['model'];
  beforeEach(async () => {
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
  it('renders every forecast, target, plan and rank of the article as such wherever it stands alone', async () => {
    const { englishView } = await import('../../src/lib/editions/english-view');
    const view = englishView(model);
    const special = model.figures.filter((f) => f.qualifier === 'target' || isRank(f));
    expect(special.length).toBeGreaterThanOrEqual(8);
    for (const f of special) {
      const en = view.figures.find((x) => x.id === f.id)!;
      const want = f.qualifier === 'target' ? /^(forecast to reach|target:|planned:) \S/ : f.unit === '强' ? /^among the top \d+ \S/ : /^one of the \w+ leading \S.* \(the article’s claim\)$/;
      expect(en.rendering, f.id).toMatch(want);
      expect(en.whole, f.id).toBe(true);
      expect(enFormat.parts(en).number, f.id).toBe(en.rendering);
    }
    // every first, only and world or national place says, standing alone, that the claim is the article's
    const claims = model.figures.filter((f) => isClaim(f));
    expect(claims.length).toBeGreaterThanOrEqual(9);
    for (const f of claims) {
      const en = view.figures.find((x) => x.id === f.id)!;
      expect(en.rendering, f.id).toBe(`${model.english.renderings[f.id]} (the article’s claim)`);
      expect(enFormat.parts(en).number, f.id).toBe(en.rendering);
    }
    expect(view.figures.find((f) => f.id === 'tech-contribution-rate')!.rendering).toBe('forecast to reach 62%');
    // the text keeps its own words: “is expected to reach 62% this year”
    expect(model.english.renderings['tech-contribution-rate']).toBe('62%');
  });
  it('reads as a serious English-language site: sentences average at most 22 words, none over 45, and no Chinese in the running text', () => {
    const paragraphs = Object.values(model.english.article.chapters).flatMap((c) => Object.values(c.paragraphs));
    const stats = styleStats(paragraphs);
    expect(stats.average).toBeLessThanOrEqual(22);
    expect(stats.longest.words, stats.longest.text).toBeLessThanOrEqual(45);
    expect(stats.words).toBeGreaterThan(4000);
    expect(paragraphs.flatMap((p) => hanOutsideGlosses(p, false))).toEqual([]);
  });
  it('explains at least 50 terms, each used in the article and located in both languages at its first use', () => {
    expect(model.glossary.length).toBeGreaterThanOrEqual(50);
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
