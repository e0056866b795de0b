/** Text normalisation shared by the provenance and fidelity checks. Pure: no I/O. */

/** Removes every kind of white space (the extract's column breaks, spaces, full-width spaces). */
export function stripWhitespace(s: string): string {
  return s.replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, '');
}

export interface RepairRule {
  seed: string;
  text: string;
}

/** Applies the documented repairs of extraction damage to white-space-free text. */
export function applyRepairs(stripped: string, repairs: readonly RepairRule[]): string {
  let out = stripped;
  for (const r of repairs) out = out.split(stripWhitespace(r.seed)).join(stripWhitespace(r.text));
  return out;
}

/** The article as the site reads it: white space removed, repairs applied. */
export function articleText(seed: string, repairs: readonly RepairRule[]): string {
  return applyRepairs(stripWhitespace(seed), repairs);
}

/** A short excerpt around `at`, for error messages. */
export function excerpt(s: string, at: number, radius = 12): string {
  const start = Math.max(0, at - radius);
  const end = Math.min(s.length, at + radius);
  return `${start > 0 ? '…' : ''}${s.slice(start, end)}${end < s.length ? '…' : ''}`;
}

/** Index of the first character where a and b differ, or -1 when equal. */
export function firstDifference(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : n;
}

/** Reading time in whole minutes for Chinese text (about 400 characters a minute). */
export function readingMinutes(text: string, charsPerMinute = 400): number {
  return Math.max(1, Math.round(stripWhitespace(text).length / charsPerMinute));
}

/** True when the text has a Chinese character (any Han script: basic, extensions, compatibility ideographs). */
export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}

/** Approximate advance of one character, in em, in a CJK face: CJK and full-width characters are 1em. */
export function charWidthEm(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  // Latin widths as set in the site's bold sans labels (DejaVu/Noto Sans bold average about 0.6em a
  // lower-case letter): an estimate on the wide side, so that a label placed by it stays in its frame.
  if (ch === ' ') return 0.3;
  if (cp < 0x80) return /[0-9]/.test(ch) ? 0.55 : /[A-Z]/.test(ch) ? 0.72 : /[a-z]/.test(ch) ? 0.6 : 0.4;
  return 1;
}

/** Approximate width of a line of text, in em. */
export function textWidthEm(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidthEm(ch);
  return w;
}

const NESTED: Readonly<Record<string, string>> = { '“': '‘', '”': '’', '‘': '“', '’': '”', '「': '『', '」': '』', '『': '「', '』': '」' };

/**
 * A quotation inside the site's “…”: the article's own quotation marks become the inner pair, as
 * Chinese print nests them (“提出‘一年初见成效……’”); an inner ‘…’ becomes “…” in turn; the same
 * for 「」 and 『』 (a 繁體 page's words, converted before its scripts fill them). Only the marks
 * change: the words stay the article's.
 */
export function nestQuotes(quote: string): string {
  return quote.replace(/[“”‘’「」『』]/g, (m) => NESTED[m]!);
}

/**
 * A quotation set in the site's quotation marks, its own marks nested: “提出‘一年初见成效……’”;
 * a text that is one quotation already (“213示范工程”) stays as it is.
 */
export function quoted(quote: string): string {
  return /^“[^“”]*”$/.test(quote) ? quote : `“${nestQuotes(quote)}”`;
}
