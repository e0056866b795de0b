/**
 * Makes ids unique on a page that shows several chapters (/print/): inside each
 * `data-print-chapter="slug"` region, every id, same-page #link, ARIA id reference and SVG paint
 * reference (fill="url(#…)", a pattern's) gets the prefix `slug-`, and the chapter's editorial subheads move one level down under the chapter's h2
 * title. Links to the document's own parts outside the chapters (the figures table, whose ids
 * begin with DOCUMENT_ID_PREFIX) are left as they are. Pure string work on the rendered HTML.
 */
export const DOCUMENT_ID_PREFIX = 'all-';
const ATTRS = /(\s(?:id|aria-labelledby|aria-describedby|for)=")([^"]+)(")|(\shref=")#([^"]+)(")|(\s(?:fill|stroke|clip-path|mask)="url\()#([^")]+)(\)")/g;

/** Moves editorial subheads one level down (h2 → h3, h3 → h4), for a page where the chapter title is an h2. */
export function demoteSubheads(html: string): string {
  return html.replace(/<h([23])(\s[^>]*\bdata-editorial\b[^>]*)>([\s\S]*?)<\/h\1>/g, (_m, level: string, attrs: string, inner: string) => {
    const n = Number(level) + 1;
    return `<h${n}${attrs}>${inner}</h${n}>`;
  });
}

export function scopeRegion(html: string, prefix: string): string {
  return html.replace(ATTRS, (_m, a1: string | undefined, ids: string | undefined, a3: string | undefined, h1: string | undefined, hash: string | undefined, h3: string | undefined, u1: string | undefined, ref: string | undefined, u3: string | undefined) =>
    a1 !== undefined ? `${a1}${ids!.split(/\s+/).map((id) => `${prefix}${id}`).join(' ')}${a3}` : h1 !== undefined ? `${h1}#${hash!.startsWith(DOCUMENT_ID_PREFIX) ? '' : prefix}${hash}${h3}` : `${u1}#${prefix}${ref}${u3}`,
  );
}

export function scopeChapterIds(html: string): string {
  const marker = /<[^>]+\sdata-print-chapter="([a-z0-9-]+)"/g;
  // Each region starts after its marker element's opening tag (whose own id stays as it is).
  const starts = [...html.matchAll(marker)].map((m) => ({ at: html.indexOf('>', m.index!) + 1, slug: m[1]! }));
  const endAt = html.indexOf('data-print-end');
  const tagStart = (at: number) => html.lastIndexOf('<', at);
  if (!starts.length) return html;
  let out = html.slice(0, starts[0]!.at);
  starts.forEach((s, i) => {
    const next = starts[i + 1];
    const stop = next ? tagStart(next.at - 1) : endAt > s.at ? tagStart(endAt) : html.length;
    out += demoteSubheads(scopeRegion(html.slice(s.at, stop), `${s.slug}-`));
    out += html.slice(stop, next ? next.at : stop);
  });
  const last = starts[starts.length - 1]!;
  const tailFrom = endAt > last.at ? tagStart(endAt) : html.length;
  return out + html.slice(tailFrom);
}
