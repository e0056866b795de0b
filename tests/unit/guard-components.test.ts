// The chapter components rules of the content guard (src/lib/guard/components.ts): props, ids, the
// records a component shows, the checks of each kind of graphic, and how many graphics and maps a
// chapter has. Components are read from MDX, as the guard reads them.
import { describe, expect, it } from 'vitest';
import { parseChapterBody, type ComponentBlock } from '../../src/lib/article/blocks';
import { checkComponents, readIdList, type ComponentRefs } from '../../src/lib/guard/components';
import type { Figure } from '../../src/schemas/figure';

const fig = (id: string, value: number | undefined, over: Partial<Figure> = {}): Figure => ({
  id, label: id, value, unit: '家', qualifier: 'exact', period: '2018', chapter: 'innovation', quote: 'q', ...over,
});
const FIGURES = [
  fig('a', 94), fig('b', 59), fig('whole', 153), fig('nil', 0), fig('big', 401), fig('max', 400), fig('half-unit', 1.5),
  fig('pct', 62, { unit: '%' }), fig('fraction', 0.5, { unit: '' }), fig('one', 1, { unit: '' }), fig('zero', 0, { unit: '' }),
  fig('too-big', 1.5, { unit: '' }), fig('count', 3, { unit: '个' }), fig('half-count', 0.5, { unit: '个' }), fig('vague', undefined, { qualifier: 'vague', notation: '上百', unit: '' }),
  fig('elsewhere', 5, { chapter: 'qingshuitang' }), fig('shared-id', 5, { chapter: 'qingshuitang' }),
];
const EVENTS = new Map([['e1', 'innovation'], ['e2', 'innovation'], ['shared-id', 'innovation'], ['old', 'qingshuitang'], ['a', 'qingshuitang']]);
const refs: ComponentRefs = {
  chapter: 'innovation',
  figures: new Map(FIGURES.map((f) => [f.id, f])),
  events: EVENTS,
  known: { figures: (id) => FIGURES.some((f) => f.id === id), events: (id) => EVENTS.has(id), places: (id) => id === 'pl' },
};

const components = (mdx: string) => parseChapterBody(mdx).components;
/** The problems of a chapter body's components, as `entry › field: message`. */
const problems = (mdx: string, reserved: string[] = []) =>
  checkComponents(components(mdx), refs, new Set(reserved)).problems.map((p) => `${p.entry} › ${p.field}: ${p.message}`);
/** The same without the chapter-wide count of graphics. */
const componentProblems = (mdx: string, reserved: string[] = []) => problems(mdx, reserved).filter((p) => !p.startsWith('(chapter)'));

describe('props', () => {
  it('reads kind only on a chart: elsewhere it is just not a prop', () => {
    expect(componentProblems('<Units id="u" kind="pie" title="t" figures={["a", "b", "whole"]} />')).toEqual(['<Units id="u"> (line 1) › kind: is not a prop of <Units>']);
  });
  it('accepts an optional note on every graphic', () => {
    expect(problems([
      '<Chart id="c" kind="bar" title="t" note="n" figures={["a", "b"]} />',
      '<Shares id="s" title="t" note="n" figures={["pct"]} />',
      '<Units id="u" title="t" note="n" figures={["a", "b", "whole"]} />',
    ].join('\n\n'))).toEqual([]);
    expect(problems('<Timeline id="t" title="t" note="n" events={["e1", "e2"]} />')).toEqual([]);
  });
  it('refuses a note on a map, and any prop a component does not have', () => {
    expect(componentProblems('<PlaceMap id="m" title="t" note="n" places={["pl"]} />')).toEqual(['<PlaceMap id="m"> (line 1) › note: is not a prop of <PlaceMap>']);
    expect(componentProblems('<Chart id="c" kind="bar" title="t" colour="red" figures={["a", "b"]} />')).toEqual(['<Chart id="c"> (line 1) › colour: is not a prop of <Chart>']);
  });
  it('wants strings as strings and the list as an expression', () => {
    expect(componentProblems('<Chart id="c" kind="bar" title={"t"} figures="a" />')).toEqual([
      '<Chart id="c"> (line 1) › title: must be a string, e.g. title="…"',
      '<Chart id="c"> (line 1) › figures: must be an expression, e.g. figures={["id-1", "id-2"]}',
    ]);
  });
  it('names a component without an id by its name alone', () => {
    const r = checkComponents(components('<Chart kind="bar" title="t" figures={["a", "b"]} />\n\n<Chart kind="bar" title="t" figures={["a", "b"]} />'), refs, new Set());
    expect(r.problems.map((p) => `${p.entry} › ${p.field}: ${p.message}`)).toEqual(['<Chart> (line 1) › id: is required', '<Chart> (line 3) › id: is required']);
    expect(r.checked.map((k) => k.id)).toEqual(['', '']);
  });
  it('gives no line when the component has none', () => {
    const block: ComponentBlock = { kind: 'component', name: 'Chart', line: undefined, attributes: { id: { expression: false, value: 'c' }, title: { expression: false, value: 't' }, figures: { expression: true, value: '["a", "b"]' } } };
    expect(checkComponents([block], refs, new Set()).problems.map((p) => `${p.entry} › ${p.field}: ${p.message}`)).toEqual(['<Chart id="c"> › kind: is required']);
  });
});

