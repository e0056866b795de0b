/**
 * Provenance: every quote is the article's, lies in the chapter its record names and within one
 * paragraph (it links there). Pure.
 */
import type { ChapterSlug } from '../../schemas/common';
import type { ArticleParagraph } from '../article/blocks';
import { stripWhitespace } from '../article/text';
import type { Chapter } from './load';
import type { Problems } from './problems';

/** Where a quote sits: its chapter, its paragraph and its offset in the paragraph's white-space-free text. */
export interface QuoteLocation {
  chapter: Chapter;
  paragraph: ArticleParagraph;
  /** Offset of the quote in the paragraph's text with white space removed. */
  offset: number;
}

export class Provenance {
  readonly bySlug: ReadonlyMap<ChapterSlug, Chapter>;
  /** Each chapter's paragraphs with their text white space removed (computed once). */
  private readonly stripped: ReadonlyMap<ChapterSlug, { p: Chapter['blocks']['paragraphs'][number]; text: string }[]>;
  constructor(
    /** The article with white space removed and repairs applied ('' when it cannot be read). */
    readonly article: string,
    readonly seedPath: string,
    chapters: readonly Chapter[],
  ) {
    this.bySlug = new Map(chapters.map((c) => [c.slug, c]));
    this.stripped = new Map(chapters.map((c) => [c.slug, c.blocks.paragraphs.map((p) => ({ p, text: stripWhitespace(p.text) }))]));
  }

  /** The quote's paragraph in its chapter (first occurrence), or null. */
  locate(quote: string, chapter: ChapterSlug | undefined): QuoteLocation | null {
    const c = chapter ? this.bySlug.get(chapter) : undefined;
    if (!c) return null;
    const q = stripWhitespace(quote);
    for (const { p, text } of this.stripped.get(c.slug)!) {
      const offset = text.indexOf(q);
      if (offset >= 0) return { chapter: c, paragraph: p, offset };
    }
    return null;
  }

  /** Checks one record's quote; returns its location when it has one. */
  check(file: string, entry: string, quote: string, chapter: ChapterSlug | undefined, problems: Problems): QuoteLocation | null {
    if (!this.article) return null;
    const q = stripWhitespace(quote);
    if (!this.article.includes(q)) {
      problems.push({ file, entry, field: 'quote', message: `"${quote}" is not in the article (${this.seedPath}, compared without white space)` });
      return null;
    }
    const c = chapter ? this.bySlug.get(chapter) : undefined;
    if (!c) return null;
    if (!c.text.includes(q)) {
      problems.push({ file, entry, field: 'chapter', message: `is "${chapter}" but the quote is not in that chapter's article text` });
      return null;
    }
    const at = this.locate(quote, chapter);
    if (!at) problems.push({ file, entry, field: 'quote', message: `runs across a paragraph break in ${c.file}: a quote must lie within one paragraph (it links to it)` });
    return at;
  }
}
