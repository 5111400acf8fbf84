import type { Settings } from '../model/settings';
import { toDayNumber } from '../time/local-date';
import { buildDailyLoad, type DailyLoad } from './daily-load';
import { computeHrvSeries, type HrvSeries } from './hrv-series';
import type { AthleteMetricsInput } from './inputs';
import { computeLoadSeries, type LoadSeries } from './load-series';
import { buildHardSessionTable, type HardSessionTable } from './recovery-phase';
import { createDayAxis, dayIndex, dayNumbersOf, type DayAxis } from './series';
import { computeSustainedFatigue, type FatigueSeries } from './sustained-fatigue';
import { computeWellnessSeries, type WellnessSeries } from './wellness-series';

/** Every daily series of one athlete from their first record to the as-of date. */
export interface AthleteMetrics {
  athleteId: string;
  asOf: string;
  /** From the first session or check-in, whichever is earlier, to `asOf`. Empty without records. */
  axis: DayAxis;
  /** Axis index of the first session, or −1 without sessions; load history counts from here. */
  firstSessionIndex: number;
  settings: Settings;
  daily: DailyLoad;
  load: LoadSeries;
  wellness: WellnessSeries;
  hrv: HrvSeries;
  fatigue: FatigueSeries;
  /** Every hard session, sorted by end (recovery phases). */
  hardSessions: HardSessionTable;
}

/** The earliest session or check-in date, or null without records. */
function firstRecordDate(input: AthleteMetricsInput): string | null {
  let first: string | null = null;
  for (const record of input.sessions) if (first === null || record.date < first) first = record.date;
  for (const record of input.wellness) if (first === null || record.date < first) first = record.date;
  return first;
}

function firstSessionDate(input: AthleteMetricsInput): string | null {
  let first: string | null = null;
  for (const session of input.sessions) if (first === null || session.date < first) first = session.date;
  return first;
}

function axisFor(input: AthleteMetricsInput, asOf: string): DayAxis {
  const first = firstRecordDate(input);
  if (first === null || first > asOf) return { startDate: asOf, startDay: toDayNumber(asOf), length: 0 };
  return createDayAxis(first, asOf);
}

/**
 * All series of SCIENCE.md for one athlete up to `asOf` (no clock: the caller says which day it is).
 * Records after `asOf` are ignored.
 */
export function computeAthleteMetrics(
  input: AthleteMetricsInput,
  asOf: string,
  settings: Settings,
): AthleteMetrics {
  return build(input, asOf, settings, undefined, 0);
}

/**
 * The same result as `computeAthleteMetrics`, reusing `previous` for the days before
 * `changedFromDate` (the earliest date whose sessions or check-ins changed). Falls back to a full
 * computation when the settings, the athlete's birth date or the axis start changed.
 */
export function updateAthleteMetrics(
  previous: AthleteMetrics,
  input: AthleteMetricsInput,
  asOf: string,
  settings: Settings,
  changedFromDate: string,
): AthleteMetrics {
  const axis = axisFor(input, asOf);
  const isReusable =
    previous.settings === settings && previous.axis.startDay === axis.startDay && previous.axis.length > 0;
  if (!isReusable) return build(input, asOf, settings, undefined, 0);
  const fromIndex = Math.max(0, Math.min(dayIndex(axis, changedFromDate), previous.axis.length));
  return build(input, asOf, settings, previous, fromIndex);
}

function build(
  input: AthleteMetricsInput,
  asOf: string,
  settings: Settings,
  previous: AthleteMetrics | undefined,
  fromIndex: number,
): AthleteMetrics {
  const axis = axisFor(input, asOf);
  const firstSession = firstSessionDate(input);
  const firstSessionIndex = firstSession === null || firstSession > asOf ? -1 : dayIndex(axis, firstSession);
  const sessionDays = dayNumbersOf(input.sessions);
  const checkinDays = dayNumbersOf(input.wellness);
  const daily = buildDailyLoad(input.sessions, axis, sessionDays);
  const load = computeLoadSeries(daily.dailyLoadAu, settings.load, previous?.load, fromIndex);
  const wellness = computeWellnessSeries(
    input.wellness,
    axis,
    settings.wellness,
    previous?.wellness,
    fromIndex,
    checkinDays,
  );
  const hrv = computeHrvSeries(input.wellness, axis, settings.hrv, previous?.hrv, fromIndex, checkinDays);
  const fatigue = computeSustainedFatigue(
    wellness,
    hrv,
    axis,
    settings.fatigue,
    previous?.fatigue,
    fromIndex,
  );
  const hardSessions = buildHardSessionTable(
    input.sessions,
    input.birthDate,
    settings.recovery,
    sessionDays,
    toDayNumber(asOf),
  );
  return {
    athleteId: input.athleteId,
    asOf,
    axis,
    firstSessionIndex,
    settings,
    daily,
    load,
    wellness,
    hrv,
    fatigue,
    hardSessions,
  };
}

/** Days of load history on day `index`: 1 on the first session's day, 0 before it. */
export function historyDaysAt(metrics: AthleteMetrics, index: number): number {
  return metrics.firstSessionIndex < 0 || index < metrics.firstSessionIndex
    ? 0
    : index - metrics.firstSessionIndex + 1;
}

/** SCIENCE.md: while the series is shorter than 28 days a ratio carries "insufficient history". */
export function hasSufficientHistory(metrics: AthleteMetrics, index: number): boolean {
  return historyDaysAt(metrics, index) >= metrics.settings.load.minHistoryDays;
}
