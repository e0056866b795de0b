// The English-edition rules of the content guard (src/lib/guard/english.ts): the translation and the
// records' English are complete, each figure's computed English stands in its paragraph, and no
// other number does. Small records and one small chapter, built from MDX as the guard reads it.
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseChapterBody } from '../../src/lib/article/blocks';
import { checkEnglish } from '../../src/lib/guard/english';
import type { FigureMark } from '../../src/lib/guard/figures';
import type { Chapter } from '../../src/lib/guard/load';
import { formatProblem, type Problems } from '../../src/lib/guard/problems';
import { chapterSlugs } from '../../src/schemas/common';
import type { Figure } from '../../src/schemas/figure';
import type { NonFigure } from '../../src/schemas/non-figure';
import type { Place } from '../../src/schemas/place';
import type { Source } from '../../src/schemas/source';
import type { TimelineEvent } from '../../src/schemas/timeline';

const A = 'content/en/article.yaml';
const R = 'content/en/records.yaml';
const Q = 'chapter "qingshuitang"';

type Obj = Record<string, unknown>;
const enChapter = (over: Obj = {}) => ({ title: 'Qingshuitang', short: 'Qingshuitang', dek: 'An old industrial zone moves.', subheads: {}, graphics: {}, paragraphs: {}, ...over });
const article = (qingshuitang: Obj = {}) => ({
  headline: 'Forty years',
  closing: { headline: 'h', caption: 'c', credit: 'c' },
  chapters: Object.fromEntries(chapterSlugs.map((s) => [s, enChapter(s === 'qingshuitang' ? qingshuitang : {})])),
});
/** What the text is, in English (content/en/records.yaml source.about): required, its words not checked here. */
const ABOUT = { line: 'l', kind: 'k', picture: 'p', unknown: 'u', extraction: 'e', cite: 'c', context: 'x' };
const records = (over: Obj = {}) => ({
  site: { name: 'n', description: 'd', intro: ['i'], report: 'r' },
  source: { published: 'p', publishedNote: 'n', about: ABOUT, repairs: {} },
  periods: {}, figures: {}, places: {}, timeline: {}, nonFigures: {},
  ...over,
});

const fig = (over: Partial<Figure>): Figure => ({ id: 'closed', label: '关停', value: 147, unit: '家', qualifier: 'exact', period: '2018', chapter: 'qingshuitang', quote: '截至目前，已关停企业147家', ...over });
const place = (over: Partial<Place>): Place => ({ id: 'hetang', name: '荷塘区', kind: 'division', lon: 113.17, lat: 27.86, precision: 'exact', named: false, ...over });
const event = (over: Partial<TimelineEvent>): TimelineEvent => ({ id: 'pilot', date: '2014', approximate: false, label: '试点', chapter: 'qingshuitang', quote: '2014年，清水塘被列为试点', ...over });
const chapter = (body: string): Chapter => ({
  file: 'content/chapters/01-qingshuitang.mdx',
  slug: 'qingshuitang',
  data: { title: '清水塘', titleSource: 'editorial', order: 1, dek: '编者的导语，至少十个字。', short: '清水塘' },
  blocks: parseChapterBody(body),
  text: '',
});
const mark = (paragraph: string, start: number, end: number): FigureMark => ({ paragraph, start, end, text: '' });

interface Ctx { chapters: Chapter[]; figures: Figure[]; marks: Map<string, FigureMark>; places: Place[]; timeline: TimelineEvent[]; nonFigures: NonFigure[]; source: Source | null }
function run(a: unknown, r: unknown, ctx: Partial<Ctx> = {}, problems: Problems = []) {
  const text = (v: unknown) => (typeof v === 'string' ? v : yaml.dump(v));
  const out = checkEnglish({ article: { path: A, text: text(a) }, records: { path: R, text: text(r) } }, { chapters: [], figures: [], marks: new Map(), places: [], timeline: [], nonFigures: [], source: null, ...ctx }, problems);
  return { out, problems: problems.map(formatProblem) };
}
const problemsOf = (a: unknown, r: unknown, ctx: Partial<Ctx> = {}) => run(a, r, ctx).problems;

