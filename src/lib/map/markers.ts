// Marker grouping and labels, shared by the build-time SVG and the browser's Leaflet map (no dependencies).

/** Numbers as a marker label: 3, or 2–8 for a run, or 2·5 otherwise. */
export function markerLabel(ns: readonly number[]): string {
  if (ns.length === 1) return String(ns[0]);
  const run = ns.every((n, i) => i === 0 || n === ns[i - 1]! + 1);
  return run ? `${ns[0]}–${ns[ns.length - 1]}` : ns.join('·');
}

/**
 * Places that share a point (same coordinates: often a district's centroid, for places the editors
 * could only place in their district) become one marker listing them all: never markers stacked
 * invisibly on top of each other.
 */
export function groupByPoint<P extends { lon: number; lat: number }>(places: readonly P[]): { lon: number; lat: number; members: { place: P; n: number }[] }[] {
  const groups = new Map<string, { lon: number; lat: number; members: { place: P; n: number }[] }>();
  places.forEach((p, i) => {
    const key = `${p.lon.toFixed(5)},${p.lat.toFixed(5)}`;
    const g = groups.get(key) ?? { lon: p.lon, lat: p.lat, members: [] };
    g.members.push({ place: p, n: i + 1 });
    groups.set(key, g);
  });
  return [...groups.values()];
}

/**
 * Groups items whose screen positions lie closer than `minDistance` (greedy, in order): markers that
 * would cover each other become one marker at the first item's position, so every marker on screen
 * can be seen and pressed.
 */
export function clusterByDistance<T>(items: readonly { x: number; y: number; item: T }[], minDistance: number): { x: number; y: number; items: T[] }[] {
  const clusters: { x: number; y: number; items: T[] }[] = [];
  for (const it of items) {
    const near = clusters.find((c) => Math.hypot(c.x - it.x, c.y - it.y) < minDistance);
    if (near) near.items.push(it.item);
    else clusters.push({ x: it.x, y: it.y, items: [it.item] });
  }
  return clusters;
}

/** A marker's label: its places' numbers (2–8, 1·3), or, for more than three places, how many. */
export function clusterLabel(ns: readonly number[]): string {
  const sorted = [...ns].sort((a, b) => a - b);
  return sorted.length > 3 && markerLabel(sorted).length > 5 ? `${sorted.length}处` : markerLabel(sorted);
}
