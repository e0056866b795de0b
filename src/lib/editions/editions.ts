/** The site's editions, declared once: 简体 (the source, at the root), 繁體 (generated at build), English (the editors' translation). Pure. */
import { SOURCE_VOICE, TRANSLATION_VOICE, type Voice } from './voice';

export type EditionId = 'zh-CN' | 'zh-Hant' | 'en';

export interface Edition {
  id: EditionId;
  /** The `lang` of its pages. */
  lang: string;
  /** The language of its words (the site's own words are written once per language: src/lib/site/script-text.ts). */
  language: 'zh' | 'en';
  /** Its `hreflang` in the alternates. */
  hreflang: string;
  /** The path it lives under, relative to the base path: '' or 'zh-hant/'. */
  prefix: string;
  /** Its rest-parameter value in the routes (`[...edition]`): undefined for the root edition. */
  param: string | undefined;
  /** Its name in its own script, for the switcher. */
  label: string;
  /** The same, one or two letters, for the switcher on a phone (the full name stays the link's text for screen readers). */
  shortLabel: string;
  /** Its Open Graph locale. */
  ogLocale: string;
  /**
   * The typefaces its share cards are drawn in, in order (src/lib/share/cards.ts): each glyph from
   * the first that has it. English: Latin text in a Latin face (Noto Serif), Chinese in Noto Serif SC.
   */
  cardFonts: readonly ('sc' | 'tc' | 'latin')[];
  /** How its text is made: the source itself, converted from it with OpenCC, or translated (content/en/). */
  source: 'source' | 'opencc' | 'translation';
  /** How its pages speak: reading mode, how quoted Chinese is marked, glossary order … (src/lib/editions/voice.ts). */
  voice: Voice;
}

export const EDITIONS: readonly Edition[] = [
  { id: 'zh-CN', lang: 'zh-CN', language: 'zh', hreflang: 'zh-CN', prefix: '', param: undefined, label: '简体', shortLabel: '简', ogLocale: 'zh_CN', cardFonts: ['sc'], source: 'source', voice: SOURCE_VOICE },
  { id: 'zh-Hant', lang: 'zh-Hant', language: 'zh', hreflang: 'zh-Hant', prefix: 'zh-hant/', param: 'zh-hant', label: '繁體', shortLabel: '繁', ogLocale: 'zh_TW', cardFonts: ['tc'], source: 'opencc', voice: SOURCE_VOICE },
  { id: 'en', lang: 'en', language: 'en', hreflang: 'en', prefix: 'en/', param: 'en', label: 'English', shortLabel: 'EN', ogLocale: 'en_GB', cardFonts: ['latin', 'sc'], source: 'translation', voice: TRANSLATION_VOICE },
];

export const DEFAULT_EDITION: Edition = EDITIONS[0]!;

export const editionById = (id: EditionId): Edition => EDITIONS.find((e) => e.id === id)!;

/** The edition a site path belongs to (the path without the base path), and the path within it. */
export function editionOfPath(sitePath: string): { edition: Edition; path: string } {
  const p = sitePath.replace(/^\/+/, '');
  const edition = EDITIONS.find((e) => e.prefix && (p === e.prefix.slice(0, -1) || p.startsWith(e.prefix))) ?? DEFAULT_EDITION;
  return { edition, path: p.slice(Math.min(edition.prefix.length, p.length)) };
}

/** For getStaticPaths: one entry per edition, with the rest parameter `edition`. */
export function editionParams(): { params: { edition: string | undefined } }[] {
  return EDITIONS.map((e) => ({ params: { edition: e.param } }));
}

/**
 * The hosts' rules for a missing page (Netlify's `_redirects`; Cloudflare Pages finds the nearest
 * 404.html by itself): under each edition's prefix, that edition's 404 page, with status 404.
 */
export function notFoundRedirects(base: string): string {
  const b = base.replace(/\/?$/, '/');
  return EDITIONS.filter((e) => e.prefix).map((e) => `${b}${e.prefix}*  ${b}${e.prefix}404.html  404\n`).join('');
}