describe('the files', () => {
  it('must both be there', () => {
    expect(run('', ' \n', {})).toEqual({ out: null, problems: [
      `${A} › (whole file) › (file): is missing or empty: the English edition is made from it`,
      `${R} › (whole file) › (file): is missing or empty: the English edition is made from it`,
    ] });
  });
  it('are read by their schemas, each named by its own entry', () => {
    const { headline: _, ...headless } = article();
    expect(run(headless, records({ periods: [] }))).toEqual({ out: null, problems: [
      `${A} › translation › headline: is required (expected string)`,
      `${R} › records › periods: must be object, found array`,
    ] });
    expect(run(article(), records({ periods: [] })).out).toBeNull();
  });
  it('give the English content when nothing is wrong, whatever was wrong before', () => {
    const before: Problems = [{ file: 'content/figures.yaml', entry: 'figure "x"', field: 'quote', message: 'is elsewhere' }];
    const { out, problems } = run(article(), records(), {}, before);
    expect(problems).toHaveLength(1);
    expect(out).toEqual({ article: article(), records: records(), renderings: {}, marks: {} });
  });
});

describe('the records’ English is complete', () => {
  it('has every figure, place, event, period and repair of the Chinese, and no other', () => {
    const source = { repairs: [{ seed: 'IG-BT' }, { seed: '宜居之城宜居之城' }] } as Source;
    expect(problemsOf(article(), records({
      figures: { closed: { label: 'Closed', noun: 'enterprises' }, gone: { label: 'Gone' } },
      places: { lukou: { name: 'Lukou' } },
      timeline: { pilot: 'Pilot', later: 'Later' },
      periods: { '2018': '2018', '2019': '2019' },
      source: { published: 'p', publishedNote: 'n', about: ABOUT, repairs: { 'IG-BT': 'Joined.', 'X': 'No such repair.' } },
    }), {
      figures: [fig({}), fig({ id: 'open', period: '2017' })],
      places: [place({})],
      timeline: [event({}), event({ id: 'pilot-2' })],
      source,
    })).toEqual([
      `${R} › figures › figures.open: is missing: the figure “open” has no English`,
      `${R} › figures › figures.gone: is not a figure of the Chinese (unknown id)`,
      `${R} › places › places.hetang: is missing: the place “hetang” has no English`,
      `${R} › places › places.lukou: is not a place of the Chinese (unknown id)`,
      `${R} › timeline › timeline.pilot-2: is missing: the event “pilot-2” has no English`,
      `${R} › timeline › timeline.later: is not a event of the Chinese (unknown id)`,
      `${R} › periods › periods.2017: is missing: the period “2017” has no English`,
      `${R} › periods › periods.2019: is not a period of the Chinese (unknown id)`,
      `${R} › source › repairs.宜居之城宜居之城: is missing: the repair “宜居之城宜居之城” has no English`,
      `${R} › source › repairs.X: is not a repair of the Chinese (unknown id)`,
    ]);
  });
  it('does not look for repairs when the source record could not be read', () => {
    expect(problemsOf(article(), records({ source: { published: 'p', publishedNote: 'n', about: ABOUT, repairs: { X: 'No such repair.' } } }))).toEqual([]);
  });
  it('gives non-figures’ English only for the quote of a non-figure', () => {
    const nonFigures = [{ quote: '中国制造2025', reason: '战略名称中的年份' }];
    expect(problemsOf(article(), records({ nonFigures: { '中国制造2025': ['Made in China 2025'], '中国制造2035': ['Made in China 2035'] } }), { nonFigures })).toEqual([
      `${R} › nonFigures › 中国制造2035: is not the quote of any record in content/non-figures.yaml`,
    ]);
  });
});

