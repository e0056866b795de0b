// Place-name labels beside map markers, where there is room: shared by the build-time SVG and the Leaflet map.
import { hasHan, textWidthEm } from '../article/text';

/** A marker that wants a label: its centre and radius (half its height) in screen units, its half-width when it is a pill, and the label's text. */
export interface LabelRequest {
  x: number;
  y: number;
  r: number;
  /** Half the badge's width (a pill is wider than high); `r` when absent. */
  rx?: number;
  text: string;
}

/** Where a label goes: its text anchor point, alignment, and its box. */
export interface PlacedLabel {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

export interface Box { x0: number; y0: number; x1: number; y1: number }

export const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Places a label beside each marker, in order (earlier markers choose first): right, left, above,
 * below, and with `diagonal` also above and below but running off to the left or the right of the
 * marker; a label that would cover another label, another marker, an obstacle (a district name) or
 * leave the frame, or that `blocked` refuses (one that would cross the river away from its marker),
 * is not drawn (null): the marker keeps only its number. A name keeps clear of the frame's sides.
 */
export function placeLabels(requests: readonly LabelRequest[], frame: { width: number; height: number }, fontSize: number, obstacles: readonly Box[] = [], diagonal = false, blocked: (box: Box) => boolean = () => false): (PlacedLabel | null)[] {
  const markers: Box[] = requests.map((m) => ({ x0: m.x - (m.rx ?? m.r), y0: m.y - m.r, x1: m.x + (m.rx ?? m.r), y1: m.y + m.r }));
  const placed: Box[] = [];
  const gap = fontSize * 0.3;
  return requests.map((m, i) => {
    if (!m.text) return null;
    const w = textWidthEm(m.text) * fontSize;
    // Clear of the frame's sides: a Latin name's width is an estimate (most of an em to spare); a CJK one's is exact.
    const side = hasHan(m.text) ? gap : fontSize * 0.8;
    const h = fontSize * 1.2;
    const rx = m.rx ?? m.r;
    const candidates: PlacedLabel[] = [
      { x: m.x + rx + gap, y: m.y, anchor: 'start', box: { x0: m.x + rx + gap, y0: m.y - h / 2, x1: m.x + rx + gap + w, y1: m.y + h / 2 } },
      { x: m.x - rx - gap, y: m.y, anchor: 'end', box: { x0: m.x - rx - gap - w, y0: m.y - h / 2, x1: m.x - rx - gap, y1: m.y + h / 2 } },
      { x: m.x, y: m.y - m.r - gap - h / 2, anchor: 'middle', box: { x0: m.x - w / 2, y0: m.y - m.r - gap - h, x1: m.x + w / 2, y1: m.y - m.r - gap } },
      { x: m.x, y: m.y + m.r + gap + h / 2, anchor: 'middle', box: { x0: m.x - w / 2, y0: m.y + m.r + gap, x1: m.x + w / 2, y1: m.y + m.r + gap + h } },
    ];
    if (diagonal) {
      for (const [y0, y] of [[m.y - m.r - gap - h, m.y - m.r - gap - h / 2], [m.y + m.r + gap, m.y + m.r + gap + h / 2]] as const) {
        candidates.push(
          { x: m.x + rx, y, anchor: 'end', box: { x0: m.x + rx - w, y0, x1: m.x + rx, y1: y0 + h } },
          { x: m.x - rx, y, anchor: 'start', box: { x0: m.x - rx, y0, x1: m.x - rx + w, y1: y0 + h } },
        );
      }
    }
    const ok = candidates.find((c) =>
      c.box.x0 >= side && c.box.y0 >= 0 && c.box.x1 <= frame.width - side && c.box.y1 <= frame.height &&
      !placed.some((b) => overlaps(b, c.box)) && !markers.some((b, j) => j !== i && overlaps(b, c.box)) && !obstacles.some((b) => overlaps(b, c.box)) && !blocked(c.box));
    if (ok) placed.push(ok.box);
    return ok ?? null;
  });
}

/** True when (x, y) is inside the ring (even–odd rule). */
export function pointInRing(ring: readonly (readonly [number, number])[], [x, y]: readonly [number, number]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** True when the segment a–b passes through the box (Liang–Barsky). */
export function segmentHitsBox(a: readonly [number, number], b: readonly [number, number], box: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const p = [-dx, dx, -dy, dy];
  const q = [a[0] - box.x0, box.x1 - a[0], a[1] - box.y0, box.y1 - a[1]];
  for (let i = 0; i < 4; i++) {
    if (p[i] === 0) {
      if (q[i]! < 0) return false;
      continue;
    }
    const t = q[i]! / p[i]!;
    if (p[i]! < 0) { if (t > t1) return false; if (t > t0) t0 = t; }
    else { if (t < t0) return false; if (t < t1) t1 = t; }
  }
  return true;
}

