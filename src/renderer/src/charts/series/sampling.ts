import type { OptionalSeries } from '@shared/metrics';
import { downsampleLttb, mergeIndices } from '../lttb';
import type { ChartRange } from './range';
import { rangeDayCount } from './range';

/**
 * At most this many points per chart are drawn: about one per horizontal pixel of a wide chart.
 * Longer ranges are downsampled for drawing only (every number comes from the full series).
 */
export const MAX_DRAWN_POINTS = 1000;

/** Why a chart has nothing to draw; the chart shows a sentence that says what to do instead. */
export type EmptyReason =
  | 'noRecords'
  | 'noSessions'
  | 'noCheckins'
  | 'noCheckinsInRange'
  | 'noBaseline'
  | 'noHrv'
  | 'noHardSessions'
  | 'noStrengthOrEndurance';

/** What every series builder returns besides its own fields. */
export interface DrawnSeries<Point> {
  points: Point[];
  /** Null when there is something to draw. */
  reasonIfEmpty: EmptyReason | null;
  /** Days in the range, and whether fewer points than days are drawn. */
  dayCount: number;
  isDownsampled: boolean;
}

/** The range's values of a plain daily series. */
export function sliceValues(values: Float64Array, range: ChartRange): Float64Array {
  return values.subarray(range.startIndex, range.endIndex + 1);
}

/** The range's values of an optional series, NaN where undefined (LTTB skips those). */
export function sliceOptional(series: OptionalSeries, range: ChartRange): Float64Array {
  const values = new Float64Array(rangeDayCount(range));
  for (let offset = 0; offset < values.length; offset += 1) {
    const index = range.startIndex + offset;
    values[offset] = series.isDefined[index] === 1 ? (series.values[index] ?? 0) : Number.NaN;
  }
  return values;
}

/** Offsets 0 … length − 1, the x values of LTTB over whole days. */
function offsets(length: number): Float64Array {
  const xs = new Float64Array(length);
  for (let offset = 0; offset < length; offset += 1) xs[offset] = offset;
  return xs;
}

/**
 * Offsets (0 = the range's first day) of the days to draw: every day when the range holds at most
 * `maxPoints`, otherwise the union of an LTTB selection of each series plus the `forced` offsets,
 * never more than `maxPoints` in all.
 */
export function selectDrawnOffsets(
  series: readonly ArrayLike<number>[],
  dayCount: number,
  maxPoints: number = MAX_DRAWN_POINTS,
  forced: readonly number[] = [],
): number[] {
  if (dayCount <= maxPoints) return Array.from({ length: dayCount }, (_, offset) => offset);
  const xs = offsets(dayCount);
  const perSeries = Math.max(2, Math.floor((maxPoints - forced.length) / Math.max(1, series.length)));
  const selections = series.map((ys) => downsampleLttb(xs, ys, perSeries));
  const valid = forced.filter((offset) => offset >= 0 && offset < dayCount);
  return mergeIndices(...selections, valid);
}

/** Offset of the largest value (the first one on ties), or −1 for an empty series. */
export function offsetOfMaximum(values: ArrayLike<number>): number {
  let best = -1;
  for (let offset = 0; offset < values.length; offset += 1) {
    const value = values[offset] ?? Number.NaN;
    if (Number.isFinite(value) && (best < 0 || value > (values[best] ?? 0))) best = offset;
  }
  return best;
}

/** Smallest and largest finite value over several series; null when there is none. */
export function extentOf(...series: readonly ArrayLike<number>[]): [number, number] | null {
  let low = Infinity;
  let high = -Infinity;
  for (const values of series) {
    for (let offset = 0; offset < values.length; offset += 1) {
      const value = values[offset] ?? Number.NaN;
      if (!Number.isFinite(value)) continue;
      if (value < low) low = value;
      if (value > high) high = value;
    }
  }
  return low <= high ? [low, high] : null;
}

/** Whether any of the range's days is defined in `series`. */
export function hasDefinedIn(series: OptionalSeries, range: ChartRange): boolean {
  for (let index = range.startIndex; index <= range.endIndex; index += 1) {
    if (series.isDefined[index] === 1) return true;
  }
  return false;
}

/** A value or null where it is NaN (how chart points say "nothing this day"). */
export function orNull(value: number | undefined): number | null {
  return value === undefined || Number.isNaN(value) ? null : value;
}