describe('a figure’s English', () => {
  const one = (f: Figure, en: Obj) => problemsOf(article(), records({ figures: { [f.id]: { label: 'L', ...en } }, periods: { [f.period]: f.period } }), { figures: [f] });
  it('is written out for a number that is no quantity, and only then', () => {
    expect(one(fig({ value: 1, unit: '', notation: '首', quote: '首家' }), {})).toEqual([
      `${R} › figure "closed" › rendering: is required: the article writes this number as “首”, which is no quantity; give its English (first, the only, doubled, tens of thousands)`,
    ]);
    expect(one(fig({ value: undefined, unit: '名', qualifier: 'vague' }), {})).toEqual([
      `${R} › figure "closed" › rendering: is required: the article writes this number as “”, which is no quantity; give its English (first, the only, doubled, tens of thousands)`,
    ]);
    expect(one(fig({ value: 1, unit: '', notation: '首', quote: '首家' }), { rendering: 'the first' })).toEqual([]);
    expect(one(fig({}), { noun: 'enterprises', rendering: '147 enterprises' })).toEqual([
      `${R} › figure "closed" › rendering: must be left out: the English of 147家 is computed from the record (never typed twice); give the noun only`,
    ]);
  });
  it('names what a counter word counts; a unit with English words or none needs no noun', () => {
    expect(one(fig({}), {})).toEqual([
      `${R} › figure "closed" › noun: is required: “家” is a counter word; say what is counted, as the translation does (enterprises, staff)`,
    ]);
    expect(one(fig({ value: 62, unit: '%', quote: '62%' }), {})).toEqual([]);
    expect(one(fig({ value: 12, unit: '' }), {})).toEqual([]);
    expect(one(fig({ value: 1, unit: '', notation: '首', quote: '首家' }), { rendering: 'the first' })).toEqual([]);
  });
  it('has a note, a qualifier note and a derivation exactly where the Chinese has one', () => {
    const derived = { op: 'sum' as const, of: ['a', 'b'], note: '相加', assumption: '假定两者计法相同' };
    expect(one(fig({ note: '注', qualifierNote: '说明', derived }), { noun: 'enterprises' })).toEqual([
      `${R} › figure "closed" › note: is missing: the Chinese record has one`,
      `${R} › figure "closed" › qualifierNote: is missing: the Chinese record has one`,
      `${R} › figure "closed" › derived: is missing: the Chinese record has one`,
    ]);
    expect(one(fig({}), { noun: 'enterprises', note: 'A note.', qualifierNote: 'Why.', derived: { note: 'Added.', assumption: 'Counted alike.' } })).toEqual([
      `${R} › figure "closed" › note: has no Chinese counterpart: the Chinese record has none`,
      `${R} › figure "closed" › qualifierNote: has no Chinese counterpart: the Chinese record has none`,
      `${R} › figure "closed" › derived: has no Chinese counterpart: the Chinese record has none`,
    ]);
    expect(one(fig({ note: '注', qualifierNote: '说明', derived }), { noun: 'enterprises', note: 'A note.', qualifierNote: 'Why.', derived: { note: 'Added.', assumption: 'Counted alike.' } })).toEqual([]);
  });
  it('is computed for every figure with English, derived ones included, and left out where it cannot be', () => {
    const derived = { op: 'sum' as const, of: ['a', 'b'], note: '相加', assumption: '假定两者计法相同' };
    const figures = [fig({}), fig({ id: 'total', value: 153, derived }), fig({ id: 'first', value: 1, unit: '', notation: '首', quote: '首家' }), fig({ id: 'none', value: 3, unit: '个' })];
    expect(run(article(), records({
      figures: { closed: { label: 'L', noun: 'enterprises' }, total: { label: 'T', noun: 'enterprises', derived: { note: 'Added.', assumption: 'Counted alike.' } }, first: { label: 'F' }, none: { label: 'N' } },
      periods: { '2018': '2018' },
    }), { figures })).toEqual({ out: null, problems: [
      `${R} › figure "first" › rendering: is required: the article writes this number as “首”, which is no quantity; give its English (first, the only, doubled, tens of thousands)`,
      `${R} › figure "none" › noun: is required: “个” is a counter word; say what is counted, as the translation does (enterprises, staff)`,
    ] });
    const fine = run(article(), records({
      figures: { closed: { label: 'L', noun: 'enterprises' }, total: { label: 'T', noun: 'enterprises', derived: { note: 'Added.', assumption: 'Counted alike.' } } },
      periods: { '2018': '2018' },
    }), { figures: figures.slice(0, 2) });
    expect(fine.out?.renderings).toEqual({ closed: '147 enterprises', total: '153 enterprises' });
  });
});

