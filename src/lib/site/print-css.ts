/** Print CSS generated from content: a named page per chapter whose running header is its title, and one for the back matter. Pure. */

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

/**
 * The back matter of /print/ (the figures, the glossary, the sources: each marked data-print-back) on
 * one named page whose running header is the site's name: one name, so no page break more than the
 * sections have; a header, so that those pages say what they belong to, as the chapters' do.
 */
export function backMatterRule(header: string): string {
  return `@page back-matter {\n  @top-center { content: ${cssString(header)}; }\n}\n[data-print-back] { page: back-matter; }\n`;
}
