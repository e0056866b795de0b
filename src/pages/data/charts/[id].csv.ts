import type { APIRoute, GetStaticPaths } from 'astro';
import { chapters, figuresFor } from '../../../data/content';
import { toCsv } from '../../../lib/figures/csv';
import { FIGURE_COLUMNS, figureRecord } from '../../../lib/figures/record';
import { absoluteUrl } from '../../../lib/site/paths';

/** One CSV per chart: the records it draws. */
export const getStaticPaths = (() =>
  chapters.flatMap((c) => c.graphics.filter((g) => g.name === 'Chart').map((g) => ({ params: { id: g.id }, props: { figureIds: g.ids } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const rows = figuresFor(props.figureIds as string[]).map((f) => figureRecord(f, absoluteUrl(site!, import.meta.env.BASE_URL, f.at.path)));
  return new Response(toCsv(FIGURE_COLUMNS, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