describe('the English of events and places', () => {
  it('has a note exactly where the Chinese event has one', () => {
    expect(problemsOf(article(), records({ timeline: { a: 'A', b: { label: 'B', note: 'A note.' }, c: { label: 'C', note: 'A note.' }, d: 'D' } }), {
      timeline: [event({ id: 'a', note: '注' }), event({ id: 'b' }), event({ id: 'c', note: '注' }), event({ id: 'd' })],
    })).toEqual([
      `${R} › event "a" › note: is missing: the Chinese event has a note (write { label, note })`,
      `${R} › event "b" › note: has no Chinese counterpart: the Chinese event has none`,
    ]);
  });
  it('gives a place’s note and former name where the Chinese has them', () => {
    expect(problemsOf(article(), records({ places: { a: { name: 'A' }, b: { name: 'B', note: 'N', formerName: 'Zhuzhou County' }, c: { name: 'C' } } }), {
      places: [place({ id: 'a', precision: 'approximate', note: '估计', formerName: '株洲县' }), place({ id: 'b', precision: 'approximate', note: '估计', formerName: '株洲县' }), place({ id: 'c' })],
    })).toEqual([
      `${R} › place "a" › note: is missing: the Chinese record has one`,
      `${R} › place "a" › formerName: is missing: the Chinese record has one`,
    ]);
  });
  it('gives a place a short name for its marker only when it is shorter than the name, in English', () => {
    expect(problemsOf(article(), records({ places: { a: { name: 'Qingshuitang old industrial zone', short: 'Qingshuitang' }, b: { name: 'Liling City', short: 'Liling City' }, c: { name: 'Hetang District', short: '荷塘' } } }), {
      places: [place({ id: 'a' }), place({ id: 'b' }), place({ id: 'c' })],
    })).toEqual([
      `${R} › place "b" › short: is not shorter than the name “Liling City”: leave it out`,
      expect.stringMatching(/^content\/en\/records\.yaml › place "c" › short: has Chinese characters in running English \(“荷塘”\)/),
    ]);
  });
  it('reports an event or a place without English once, as missing', () => {
    expect(problemsOf(article(), records(), { timeline: [event({ note: '注' })], places: [place({ precision: 'approximate', note: '估计' })] })).toEqual([
      `${R} › places › places.hetang: is missing: the place “hetang” has no English`,
      `${R} › timeline › timeline.pilot: is missing: the event “pilot” has no English`,
    ]);
  });
});

const BODY = [
  '## 搬迁之战 {/*#relocation*/}',
  '2014年，清水塘被列为\n试点。截至目前，已关停企业147家。',
  '<Units id="closures" title="已关停147家" note="截至目前" figures={["closed"]} />',
  '全国首批10个试点，中国制造2025。',
  '<Shares title="无编号" figures={["closed"]} />',
  '<Chart id={"computed"} kind="bar" title="计算" figures={["closed"]} />',
  '2015年12月29日，提出目标；计划于2018年12月31日前完成。',
].join('\n\n');
const P1 = 'In 2014, Qingshuitang became a pilot. So far, 147 enterprises have been shut down.';
const P2 = 'One of the first ten pilots in the country; Made in China 2025.';
const P3 = 'On 29 December 2015 the goal was set; the work is to be done by 31 December.';

