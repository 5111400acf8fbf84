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

/** Axis index of the latest day ≤ `index` where `has(day)`; −1 when none. */
function lastIndexWith(index: number, has: (day: number) => boolean): number {
  for (let day = index; day >= 0; day -= 1) if (has(day)) return day;
  return -1;
}

/** Days since the last strength and endurance stimulus on `date` (see `stimulusRecencyOn`). */
export function stimulusRecencyFromMetrics(metrics: AthleteMetrics, date: string): StimulusRecency {
  const { axis, settings } = metrics;
  const day = toDayNumber(date);
  const index = Math.min(day - axis.startDay, axis.length - 1);
  const mask = metrics.daily.stimulusMask;
  const lastDayOf = (bits: number): number | null => {
    const found = lastIndexWith(index, (i) => ((mask[i] ?? 0) & bits) !== 0);
    return found < 0 ? null : axis.startDay + found;
  };
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
  const { axis, daily, load } = metrics;
  const day = toDayNumber(date);
  const lastIndex = Math.min(day - axis.startDay, axis.length - 1);
  const sessionDays: number[] = [];
  for (let i = 0; i <= lastIndex; i += 1)
    if ((daily.sessionCount[i] ?? 0) > 0) sessionDays.push(axis.startDay + i);
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
  const { axis, daily, wellness } = metrics;
  const index = Math.min(toDayNumber(date) - axis.startDay, axis.length - 1);
  const found = lastIndexWith(index, (i) => (daily.sessionCount[i] ?? 0) > 0 || wellness.hasCheckin[i] === 1);
  return found < 0 ? null : toDayNumber(date) - axis.startDay - found;
}
