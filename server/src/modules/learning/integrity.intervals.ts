/** Half-open media intervals [start, end) in seconds, kept sorted and disjoint. */
export type Interval = readonly [number, number];

export function totalLength(intervals: readonly Interval[]): number {
  return intervals.reduce((sum, [a, b]) => sum + (b - a), 0);
}

/** The union of `intervals` and `[a, b)`. */
export function addInterval(intervals: readonly Interval[], a: number, b: number): Interval[] {
  if (b <= a) return [...intervals];
  const out: Interval[] = [];
  let start = a;
  let end = b;
  for (const [x, y] of intervals) {
    if (y < start || x > end) out.push([x, y]);
    else {
      start = Math.min(start, x);
      end = Math.max(end, y);
    }
  }
  out.push([start, end]);
  return out.sort((p, q) => p[0] - q[0]);
}

/** How much of `[a, b)` is not yet covered by `intervals`. */
export function uncoveredLength(intervals: readonly Interval[], a: number, b: number): number {
  if (b <= a) return 0;
  let covered = 0;
  for (const [x, y] of intervals) covered += Math.max(0, Math.min(b, y) - Math.max(a, x));
  return b - a - covered;
}
