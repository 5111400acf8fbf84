import { fromDayNumber, toDayNumber } from '../time/local-date';

/**
 * Daily series live in typed arrays indexed by day: index 0 is the axis' first day. A value that is
 * undefined on a day (a ratio over 0, a z-score without baseline) is marked in `isDefined`; the
 * number stored there is 0 and never read. No series ever holds NaN or Infinity.
 */
export interface OptionalSeries {
  values: Float64Array;
  /** 1 where `values[i]` is defined, 0 where it is not. */
  isDefined: Uint8Array;
}

export function createOptionalSeries(length: number): OptionalSeries {
  // One backing store for both arrays: the engine makes dozens of these per athlete.
  const buffer = new ArrayBuffer(length * 9);
  return {
    values: new Float64Array(buffer, 0, length),
    isDefined: new Uint8Array(buffer, length * 8, length),
  };
}

/** The value on day `index`, or null where it is undefined or outside the series. */
export function valueAt(series: OptionalSeries, index: number): number | null {
  return series.isDefined[index] === 1 ? (series.values[index] ?? null) : null;
}

/** Sets day `index` to `value`, or to undefined when `value` is null or not finite. */
export function setValue(series: OptionalSeries, index: number, value: number | null): void {
  if (value === null || !Number.isFinite(value)) {
    series.values[index] = 0;
    series.isDefined[index] = 0;
  } else {
    series.values[index] = value;
    series.isDefined[index] = 1;
  }
}

/** `numerator / denominator`, or null when the denominator is 0 (SCIENCE.md: never 0 or Infinity). */
export function divideOrNull(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  const ratio = numerator / denominator;
  return Number.isFinite(ratio) ? ratio : null;
}

/**
 * A new series of `length` days whose first `keepDays` days are copied from `previous` (an incremental
 * recompute); all undefined without `previous`.
 */
export function extendOptionalSeries(
  previous: OptionalSeries | undefined,
  length: number,
  keepDays: number,
): OptionalSeries {
  const next = createOptionalSeries(length);
  if (previous) {
    next.values.set(previous.values.subarray(0, keepDays));
    next.isDefined.set(previous.isDefined.subarray(0, keepDays));
  }
  return next;
}

/** As `extendOptionalSeries`, for a series of plain numbers. */
export function extendValues(
  previous: Float64Array | undefined,
  length: number,
  keepDays: number,
): Float64Array {
  const next = new Float64Array(length);
  if (previous) next.set(previous.subarray(0, keepDays));
  return next;
}

/** As `extendOptionalSeries`, for a series of flags or small counts. */
export function extendFlags(previous: Uint8Array | undefined, length: number, keepDays: number): Uint8Array {
  const next = new Uint8Array(length);
  if (previous) next.set(previous.subarray(0, keepDays));
  return next;
}

/** Copies days `firstDay` … end of `source` into `target` (the recomputed days of an incremental run). */
export function copyDays(source: OptionalSeries, target: OptionalSeries, firstDay: number): void {
  target.values.set(source.values.subarray(firstDay), firstDay);
  target.isDefined.set(source.isDefined.subarray(firstDay), firstDay);
}

/**
 * How many days an incremental recompute keeps from `previous` (see the compute functions): none
 * without `previous` or from day 0, and never more than either series holds.
 */
export function keptDayCount(previousLength: number | undefined, length: number, fromIndex: number): number {
  if (previousLength === undefined || Number.isNaN(fromIndex) || fromIndex <= 0) return 0;
  return Math.min(Math.floor(fromIndex), previousLength, length);
}

/** Each record's day number, computed once for all the series that place records on the axis. */
export function dayNumbersOf(records: readonly { date: string }[]): Int32Array {
  const days = new Int32Array(records.length);
  for (let index = 0; index < records.length; index += 1)
    days[index] = toDayNumber(records[index]?.date ?? '');
  return days;
}

/** The days a set of series covers: `length` days from `startDate` (both ends included). */
export interface DayAxis {
  startDate: string;
  /** Day number of `startDate` (see time/local-date). */
  startDay: number;
  length: number;
}

/** The axis from `startDate` to `endDate` inclusive; empty when the end is before the start. */
export function createDayAxis(startDate: string, endDate: string): DayAxis {
  const startDay = toDayNumber(startDate);
  return { startDate, startDay, length: Math.max(0, toDayNumber(endDate) - startDay + 1) };
}

/** Index of `isoDate` on the axis (may be negative or ≥ length when outside it). */
export function dayIndex(axis: DayAxis, isoDate: string): number {
  return toDayNumber(isoDate) - axis.startDay;
}

/** The date of day `index` on the axis. */
export function dateAt(axis: DayAxis, index: number): string {
  return fromDayNumber(axis.startDay + index);
}
