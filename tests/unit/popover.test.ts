import { describe, expect, it } from 'vitest';
import { figurePopover, quoteParts } from '../../src/lib/figures/popover';
import type { Figure } from '../../src/schemas/figure';

const fig = (extra: Partial<Figure>): Figure => ({ id: 'x', label: 'L', value: 1, unit: '', qualifier: 'exact', period: '2018', chapter: 'innovation', quote: 'q', ...extra });

describe('the article’s words in a popover', () => {
  it('picks out the number with its qualifier words and unit', () => {
    expect(quoteParts(fig({ value: 1000, unit: '亿元', qualifier: 'atLeast', notation: '千', quote: '轨道交通产业产值已突破千亿元' })))
      .toEqual({ before: '轨道交通产业产值已', number: '突破千亿元', after: '' });
    expect(quoteParts(fig({ value: 90, unit: '%', qualifier: 'atLeast', quote: '全国90%以上的中小航空发动机在株洲制造' })))
      .toEqual({ before: '全国', number: '90%以上', after: '的中小航空发动机在株洲制造' });
    expect(quoteParts(fig({ value: undefined, unit: '名', qualifier: 'vague', notation: '几万', quote: '上百家工厂、几万名工人' })))
      .toEqual({ before: '上百家工厂、', number: '几万名', after: '工人' });
  });
  it('nests the article’s own quotation marks and drops white space, as the paragraph shows it', () => {
    expect(quoteParts(fig({ value: 1, unit: '年', qualifier: 'target', notation: '一', quote: '提出“一年初见成效，三年大见成效” ' })))
      .toEqual({ before: '提出‘', number: '一年', after: '初见成效，三年大见成效’' });
  });
  it('is null when the quote does not state the number (a number the editors derived)', () => {
    expect(quoteParts(fig({ value: 153, unit: '家', quote: '已关停147家' }))).toBeNull();
  });
  it('gives the popover a short tag, not the list of the article’s qualifier words', () => {
    const p = figurePopover(fig({ value: 500, unit: '亿元', qualifier: 'atLeast', quote: '芦淞服饰年销售额突破500亿元' }), [], '/', 'p3');
    expect(p).toMatchObject({ value: '超过500亿元', tag: '下限', quote: { before: '芦淞服饰年销售额', number: '突破500亿元', after: '' }, paragraphHref: '#p3', figuresHref: '/figures/#figure-x' });
    expect(JSON.stringify(p)).not.toContain('／');
  });
});
