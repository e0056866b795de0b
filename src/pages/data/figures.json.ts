import type { APIRoute } from 'astro';
import { getFigures } from '../../data/content';
import { absoluteUrl } from '../../lib/paths';
import { figureRecord } from '../../lib/figure-record';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const figures = await getFigures();
  const records = figures.map((f) => figureRecord(f, absoluteUrl(siteUrl!, import.meta.env.BASE_URL, f.located.path)));
  return new Response(JSON.stringify(records, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
