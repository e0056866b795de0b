/**
 * Editorial text states no number of its own: every number in a title, dek, subhead, chart title,
 * figure label, the site's words or a share card is a figure record's number or the article's own
 * wording (or, for what the site says about itself, one of its own counts). Pure.
 */
import type { Figure } from '../../schemas/figure';
import { plainNumber } from '../article/numbers';
import { stripWhitespace } from '../article/text';
import type { Problems } from './problems';

/** A piece of editorial text and where it lives. */
export interface EditorialText {
  file: string;
  entry: string;
  field: string;
  text: string;
}

const CN = '零〇一二两三四五六七八九十百千万亿';
/** Arabic numbers; Chinese numerals that count something (followed by a measure word) or rank it (第…). */
const NUMBER = new RegExp(`\\d+(?:\\.\\d+)?|第[${CN}]+|[${CN}]+(?=[个年项大家名位种次条台款章段处座批类倍成届级所部套份天月日岁人元强])`, 'g');

export interface EditorialAllowance {
  /** The article, white space removed. */
  article: string;
  figures: readonly Figure[];
  /** Numbers the site may state about itself in generated text (how many chapters, figures, divisions). */
  siteCounts?: readonly number[];
}

/**
 * How the records state their numbers with units (62%, 超过100万元 → 100万元): what editorial text may
 * repeat. A statement is compared only where a number's first digit stands, so one that does not
 * start with a digit (第二条, or a mutant's “Stryker was here” and “undefined家”) never matches.
 */
function statementsOf(figures: readonly Figure[]): string[] {
  // Stryker disable next-line ArrayDeclaration,ConditionalExpression: an extra statement without a leading digit never matches (see above)
  return figures.flatMap((f) => [...(f.value !== undefined ? [`${plainNumber(f.value)}${f.unit}`] : []), ...(f.notation ? [`${f.notation}${f.unit}`] : [])]);
}

/** The numbers in `text` that no record and no wording of the article accounts for. */
export function strayNumbers(text: string, allow: EditorialAllowance, statements: readonly string[] = statementsOf(allow.figures)): string[] {
  const t = stripWhitespace(text);
  const stray: string[] = [];
  for (const m of t.matchAll(NUMBER)) {
    const tok = m[0];
    // A token is all digits or all Chinese numerals (NUMBER), so its first character says which.
    // Stryker disable next-line Regex: /\d/ finds a digit exactly where /^\d/ does
    const digits = /^\d/.test(tok);
    const rest = t.slice(m.index!);
    const next2 = t.slice(m.index!, m.index! + tok.length + 2);
    const next1 = t.slice(m.index!, m.index! + tok.length + 1);
    // The article's own wording: the number with the two characters that follow it (六大难题, 十年建成);
    // digits also with just one (147家企业, where the article has 已关停企业147家). At the end of the
    // text both are the number alone.
    if (allow.article.includes(next2) || (digits && allow.article.includes(next1))) continue;
    // A year the article names.
    if (/^(19|20)\d\d$/.test(tok) && allow.article.includes(`${tok}年`)) continue;
    // A figure record, stated in digits with its unit (超过100万元, 62%). Chinese numerals in
    // editorial text must be the article's own wording: a record of 3 does not license “三大”.
    if (digits && statements.some((s) => s.length >= tok.length && rest.startsWith(s))) continue;
    if (/^\d+$/.test(tok) && allow.siteCounts?.includes(Number(tok))) continue;
    stray.push(tok);
  }
  return stray;
}

export function checkEditorialNumbers(texts: readonly EditorialText[], allow: EditorialAllowance, problems: Problems): void {
  const statements = statementsOf(allow.figures);
  for (const e of texts) {
    const stray = strayNumbers(e.text, allow, statements);
    if (stray.length) {
      problems.push({ file: e.file, entry: e.entry, field: e.field, message: `states ${stray.map((s) => `“${s}”`).join(', ')}, which is neither a figure record's number nor the article's own wording: editorial text may not add numbers (“${e.text}”)` });
    }
  }
}
