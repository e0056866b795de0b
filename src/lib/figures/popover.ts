/**
 * What a figure's popover says (label, value with its qualifier, period, notes, the numbers the
 * editors derived from it, links): the provenance a reader opens from the number in the text. Pure.
 */
import type { Figure } from '../../schemas/figure';
import { formatFigure, qualifierLabel } from '../article/numbers';
import { withBase } from '../site/paths';

export interface FigurePopover {
  id: string;
  label: string;
  /** The value as the site states it: 超过500亿元, 几万名, 翻番（即增至2倍）. */
  value: string;
  /** What the qualifier means: 确数, 下限（原文作…）. */
  qualifier: string;
  period: string;
  note: string | null;
  /** Numbers the editors computed from this one. */
  derived: { label: string; value: string; note: string; assumption: string }[];
  /** This figure in the list of all figures. */
  figuresHref: string;
  /** The paragraph that states it. */
  paragraphHref: string;
}

/** The popover of every figure marked in a paragraph of `chapterPath` (derived figures have no mark: they are listed under their inputs). */
export function figurePopover(f: Figure, all: readonly Figure[], base: string, paragraphId: string): FigurePopover {
  return {
    id: f.id,
    label: f.label,
    value: formatFigure(f),
    qualifier: qualifierLabel(f.qualifier),
    period: f.period,
    note: f.note ?? null,
    derived: all.filter((d) => d.derived?.of.includes(f.id)).map((d) => ({ label: d.label, value: formatFigure(d), note: d.derived!.note, assumption: d.derived!.assumption })),
    figuresHref: withBase(base, `figures/#figure-${f.id}`),
    paragraphHref: `#${paragraphId}`,
  };
}

/** The popover element's id on a chapter page. */
export const popoverId = (figureId: string) => `pop-${figureId}`;
