/**
 * The site's view of its content, per edition: the checked content model (`virtual:zhuzhou/content`,
 * built once by the content guard; chapters are rendered from it by
 * src/components/chapter/ChapterBody.astro), with links into the edition and its share cards.
 * Pages, endpoints and components read content only through `ed(Astro)`; nothing here reads a file.
 * The 繁體 edition shows the same content: its pages are converted to Traditional characters as
 * they are built (src/middleware.ts: the article's text by character conversion, the site's words
 * in Taiwan usage); what no page conversion reaches (share cards, data downloads, the print style
 * sheet, a link's query) is converted here, by `siteText` and `articleText`.
 * The English edition shows the English view of the model (src/lib/editions/english-view.ts), the
 * site's words in English (t: src/lib/site/words.ts) and numbers written the English way (fmt).
 */
import content from 'virtual:zhuzhou/content';
import type { ModelChapter, ModelEvent, ModelFigure, ModelPlace } from '../lib/guard/model';
import { chapterPath } from '../lib/guard/model';
import { buildCards, cardContent, pageCardText, type PageCardId } from '../lib/share/cards';
import { editionCards } from '../lib/editions/cards';
import { absoluteUrl, withBase } from '../lib/site/paths';
import { channelAttr, parseChannel } from '../lib/site/corrections';
import { DEFAULT_EDITION, EDITIONS, editionById, type Edition, type EditionId } from '../lib/editions/editions';
import { ARTICLE, KEEP, siteHant, toHant } from '../lib/editions/hant';
import { scriptTextAttr, type ScriptTextPart } from '../lib/site/script-text';
import { englishView } from '../lib/editions/english-view';
import { formatterFor } from '../lib/editions/format';
import { translator } from '../lib/site/words';
import { formatFigure } from '../lib/article/numbers';
import type { SiteContent } from '../lib/guard/model';

export { chapterPath };
export type { ModelChapter, ModelEvent, ModelFigure, ModelPlace };
export type ChapterInfo = ModelChapter;

const BASE = import.meta.env.BASE_URL;
const SITE = import.meta.env.SITE;

/** Where readers' error reports go (content/site.yaml `corrections`, checked by its schema), or null: the report is composed for the reader to copy. */
const channel = content.site.corrections ? parseChannel(content.site.corrections) : null;

let english: SiteContent | null = null;
/** The model in the edition's language (the 繁體 edition's Chinese is converted later, page by page). */
const modelFor = (e: Edition): SiteContent => (e.language === 'en' ? (english ??= englishView(content)) : content);

