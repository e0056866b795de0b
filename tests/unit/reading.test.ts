import { describe, expect, it } from 'vitest';
import { hashInView, placeToKeep, readingProgress } from '../../src/lib/chapter/reading';
import { anchorToKeep } from '../../src/lib/editions/place';

describe('hashInView: the address’s #p counts only while its paragraph is in view', () => {
  it('keeps a fragment whose target is on screen', () => expect(hashInView('#p6', { top: 60, bottom: 400 }, 800)).toBe('#p6'));
  it('drops it once the reader has scrolled past (a link to #p2, then read on to p6)', () => {
    expect(hashInView('#p2', { top: -1500, bottom: -1200 }, 800)).toBe('');
    expect(hashInView('#p9', { top: 900, bottom: 1200 }, 800)).toBe('');
  });
  it('drops a fragment with no target, and keeps no fragment as none', () => {
    expect(hashInView('#p2', null, 800)).toBe('');
    expect(hashInView('', { top: 0, bottom: 10 }, 800)).toBe('');
    expect(hashInView('#', { top: 0, bottom: 10 }, 800)).toBe('');
  });
  it('with anchorToKeep: the paragraph in view wins over a stale fragment', () => {
    const paragraphs = [{ id: 'p5', top: -600, bottom: -20 }, { id: 'p6', top: 0, bottom: 500 }, { id: 'p7', top: 520, bottom: 900 }];
    expect(anchorToKeep(hashInView('#p2', { top: -3000, bottom: -2700 }, 844), paragraphs, 844)).toBe('p6');
  });
});

describe('placeToKeep: the anchor an edition switch keeps', () => {
  const reading = [{ id: 'p5', top: -600, bottom: -20 }, { id: 'p6', top: 0, bottom: 500 }, { id: 'p7', top: 520, bottom: 900 }];
  const atTop = [{ id: 'p1', top: 400, bottom: 700 }, { id: 'p2', top: 720, bottom: 1000 }];
  it('the fragment while its target is in view', () => expect(placeToKeep('#p7', { top: 520, bottom: 900 }, reading, 844)).toBe('p7'));
  it('the paragraph read since, once the fragment has scrolled away', () => expect(placeToKeep('#p2', { top: -3000, bottom: -2700 }, reading, 844)).toBe('p6'));
  it('the fragment again at the top of the page, no paragraph read yet (came by #p7, scrolled up to the switcher)', () => {
    expect(placeToKeep('#p7', { top: 2600, bottom: 2900 }, atTop, 844)).toBe('p7');
  });
  it('nothing at the top without a fragment, or with one that names nothing', () => {
    expect(placeToKeep('', null, atTop, 844)).toBeNull();
    expect(placeToKeep('#gone', null, atTop, 844)).toBeNull();
  });
});

describe('readingProgress', () => {
  it('is 0 before the article’s top reaches the top of the screen, 1 once its end is in view', () => {
    expect(readingProgress(200, 5000, 800)).toBe(0);
    expect(readingProgress(0, 5000, 800)).toBe(0);
    expect(readingProgress(-2100, 5000, 800)).toBe(0.5);
    expect(readingProgress(-4200, 5000, 800)).toBe(1);
    expect(readingProgress(-9000, 5000, 800)).toBe(1);
  });
  it('an article shorter than the screen is read once its top has passed', () => {
    expect(readingProgress(10, 500, 800)).toBe(0);
    expect(readingProgress(0, 500, 800)).toBe(1);
  });
});
