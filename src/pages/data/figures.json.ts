import type { APIRoute } from 'astro';
import { figures } from '../../data/content';
import { absoluteUrl } from '../../lib/site/paths';
import { figureRecord } from '../../lib/figures/record';

export const GET: APIRoute = ({ site }) => {
  const records = figures.map((f) => figureRecord(f, absoluteUrl(site!, import.meta.env.BASE_URL, f.at.path)));
  return new Response(JSON.stringify(records, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
