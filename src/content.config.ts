/**
 * The content collections: every kind of content under content/ (and the article in seeds/),
 * declared once with the zod schemas of src/schemas. The chapters are MDX (glob(), their slug from
 * the file name NN-<slug>.mdx) rendered by @astrojs/mdx with `render(entry)`
 * (src/components/chapter/ChapterBody.astro); the records are YAML (file()).
 *
 * The cross-record rules (provenance, fidelity, meaning, coverage, the editions' round trip) need
 * every collection at once: they run once, before any page renders, in the content guard
 * (src/plugins/content-guard.ts), which fails the build with the file, the entry and the field.
 * The records a collection holds have therefore passed the guard's checks as well as its schema.
 */
import { readFileSync } from 'node:fs';
import { defineCollection, z } from 'astro:content';
import { file, glob } from 'astro/loaders';
import yaml from 'js-yaml';
import { chapterSchema } from './schemas/chapter';
import { englishArticleSchema, englishRecordsSchema } from './schemas/english';
import { figureSchema } from './schemas/figure';
import { glossaryTermSchema } from './schemas/glossary';
import { nonFigureSchema } from './schemas/non-figure';
import { placeSchema } from './schemas/place';
import { siteSchema } from './schemas/site';
import { sourceSchema } from './schemas/source';
import { timelineSchema } from './schemas/timeline';

/** A chapter's slug: its file name without the NN- order prefix (03-innovation.mdx → innovation). */
export const chapterSlugOf = (path: string): string => path.replace(/^.*\//, '').replace(/^\d\d-/, '').replace(/\.mdx$/, '');

/** A YAML file holding one record, as a collection of one entry named `id`. */
const single = (id: string) => ({ parser: (text: string) => ({ [id]: yaml.load(text) as Record<string, unknown> }) });

const chapters = defineCollection({
  loader: glob({ pattern: '[0-9][0-9]-*.mdx', base: './content/chapters', generateId: ({ entry }) => chapterSlugOf(entry) }),
  schema: chapterSchema,
});

const figures = defineCollection({ loader: file('content/figures.yaml'), schema: figureSchema });
const places = defineCollection({ loader: file('content/places.yaml'), schema: placeSchema });
const timeline = defineCollection({ loader: file('content/timeline.yaml'), schema: timelineSchema });
const glossary = defineCollection({ loader: file('content/glossary.yaml'), schema: glossaryTermSchema });

/** Non-figures have no ids of their own: each is named by its position in the file (non-figure-1 …), as the guard names them. */
const nonFigures = defineCollection({
  loader: file('content/non-figures.yaml', {
    parser: (text) => Object.fromEntries(((yaml.load(text) as unknown[]) ?? []).map((n, i) => [`non-figure-${i + 1}`, n as Record<string, unknown>])),
  }),
  schema: nonFigureSchema,
});

/** The English edition's texts: the translation keyed by paragraph id, and the records' English. */
const englishArticle = defineCollection({ loader: file('content/en/article.yaml', single('article')), schema: englishArticleSchema });
const englishRecords = defineCollection({ loader: file('content/en/records.yaml', single('records')), schema: englishRecordsSchema });

/** The article itself: content/source.yaml (which names the file in seeds/ and its repairs) and the site's own record. */
const source = defineCollection({ loader: file('content/source.yaml', single('source')), schema: sourceSchema });
const site = defineCollection({ loader: file('content/site.yaml', single('site')), schema: siteSchema });

/** The article's text as published, from the file in seeds/ that content/source.yaml names. */
const article = defineCollection({
  loader: {
    name: 'zhuzhou:article',
    load: async ({ store, parseData, config }) => {
      const root = new URL('.', config.root);
      const src = yaml.load(readFileSync(new URL('content/source.yaml', root), 'utf8')) as { file: string };
      const text = readFileSync(new URL(src.file, root), 'utf8');
      store.clear();
      store.set({ id: 'article', data: await parseData({ id: 'article', data: { file: src.file, text } }), filePath: src.file });
    },
  },
  schema: z.object({
    /** The article's file in seeds/. */
    file: z.string(),
    /** Its text exactly as extracted. */
    text: z.string().min(1),
  }),
});

export const collections = { chapters, figures, places, timeline, nonFigures, glossary, englishArticle, englishRecords, source, site, article };
