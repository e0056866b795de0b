/** Print CSS generated from content: a named page per chapter whose running header is its title. Pure. */

const cssString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;

export function chapterPageRules(chapters: readonly { slug: string; title: string; kicker: string }[]): string {
  return chapters
    .map((c) => `@page chapter-${c.slug} {\n  @top-center { content: ${cssString(`${c.kicker} ${c.title}`)}; }\n}\narticle[data-chapter="${c.slug}"] { page: chapter-${c.slug}; }\n`)
    .join('\n');
}
