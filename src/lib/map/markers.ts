// Marker grouping and labels, shared by the build-time SVG and the browser's Leaflet map (no dependencies).

/** Numbers as a marker label: 3, or 2–8 for a run, or 2·5 otherwise. */
export function markerLabel(ns: readonly number[]): string {
  if (ns.length === 1) return String(ns[0]);
  const run = ns.every((n, i) => i === 0 || n === ns[i - 1]! + 1);
  return run ? `${ns[0]}–${ns[ns.length - 1]}` : ns.join('·');
}

/**
 * Places of one district that share a point (same coordinates: often a district's centroid, for
 * places the editors could only place in their district) become one marker listing them all:
 * never markers stacked invisibly on top of each other. Places of different districts never share
 * a marker. `n` is each place's 1-based position in `places` (its number in the list).
 */
export function groupByPoint<P extends { lon: number; lat: number; district: string | null }>(places: readonly P[]): { lon: number; lat: number; district: string | null; members: { place: P; n: number }[] }[] {
  const groups = new Map<string, { lon: number; lat: number; district: string | null; members: { place: P; n: number }[] }>();
  places.forEach((p, i) => {
    const key = `${p.lon.toFixed(5)},${p.lat.toFixed(5)},${p.district ?? ''}`;
    const g = groups.get(key) ?? { lon: p.lon, lat: p.lat, district: p.district, members: [] };
    g.members.push({ place: p, n: i + 1 });
    groups.set(key, g);
  });
  return [...groups.values()];
}

/**
 * Groups items of the same `group` (a district) whose screen positions lie closer than
 * `minDistance` (greedy, in order): markers that would cover each other become one marker at the
 * first item's position. Items of different groups are never merged: {@link separate} moves them
 * apart instead.
 */
export function clusterByDistance<T>(items: readonly { x: number; y: number; group: string | null; item: T }[], minDistance: number): { x: number; y: number; group: string | null; items: T[] }[] {
  const clusters: { x: number; y: number; group: string | null; items: T[] }[] = [];
  for (const it of items) {
    const near = clusters.find((c) => c.group === it.group && Math.hypot(c.x - it.x, c.y - it.y) < minDistance);
    if (near) near.items.push(it.item);
    else clusters.push({ x: it.x, y: it.y, group: it.group, items: [it.item] });
  }
  return clusters;
}

/**
 * Moves points apart until no two are closer than `minDistance` (a few rounds of pairwise pushes,
 * each point moving half the overlap; a point's `extra`, a pill's half-width beyond its half-height,
 * adds to the distance needed along x): markers of different districts that would cover each other
 * stay separate markers, each a little off its true position (the map draws a short leader line).
 * Deterministic; returns new positions in the same order.
 */
export function separate(points: readonly { x: number; y: number; extra?: number }[], minDistance: number, rounds = 60): { x: number; y: number }[] {
  const out = points.map((p) => ({ x: p.x, y: p.y }));
  const extra = points.map((p) => p.extra ?? 0);
  for (let r = 0; r < rounds; r++) {
    let moved = false;
    for (let i = 0; i < out.length; i++) {
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i]!;
        const b = out[j]!;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let d = Math.hypot(dx, dy);
        if (d < 1e-9) { dx = 1; dy = 0; d = 1; } // the same point: push apart horizontally
        // Pills are wider than high: along x they need their extra half-widths too.
        const need = minDistance + (Math.abs(dx) / d) * (extra[i]! + extra[j]!);
        if (d >= need - 1e-9) continue;
        const push = (need - d) / 2 + 1e-6;
        a.x -= (dx / d) * push; a.y -= (dy / d) * push;
        b.x += (dx / d) * push; b.y += (dy / d) * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return out;
}

/** A marker's label: its places' numbers (2–8, 1·3), or, for more than three places, how many, in the page's words (`count`: 6处 / 6 places). */
export function clusterLabel(ns: readonly number[], count: (n: number) => string): string {
  const sorted = [...ns].sort((a, b) => a - b);
  return sorted.length > 3 && markerLabel(sorted).length > 5 ? count(sorted.length) : markerLabel(sorted);
}

/**
 * Width, in em, of a badge's text in the site's CJK sans face (measured in Noto Sans CJK): digits
 * and the en dash about half an em, the middle dot and CJK characters a full em.
 */
export function badgeTextEm(label: string): number {
  let w = 0;
  for (const ch of label) w += /[0-9–-]/.test(ch) ? 0.55 : ch === ' ' ? 0.25 : 1;
  return w;
}

/**
 * A marker's badge, sized to its label: a circle (`width` = `height`) for a plain number that fits
 * inside one (one or two digits), else a pill, a rounded rectangle as wide as the text plus
 * padding (5处, 2–3, 12·16, 20–26 are never squeezed into a circle). Sizes in the units of `height`.
 */
export function badgeSize(label: string, fontSize: number, height: number): { width: number; height: number; pill: boolean } {
  const text = badgeTextEm(label) * fontSize;
  if (/^\d+$/.test(label) && text <= height * 0.75) return { width: height, height, pill: false };
  return { width: Math.max(Math.ceil(text + height * 0.7), height + 4), height, pill: true };
}

/**
 * The name written beside a marker: the place's name, or for several places `several(name, count)`
 * with the first name, else the shortest when the first makes it too long; '' when even that is
 * longer than `maxChars` characters (the marker keeps its numbers, the list or popup has the names).
 */
export function markerName(names: readonly string[], several: (name: string, count: number) => string, maxChars = 12): string {
  const label = (name: string) => (names.length === 1 ? name : several(name, names.length));
  const first = label(names[0] ?? '');
  if ([...first].length <= maxChars) return first;
  const shortest = label([...names].sort((a, b) => [...a].length - [...b].length)[0] ?? '');
  return [...shortest].length <= maxChars ? shortest : '';
}
