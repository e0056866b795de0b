/** Print CSS generated from content: a named page per chapter whose running header is its title. Pure. */

const cssString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;

export function chapterPageRules(chapters: readonly { slug: string; title: string; kicker: string }[]): string {
  return chapters
    .map((c) => `@page chapter-${c.slug} {\n  @top-center { content: ${cssString(`${c.kicker} · ${c.title}`)}; }\n}\narticle[data-chapter="${c.slug}"] { page: chapter-${c.slug}; }\n`)
    .join('\n');
}

/**
 * The page footer, in the edition's words: a template with {page} and {pages}
 * ("第 {page} 页 / 共 {pages} 页", "Page {page} of {pages}") as the CSS content of @bottom-center.
 */
export function pageFooterRule(template: string): string {
  const parts = template.split(/(\{pages?\})/).filter((p) => p !== '');
  const content = parts.map((p) => (p === '{page}' ? 'counter(page)' : p === '{pages}' ? 'counter(pages)' : cssString(p))).join(' ');
  return `@page {\n  @bottom-center { content: ${content}; }\n}\n`;
}
