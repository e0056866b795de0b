/**
 * The 繁體 edition's text, converted from the source at build time with OpenCC (opencc-js 1.4). Two
 * conversions, for two kinds of text:
 * - the article's own text (its paragraphs and every quotation of it) by character conversion,
 *   `cn` → `tw` (characters and the phrases needed to choose the right character, Taiwan variants,
 *   no word replaced), plus CORRECTIONS, so that it converts back to the source exactly (`tw` → `cn`);
 * - the site's own words (interface, editorial text, labels, notes, cards, print) in Taiwan usage:
 *   the same character conversion, then OpenCC's Taiwan phrases (`twp`: 打印 → 列印, 数据 → 資料)
 *   and the editors' own Taiwan words, each difference decided once in src/lib/editions/hant-usage.ts.
 * Both set quotation marks the Taiwan way: “” → 「」, ‘’ → 『』 (the round trip maps them back).
 * Pure; conversions are remembered.
 */
import OpenCC from 'opencc-js';
import TWPhrasesDict from 'opencc-js/dict/TWPhrases';
import STCharactersDict from 'opencc-js/dict/STCharacters';
import STPhrasesDict from 'opencc-js/dict/STPhrases';
import { AMBIGUITY_DECISIONS, OWN_WORDS, PHRASE_DECISIONS } from './hant-usage';

/** The conversion, as the about page states it (a unit test checks the version against node_modules). */
export const CONVERSION = { package: 'opencc-js', version: '1.4.2', to: { from: 'cn', to: 'tw' }, back: { from: 'tw', to: 'cn' }, site: { from: 'cn', to: 'twp' } } as const;

/**
 * Where OpenCC's longest-match segmentation takes a wrong phrase across a word boundary and so picks
 * the wrong character, found by reading the 繁體 pages: 创新历程 is cut 创 | 新历 (new calendar) | 程,
 * giving 曆; 最多只需 is cut 最 | 多只 (many [animals]) | 需, giving 隻. Each correction is a
 * character, never a word, and converts back to the same 简体 (a unit test checks both).
 */
export const CORRECTIONS: readonly (readonly [wrong: string, right: string])[] = [['曆程', '歷程'], ['隻需', '只需']];

/** Quotation marks: the source's “” ‘’, Taiwan's 「」 『』. */
export const QUOTES: readonly (readonly [cn: string, tw: string])[] = [['“', '「'], ['”', '」'], ['‘', '『'], ['’', '』']];
const quotesToTw = (s: string) => s.replace(/[“”‘’]/g, (m) => QUOTES.find(([c]) => c === m)![1]);
const quotesToCn = (s: string) => s.replace(/[「」『』]/g, (m) => QUOTES.find(([, t]) => t === m)![0]);

const convert = OpenCC.Converter(CONVERSION.to);
/** Character conversion alone (no quotation marks): the base of both conversions. */
const toTwChars = (s: string) => CORRECTIONS.reduce((t, [wrong, right]) => t.replaceAll(wrong, right), convert(s));
const toCn = OpenCC.Converter(CONVERSION.back);

function remembered(f: (s: string) => string): (s: string) => string {
  const memo = new Map<string, string>();
  return (s) => {
    let v = memo.get(s);
    if (v === undefined) { v = f(s); if (memo.size > 20_000) memo.clear(); memo.set(s, v); }
    return v;
  };
}

/** The article's text in Traditional characters (character conversion, 「」 quotation marks). */
export const toHant = remembered((s) => quotesToTw(toTwChars(s)));

/** Traditional back to Simplified, 「」 back to “” (the check). */
export const fromHant = remembered((s) => toCn(quotesToCn(s)));

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

// ——— The site's words in Taiwan usage ———

const parseDict = (d: string): Map<string, string> => new Map(d.split('|').map((e) => { const [k, ...v] = e.split(' '); return [k!, v[0]!] as [string, string]; }));
/** OpenCC's Taiwan phrases (the `twp` step after the character conversion), keyed in Traditional characters. */
export const TW_PHRASES = parseDict(TWPhrasesDict as string);
const maxPhrase = Math.max(...[...TW_PHRASES.keys()].map((k) => k.length));

/** A Taiwan phrase that `twp` would put in the text: where, the character conversion's word and twp's. */
export interface PhraseMatch { at: number; tw: string; twp: string }

