import type { APIRoute, GetStaticPaths } from 'astro';
import { eachEdition, ed } from '../../../../data/content';
import { toCsv } from '../../../../lib/figures/csv';
import { figureColumns, figureRecord } from '../../../../lib/figures/record';

/** One CSV per chart: the records it draws. */
export const getStaticPaths = (() => eachEdition(({ chapters }) =>
  chapters.flatMap((c) => c.graphics.filter((g) => g.name === 'Chart').map((g) => ({ params: { id: g.id }, props: { figureIds: g.ids } }))))) satisfies GetStaticPaths;

export const GET: APIRoute = (context) => {
  const { props } = context;
  const { figuresFor, absolute, recordText } = ed(context);
  const rows = figuresFor(props.figureIds as string[]).map((f) => figureRecord(f, absolute(f.at.path), recordText));
  return new Response(toCsv(figureColumns(recordText.made).map((c) => c.name), rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
