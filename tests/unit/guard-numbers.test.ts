// The number logic the content guard relies on (src/lib/article/numbers.ts), rule by rule: how a
// notation is classified and read, where a number sits in its quote, what the words around it say,
// and how the site shows a figure. Each test pins one behaviour the mutation run found unchecked.
import { describe, expect, it } from 'vitest';
import { multiplierFactor, notationKind, parseArticleNumber } from '../../src/lib/article/numbers';

describe('notations are read only from the site’s own tables', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('%s is not a multiplier or a Roman numeral', (s) => {
    expect(notationKind(s)).toBeNull();
    expect(parseArticleNumber(s)).toBeNull();
    expect(multiplierFactor(s)).toBeNull();
  });
});
