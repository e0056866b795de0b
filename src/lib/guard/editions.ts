/**
 * The 繁體 edition is generated, never written: every Chinese text of content/ must survive the
 * conversion to Traditional characters and back (src/lib/editions/hant.ts), or the build fails
 * naming the file, the entry and the field. Pure.
 */
import { hasHan } from '../article/text';
import { roundTripDifference } from '../editions/hant';
import type { Problems } from './problems';

/** Every string in a record, with its field path (intro[0], derived.note). */
export function stringsOf(value: unknown, path = ''): { field: string; text: string }[] {
  if (typeof value === 'string') return [{ field: path || '(value)', text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsOf(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringsOf(v, path ? `${path}.${k}` : k));
  return [];
}

/** Records to check: the file, the entry name, the record (its strings are walked). */
export interface EditionSource { file: string; entry: string; record: unknown }

export function checkHantRoundTrip(sources: readonly EditionSource[], problems: Problems): void {
  for (const s of sources) {
    for (const { field, text } of stringsOf(s.record)) {
      // Only Han characters change in the round trip (checked over every code point), so a string
      // without one is skipped. Any Han: U+3400–U+9FFF left out compatibility ideographs (豈 U+F900,
      // as PDF extraction yields) and the supplementary planes, which OpenCC converts too.
      // Stryker disable next-line ConditionalExpression: skipping is only a speed-up; a string without Han comes back as it was
      if (!hasHan(text)) continue;
      const d = roundTripDifference(text);
      if (d) problems.push({ file: s.file, entry: s.entry, field, message: `does not survive the 繁體 conversion: “${d.was}” becomes “${d.hant}” and comes back as “${d.back}” (the 繁體 edition is generated from this text with OpenCC: write it in 简体, and where a word does not come back, as 坐标 → 座標 → 座标, choose another word)` });
    }
  }
}
