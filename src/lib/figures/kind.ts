/** A figure's kind (amount, rank, claim, duration; see src/schemas/figure.ts) and how figures group for sorting. Pure. */

export type FigureKind = 'amount' | 'rank' | 'claim' | 'duration';

/** A figure's kind: `amount` when the record does not say. */
export const figureKind = (f: { kind?: FigureKind | undefined }): FigureKind => f.kind ?? 'amount';

/** Whether a figure's value may be sorted by size against another's: same kind, same unit, and only amounts and durations. */
export const sortsByValue = (f: { kind?: FigureKind | undefined }): boolean => figureKind(f) === 'amount' || figureKind(f) === 'duration';

/**
 * The group a figure sorts in: figures are only ever compared by value within one kind and one
 * unit. A figure with no unit (零收入, 1/3 of the world's output) is compared with nothing: its
 * group is its own.
 */
export const sortGroup = (f: { id: string; kind?: FigureKind | undefined; unit: string }): string => (f.unit === '' ? `${figureKind(f)}||${f.id}` : `${figureKind(f)}|${f.unit}`);

/** The kinds' words (Chinese; the editions translate them): the filter's options, a row's tag and a group's label. */
export const KIND_WORDS: Record<FigureKind, string> = { amount: '数量', rank: '名次', claim: '说法', duration: '时长' };
export const FIGURE_KINDS: readonly FigureKind[] = ['amount', 'rank', 'claim', 'duration'];