function build(e: Edition) {
  const content = modelFor(e);
  /** A site path in this edition, with the base path: url('figures/') → /zhuzhou/zh-hant/figures/. */
  const url = (path = '') => withBase(BASE, `${e.prefix}${path.replace(/^\/+/, '')}`);
  /** Each figure with its link and its number as the edition writes it (超过1000亿元 / more than 100 billion yuan). */
  const figures = content.figures.map((f) => ({ ...f, href: url(f.at.path), display: f.rendering ?? formatFigure(f) }));
  const figureById = new Map(figures.map((f) => [f.id, f]));
  const places = content.places.map((p) => ({ ...p, href: p.at ? url(p.at.path) : null }));
  const chapters: ChapterInfo[] = content.chapters;
  /** The site's own words as the edition writes them, where no page conversion reaches (endpoints, cards, a link's query): Taiwan usage in 繁體. */
  const siteText = (s: string) => (e.source === 'opencc' ? siteHant(s) : s);
  /** The article's own text as the edition writes it there: character conversion in 繁體 (it converts back to the source exactly). */
  const articleText = (s: string) => (e.source === 'opencc' ? toHant(s) : s);
  const inScript = siteText;
  const t = translator(e.language);
  const fmt = formatterFor(e.language);
  const divisionCount = content.places.filter((p) => p.kind === 'division').length;
  return {
    edition: e,
    /** The site's words in the edition's language. */
    t,
    /** Whether the chapters' article text is the MDX's (the source, and its conversion), else the edition's own (a translation). */
    mdxText: e.source !== 'translation',
    /** Numbers, dates and chapter numbers the edition's way. */
    fmt,
    /** A page's title, description and kicker, as its share card has them (src/lib/share/cards.ts). */
    pageCard: (id: PageCardId) => pageCardText(id, { figures: content.figures.length, divisions: divisionCount }, { t, fmt }),
    glossary: content.glossary,
    editions: EDITIONS,
    url,
    /** The absolute URL of a site path in this edition (canonical links, share URLs, QR codes). */
    absolute: (path = '') => absoluteUrl(SITE!, BASE, `${e.prefix}${path.replace(/^\/+/, '')}`),
    /** The same site path in every edition: the alternates of a page. */
    alternates: (path = '') => EDITIONS.map((x) => ({ edition: x, href: absoluteUrl(SITE!, BASE, `${x.prefix}${path.replace(/^\/+/, '')}`), local: withBase(BASE, `${x.prefix}${path.replace(/^\/+/, '')}`) })),
    site: content.site,
    source: content.source,
    chapters,
    chapterOf: (slug: string): ChapterInfo => {
      const c = chapters.find((x) => x.slug === slug);
      if (!c) throw new Error(`unknown chapter "${slug}"`);
      return c;
    },
    figures,
    figureById,
    /** The figure records a graphic shows, in the order given (the guard has checked every id). */
    figuresFor: (ids: readonly string[]) => ids.map((id) => {
      const f = figureById.get(id);
      if (!f) throw new Error(`unknown figure "${id}"`);
      return f;
    }),
    places,
    divisions: places.filter((p) => p.kind === 'division'),
    timeline: content.timeline.map((ev) => ({ ...ev, href: url(ev.at.path) })),
    nonFigures: content.nonFigures,
    districts: content.districts,
    river: content.river,
    geoSource: content.geoSource,
    /** The boundary data's credit, as the pages show it. */
    geoCredit: {
      name: content.geoSource.package, version: content.geoSource.version, copyright: content.geoSource.copyright, licence: content.geoSource.licence,
      /** The simplification's threshold (km²) and how far it moved a border at most (m). */
      minAreaKm2: content.geoSource.minAreaKm2, maxOffsetM: Math.max(...content.geoSource.districts.map((d) => d.maxOffsetM)),
    },
    /** The share cards (src/lib/share/cards.ts), in this edition's script: read by BaseHead and the PNG endpoint. */
    cards: editionCards(buildCards(cardContent(content), { t, fmt }), e),
    /** The publisher's correction channel (mail or issue tracker), or null when none is set. */
    channel,
    /** The channel as the pages' `data-report-channel` attribute carries it ('' when none). */
    channelAttr: channel ? channelAttr(channel) : '',
    /** The words a script writes, for the page's `data-text-<part>` attribute. */
    scriptText: (part: ScriptTextPart) => scriptTextAttr(e.language, part),
    /** Words a page carries encoded (in a link's query), where the page's conversion cannot reach them. */
    inScript,
    siteText,
    articleText,
    /** Marks a text on a page as the article's own (the page conversion gives it character conversion only, in 繁體): for text content, never an attribute. */
    art: (s: string) => `${ARTICLE.open}${s}${ARTICLE.close}`,
    /** How the data downloads write the edition's text columns (src/lib/figures/record.ts). */
    recordText: { site: siteText, article: articleText, made: e.source === 'opencc' ? 'conversion' : e.source === 'translation' ? 'translation' : 'source' } as const,
    /** Both scripts of a text, for a search that folds them: the 简体 and its 繁體 conversion (the article's by character, the site's words in Taiwan usage), kept as written in every edition. */
    bothScripts: (s: string, kind: 'site' | 'article' = 'site') => `${KEEP.open}${s} ${kind === 'article' ? toHant(s) : siteHant(s)}${KEEP.close}`,
  };
}

export type EditionContent = ReturnType<typeof build>;
const built = new Map<EditionId, EditionContent>();

/** The content as an edition shows it. */
export function editionContent(id: EditionId): EditionContent {
  let v = built.get(id);
  if (!v) { v = build(editionById(id)); built.set(id, v); }
  return v;
}

/** The content for the page being built (its edition is set by src/middleware.ts from the URL). */
export const ed = (astro: { locals: App.Locals }): EditionContent => editionContent(astro.locals.edition ?? DEFAULT_EDITION.id);

export type SiteFigure = EditionContent['figures'][number];
export type SitePlace = EditionContent['places'][number];
export type SiteEvent = EditionContent['timeline'][number];

/** getStaticPaths of a page that every edition has: one path per edition. */
export { editionParams as editionPaths } from '../lib/editions/editions';

/**
 * getStaticPaths of a page with its own parameters, in every edition: `each` gives the paths of
 * one edition (from that edition's content), each is given the edition's rest parameter.
 */
export function eachEdition<P extends Record<string, string>, T>(each: (c: EditionContent) => { params: P; props: T }[]) {
  return EDITIONS.flatMap((e) => each(editionContent(e.id)).map((x) => ({ params: { ...x.params, edition: e.param }, props: x.props })));
}
