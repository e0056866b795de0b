/**
 * The English edition's view of the content model: the same records, chapters and blocks, with the
 * editors' translation in place of the Chinese words, each figure's number and unit in English
 * (235亿元 → 23.5 billion yuan; values scaled so charts and tables read in English units), and the
 * figure and term marks located in the English paragraphs (by the guard: src/lib/guard/english.ts).
 * The Chinese quotes stay as they are: they are the authority each record points to. Pure.
 */
import type { SiteContent, ModelChapter, ModelBlock } from '../guard/model';
import { englishDate, readsWhole, renderEnglishAlone } from './english';

/** Chinese units and their English, with the factor that turns the value into it (亿元 → billion yuan ÷ 10). */
const UNITS: Record<string, { factor: number; unit: string }> = {
  亿元: { factor: 0.1, unit: 'billion yuan' },
  万元: { factor: 0.01, unit: 'million yuan' },
  元: { factor: 1, unit: 'yuan' },
  万人: { factor: 10_000, unit: 'people' },
  人: { factor: 1, unit: 'people' },
  平方公里: { factor: 1, unit: 'km²' },
  '%': { factor: 1, unit: '%' },
  年: { factor: 1, unit: 'years' },
  天: { factor: 1, unit: 'days' },
  次: { factor: 1, unit: 'times' },
  倍: { factor: 1, unit: '×' },
  英寸: { factor: 1, unit: 'inch' },
};

/** A value in its English unit: 1000 亿元 → { value: 100, unit: 'billion yuan' }; counters take the record's noun. */
export function englishValue(value: number | undefined, unit: string, noun: string | undefined): { value: number | undefined; unit: string } {
  const u = UNITS[unit];
  const scaled = value === undefined ? undefined : Number(((value * (u?.factor ?? 1))).toPrecision(12));
  return { value: scaled, unit: u ? u.unit : (noun ?? '') };
}

/** English words per 225 a minute, at least one. */
export const englishMinutes = (words: number) => Math.max(1, Math.round(words / 225));
export const wordCount = (text: string) => (text.match(/[\p{L}\p{N}’'-]+/gu) ?? []).length;

export function englishView(m: SiteContent): SiteContent {
  const { article, records, marks } = m.english;
  const chapters = m.chapters.map((c): ModelChapter => {
    const en = article.chapters[c.slug];
    const blocks = c.blocks.map((b): ModelBlock => {
      if (b.type === 'heading') return { ...b, text: en.subheads[b.id]! };
      if (b.type === 'graphic') return { ...b, title: en.graphics[b.id]!.title, note: b.note === null ? null : en.graphics[b.id]!.note ?? null };
      const text = en.paragraphs[b.id]!;
      const figureMarks = b.marks.flatMap((k) => { const e = marks[k.figure]; return e ? [{ figure: k.figure, start: e.start, end: e.end }] : []; });
      const termMarks = m.glossary.flatMap((t) => t.first.filter((u) => u.chapter === c.slug && u.paragraph === b.id && u.en).map((u) => ({ term: t.id, start: u.en!.start, end: u.en!.end })));
      return { ...b, text, marks: figureMarks.sort((x, y) => x.start - y.start), terms: termMarks.sort((x, y) => x.start - y.start) };
    });
    const words = Object.values(en.paragraphs).reduce((n, p) => n + wordCount(p), 0);
    return {
      ...c,
      title: en.title,
      short: en.short,
      dek: en.dek,
      paragraphs: c.paragraphs.map((p) => ({ ...p, text: en.paragraphs[p.id]! })),
      headings: c.headings.map((h) => ({ ...h, text: en.subheads[h.id]! })),
      graphics: c.graphics.map((g) => ({ ...g, title: en.graphics[g.id]!.title, note: g.note === null ? null : en.graphics[g.id]!.note ?? null })),
      blocks,
      chars: words,
      minutes: englishMinutes(words),
    };
  });
  return {
    ...m,
    source: {
      ...m.source,
      headline: article.headline,
      published: records.source.published,
      publishedNote: records.source.publishedNote,
      about: records.source.about,
      closing: article.closing,
      repairs: m.source.repairs.map((r) => ({ ...r, reason: records.source.repairs[r.seed]! })),
    },
    site: { ...m.site, ...records.site },
    chapters,
    figures: m.figures.map((f) => {
      const en = records.figures[f.id]!;
      const { value, unit } = englishValue(f.value, f.unit, en.noun);
      return {
        ...f,
        /** The Chinese number and unit, which the quote states (for the popover's quotation). */
        original: { value: f.value, unit: f.unit, notation: f.notation, label: f.label },
        label: en.label,
        value,
        unit,
        notation: undefined,
        period: records.periods[f.period]!,
        note: en.note,
        qualifierNote: en.qualifierNote,
        derived: f.derived && en.derived ? { ...f.derived, ...en.derived } : f.derived,
        /** As it reads standing alone (popover, table, card): a forecast as a forecast, a rank as a rank; in the text, the translation's own words (renderings, marks). */
        rendering: renderEnglishAlone({ ...f, en }),
        whole: readsWhole(f),
      };
    }),
    places: m.places.map((p) => ({ ...p, name: records.places[p.id]!.name, note: records.places[p.id]!.note, formerName: records.places[p.id]!.formerName, mapName: records.places[p.id]!.short, quoteTranslation: records.places[p.id]!.quote })),
    /** The boundaries with the divisions' English names (their ids are the division places' ids). */
    districts: { ...m.districts, features: m.districts.features.map((f) => ({ ...f, properties: { ...f.properties, name: records.places[f.properties.id]?.name ?? f.properties.name } })) },
    timeline: m.timeline.map((e) => {
      const en = records.timeline[e.id]!;
      return typeof en === 'string' ? { ...e, label: en } : { ...e, label: en.label, note: en.note };
    }),
  };
}

export { englishDate };
