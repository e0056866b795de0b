import type { APIRoute } from 'astro';
import { ed, editionPaths } from '../../../data/content';
import { figureRecord } from '../../../lib/figures/record';

export const getStaticPaths = editionPaths;

export const GET: APIRoute = (context) => {
  const { figures, absolute } = ed(context);
  const records = figures.map((f) => figureRecord(f, absolute(f.at.path)));
  return new Response(JSON.stringify(records, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
