import type { Stimulus } from '../model/common';
import type { Settings } from '../model/settings';
import type { AvailabilityKind } from '../model/availability';
import { fromDayNumber, toDayNumber } from '../time/local-date';
import type { MetricsAvailability, MetricsSession } from './inputs';
import { createOptionalSeries, setValue } from './series';
import type { DayAxis, OptionalSeries } from './series';
import { computeSessionLoadAu } from './session-load';

/**
 * Days since the last strength and endurance stimulus, and breaks the athlete is returning from
 * (SCIENCE.md, "Detraining, muscle memory and the return to training"). All arithmetic is on whole
 * day numbers (SCIENCE.md, "Calendar").
 */

const DAYS_PER_WEEK = 7;

export interface StimulusRecency {
  lastStrengthDate: string | null;
  lastEnduranceDate: string | null;
  /** Whole days from the last such session's date to the date (0 = today); null when never. */
  daysSinceStrength: number | null;
  daysSinceEndurance: number | null;
  /** Days since ≥ returnToTraining.detrainingFlagDays; false when never. */
  isStrengthDetraining: boolean;
  isEnduranceDetraining: boolean;
}

export type BreakKind = 'gap' | 'availability';

export interface ReturnFromBreak {
  kind: BreakKind;
  /** For an availability break: injured, ill or unavailable. */
  availabilityKind?: AvailabilityKind;
  /** Gap: the day after the last session before it; availability: the event's start. */
  breakStartDate: string;
  /** Gap: the day before the first session after it; availability: the event's end; null while ongoing. */
  breakEndDate: string | null;
  /** Whole days without sessions (or the event's length, inclusive); an ongoing gap counts up to the date. */
  breakDays: number;
  isOngoing: boolean;
  /** Chronic (28-day mean) daily load × 7 on the last day before the break; days before the first session count 0. */
  preBreakChronicWeeklyLoadAu: number;
  /** Days from the first session after the break (or the event's end + 1) to the date; null while ongoing. */
  daysSinceReturn: number | null;
}

/** Latest day number ≤ `untilDay` of a session whose stimulus is in `stimuli`, or null. */
function lastStimulusDay(
  sessions: readonly MetricsSession[],
  stimuli: readonly Stimulus[],
  untilDay: number,
): number | null {
  // ISO dates order as strings: compare them, convert only the latest.
  const until = fromDayNumber(untilDay);
  let last: string | null = null;
  for (const session of sessions) {
    if (session.date > until || (last !== null && session.date <= last)) continue;
    if (stimuli.includes(session.stimulus)) last = session.date;
  }
  return last === null ? null : toDayNumber(last);
}

/**
 * Days since the last strength and endurance stimulus on `date` = date − last such session's date
 * (sessions dated ≤ date); detraining flag at ≥ detrainingFlagDays (Mujika & Padilla 2000).
 */
export function stimulusRecencyOn(
  sessions: readonly MetricsSession[],
  date: string,
  settings: Settings,
): StimulusRecency {
  const day = toDayNumber(date);
  const strengthDay = lastStimulusDay(sessions, settings.interference.strengthStimuli, day);
  const enduranceDay = lastStimulusDay(sessions, settings.interference.enduranceStimuli, day);
  return stimulusRecencyFromDays(day, strengthDay, enduranceDay, settings);
}

/** `StimulusRecency` on day number `day` from the day numbers of the last strength and endurance sessions. */
export function stimulusRecencyFromDays(
  day: number,
  strengthDay: number | null,
  enduranceDay: number | null,
  settings: Settings,
): StimulusRecency {
  const daysSinceStrength = strengthDay === null ? null : day - strengthDay;
  const daysSinceEndurance = enduranceDay === null ? null : day - enduranceDay;
  const flagDays = settings.returnToTraining.detrainingFlagDays;
  return {
    lastStrengthDate: strengthDay === null ? null : fromDayNumber(strengthDay),
    lastEnduranceDate: enduranceDay === null ? null : fromDayNumber(enduranceDay),
    daysSinceStrength,
    daysSinceEndurance,
    isStrengthDetraining: daysSinceStrength !== null && daysSinceStrength >= flagDays,
    isEnduranceDetraining: daysSinceEndurance !== null && daysSinceEndurance >= flagDays,
  };
}

/** Per axis day: days since the last session of `stimuli` dated ≤ that day; undefined before the first one. */
function daysSinceSeries(
  sessions: readonly MetricsSession[],
  stimuli: readonly Stimulus[],
  axis: DayAxis,
): OptionalSeries {
  const series = createOptionalSeries(axis.length);
  const hasStimulus = new Uint8Array(axis.length);
  let lastDay = lastStimulusDay(sessions, stimuli, axis.startDay - 1);
  for (const session of sessions) {
    const index = toDayNumber(session.date) - axis.startDay;
    if (index >= 0 && index < axis.length && stimuli.includes(session.stimulus)) hasStimulus[index] = 1;
  }
  for (let index = 0; index < axis.length; index++) {
    const day = axis.startDay + index;
    if (hasStimulus[index] === 1) lastDay = day;
    setValue(series, index, lastDay === null ? null : day - lastDay);
  }
  return series;
}

/** Daily series of `stimulusRecencyOn`'s days since strength and since endurance over the axis. */
export function computeStimulusRecencySeries(
  sessions: readonly MetricsSession[],
  axis: DayAxis,
  settings: Settings,
): { daysSinceStrength: OptionalSeries; daysSinceEndurance: OptionalSeries } {
  return {
    daysSinceStrength: daysSinceSeries(sessions, settings.interference.strengthStimuli, axis),
    daysSinceEndurance: daysSinceSeries(sessions, settings.interference.enduranceStimuli, axis),
  };
}

