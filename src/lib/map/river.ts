// The river told honestly: a stretch of line whose ends fade out (the river goes on where the data stops), pure.

type Point = readonly [number, number];

/** One piece of a line, drawn at `opacity` (1 in the middle, falling towards an open end). */
export interface FadePiece { points: [number, number][]; opacity: number }

const lerp = (a: Point, b: Point, t: number): [number, number] => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];

/** The part of a polyline between distances `from` and `to` along it (in its own units). */
export function sliceLine(line: readonly Point[], from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let at = 0;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const s = at;
    const e = at + len;
    at = e;
    if (len === 0 || e < from || s > to) continue;
    if (!out.length) out.push(lerp(a, b, Math.max(0, (from - s) / len)));
    if (e <= to) out.push([b[0], b[1]]);
    else { out.push(lerp(a, b, (to - s) / len)); break; }
  }
  return out;
}

/** Length of a polyline. */
export const lineLength = (line: readonly Point[]) => line.reduce((n, p, i) => (i ? n + Math.hypot(p[0] - line[i - 1]![0], p[1] - line[i - 1]![1]) : n), 0);

/**
 * A line cut into pieces so that it can be drawn with open ends: the middle at full opacity, and
 * `fraction` of its length at each open end in `steps` pieces fading to `floor`. `open` says which
 * ends are open (a river's ends where the data stops, not where the river does). Pieces share their
 * end points, so the line is unbroken.
 */
export function fadeEnds(line: readonly Point[], open: { start: boolean; end: boolean } = { start: true, end: true }, fraction = 0.22, steps = 6, floor = 0.08): FadePiece[] {
  const total = lineLength(line);
  if (!(total > 0)) return [];
  const f = Math.min(fraction, 0.45) * total;
  const pieces: FadePiece[] = [];
  const ramp = (k: number) => floor + ((1 - floor) * (k + 0.5)) / steps; // k = 0 at the open end
  if (open.start) for (let k = 0; k < steps; k++) pieces.push({ points: sliceLine(line, (k * f) / steps, ((k + 1) * f) / steps), opacity: round(ramp(k)) });
  pieces.push({ points: sliceLine(line, open.start ? f : 0, open.end ? total - f : total), opacity: 1 });
  if (open.end) for (let k = steps - 1; k >= 0; k--) pieces.push({ points: sliceLine(line, total - ((k + 1) * f) / steps, total - (k * f) / steps), opacity: round(ramp(k)) });
  return pieces.filter((p) => p.points.length >= 2);
}

const round = (v: number) => Math.round(v * 100) / 100;
