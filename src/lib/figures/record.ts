/** The public shape of a figure in the data downloads. Pure. */
import type { Figure } from '../../schemas/figure';
import { formatFigure } from '../article/numbers';
import { figureKind } from './kind';

export const FIGURE_COLUMNS = ['id', 'label', 'value', 'unit', 'qualifier', 'kind', 'display', 'period', 'chapter', 'quote', 'notation', 'derived', 'note', 'url'] as const;

export type FigureRecord = Record<(typeof FIGURE_COLUMNS)[number], string | number | null>;

/** A figure as published: the record's fields, its honest display text and the paragraph URL. */
export function figureRecord(f: Figure, url: string): FigureRecord {
  return {
    id: f.id,
    label: f.label,
    value: f.value ?? null,
    unit: f.unit,
    kind: figureKind(f),
    qualifier: f.qualifier,
    display: formatFigure(f),
    period: f.period,
    chapter: f.chapter,
    quote: f.quote,
    notation: f.notation ?? null,
    derived: f.derived ? f.derived.note : null,
    note: f.note ?? null,
    url,
  };
}
