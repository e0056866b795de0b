/** Where the reader is in a chapter, so that switching edition lands on the same paragraph. Pure. */

/**
 * The anchor to keep: the URL's own fragment if it has one, else the paragraph the reader is at —
 * the first whose box reaches below the top fifth of the viewport (tops and bottoms are viewport
 * coordinates, in document order). Null at the top of the page (no paragraph scrolled past yet).
 */
export function anchorToKeep(hash: string, paragraphs: readonly { id: string; top: number; bottom: number }[], viewportHeight: number): string | null {
  if (hash.length > 1) return hash.slice(1);
  const line = viewportHeight / 5;
  const first = paragraphs[0];
  if (!first || first.top >= line) return null;
  return (paragraphs.find((p) => p.bottom > line) ?? paragraphs[paragraphs.length - 1]!).id;
}
