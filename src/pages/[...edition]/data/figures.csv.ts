import type { APIRoute } from 'astro';
import { ed, editionPaths } from '../../../data/content';
import { toCsv } from '../../../lib/figures/csv';
import { FIGURE_COLUMNS, figureRecord } from '../../../lib/figures/record';

export const getStaticPaths = editionPaths;

export const GET: APIRoute = (context) => {
  const { figures, absolute } = ed(context);
  const rows = figures.map((f) => figureRecord(f, absolute(f.at.path)));
  return new Response(toCsv(FIGURE_COLUMNS, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
