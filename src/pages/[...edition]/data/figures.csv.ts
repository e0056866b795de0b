import type { APIRoute } from 'astro';
import { ed, editionPaths } from '../../../data/content';
import { toCsv } from '../../../lib/figures/csv';
import { figureColumns, figureRecord } from '../../../lib/figures/record';

export const getStaticPaths = editionPaths;

/** One row per figure; which columns are conversions or translations is said on /figures/ and in the JSON's `columns`. */
export const GET: APIRoute = (context) => {
  const { figures, absolute, recordText } = ed(context);
  const rows = figures.map((f) => figureRecord(f, absolute(f.at.path), recordText));
  return new Response(toCsv(figureColumns(recordText.made).map((c) => c.name), rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
