/**
 * Largest-triangle-three-buckets downsampling (Steinarsson 2013, "Downsampling time series for
 * visual representation", MSc thesis, University of Iceland): keeps the points that shape a line
 * (peaks, troughs, turns) so a long series can be drawn with fewer points. For drawing only; every
 * number shown comes from the full series.
 */

function isFiniteAt(ys: ArrayLike<number | null>, index: number): boolean {
  const value = ys[index];
  return typeof value === 'number' && Number.isFinite(value);
}

function allIndices(length: number): number[] {
  return Array.from({ length }, (_, index) => index);
}

/** First index of bucket `bucket` of `bucketCount` over points 1 … length − 2 (integer arithmetic first). */
function bucketStart(bucket: number, bucketCount: number, length: number): number {
  return 1 + Math.floor((bucket * (length - 2)) / bucketCount);
}

interface Anchor {
  x: number;
  y: number;
}

/** Mean x and y of the finite points in [from, to); null when there is none. */
function meanPoint(
  xs: ArrayLike<number>,
  ys: ArrayLike<number | null>,
  from: number,
  to: number,
): Anchor | null {
  let sumX = 0;
  let sumY = 0;
  let count = 0;
  for (let index = from; index < to; index += 1) {
    if (!isFiniteAt(ys, index)) continue;
    sumX += xs[index] ?? 0;
    sumY += ys[index] ?? 0;
    count += 1;
  }
  return count === 0 ? null : { x: sumX / count, y: sumY / count };
}

/** The index in [from, to) whose triangle with `anchor` and `next` is largest; −1 without a finite point. */
function largestTriangle(
  xs: ArrayLike<number>,
  ys: ArrayLike<number | null>,
  from: number,
  to: number,
  anchor: Anchor | null,
  next: Anchor | null,
): number {
  let best = -1;
  let bestArea = -1;
  for (let index = from; index < to; index += 1) {
    if (!isFiniteAt(ys, index)) continue;
    const x = xs[index] ?? 0;
    const y = ys[index] ?? 0;
    // Without a neighbour on one side the triangle degenerates: take the point farthest from the other.
    const area =
      anchor && next
        ? Math.abs((anchor.x - next.x) * (y - anchor.y) - (anchor.x - x) * (next.y - anchor.y))
        : Math.abs(y - (anchor ?? next ?? { y }).y);
    if (area > bestArea) {
      best = index;
      bestArea = area;
    }
  }
  return best;
}

/**
 * The indices of the points to draw, strictly increasing: all of them when `ys` has at most
 * `threshold` points, otherwise exactly `threshold` (at least 2): the first and the last point and,
 * from each of `threshold − 2` equal buckets between them, the point forming the largest triangle
 * with the point kept before it and the mean of the next bucket.
 *
 * Missing values (null, NaN, ±Infinity) are never chosen while a bucket has a finite value and do not
 * count in the means. A bucket with no finite value keeps its first index, so a line drawn from the
 * result still shows the gap instead of bridging it.
 */
export function downsampleLttb(
  xs: ArrayLike<number>,
  ys: ArrayLike<number | null>,
  threshold: number,
): number[] {
  const length = Math.min(xs.length, ys.length);
  if (length <= Math.max(threshold, 2)) return allIndices(length);
  const bucketCount = Math.max(Math.floor(threshold), 2) - 2;
  const kept = [0];
  let anchor: Anchor | null = isFiniteAt(ys, 0) ? { x: xs[0] ?? 0, y: ys[0] ?? 0 } : null;
  for (let bucket = 0; bucket < bucketCount; bucket += 1) {
    const from = bucketStart(bucket, bucketCount, length);
    const to = bucketStart(bucket + 1, bucketCount, length);
    const nextTo = bucket + 1 === bucketCount ? length : bucketStart(bucket + 2, bucketCount, length);
    const next = meanPoint(xs, ys, to, nextTo);
    const chosen = largestTriangle(xs, ys, from, to, anchor, next);
    if (chosen < 0) {
      kept.push(from);
      continue;
    }
    kept.push(chosen);
    anchor = { x: xs[chosen] ?? 0, y: ys[chosen] ?? 0 };
  }
  kept.push(length - 1);
  return kept;
}

/** Sorted, distinct union of index lists (each already sorted). */
export function mergeIndices(...lists: readonly (readonly number[])[]): number[] {
  const all = lists.flat().sort((a, b) => a - b);
  return all.filter((index, position) => position === 0 || index !== all[position - 1]);
}
