/** Site paths under an optional base path. Pure. */

/** Joins Astro's BASE_URL ('/', '/zhuzhou' or '/zhuzhou/') and a site path ('chapters/x/'). */
export function withBase(base: string, path = ''): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, '')}`;
}

/** The path of a chapter page, relative to the site root. */
export function chapterPath(slug: string): string {
  return `chapters/${slug}/`;
}

/** An absolute URL for a site path (for canonical links and the data downloads). */
export function absoluteUrl(site: URL | string, base: string, path = ''): string {
  return new URL(withBase(base, path), site).href;
}
