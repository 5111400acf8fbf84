import { fromDayNumber, toDayNumber } from '../time/local-date';
import type { AthleteMetrics } from './athlete-metrics';
import { stimulusBits } from './daily-load';
import type { MetricsAvailability } from './inputs';
import {
  findReturnFromBreakInDays,
  stimulusRecencyFromDays,
  type ReturnFromBreak,
  type StimulusRecency,
} from './training-gaps';

/**
 * The same answers as training-gaps' session-based functions, read from an athlete's computed day
 * arrays instead of scanning every session again: what the team summary asks for each athlete.
 */

/**
 * The sorted day numbers on which `has(axis index)` holds, built once per metrics object and key and
 * then answered by binary search: a per-day report over a long axis asks O(log n) per day instead
 * of scanning back (a 70-year gap once made `metrics --daily` quadratic).
 */
const daysWithCache = new WeakMap<AthleteMetrics, Map<string, Int32Array>>();

function daysWith(metrics: AthleteMetrics, key: string, has: (index: number) => boolean): Int32Array {
  let byKey = daysWithCache.get(metrics);
  if (byKey === undefined) {
    byKey = new Map();
    daysWithCache.set(metrics, byKey);
  }
  const cached = byKey.get(key);
  if (cached !== undefined) return cached;
  const { startDay, length } = metrics.axis;
  let count = 0;
  for (let index = 0; index < length; index += 1) if (has(index)) count += 1;
  const days = new Int32Array(count);
  let next = 0;
  for (let index = 0; index < length; index += 1) if (has(index)) days[next++] = startDay + index;
  byKey.set(key, days);
  return days;
}

/** How many of the sorted `days` are ≤ `day`. */
function countAtOrBefore(days: Int32Array, day: number): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((days[middle] ?? 0) <= day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The latest of the sorted `days` that is ≤ `day`; null when none. */
function lastDayAtOrBefore(days: Int32Array, day: number): number | null {
  const count = countAtOrBefore(days, day);
  return count === 0 ? null : (days[count - 1] ?? null);
}

function sessionDaysOf(metrics: AthleteMetrics): Int32Array {
  const { sessionCount } = metrics.daily;
  return daysWith(metrics, 'sessions', (index) => (sessionCount[index] ?? 0) > 0);
}

/** Days since the last strength and endurance stimulus on `date` (see `stimulusRecencyOn`). */
export function stimulusRecencyFromMetrics(metrics: AthleteMetrics, date: string): StimulusRecency {
  const { settings } = metrics;
  const day = toDayNumber(date);
  const mask = metrics.daily.stimulusMask;
  const lastDayOf = (bits: number): number | null =>
    lastDayAtOrBefore(
      daysWith(metrics, `stimulus:${bits}`, (index) => ((mask[index] ?? 0) & bits) !== 0),
      day,
    );
  const strengthDay = lastDayOf(stimulusBits(settings.interference.strengthStimuli));
  const enduranceDay = lastDayOf(stimulusBits(settings.interference.enduranceStimuli));
  return stimulusRecencyFromDays(day, strengthDay, enduranceDay, settings);
}

/** The break the athlete is returning from on `date` (see `findReturnFromBreak`). */
export function returnFromBreakFromMetrics(
  metrics: AthleteMetrics,
  availability: readonly MetricsAvailability[],
  date: string,
): ReturnFromBreak | null {
  const { axis, load } = metrics;
  const day = toDayNumber(date);
  const allSessionDays = sessionDaysOf(metrics);
  // A view, not a copy: the days up to `date`.
  const sessionDays = allSessionDays.subarray(0, countAtOrBefore(allSessionDays, day));
  // The coupled chronic mean is the 28-day mean daily load the ramp starts from; 0 before the axis.
  const chronicWeeklyLoadAuOn = (onDay: number): number =>
    (load.chronicMeanAu[onDay - axis.startDay] ?? 0) * 7;
  return findReturnFromBreakInDays(sessionDays, availability, day, metrics.settings, chronicWeeklyLoadAuOn);
}

/** The date of the latest session or check-in on or before `date`; null without one. */
export function lastRecordDate(metrics: AthleteMetrics, date: string): string | null {
  const daysSince = daysSinceLastRecord(metrics, date);
  return daysSince === null ? null : fromDayNumber(toDayNumber(date) - daysSince);
}

/** Days since the latest session or check-in on or before `date`; null without one. */
export function daysSinceLastRecord(metrics: AthleteMetrics, date: string): number | null {
  const { daily, wellness } = metrics;
  const day = toDayNumber(date);
  const recordDays = daysWith(
    metrics,
    'records',
    (index) => (daily.sessionCount[index] ?? 0) > 0 || wellness.hasCheckin[index] === 1,
  );
  const last = lastDayAtOrBefore(recordDays, day);
  return last === null ? null : day - last;
}
