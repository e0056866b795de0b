import type { APIRoute, GetStaticPaths } from 'astro';
import { getFigures } from '../../../data/content';
import { getVisuals } from '../../../data/visuals';
import { toCsv } from '../../../lib/csv';
import { FIGURE_COLUMNS, figureRecord } from '../../../lib/figure-record';
import { absoluteUrl } from '../../../lib/paths';

/** One CSV per chart: the records it draws. */
export const getStaticPaths = (async () => {
  const visuals = (await getVisuals()).filter((v) => v.name === 'Chart');
  return visuals.map((v) => ({ params: { id: v.id }, props: { figureIds: v.figureIds } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const all = await getFigures();
  const rows = (props.figureIds as string[]).map((id) => all.find((f) => f.id === id)!).map((f) => figureRecord(f, absoluteUrl(site!, import.meta.env.BASE_URL, f.located.path)));
  return new Response(toCsv(FIGURE_COLUMNS, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
