/**
 * How an edition's pages speak, declared once per kind of edition and named by each edition
 * (src/lib/editions/editions.ts): everything a component would otherwise decide by asking which
 * language the page is in. The source's voice (简体 and its conversion, 繁體) writes the site's
 * words in Chinese; the translation's voice (English) writes them in English and marks the Chinese
 * it quotes. A new edition names one of these, or declares its own. Pure.
 */
import type { GlossaryTerm as GlossaryEntry } from '../../schemas/glossary';

type Translate = (zh: string, values?: Record<string, string | number>) => string;

export interface Voice {
  /** The `lang` that marks the article's Chinese where a page quotes it (undefined: the page's own language). */
  quoteLang: string | undefined;
  /** Whether Chinese runs inside the edition's words are marked `lang="zh-CN"` (a quoted 几万, a name). */
  marksChineseRuns: boolean;
  /** Which glossary index leads (open, and the order of the terms). */
  glossaryOrder: 'pinyin' | 'english';
  /** Whether the article's text is the editors' translation (a meta line says so, and what the authority is). */
  translated: boolean;
  /** Which about page it shows (src/components/about/). */
  about: 'zh' | 'en';
  /** A glossary term as the edition names it first, then the gloss in the other language. */
  termNames(g: Pick<GlossaryEntry, 'term' | 'en'>): { lead: string; leadLang: string | undefined; gloss: string; glossLang: string | undefined };
  /** A glossary term's explanation in the edition's language. */
  termExplanation(g: Pick<GlossaryEntry, 'zh' | 'explanation'>): string;
  /** A chapter's length on the cover: 约3,200字 · 阅读约9分钟 / 2,100 words · 9-minute read. */
  length(c: { chars: number; minutes: number }, t: Translate): string;
  /** The cover's heading over the chapters: 原文 / The article (editors' translation). */
  articleHeading(t: Translate): string;
  /** A paragraph among a term's uses: 第3段 / ¶3. */
  useLabel(index: number, t: Translate): string;
}

export const SOURCE_VOICE: Voice = {
  quoteLang: undefined,
  marksChineseRuns: false,
  glossaryOrder: 'pinyin',
  translated: false,
  about: 'zh',
  termNames: (g) => ({ lead: g.term, leadLang: undefined, gloss: g.en, glossLang: 'en' }),
  termExplanation: (g) => g.zh,
  length: (c, t) => t('约{chars}字 · 阅读约{minutes}分钟', { chars: c.chars, minutes: c.minutes }),
  articleHeading: (t) => t('原文'),
  useLabel: (index, t) => t('第{n}段', { n: index }),
};

export const TRANSLATION_VOICE: Voice = {
  quoteLang: 'zh-CN',
  marksChineseRuns: true,
  glossaryOrder: 'english',
  translated: true,
  about: 'en',
  termNames: (g) => ({ lead: g.en, leadLang: undefined, gloss: g.term, glossLang: 'zh-CN' }),
  termExplanation: (g) => g.explanation,
  length: (c, t) => t('约{words}词 · 阅读约{minutes}分钟', { words: c.chars.toLocaleString('en-GB'), minutes: c.minutes }),
  articleHeading: (t) => t('文章（编者译文）'),
  useLabel: (index) => `¶${index}`,
};
