/** Where the reader is in a chapter: which anchor still counts, and how far through they are. Pure. */
import { anchorToKeep } from '../editions/place';

/**
 * The address's fragment while its target is still in view (its box reaches into the viewport),
 * else '' — a reader who followed a link to #p2 and read on to p6 is at p6, not at p2.
 */
export function hashInView(hash: string, box: { top: number; bottom: number } | null, viewportHeight: number): string {
  if (hash.length <= 1 || !box) return '';
  return box.bottom > 0 && box.top < viewportHeight ? hash : '';
}

/**
 * The anchor an edition switch keeps: the address's fragment while its target is in view; else the
 * paragraph being read (src/lib/editions/place.ts) — a reader who followed a link to #p2 and read on
 * to p6 is at p6; else, at the top of the page with no paragraph read yet, the fragment still (the
 * reader who came by a link to #p7 and scrolled up to the switcher is still at p7); else none.
 */
export function placeToKeep(hash: string, hashBox: { top: number; bottom: number } | null, paragraphs: readonly { id: string; top: number; bottom: number }[], viewportHeight: number): string | null {
  const inView = hashInView(hash, hashBox, viewportHeight);
  if (inView) return inView.slice(1);
  return anchorToKeep('', paragraphs, viewportHeight) ?? (hash.length > 1 && hashBox ? hash.slice(1) : null);
}

/**
 * How far through the article the reader is, 0 to 1: 0 while its top is below the top of the
 * viewport, 1 once its end has come into view (top and height in viewport coordinates).
 */
export function readingProgress(top: number, height: number, viewportHeight: number): number {
  const run = height - viewportHeight;
  if (run <= 0) return top <= 0 ? 1 : 0;
  return Math.round(Math.min(1, Math.max(0, -top / run)) * 1000) / 1000;
}