/** A break candidate before its pre-break load is known; `endDay` null while ongoing. */
interface BreakCandidate {
  kind: BreakKind;
  availabilityKind?: AvailabilityKind;
  startDay: number;
  endDay: number | null;
  breakDays: number;
  daysSinceReturn: number | null;
}

/** Gaps of ≥ breakDays session-free days: the latest one whose return is < returningWindowDays days ago, or an ongoing one. */
function latestGap(sessionDays: ArrayLike<number>, day: number, settings: Settings): BreakCandidate | null {
  const { breakDays, returningWindowDays } = settings.returnToTraining;
  const lastDay = sessionDays[sessionDays.length - 1];
  if (lastDay === undefined) return null;
  if (day - lastDay >= breakDays) {
    return {
      kind: 'gap',
      startDay: lastDay + 1,
      endDay: null,
      breakDays: day - lastDay,
      daysSinceReturn: null,
    };
  }
  for (let index = sessionDays.length - 1; index > 0; index--) {
    const returnDay = sessionDays[index] ?? 0;
    const beforeDay = sessionDays[index - 1] ?? 0;
    if (day - returnDay >= returningWindowDays) break; // returning on days 0 … window − 1 after the return, as for events
    const gapDays = returnDay - beforeDay - 1;
    if (gapDays >= breakDays) {
      return {
        kind: 'gap',
        startDay: beforeDay + 1,
        endDay: returnDay - 1,
        breakDays: gapDays,
        daysSinceReturn: day - returnDay,
      };
    }
  }
  return null;
}

/** Injured, ill or unavailable events (not 'modified') that ended before `day` and at most returningWindowDays before it. */
function endedAvailabilityBreaks(
  availability: readonly MetricsAvailability[],
  day: number,
  settings: Settings,
): BreakCandidate[] {
  const candidates: BreakCandidate[] = [];
  for (const event of availability) {
    if (event.kind === 'modified' || event.endDate === undefined) continue;
    const startDay = toDayNumber(event.startDate);
    const endDay = toDayNumber(event.endDate);
    if (endDay >= day || day - endDay > settings.returnToTraining.returningWindowDays) continue;
    candidates.push({
      kind: 'availability',
      availabilityKind: event.kind,
      startDay,
      endDay,
      breakDays: endDay - startDay + 1,
      daysSinceReturn: day - endDay - 1,
    });
  }
  return candidates;
}

/** True when `a` is the more recent break: it ends later (ongoing = latest), or ends the same day and starts later. */
function isMoreRecent(a: BreakCandidate, b: BreakCandidate): boolean {
  const aEnd = a.endDay ?? Infinity;
  const bEnd = b.endDay ?? Infinity;
  return aEnd !== bEnd ? aEnd > bEnd : a.startDay > b.startDay;
}

/** Coupled chronic load × 7 on `day`: sum of session loads in day−(N−1) … day ÷ N × 7 (N = load.chronicWindowDays). */
function chronicWeeklyLoadAu(sessions: readonly MetricsSession[], day: number, settings: Settings): number {
  const windowDays = settings.load.chronicWindowDays;
  let sumLoadAu = 0;
  for (const session of sessions) {
    const sessionDay = toDayNumber(session.date);
    if (sessionDay <= day && sessionDay > day - windowDays) {
      sumLoadAu += computeSessionLoadAu(session.sessionRpe, session.durationMin);
    }
  }
  return (sumLoadAu / windowDays) * DAYS_PER_WEEK;
}

/**
 * The break the athlete is returning from on `date` (SCIENCE.md: ≥ breakDays without sessions, or an
 * injured/ill/unavailable event that ended), within returningWindowDays of the return, or an ongoing
 * gap; the most recent when several apply; null without sessions. Pre-break load = 28-day mean × 7.
 */
export function findReturnFromBreak(
  sessions: readonly MetricsSession[],
  availability: readonly MetricsAvailability[],
  date: string,
  settings: Settings,
): ReturnFromBreak | null {
  const day = toDayNumber(date);
  const pastSessions = sessions.filter((session) => toDayNumber(session.date) <= day);
  const sessionDays = [...new Set(pastSessions.map((session) => toDayNumber(session.date)))].sort(
    (a, b) => a - b,
  );
  return findReturnFromBreakInDays(sessionDays, availability, day, settings, (beforeDay) =>
    chronicWeeklyLoadAu(pastSessions, beforeDay, settings),
  );
}

/**
 * `findReturnFromBreak` over the sorted distinct day numbers of the athlete's sessions up to `day`,
 * with the chronic weekly load on a day given by the caller (the engine reads it from its series).
 */
export function findReturnFromBreakInDays(
  sessionDays: ArrayLike<number>,
  availability: readonly MetricsAvailability[],
  day: number,
  settings: Settings,
  chronicWeeklyLoadAuOn: (day: number) => number,
): ReturnFromBreak | null {
  if (sessionDays.length === 0) return null;
  const pastAvailability = availability.filter((event) => toDayNumber(event.startDate) <= day);
  let latest = latestGap(sessionDays, day, settings);
  for (const candidate of endedAvailabilityBreaks(pastAvailability, day, settings)) {
    if (latest === null || isMoreRecent(candidate, latest)) latest = candidate;
  }
  if (latest === null) return null;
  return {
    kind: latest.kind,
    breakStartDate: fromDayNumber(latest.startDay),
    breakEndDate: latest.endDay === null ? null : fromDayNumber(latest.endDay),
    breakDays: latest.breakDays,
    isOngoing: latest.endDay === null,
    preBreakChronicWeeklyLoadAu: chronicWeeklyLoadAuOn(latest.startDay - 1),
    daysSinceReturn: latest.daysSinceReturn,
    ...(latest.availabilityKind === undefined ? {} : { availabilityKind: latest.availabilityKind }),
  };
}
