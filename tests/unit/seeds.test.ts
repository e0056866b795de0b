import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const local = new URL('../../seeds/000_77bdc98d5b478d78.txt', import.meta.url);
const shared = new URL('../../../shared/seeds/000_77bdc98d5b478d78.txt', import.meta.url);

describe('seeds/', () => {
  it('holds the article', () => {
    const text = readFileSync(local, 'utf8');
    expect(text.length).toBeGreaterThan(7_000);
    expect(text).toContain('清水塘');
  });
  it.runIf(existsSync(shared))('is byte-identical to ../shared/seeds (when that copy exists)', () => {
    expect(readFileSync(local).equals(readFileSync(shared))).toBe(true);
  });
});
