/**
 * The English edition's house rules that a machine can check: no Chinese characters in running
 * English (the glossary, the side-by-side view and the popovers carry them; an editors' note may
 * quote the Chinese only as a marked gloss), and sentences a reader can follow (their length,
 * counted the same way every time). Pure.
 */

/** A Han character (CJK ideographs of every block, compatibility ideographs included). */
const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}[\p{Script=Han}\d、，。：；！？·%（）]*/gu;

/**
 * A marked gloss: Chinese quoted as Chinese — the whole of a “…” quotation or a (…) parenthesis
 * that has no Latin letter in it: “上百家”, (将达), (“亿元人民币”). Nothing else in English text
 * may hold a Han character.
 */
const GLOSS = /“[^“”A-Za-z]*”|\([^()A-Za-z]*\)/g;

/** Every run of Chinese characters in `text` (with a few characters of context), or [] when it has none. */
export function hanRuns(text: string): string[] {
  return [...text.matchAll(HAN_RUN)].map((m) => m[0]);
}

/**
 * The runs of Chinese characters in `text` that stand in the running English rather than in a
 * marked gloss. With `glosses: false` (the translation itself) every run is reported: a reader of
 * the English finds the Chinese in the side-by-side view and the glossary, not in the sentence.
 */
export function hanOutsideGlosses(text: string, glosses: boolean): string[] {
  const rest = glosses ? text.replace(GLOSS, (g) => ' '.repeat(g.length)) : text;
  return HAN.test(rest) ? hanRuns(rest) : [];
}

/** The words of an English text: letters or digits, with inner apostrophes and hyphens (“Zhuzhou’s”, “grid-based”, “3D”). */
export function englishWords(text: string): string[] {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu) ?? []);
}

/**
 * The sentences of a paragraph: split after . ! ? or … (and any closing quotation mark or
 * bracket) where the next sentence starts — a capital, a digit, an opening quotation mark or a
 * dash. “Co., Ltd. is” and “e.g. the” do not end a sentence; a semicolon does not either.
 */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…][”’)]?)\s+(?=[“‘(—–A-Z0-9])/u)
    .map((s) => s.trim())
    .filter((s) => englishWords(s).length > 0);
}

export interface StyleStats {
  words: number;
  sentences: number;
  /** Mean words per sentence, one decimal. */
  average: number;
  longest: { words: number; text: string };
}

/** Word count, sentence count, average and longest sentence over some paragraphs. */
export function styleStats(paragraphs: readonly string[]): StyleStats {
  const all = paragraphs.flatMap(sentences).map((s) => ({ text: s, words: englishWords(s).length }));
  const words = paragraphs.reduce((n, p) => n + englishWords(p).length, 0);
  const longest = all.reduce((a, b) => (b.words > a.words ? b : a), { text: '', words: 0 });
  const average = all.length ? Math.round((all.reduce((n, s) => n + s.words, 0) / all.length) * 10) / 10 : 0;
  return { words, sentences: all.length, average, longest };
}
