/**
 * The site's view of its content: the checked content model (`virtual:zhuzhou/content`, built once
 * by the content guard; chapters are rendered from it by src/components/chapter/ChapterBody.astro).
 * Pages, endpoints and components read content only through here; nothing here reads a file.
 */
import content from 'virtual:zhuzhou/content';
import type { ModelChapter, ModelEvent, ModelFigure, ModelPlace } from '../lib/guard/model';
import { buildCards, cardContent } from '../lib/share/cards';
import { withBase } from '../lib/site/paths';
import { resolveDeployConfig } from '../lib/site/deploy-config';

export { chapterPath } from '../lib/guard/model';
export type { ModelChapter, ModelEvent, ModelFigure, ModelPlace };

const BASE = import.meta.env.BASE_URL;

/** A site path with the base path: url('figures/') → /zhuzhou/figures/. */
export const url = (path = '') => withBase(BASE, path);

export const { site, source, districts, river, geoSource, nonFigures } = content;

export type ChapterInfo = ModelChapter;
export const chapters: ChapterInfo[] = content.chapters;

/** Figures, places and events, each with the link to the paragraph that states it (base path included). */
export const figures = content.figures.map((f) => ({ ...f, href: url(f.at.path) }));
export const places = content.places.map((p) => ({ ...p, href: p.at ? url(p.at.path) : null }));
export const timeline = content.timeline.map((e) => ({ ...e, href: url(e.at.path) }));
export type SiteFigure = (typeof figures)[number];
export type SitePlace = (typeof places)[number];
export type SiteEvent = (typeof timeline)[number];

export const chapterOf = (slug: string): ChapterInfo => {
  const c = chapters.find((x) => x.slug === slug);
  if (!c) throw new Error(`unknown chapter "${slug}"`);
  return c;
};
export const figureById = new Map(figures.map((f) => [f.id, f]));
export const divisions = places.filter((p) => p.kind === 'division');

/** The boundary data's credit, as the pages show it. */
export const geoCredit = { name: geoSource.package, version: geoSource.version, copyright: geoSource.copyright, toleranceM: geoSource.toleranceM, licence: geoSource.licence };

/** The share cards (src/lib/share/cards.ts): read by BaseHead (meta tags) and the PNG endpoint. */
export const cards = buildCards(cardContent(content));

/** The figure records a graphic shows, in the order given (the guard has checked every id). */
export function figuresFor(ids: readonly string[]): SiteFigure[] {
  return ids.map((id) => {
    const f = figureById.get(id);
    if (!f) throw new Error(`unknown figure "${id}"`);
    return f;
  });
}

/** Where readers' error reports go (REPORT_EMAIL, checked by src/lib/site/deploy-config.ts). */
export const reportEmail = resolveDeployConfig(process.env).reportEmail;

/** A mailto: link for an error report, the subject and body filled in. */
export function reportHref(subject: string, body: string): string {
  return `mailto:${reportEmail}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
