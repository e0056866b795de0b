/**
 * The site's own words (navigation, labels, notes), written once in Chinese in the components and
 * looked up in English for the English edition: t('原文约{chars}字', { chars }) gives the Chinese,
 * or the English entry of WORDS_EN (src/lib/site/words-en.ts) with the same blanks filled. A word
 * without an English entry stops the build with a message naming it. The 繁體 edition converts the
 * Chinese (src/middleware.ts). Pure.
 */
import { fill } from './script-text';
import { WORDS_EN } from './words-en';

export type Translate = (zh: string, values?: Record<string, string | number>) => string;

export function translator(language: 'zh' | 'en'): Translate {
  if (language === 'zh') return (zh, values) => fill(zh, values);
  return (zh, values) => {
    const en = WORDS_EN[zh];
    if (en === undefined) throw new Error(`words: no English for “${zh}”: add it to src/lib/site/words-en.ts`);
    return fill(en, values);
  };
}