/** The Taiwan phrases OpenCC's `twp` finds in a character-converted text (longest match, left to right, as OpenCC does). */
export function twPhraseMatches(tw: string): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  for (let i = 0; i < tw.length;) {
    let hit: PhraseMatch | null = null;
    for (let n = Math.min(maxPhrase, tw.length - i); n >= 2 && !hit; n--) {
      const k = tw.slice(i, i + n);
      const v = TW_PHRASES.get(k);
      if (v !== undefined) hit = { at: i, tw: k, twp: v };
    }
    if (hit) { if (hit.tw !== hit.twp) out.push(hit); i += hit.tw.length; } else i++;
  }
  return out;
}

/**
 * Simplified characters with more than one Traditional form (发 → 發/髮, 占 → 佔/占, 布 → 布/佈):
 * where context decides — those with several forms in OpenCC's characters, or another form in one of
 * its phrases than the characters' first.
 */
const AMBIGUOUS: Set<string> = (() => {
  const chars = new Map((STCharactersDict as string).split('|').map((e) => e.split(' ') as [string, ...string[]]).map(([k, ...v]) => [k, v] as const));
  const out = new Set([...chars].filter(([, v]) => v.length > 1).map(([k]) => k));
  for (const e of (STPhrasesDict as string).split('|')) {
    const [k, v] = e.split(' ') as [string, string];
    if (!v || [...k].length !== [...v].length) continue;
    const kk = [...k], vv = [...v];
    kk.forEach((c, i) => { const f = chars.get(c); if (f && f[0] !== vv[i]) out.add(c); });
  }
  return out;
})();

/** How the article converts each two-character stretch around an ambiguous character: 简体 pair → the Traditional pair(s) it gets. */
export type ArticleUsage = Map<string, Set<string>>;

/** The article's usage, from its paragraphs (in 简体). */
export function articleUsage(paragraphs: readonly string[]): ArticleUsage {
  const usage: ArticleUsage = new Map();
  for (const p of paragraphs) {
    const h = toTwChars(p);
    if (h.length !== p.length) continue;
    for (let i = 0; i < p.length; i++) {
      if (!AMBIGUOUS.has(p[i]!)) continue;
      for (const j of [i - 1, i]) {
        if (j < 0 || j + 2 > p.length) continue;
        const k = p.slice(j, j + 2);
        let set = usage.get(k);
        if (!set) usage.set(k, (set = new Set()));
        set.add(h.slice(j, j + 2));
      }
    }
  }
  return usage;
}

/** A place where the site's words would convert a character otherwise than the article converts the same two characters. */
export interface Disagreement { cn: string; here: string; article: string; /** The run of Han characters it is in, and where. */ run: string; at: number }

/** The places where the character conversion of a site text disagrees with the article's (the 占/佔 kind), run of Han characters by run. */
export function disagreements(s: string, usage: ArticleUsage): Disagreement[] {
  const out: Disagreement[] = [];
  for (const [run] of s.matchAll(/\p{Script=Han}{2,}/gu)) {
    const h = toTwChars(run);
    if (h.length !== run.length) continue;
    for (let i = 0; i < run.length; i++) {
      if (!AMBIGUOUS.has(run[i]!)) continue;
      for (const j of [i - 1, i]) {
        if (j < 0 || j + 2 > run.length) continue;
        const cn = run.slice(j, j + 2);
        const forms = usage.get(cn);
        const here = h.slice(j, j + 2);
        if (forms && forms.size === 1 && !forms.has(here)) out.push({ cn, here, article: [...forms][0]!, run, at: j });
      }
    }
  }
  return out;
}

/** Whether a decision (a 简体 word in hant-usage.ts) covers the two characters at `at` of a run. */
function decidedAt(run: string, at: number): boolean {
  for (const cn of AMBIGUITY_DECISIONS.keys()) {
    for (let p = run.indexOf(cn); p >= 0 && p <= at; p = run.indexOf(cn, p + 1)) if (p + cn.length >= at + 2) return true;
  }
  return false;
}

/** What is still undecided in a site text: twp's phrases and the disagreements with the article that hant-usage.ts does not decide. */
export function undecided(s: string, usage: ArticleUsage | null): { phrases: PhraseMatch[]; disagreements: Disagreement[] } {
  const tw = toTwChars(s);
  return {
    phrases: twPhraseMatches(tw).filter((m) => !PHRASE_DECISIONS.has(m.tw)),
    disagreements: usage ? disagreements(s, usage).filter((d) => !decidedAt(d.run, d.at)) : [],
  };
}