describe('the translation', () => {
  const closed = fig({});
  const ctx = (over: Partial<Ctx> = {}): Partial<Ctx> => ({
    chapters: [chapter(BODY)],
    figures: [closed],
    marks: new Map([['closed', mark('p1', 25, 29)]]),
    timeline: [event({ quote: '2014年， 清水塘被列为试点' }), event({ id: 'goal', date: '2015-12-29', end: '2018-12-31', quote: '2015年12月29日，提出目标' })],
    nonFigures: [{ quote: '中国 制造2025', reason: '战略名称中的年份' }],
    ...over,
  });
  const recs = (over: Obj = {}) => records({ figures: { closed: { label: 'Closed', noun: 'enterprises' } }, periods: { '2018': '2018' }, timeline: { pilot: 'Pilot', goal: 'Goal' }, nonFigures: { '中国 制造2025': ['Made in China 2025'] }, ...over });
  const qst = (over: Obj = {}) => ({ subheads: { relocation: 'Relocation' }, graphics: { closures: { title: 'Enterprises shut down', note: 'So far.' } }, paragraphs: { p1: P1, p2: P2, p3: P3 }, ...over });

  it('gives a place’s quote exactly where the Chinese record quotes, as the English of the quote’s paragraph has it', () => {
    const quoted = (id: string, quote: string) => place({ id, chapter: 'qingshuitang', quote });
    const places = [quoted('a', '全国首批10个试点'), quoted('b', '截至目前，已关停企业147家'), quoted('c', '截至 目前'), place({ id: 'd' }), place({ id: 'e' })];
    const { out, problems } = run(article(qst()), recs({ places: {
      a: { name: 'A', quote: 'One of the first ten pilots' },
      b: { name: 'B', quote: 'One of the first ten pilots' },
      c: { name: 'C' },
      d: { name: 'D', quote: 'So far' },
      e: { name: 'E' },
    } }), ctx({ places }));
    expect(problems).toEqual([
      `${R} › place "b" › quote: is not in the English of qingshuitang p1, where the Chinese quote “截至目前，已关停企业147家” is: copy the words as the translation has them`,
      `${R} › place "c" › quote: is missing: the Chinese record quotes “截至 目前”; give the same words from the English of its paragraph`,
      `${R} › place "d" › quote: has no Chinese counterpart: the Chinese record quotes nothing`,
    ]);
    expect(out).toBeNull();
    expect(problemsOf(article(qst()), recs({ places: { a: { name: 'A', quote: 'So far, 147 enterprises' } } }), ctx({ places: [quoted('a', '截至目前，已关停企业147家')] }))).toEqual([]);
    expect(problemsOf(article(qst()), recs({ places: { a: { name: 'A', quote: '试点' } } }), ctx({ places: [quoted('a', '全国首批10个试点')] }))[0]).toMatch(/place "a" › quote: has Chinese characters in running English \(“试点”\)/);
  });

  it('passes when every paragraph, subhead and graphic is there, and marks each figure’s English', () => {
    const { out, problems } = run(article(qst()), recs(), ctx());
    expect(problems).toEqual([]);
    expect(out?.renderings).toEqual({ closed: '147 enterprises' });
    expect(out?.marks).toEqual({ closed: { paragraph: 'p1', start: P1.indexOf('147'), end: P1.indexOf(' have') } });
  });
  it('has every paragraph, subhead and graphic with an id, and no other; a graphic’s note where the Chinese has one', () => {
    expect(problemsOf(article(qst({ subheads: { relocated: 'Relocation' }, graphics: { closures: { title: 'Shut down' }, computed: { title: 'C' } }, paragraphs: { p1: P1, p2: P2, p4: 'Four.' } })), recs(), ctx())).toEqual([
      `${A} › ${Q} › paragraphs.p3: is missing: the paragraph “p3” has no English`,
      `${A} › ${Q} › paragraphs.p4: is not a paragraph of the Chinese (unknown id)`,
      `${A} › ${Q} › subheads.relocation: is missing: the subhead “relocation” has no English`,
      `${A} › ${Q} › subheads.relocated: is not a subhead of the Chinese (unknown id)`,
      `${A} › ${Q} › graphics.computed: is not a graphic of the Chinese (unknown id)`,
      `${A} › ${Q} › graphics.closures.note: is missing: the Chinese graphic has a note`,
    ]);
  });
  it('contains each figure’s English in the paragraph of its quote', () => {
    const p1 = 'In 2014, Qingshuitang became a pilot. So far, 147 factories have been shut down.';
    expect(problemsOf(article(qst({ paragraphs: { p1, p2: P2, p3: P3 } })), recs(), ctx())).toEqual([
      `${A} › ${Q} › p1 › figure "closed": the translation does not contain the figure's English “147 enterprises” (computed from 147家, exact; the quote is “截至目前，已关停企业147家”)`,
      `${A} › ${Q} › p1 › number: contains “147”, which is no figure's English in this paragraph, no date of the timeline and no non-figure's English (content/en/records.yaml nonFigures)`,
    ]);
  });
  it('names a vague figure by its notation', () => {
    const vague = fig({ id: 'workers', value: undefined, unit: '名', qualifier: 'vague', notation: '几万', quote: '几万名工人' });
    const r = recs({ figures: { closed: { label: 'Closed', noun: 'enterprises' }, workers: { label: 'W', rendering: 'tens of thousands of workers' } } });
    expect(problemsOf(article(qst()), r, ctx({ figures: [closed, vague], marks: new Map([['closed', mark('p1', 25, 29)], ['workers', mark('p1', 0, 2)]]) }))).toEqual([
      `${A} › ${Q} › p1 › figure "workers": the translation does not contain the figure's English “tens of thousands of workers” (computed from 几万名, vague; the quote is “几万名工人”)`,
    ]);
  });
  it('looks for a figure only in its own chapter and paragraph, and not for a derived one or one without a mark', () => {
    const derived = { op: 'sum' as const, of: ['a', 'b'], note: '相加', assumption: '假定两者计法相同' };
    const others = [fig({ id: 'elsewhere', chapter: 'innovation', value: 9 }), fig({ id: 'later', value: 8 }), fig({ id: 'total', value: 7, derived }), fig({ id: 'unmarked', value: 6 })];
    const en = (id: string) => ({ label: id, noun: 'enterprises', ...(id === 'total' ? { derived: { note: 'Added.', assumption: 'Counted alike.' } } : {}) });
    const r = recs({ figures: Object.fromEntries(['closed', 'elsewhere', 'later', 'total', 'unmarked'].map((id) => [id, en(id)])) });
    const marks = new Map([['closed', mark('p1', 25, 29)], ['elsewhere', mark('p1', 0, 2)], ['later', mark('p2', 0, 2)], ['total', mark('p1', 0, 2)]]);
    const { out, problems } = run(article(qst()), r, ctx({ figures: [closed, ...others], marks }));
    expect(problems).toEqual([
      `${A} › ${Q} › p2 › figure "later": the translation does not contain the figure's English “eight enterprises” (computed from 8家, exact; the quote is “截至目前，已关停企业147家”)`,
    ]);
    expect(out).toBeNull();
  });
  it('allows a timeline date only in the paragraph that holds its quote: the date, its year, and a full date without the year', () => {
    expect(problemsOf(article(qst({ paragraphs: { p1: P1, p2: `${P2} By 31 December 2018, 29 December.`, p3: `${P3} Since 2015, until 2018.` } })), recs(), ctx())).toEqual([
      `${A} › ${Q} › p2 › number: contains “31”, which is no figure's English in this paragraph, no date of the timeline and no non-figure's English (content/en/records.yaml nonFigures)`,
      `${A} › ${Q} › p2 › number: contains “2018”, which is no figure's English in this paragraph, no date of the timeline and no non-figure's English (content/en/records.yaml nonFigures)`,
      `${A} › ${Q} › p2 › number: contains “29”, which is no figure's English in this paragraph, no date of the timeline and no non-figure's English (content/en/records.yaml nonFigures)`,
    ]);
  });
  it('allows a month date as written and its year, not a day', () => {
    const month = event({ id: 'pilot', date: '2014-07', quote: '2014年，清水塘被列为试点' });
    const p1 = `${P1} In July 2014, on 1 July.`;
    expect(problemsOf(article(qst({ paragraphs: { p1, p2: P2, p3: P3 } })), recs(), ctx({ timeline: [month, event({ id: 'goal', date: '2015-12-29', end: '2018-12-31', quote: '2015年12月29日，提出目标' })] }))).toEqual([
      `${A} › ${Q} › p1 › number: contains “1”, which is no figure's English in this paragraph, no date of the timeline and no non-figure's English (content/en/records.yaml nonFigures)`,
    ]);
  });
  it('does not take a date from an event of another chapter', () => {
    const p1 = `${P1} Again in 2014.`;
    expect(problemsOf(article(qst({ paragraphs: { p1, p2: P2, p3: P3 } })), recs(), ctx({ timeline: [event({ chapter: 'innovation' }), event({ id: 'goal', date: '2015-12-29', end: '2018-12-31', quote: '2015年12月29日，提出目标' })] }))).toEqual([
      `${A} › ${Q} › p1 › number: contains “2014”, which is no figure's English in this paragraph, no date of the timeline and no non-figure's English (content/en/records.yaml nonFigures)`,
      `${A} › ${Q} › p1 › number: contains “2014”, which is no figure's English in this paragraph, no date of the timeline and no non-figure's English (content/en/records.yaml nonFigures)`,
    ]);
  });
  it('allows a non-figure’s English only in the paragraph that holds its quote, as the records give it', () => {
    const stray = (p: string, n: string) => `${A} › ${Q} › ${p} › number: contains “${n}”, which is no figure's English in this paragraph, no date of the timeline and no non-figure's English (content/en/records.yaml nonFigures)`;
    expect(problemsOf(article(qst({ paragraphs: { p1: `${P1} Made in China 2025.`, p2: P2, p3: P3 } })), recs(), ctx())).toEqual([stray('p1', '2025')]);
    expect(problemsOf(article(qst()), recs({ nonFigures: {} }), ctx())).toEqual([stray('p2', '2025')]);
  });
  it('lets the editorial words repeat the chapter’s numbers, never add one', () => {
    const a = article(qst({ title: 'Qingshuitang 1', dek: 'Since 2014, 2 more.', subheads: { relocation: 'Relocation of 147 enterprises in 3 years' }, graphics: { closures: { title: 'Shut down: 147 enterprises (4)', note: 'By 31 December; 5.' } } }));
    expect(problemsOf(a, recs(), ctx())).toEqual([
      `${A} › ${Q} › title: contains “1”, which is no number of this chapter's text`,
      `${A} › ${Q} › dek: contains “2”, which is no number of this chapter's text`,
      `${A} › ${Q} › subheads.relocation: contains “3”, which is no number of this chapter's text`,
      `${A} › ${Q} › graphics.closures.title: contains “4”, which is no number of this chapter's text`,
      `${A} › ${Q} › graphics.closures.note: contains “5”, which is no number of this chapter's text`,
    ]);
  });
});

