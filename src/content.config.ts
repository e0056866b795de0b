/**
 * Content collections. The schemas are the ones src/plugins/content-guard.ts checks before the
 * build starts (with provenance and fidelity); here they type the data the pages read.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { chapterSchema } from './schemas/chapter';
import { figureSchema } from './schemas/figure';
import { placeSchema } from './schemas/place';
import { timelineSchema } from './schemas/timeline';

const chapters = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/chapters', generateId: ({ entry }) => entry.replace(/^\d\d-/, '').replace(/\.mdx$/, '') }),
  schema: chapterSchema,
});
const figures = defineCollection({ loader: file('./content/figures.yaml'), schema: figureSchema });
const places = defineCollection({ loader: file('./content/places.yaml'), schema: placeSchema });
const timeline = defineCollection({ loader: file('./content/timeline.yaml'), schema: timelineSchema });

export const collections = { chapters, figures, places, timeline };
