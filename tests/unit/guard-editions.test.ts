// The 繁體 round-trip rule of the content guard (src/lib/guard/editions.ts): every Chinese string of a
// record must come back from OpenCC's 简→繁→简 as it was written.
import { describe, expect, it } from 'vitest';
import { checkHantRoundTrip, stringsOf } from '../../src/lib/guard/editions';
import { formatProblem, type Problems } from '../../src/lib/guard/problems';

const check = (record: unknown) => {
  const problems: Problems = [];
  checkHantRoundTrip([{ file: 'content/places.yaml', entry: 'place "hetang"', record }], problems);
  return problems.map(formatProblem);
};
const advice = '(the 繁體 edition is generated from this text with OpenCC: write it in 简体, and where a word does not come back, as 坐标 → 座標 → 座标, choose another word)';

describe('the strings of a record', () => {
  it('are named by their field path; numbers, booleans and empty values have none', () => {
    expect(stringsOf({ name: '荷塘区', lon: 113.17, named: true, none: null, gone: undefined, intro: ['甲', { note: '乙' }], derived: { note: '丙' } })).toEqual([
      { field: 'name', text: '荷塘区' },
      { field: 'intro[0]', text: '甲' },
      { field: 'intro[1].note', text: '乙' },
      { field: 'derived.note', text: '丙' },
    ]);
  });
  it('names a string that is the whole record (value), and the items of a list by their index', () => {
    expect(stringsOf('荷塘区')).toEqual([{ field: '(value)', text: '荷塘区' }]);
    expect(stringsOf(['甲', '乙'])).toEqual([{ field: '[0]', text: '甲' }, { field: '[1]', text: '乙' }]);
    expect(stringsOf(7)).toEqual([]);
  });
});

describe('the round trip', () => {
  it('passes text that comes back as it was, and text with no Chinese', () => {
    expect(check({ name: '荷塘区', note: '位置为区内大致标注点', id: 'hetang', en: 'Hetang District' })).toEqual([]);
  });
  it('names the field and the four characters from the first that does not come back', () => {
    expect(check({ name: '荷塘区', note: '坐标为区内大致标注点', intro: ['国家级', '國家級技術創新平台'] })).toEqual([
      `content/places.yaml › place "hetang" › note: does not survive the 繁體 conversion: “坐标为区” becomes “座標為區” and comes back as “座标为区” ${advice}`,
      `content/places.yaml › place "hetang" › intro[1]: does not survive the 繁體 conversion: “國家級技” becomes “國家級技” and comes back as “国家级技” ${advice}`,
    ]);
  });
  it('checks a text whose only Chinese is a compatibility ideograph (as PDF extraction yields) or beyond the basic plane', () => {
    // 豈 here is U+F900, which OpenCC brings back as 岂; 𠁞 (U+2005E) comes back as 𠀾 (U+2003E).
    expect(check({ a: '\uF900', b: `x${String.fromCodePoint(0x2005e)}` }).map((p) => p.split(':')[0])).toEqual([
      'content/places.yaml › place "hetang" › a',
      'content/places.yaml › place "hetang" › b',
    ]);
  });
});
