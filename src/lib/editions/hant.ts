/**
 * The 繁體 edition's text: converted from the source at build time with OpenCC (opencc-js 1.4,
 * `cn` → `tw`: characters and the phrases needed to choose the right character, Taiwan variants,
 * without the regional vocabulary replacement of `twp`, so no word changes), and checked by
 * converting back (`tw` → `cn`). Pure; conversions are remembered.
 */
import OpenCC from 'opencc-js';

/** The conversion, as the about page states it (a unit test checks the version against node_modules). */
export const CONVERSION = { package: 'opencc-js', version: '1.4.2', to: { from: 'cn', to: 'tw' }, back: { from: 'tw', to: 'cn' } } as const;

const toTw = OpenCC.Converter(CONVERSION.to);
const toCn = OpenCC.Converter(CONVERSION.back);
const memo = new Map<string, string>();
const memoBack = new Map<string, string>();

/** The text in Traditional characters. */
export function toHant(s: string): string {
  let v = memo.get(s);
  if (v === undefined) { v = toTw(s); if (memo.size > 20_000) memo.clear(); memo.set(s, v); }
  return v;
}

/** Traditional back to Simplified (the check). */
export function fromHant(s: string): string {
  let v = memoBack.get(s);
  if (v === undefined) { v = toCn(s); if (memoBack.size > 20_000) memoBack.clear(); memoBack.set(s, v); }
  return v;
}

/** Whether the text survives the round trip: converting to Traditional and back gives it again. */
export const roundTrips = (s: string): boolean => fromHant(toHant(s)) === s;

/** The first character that does not survive the round trip, with what it came back as. */
export function roundTripDifference(s: string): { at: number; was: string; back: string; hant: string } | null {
  const hant = toHant(s);
  const back = fromHant(hant);
  if (back === s) return null;
  let i = 0;
  while (i < s.length && s[i] === back[i]) i++;
  return { at: i, was: s.slice(i, i + 4), back: back.slice(i, i + 4), hant: hant.slice(i, i + 4) };
}

/** Marks a stretch of a page that stays as written in every edition (an edition's own name in the switcher). */
export const KEEP = { open: '<!--keep-script-->', close: '<!--/keep-script-->' } as const;

/**
 * A page's text with `convert` applied everywhere except between KEEP marks; the marks are removed.
 * An unclosed mark is an error (it would leave the rest of the page unconverted).
 */
export function convertOutsideKept(text: string, convert: (s: string) => string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const open = text.indexOf(KEEP.open, at);
    if (open < 0) return out + convert(text.slice(at));
    const close = text.indexOf(KEEP.close, open);
    if (close < 0) throw new Error(`convertOutsideKept: ${KEEP.open} at ${open} is never closed`);
    out += convert(text.slice(at, open)) + text.slice(open + KEEP.open.length, close);
    at = close + KEEP.close.length;
  }
}