/** The site's words in Taiwan usage: characters, then the decided Taiwan phrases, the decided forms and the editors' own words; 「」 quotation marks. */
export const siteHant = remembered((s) => {
  // Characters run by run, each with the decided forms where it would disagree with the article (same length: position by position).
  let tw = s.replace(/\p{Script=Han}+/gu, (run) => {
    let h = toTwChars(run);
    if (h.length !== run.length) return h;
    for (const [cn, d] of AMBIGUITY_DECISIONS) {
      for (let i = run.indexOf(cn); i >= 0; i = run.indexOf(cn, i + 1)) h = h.slice(0, i) + d.hant + h.slice(i + cn.length);
    }
    return h;
  });
  let out = '';
  let at = 0;
  for (const m of twPhraseMatches(tw)) {
    const d = PHRASE_DECISIONS.get(m.tw);
    out += tw.slice(at, m.at) + (d && d.accept ? (d.hant ?? m.twp) : m.tw);
    at = m.at + m.tw.length;
  }
  out += tw.slice(at);
  for (const [tw0, own] of OWN_WORDS) out = out.replaceAll(tw0, own.hant);
  return quotesToTw(out);
});

// ——— Marks in a rendered page ———

/** Marks a stretch of a page that stays as written in every edition (an edition's own name in the switcher; the 简体 half of a search text). */
export const KEEP = { open: '\uE000', close: '\uE001' } as const;
/** Marks a stretch of a page that is the article's own text (a paragraph, a quotation): character conversion only, in the 繁體 edition. */
export const ARTICLE = { open: '\uE002', close: '\uE003' } as const;

/**
 * A page's text with its stretches converted: `site` outside any mark, `article` inside ARTICLE
 * marks, nothing inside KEEP marks; the marks are removed. An unclosed or misnested mark is an error.
 */
export function convertMarked(text: string, site: (s: string) => string, article: (s: string) => string): string {
  let out = '';
  let at = 0;
  const re = /[\uE000-\uE003]/g;
  let open: string | null = null;
  let from = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const c = m[0];
    if (c === KEEP.open || c === ARTICLE.open) {
      if (open) throw new Error(`convertMarked: a mark opened at ${m.index} inside another opened at ${from}`);
      out += site(text.slice(at, m.index));
      open = c; from = m.index; at = m.index + 1;
    } else {
      if (open !== (c === KEEP.close ? KEEP.open : ARTICLE.open)) throw new Error(`convertMarked: a mark closed at ${m.index} was never opened`);
      const inner = text.slice(at, m.index);
      out += open === KEEP.open ? inner : article(inner);
      open = null; at = m.index + 1;
    }
  }
  if (open) throw new Error(`convertMarked: the mark at ${from} is never closed`);
  return out + site(text.slice(at));
}

/**
 * A page with the content of every element in another language than Chinese (`lang="en"`: the
 * English column of the side-by-side view, a glossary term's English) marked KEEP, so that the
 * 繁體 conversion leaves it as written: English has no characters to convert, and its “ ” and ’
 * are not Chinese quotation marks (Zhuzhou’s must not become Zhuzhou』s). An element that already
 * holds a mark (the edition switcher's names) is left to its own marks.
 */
export function keepOtherLanguages(html: string): string {
  const opening = /<([a-z][a-z0-9]*)\b[^>]*\slang="(?!zh)[^"]*"[^>]*>/gi;
  let out = '';
  let at = 0;
  for (let m = opening.exec(html); m; m = opening.exec(html)) {
    const start = m.index + m[0].length;
    const tags = new RegExp(`<(/?)${m[1]}\\b[^>]*>`, 'gi');
    tags.lastIndex = start;
    let depth = 1;
    let end = -1;
    for (let t = tags.exec(html); t; t = tags.exec(html)) {
      if (!t[1]) depth++;
      else if (--depth === 0) { end = t.index; break; }
    }
    if (end < 0) throw new Error(`keepOtherLanguages: <${m[1]}> at ${m.index} is never closed`);
    const inner = html.slice(start, end);
    if (/[\uE000-\uE003]/.test(inner)) continue;
    out += html.slice(at, start) + KEEP.open + inner + KEEP.close;
    at = end;
    opening.lastIndex = end;
  }
  return out + html.slice(at);
}

/** The stretches of a page outside any mark (the site's own words), for the checks. */
export function siteStretches(text: string): string[] {
  return text.split(/[\uE000\uE002][^\uE000-\uE003]*[\uE001\uE003]/);
}

/** Kept for the unit tests of the KEEP marks: `convert` outside KEEP, the same inside ARTICLE. */
export const convertOutsideKept = (text: string, c: (s: string) => string): string => convertMarked(text, c, c);
