import type { APIRoute } from 'astro';
import { figures } from '../../data/content';
import { toCsv } from '../../lib/figures/csv';
import { absoluteUrl } from '../../lib/site/paths';
import { FIGURE_COLUMNS, figureRecord } from '../../lib/figures/record';

export const GET: APIRoute = ({ site }) => {
  const rows = figures.map((f) => figureRecord(f, absoluteUrl(site!, import.meta.env.BASE_URL, f.at.path)));
  return new Response(toCsv(FIGURE_COLUMNS, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
