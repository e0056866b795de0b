import { describe, expect, it } from 'vitest';
import { figureKind, sortGroup, sortsByValue } from '../../src/lib/figures/kind';
import { isPlottable } from '../../src/lib/article/numbers';

describe('figure kinds', () => {
  it('reads a record without a kind as an amount', () => {
    expect(figureKind({})).toBe('amount');
    expect(figureKind({ kind: 'rank' })).toBe('rank');
  });
  it('sorts by value only amounts and durations, and only within one kind and unit', () => {
    expect(sortsByValue({ kind: 'rank' })).toBe(false);
    expect(sortsByValue({ kind: 'claim' })).toBe(false);
    expect(sortsByValue({})).toBe(true);
    expect(sortGroup({ id: 'a', unit: '万元' })).not.toBe(sortGroup({ id: 'b', unit: '亿元' }));
    expect(sortGroup({ id: 'a', unit: '年', kind: 'duration' })).not.toBe(sortGroup({ id: 'b', unit: '年' }));
    expect(sortGroup({ id: 'a', unit: '家' })).toBe(sortGroup({ id: 'b', unit: '家' }));
    // No unit: comparable with nothing.
    expect(sortGroup({ id: 'a', unit: '' })).not.toBe(sortGroup({ id: 'b', unit: '' }));
  });
  it('never plots a rank, a claim or a duration', () => {
    expect(isPlottable({ value: 100, unit: '强', qualifier: 'exact', kind: 'rank' })).toBe(false);
    expect(isPlottable({ value: 1, unit: '', qualifier: 'exact', kind: 'claim' })).toBe(false);
    expect(isPlottable({ value: 3, unit: '年', qualifier: 'target', kind: 'duration' })).toBe(false);
    expect(isPlottable({ value: 3, unit: '名', qualifier: 'exact' })).toBe(true);
  });
});
