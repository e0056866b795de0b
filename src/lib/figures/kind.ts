/** A figure's kind (amount, rank, claim, duration; see src/schemas/figure.ts) and how figures group for sorting. Pure. */

export type FigureKind = 'amount' | 'rank' | 'claim' | 'duration';

/** A figure's kind: `amount` when the record does not say. */
export const figureKind = (f: { kind?: FigureKind | undefined }): FigureKind => f.kind ?? 'amount';

/** Whether a figure's value may be sorted by size against another's: same kind, same unit, and only amounts and durations. */
export const sortsByValue = (f: { kind?: FigureKind | undefined }): boolean => figureKind(f) === 'amount' || figureKind(f) === 'duration';

/** The group a figure sorts in: figures are only ever compared by value within one kind and one unit. */
export const sortGroup = (f: { kind?: FigureKind | undefined; unit: string }): string => `${figureKind(f)}|${f.unit}`;
