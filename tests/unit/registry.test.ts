import { describe, expect, it } from 'vitest';
import { chapterComponents } from '../../src/components/chapter/registry';
import { COMPONENT_RULES } from '../../src/lib/guard/components';

describe('the chapter graphics', () => {
  it('are registered once, under the names the guard checks', () => {
    expect(Object.keys(chapterComponents).sort()).toEqual(Object.keys(COMPONENT_RULES).sort());
  });
});
