// The editorial-numbers rule of the content guard (src/lib/guard/editorial.ts): a number in the
// editors' words must be the article's own wording or a figure record's number with its unit.
import { describe, expect, it } from 'vitest';
import { checkEditorialNumbers, strayNumbers } from '../../src/lib/guard/editorial';
import type { Problems } from '../../src/lib/guard/problems';
import type { Figure } from '../../src/schemas/figure';

const fig = (over: Partial<Figure>): Figure => ({ id: 'x', label: 'x', value: 147, unit: '家', qualifier: 'exact', period: '2018', chapter: 'qingshuitang', quote: 'q', ...over });
const article = '2014年，清水塘被列为试点。截至目前，已关停企业147家。电瓷产量占全球的1/3。';

describe('the article’s own wording', () => {
  it('allows a number in digits with the character that follows it in the article', () => {
    expect(strayNumbers('已关停147家企业', { article, figures: [] })).toEqual([]);
    expect(strayNumbers('已关停147座工厂', { article, figures: [] })).toEqual(['147']);
  });
  it('allows Chinese numerals only with the two characters that follow them in the article', () => {
    expect(strayNumbers('六大难题', { article: '破解六大难题', figures: [] })).toEqual([]);
    expect(strayNumbers('六大任务', { article: '破解六大难题', figures: [] })).toEqual(['六']);
  });
  it('takes only four digits from 1900 to 2099 for a year', () => {
    const article = '12014年、20145年、2014.5年';
    expect(strayNumbers('12014项、20145项、2014.5项', { article, figures: [] })).toEqual(['12014', '20145', '2014.5']);
    expect(strayNumbers('2014项', { article: '2014年', figures: [] })).toEqual([]);
  });
  it('allows a year the article names, in any wording', () => {
    expect(strayNumbers('2014—2018', { article: `${article}2018年`, figures: [] })).toEqual([]);
    expect(strayNumbers('始于2013—', { article, figures: [] })).toEqual(['2013']);
  });
});

describe('a figure record’s number with its unit', () => {
  it('allows the record in digits with its unit, and not without it', () => {
    const figures = [fig({ id: 'closed', value: 153 })];
    expect(strayNumbers('共153家', { article, figures })).toEqual([]);
    expect(strayNumbers('共153个', { article, figures })).toEqual(['153']);
  });
  it('allows a bare count, whose unit is empty', () => {
    expect(strayNumbers('共153', { article, figures: [fig({ value: 153, unit: '' })] })).toEqual([]);
    expect(strayNumbers('共1534', { article, figures: [fig({ value: 153, unit: '' })] })).toEqual(['1534']);
  });
  it('allows a record stated in words in its plain digits (第二条 as 2条)', () => {
    expect(strayNumbers('建成2条线', { article, figures: [fig({ value: 2, unit: '条', notation: '第二' })] })).toEqual([]);
  });
  it('allows the digits the article itself writes (3.0%)', () => {
    expect(strayNumbers('增长3.0%', { article, figures: [fig({ value: 3, unit: '%', notation: '3.0' })] })).toEqual([]);
  });
  it('finds the record among several, and ignores a record with no number', () => {
    const figures = [fig({ id: 'none', value: undefined }), fig({ id: 'a', value: 62, unit: '%' }), fig({ id: 'b', value: 153 })];
    expect(strayNumbers('153家与62%', { article, figures })).toEqual([]);
  });
});

describe('what the site says about itself', () => {
  it('allows its own whole counts', () => {
    expect(strayNumbers('全文12章', { article, figures: [], siteCounts: [12] })).toEqual([]);
    expect(strayNumbers('全文4.5章', { article, figures: [], siteCounts: [4.5] })).toEqual(['4.5']);
  });
});

describe('the problem', () => {
  it('names every stray number of a text, and the text', () => {
    const problems: Problems = [];
    checkEditorialNumbers([
      { file: 'content/site.yaml', entry: 'site', field: 'description', text: '七项机制、三大产业' },
      { file: 'content/site.yaml', entry: 'site', field: 'intro[0]', text: '已关停147家企业' },
    ], { article, figures: [] }, problems);
    expect(problems).toEqual([{
      file: 'content/site.yaml', entry: 'site', field: 'description',
      message: 'states “七”, “三”, which is neither a figure record\'s number nor the article\'s own wording: editorial text may not add numbers (“七项机制、三大产业”)',
    }]);
  });
});
