import type { APIRoute } from 'astro';
import { getFigures } from '../../data/content';
import { toCsv } from '../../lib/csv';
import { absoluteUrl } from '../../lib/paths';
import { FIGURE_COLUMNS, figureRecord } from '../../lib/figure-record';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const figures = await getFigures();
  const rows = figures.map((f) => figureRecord(f, absoluteUrl(siteUrl!, import.meta.env.BASE_URL, f.located.path)));
  return new Response(toCsv(FIGURE_COLUMNS, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
