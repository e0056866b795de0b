// The number logic the content guard relies on (src/lib/article/numbers.ts), rule by rule: how a
// notation is classified and read, where a number sits in its quote, what the words around it say,
// and how the site shows a figure. Each test pins one behaviour the mutation run found unchecked.
import { describe, expect, it } from 'vitest';
import { locateNumber, multiplierFactor, notationKind, parseArticleNumber } from '../../src/lib/article/numbers';

describe('notations are read only from the site’s own tables', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('%s is not a multiplier or a Roman numeral', (s) => {
    expect(notationKind(s)).toBeNull();
    expect(parseArticleNumber(s)).toBeNull();
    expect(multiplierFactor(s)).toBeNull();
  });
});

describe('locateNumber finds digits only as a number of their own', () => {
  it('does not find 62% inside 162%, nor 第2 inside 第23', () => {
    expect(locateNumber('森林覆盖率达到162%', '62%')).toBeNull();
    expect(locateNumber('位居全国第23名', '第2')).toBeNull();
  });
  it('finds them where they stand alone', () => {
    expect(locateNumber('森林覆盖率达到62%，', '62%')).toEqual({ at: 7, length: 3 });
    expect(locateNumber('位居全国第2名', '第2')).toEqual({ at: 4, length: 2 });
  });
});

describe('a rank is 第 with digits or with Chinese numerals', () => {
  it('refuses a rank that mixes them (第5万 was read as 10000)', () => {
    expect(notationKind('第5万')).toBeNull();
    expect(parseArticleNumber('第5万')).toBeNull();
    expect(parseArticleNumber('第二3')).toBeNull();
    expect(parseArticleNumber('第12')).toBe(12);
    expect(parseArticleNumber('第十二')).toBe(12);
  });
});
