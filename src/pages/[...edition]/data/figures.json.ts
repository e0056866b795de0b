import type { APIRoute } from 'astro';
import { ed, editionPaths } from '../../../data/content';
import { figureColumns, figureRecord } from '../../../lib/figures/record';

export const getStaticPaths = editionPaths;

/** The figures with a description of their columns: which are the source's, which conversions or translations. */
export const GET: APIRoute = (context) => {
  const { figures, absolute, recordText, edition } = ed(context);
  const columns = figureColumns(recordText.made);
  const records = figures.map((f) => figureRecord(f, absolute(f.at.path), recordText));
  return new Response(JSON.stringify({ edition: edition.id, columns, figures: records }, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