describe('ids', () => {
  it.each(['Chart-1', 'chart-', 'chart one'])('refuses %j', (id) => {
    expect(componentProblems(`<Chart id="${id}" kind="bar" title="t" figures={["a", "b"]} />`)).toEqual([`<Chart id="${id}"> (line 1) › id: must be lower-case ASCII words joined by hyphens`]);
  });
  it('refuses an id used twice in a chapter, or used by a paragraph or a heading', () => {
    expect(componentProblems('<Chart id="c" kind="bar" title="t" figures={["a", "b"]} />\n\n<Shares id="c" title="t" figures={["pct"]} />')).toEqual(['<Shares id="c"> (line 3) › id: "c" is already used in this chapter']);
    expect(componentProblems('<Chart id="p2" kind="bar" title="t" figures={["a", "b"]} />', ['p1', 'p2', 'blueprint'])).toEqual(['<Chart id="p2"> (line 1) › id: "p2" is already used in this chapter']);
  });
});

describe('chart kinds', () => {
  it('refuses a kind that is not one', () => {
    expect(componentProblems('<Chart id="c" kind="pie" title="t" figures={["a", "b"]} />')).toEqual(['<Chart id="c"> (line 1) › kind: must be one of "bar", "stacked", found "pie"']);
  });
  it('does not read a missing kind as a wrong one', () => {
    expect(componentProblems('<Chart id="c" title="t" figures={["a", "b"]} />')).toEqual(['<Chart id="c"> (line 1) › kind: is required']);
  });
});

describe('the list of ids', () => {
  it('reads a JSON array of strings, and nothing else', () => {
    expect(readIdList('["a", "b"]')).toEqual(['a', 'b']);
    expect(readIdList('[]')).toEqual([]);
    expect(readIdList('["a", 1]')).toBeNull();
    expect(readIdList('[1]')).toBeNull();
    expect(readIdList('"a"')).toBeNull();
    expect(readIdList('["a"')).toBeNull();
  });
  it('says which ids a list should hold', () => {
    expect(componentProblems('<Timeline id="t" title="t" events={"e1"} />')).toEqual(['<Timeline id="t"> (line 1) › events: must be a list of event ids, e.g. events={["id-1"]}']);
    expect(componentProblems('<Timeline id="t" title="t" events={["e1", "nope"]} />')).toEqual(['<Timeline id="t"> (line 1) › events: refers to unknown event "nope"']);
  });
});

describe('what a component shows belongs to its chapter', () => {
  it('refuses a figure of another chapter', () => {
    expect(componentProblems('<Chart id="c" kind="bar" title="t" figures={["a", "elsewhere"]} />')).toEqual([
      '<Chart id="c"> (line 1) › figures: shows "elsewhere", which the article states in chapter "qingshuitang": show a figure in its own chapter',
    ]);
  });
  it('looks figures up among figures and events among events', () => {
    // "shared-id" is a figure of another chapter and an event of this one; "a" the other way round.
    expect(componentProblems('<Timeline id="t" title="t" events={["e1", "shared-id"]} />')).toEqual([]);
    expect(componentProblems('<Chart id="c" kind="bar" title="t" figures={["a", "b"]} />')).toEqual([]);
  });
});

describe('the checks of each graphic', () => {
  it('draws one square per unit: whole numbers up to 400', () => {
    expect(componentProblems('<Units id="u" title="t" figures={["a", "b", "whole"]} />')).toEqual([]);
    expect(componentProblems('<Units id="u" title="t" figures={["max", "nil", "max"]} />')).toEqual([]);
    expect(componentProblems('<Units id="u" title="t" figures={["a", "big", "half-unit"]} />')).toEqual([
      '<Units id="u"> (line 1) › figures: has parts that add up to 495, not to the whole "half-unit" (1.5): shares that do not add up must not be stacked',
      '<Units id="u"> (line 1) › figures: draws one square per unit, so its figures must be whole numbers up to 400 (big, half-unit)',
    ]);
  });
  it('shows on a share track only a percentage or a fraction of one', () => {
    expect(componentProblems('<Shares id="s" title="t" figures={["pct", "fraction", "one"]} />')).toEqual([]);
    expect(componentProblems('<Shares id="s" title="t" figures={["zero", "too-big", "count", "half-count", "vague"]} />')).toEqual([
      '<Shares id="s"> (line 1) › figures: "zero" is not a share (unit "%" or a fraction of one)',
      '<Shares id="s"> (line 1) › figures: "too-big" is not a share (unit "%" or a fraction of one)',
      '<Shares id="s"> (line 1) › figures: "count" is not a share (unit "%" or a fraction of one)',
      '<Shares id="s"> (line 1) › figures: "half-count" is not a share (unit "%" or a fraction of one)',
      '<Shares id="s"> (line 1) › figures: "vague" is not a share (unit "%" or a fraction of one)',
    ]);
  });
});

describe('graphics in a chapter', () => {
  it('lists the graphics when there are too many, naming those without an id too', () => {
    expect(problems([
      '<Chart id="c" kind="bar" title="t" figures={["a", "b"]} />',
      '<Shares title="t" figures={["pct"]} />',
      '<Units id="u" title="t" figures={["a", "b", "whole"]} />',
      '<Timeline id="t" title="t" events={["e1"]} />',
    ].join('\n\n'))).toEqual([
      '<Shares> (line 3) › id: is required',
      '(chapter) › graphics: has 4 signature graphics (Chart "c", Shares "", Units "u", Timeline "t"): a chapter has one to 3, each showing what a sentence cannot',
    ]);
  });
});
