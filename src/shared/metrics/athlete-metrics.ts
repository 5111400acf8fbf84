import type { Settings } from '../model/settings';
import { fromDayNumber, toDayNumber } from '../time/local-date';
import { buildDailyLoad, type DailyLoad } from './daily-load';
import { computeHrvSeries, type HrvSeries } from './hrv-series';
import type { AthleteMetricsInput } from './inputs';
import { computeLoadSeries, type LoadSeries } from './load-series';
import {
  buildHardSessionTable,
  splitHardSessionsByClass,
  type HardSessionTable,
  type HardSessionsByClass,
} from './recovery-phase';
import { dayIndex, dayNumbersOf, type DayAxis } from './series';
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
  /** The same, per recovery class: each class runs its own clock (SCIENCE.md, "per stimulus class"). */
  hardSessionsByClass: HardSessionsByClass;
}

/** Each record's day number, and the first session and first record day (NaN without one). */
interface PreparedInput {
  sessionDays: Int32Array;
  checkinDays: Int32Array;
  firstSessionDay: number;
  firstRecordDay: number;
}

function minimumOf(days: Int32Array): number {
  let minimum = Number.NaN;
  for (const day of days) if (!(day >= minimum)) minimum = day;
  return minimum;
}

function prepare(input: AthleteMetricsInput): PreparedInput {
  const sessionDays = dayNumbersOf(input.sessions);
  const checkinDays = dayNumbersOf(input.wellness);
  const firstSessionDay = minimumOf(sessionDays);
  const firstCheckinDay = minimumOf(checkinDays);
  const firstRecordDay = Number.isNaN(firstSessionDay)
    ? firstCheckinDay
    : Number.isNaN(firstCheckinDay)
      ? firstSessionDay
      : Math.min(firstSessionDay, firstCheckinDay);
  return { sessionDays, checkinDays, firstSessionDay, firstRecordDay };
}

/** From the first session or check-in to `asOf`; empty when there is none on or before it. */
function axisFor(prepared: PreparedInput, asOf: string): DayAxis {
  const asOfDay = toDayNumber(asOf);
  const first = prepared.firstRecordDay;
  if (Number.isNaN(first) || first > asOfDay) return { startDate: asOf, startDay: asOfDay, length: 0 };
  return { startDate: fromDayNumber(first), startDay: first, length: asOfDay - first + 1 };
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
  return build(input, prepare(input), asOf, settings, undefined, 0);
}

/**
 * The same result as `computeAthleteMetrics`, reusing `previous` for the days before
 * `changedFromDate` (the earliest date whose sessions or check-ins changed). Falls back to a full
 * computation when the settings or the start of the series changed (hard sessions, which depend on
 * the birth date, are always rebuilt: they are cheap).
 */
export function updateAthleteMetrics(
  previous: AthleteMetrics,
  input: AthleteMetricsInput,
  asOf: string,
  settings: Settings,
  changedFromDate: string,
): AthleteMetrics {
  const prepared = prepare(input);
  const axis = axisFor(prepared, asOf);
  const isReusable =
    previous.settings === settings && previous.axis.startDay === axis.startDay && previous.axis.length > 0;
  if (!isReusable) return build(input, prepared, asOf, settings, undefined, 0);
  const fromIndex = Math.max(0, Math.min(dayIndex(axis, changedFromDate), previous.axis.length));
  return build(input, prepared, asOf, settings, previous, fromIndex);
}

function build(
  input: AthleteMetricsInput,
  prepared: PreparedInput,
  asOf: string,
  settings: Settings,
  previous: AthleteMetrics | undefined,
  fromIndex: number,
): AthleteMetrics {
  const axis = axisFor(prepared, asOf);
  const { sessionDays, checkinDays, firstSessionDay } = prepared;
  const asOfDay = toDayNumber(asOf);
  const firstSessionIndex =
    Number.isNaN(firstSessionDay) || firstSessionDay > asOfDay ? -1 : firstSessionDay - axis.startDay;
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
    asOfDay,
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
    hardSessionsByClass: splitHardSessionsByClass(hardSessions),
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