describe('no Chinese in running English', () => {
  const han = (where: string, field: string, runs: string, glosses = false) => `${where} › ${field}: has Chinese characters in running English (${runs}): ${glosses ? 'quote the Chinese only as a marked gloss, in “…” or (…) on its own' : 'write the English (pinyin for a name); the Chinese is in the side-by-side view and the glossary'}`;
  it('fails on a name with its characters beside it in a paragraph, a title, a dek, a subhead or a graphic title', () => {
    const a = article({ title: '清水塘 Qingshuitang', dek: 'An old zone.', subheads: { s: 'The 株洲 plan' }, graphics: { g: { title: 'Map', note: '注' } }, paragraphs: { p1: 'The Zhuzhou (株洲) Municipal Party Committee met.' } });
    expect(problemsOf(a, records())).toEqual([
      han(`${A} › ${Q}`, 'title', '“清水塘”'),
      han(`${A} › ${Q}`, 'subheads.s', '“株洲”'),
      han(`${A} › ${Q}`, 'graphics.g.note', '“注”'),
      han(`${A} › ${Q}`, 'paragraphs.p1', '“株洲”'),
    ]);
  });
  it('fails on the headline, the closing and the site’s words too', () => {
    const a = { ...article(), headline: '改革开放四十载', closing: { headline: 'h', caption: '美丽株洲', credit: 'c' } };
    expect(problemsOf(a, records({ site: { name: 'n', description: 'd', intro: ['Zhuzhou 株洲'], report: 'r' } }))).toEqual([
      han(`${A} › translation`, 'headline', '“改革开放四十载”'),
      han(`${A} › translation`, 'closing.caption', '“美丽株洲”'),
      han(`${R} › site`, 'intro', '“株洲”'),
    ]);
  });
  it('lets a record’s note quote the Chinese only as a marked gloss; labels, names and renderings none at all', () => {
    const r = records({
      figures: { closed: { label: 'Closed 关停', noun: 'enterprises', note: 'The article says “上百家” (a hundred or more); “将达” (将达) marks a forecast.' }, other: { label: 'Other', noun: 'firms', note: 'The article says 上百家 here.' } },
      places: { hetang: { name: 'Hetang 荷塘', note: 'Also called (荷塘).' } },
      timeline: { pilot: { label: 'Pilot', note: 'The article writes 今年.' } },
      periods: { '2018': '2018年' },
    });
    expect(problemsOf(article(), r, { figures: [fig({ note: '注' }), fig({ id: 'other', note: '注' })], places: [place({ precision: 'approximate', note: '估计' })], timeline: [event({ note: '注' })] }).filter((p) => p.includes('Chinese characters'))).toEqual([
      // a run of Chinese starts at its first character: 2018年 reads as “年”
      han(`${R} › periods`, '2018', '“年”'),
      han(`${R} › figure "closed"`, 'label', '“关停”'),
      han(`${R} › figure "other"`, 'note', '“上百家”', true),
      han(`${R} › place "hetang"`, 'name', '“荷塘”'),
      han(`${R} › event "pilot"`, 'note', '“今年”', true),
    ]);
  });
  it('is what the real translation holds: none', async () => {
    const fs = await import('node:fs');
    const { hanOutsideGlosses } = await import('../../src/lib/editions/english-style');
    const real = yaml.load(fs.readFileSync(new URL('../../content/en/article.yaml', import.meta.url), 'utf8')) as { chapters: Record<string, { paragraphs: Record<string, string> }> };
    const paragraphs = Object.values(real.chapters).flatMap((c) => Object.values(c.paragraphs));
    expect(paragraphs.length).toBeGreaterThan(40);
    expect(paragraphs.flatMap((p) => hanOutsideGlosses(p, false))).toEqual([]);
  });
});
