import type { Stimulus } from '../model/common';
import type { Settings } from '../model/settings';
import { ageInYears, minutesOfDay, toDayNumber } from '../time/local-date';
import type { MetricsSession } from './inputs';
import type { DayAxis } from './series';
import { computeSessionLoadAu } from './session-load';

/**
 * Recovery phases after a hard session (SCIENCE.md, "Recovery phases"). Moments are local wall-clock
 * minutes (time/local-date `toLocalMinute`), so "24 h later" is the next day at the same clock time,
 * also across a daylight-saving weekend.
 */

export const RECOVERY_PHASES = ['acute', 'regeneration', 'adaptation'] as const;
export type RecoveryPhase = (typeof RECOVERY_PHASES)[number];
export type HardSessionCriterion = 'rpe' | 'load';

const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 1440;

export interface HardSession {
  date: string;
  startTime?: string;
  stimulus: Stimulus;
  sessionRpe: number;
  durationMin: number;
  loadAu: number;
  /** Why it counts as hard. */
  criteria: HardSessionCriterion[];
  /** Mean session load of the previous 28 days it was compared with, null when there were no sessions. */
  referenceMeanLoadAu: number | null;
  /** Start + duration; without a start time `assumedSessionEndTime` on that date. */
  endMinute: number;
  /** Age on the session date; null without birth date. */
  ageYears: number | null;
  /** From `ageScaling` (largest fromAgeYears ≤ age); 1 without birth date. */
  ageFactor: number;
  /** endMinute + acutePhaseEndHours · 60 · ageFactor. */
  regenerationFromMinute: number;
  /** endMinute + regenerationPhaseEndHours · 60 · ageFactor. */
  adaptationFromMinute: number;
}

export interface RecoveryState {
  /** Null while no hard session has ended yet. */
  phase: RecoveryPhase | null;
  /** The latest hard session that ended at or before the moment (a later one restarts the clock). */
  lastHardSession: HardSession | null;
  hoursSinceEnd: number | null;
  /** Null in adaptation. */
  nextPhase: RecoveryPhase | null;
  nextPhaseFromMinute: number | null;
  hoursUntilNextPhase: number | null;
}

/** Age factor of the phase boundaries: the entry with the largest fromAgeYears ≤ age, 1 without age (product default, SCIENCE.md). */
export function ageScalingFactor(ageYears: number | null, settings: Settings['recovery']): number {
  if (ageYears === null) return 1;
  let bestFromAgeYears = -Infinity;
  let factor = 1;
  for (const step of settings.ageScaling) {
    if (step.fromAgeYears <= ageYears && step.fromAgeYears > bestFromAgeYears) {
      bestFromAgeYears = step.fromAgeYears;
      factor = step.factor;
    }
  }
  return factor;
}

interface DatedLoad {
  dayNumber: number;
  loadAu: number;
  session: MetricsSession;
}

/** The session's end as a local minute: start + duration, or the assumed end time on its date. */
function sessionEndMinute(entry: DatedLoad, assumedEndMinuteOfDay: number): number {
  const { session } = entry;
  const dayStart = entry.dayNumber * MINUTES_PER_DAY;
  if (session.startTime === undefined) return dayStart + assumedEndMinuteOfDay;
  return dayStart + minutesOfDay(session.startTime) + session.durationMin;
}

function toHardSession(
  entry: DatedLoad,
  criteria: HardSessionCriterion[],
  referenceMeanLoadAu: number | null,
  birthDate: string | undefined,
  settings: Settings['recovery'],
  assumedEndMinuteOfDay: number,
): HardSession {
  const { session, loadAu } = entry;
  const endMinute = sessionEndMinute(entry, assumedEndMinuteOfDay);
  const ageYears = birthDate === undefined ? null : ageInYears(birthDate, session.date);
  const ageFactor = ageScalingFactor(ageYears, settings);
  const hard: HardSession = {
    date: session.date,
    stimulus: session.stimulus,
    sessionRpe: session.sessionRpe,
    durationMin: session.durationMin,
    loadAu,
    criteria,
    referenceMeanLoadAu,
    endMinute,
    ageYears,
    ageFactor,
    regenerationFromMinute: endMinute + settings.acutePhaseEndHours * MINUTES_PER_HOUR * ageFactor,
    adaptationFromMinute: endMinute + settings.regenerationPhaseEndHours * MINUTES_PER_HOUR * ageFactor,
  };
  if (session.startTime !== undefined) hard.startTime = session.startTime;
  return hard;
}

/**
 * Hard sessions (SCIENCE.md, "Recovery phases"): session RPE ≥ hardSessionRpeMin, or load (RPE × min,
 * Foster 2001) ≥ hardSessionLoadFactor × the mean load of the athlete's sessions dated d−N … d−1
 * (N = hardSessionLoadWindowDays; the session's own day excluded). Without sessions in that window,
 * or when their mean is 0, only the RPE rule applies. Sorted by endMinute.
 */
export function findHardSessions(
  sessions: readonly MetricsSession[],
  birthDate: string | undefined,
  settings: Settings['recovery'],
): HardSession[] {
  const sorted: DatedLoad[] = sessions.map((session) => ({
    dayNumber: toDayNumber(session.date),
    loadAu: computeSessionLoadAu(session.sessionRpe, session.durationMin),
    session,
  }));
  // Records usually arrive in date order: sort only when they do not (the sort is stable either way).
  let isSorted = true;
  for (let index = 1; index < sorted.length && isSorted; index += 1) {
    isSorted = (sorted[index - 1]?.dayNumber ?? 0) <= (sorted[index]?.dayNumber ?? 0);
  }
  if (!isSorted) sorted.sort((a, b) => a.dayNumber - b.dayNumber);
  const cumulativeLoadAu = new Float64Array(sorted.length + 1);
  for (let index = 0; index < sorted.length; index += 1) {
    cumulativeLoadAu[index + 1] = (cumulativeLoadAu[index] ?? 0) + (sorted[index]?.loadAu ?? 0);
  }
  const hardSessions: HardSession[] = [];
  const assumedEndMinuteOfDay = minutesOfDay(settings.assumedSessionEndTime);
  // Two pointers instead of binary searches: both window ends only move forward.
  let from = 0;
  let to = 0;
  for (const entry of sorted) {
    const windowStartDay = entry.dayNumber - settings.hardSessionLoadWindowDays;
    while ((sorted[from]?.dayNumber ?? Infinity) < windowStartDay) from += 1;
    while ((sorted[to]?.dayNumber ?? Infinity) < entry.dayNumber) to += 1;
    const referenceMeanLoadAu =
      to > from ? ((cumulativeLoadAu[to] ?? 0) - (cumulativeLoadAu[from] ?? 0)) / (to - from) : null;
    const criteria: HardSessionCriterion[] = [];
    if (entry.session.sessionRpe >= settings.hardSessionRpeMin) criteria.push('rpe');
    if (referenceMeanLoadAu !== null && referenceMeanLoadAu > 0) {
      if (entry.loadAu >= settings.hardSessionLoadFactor * referenceMeanLoadAu) criteria.push('load');
    }
    if (criteria.length > 0)
      hardSessions.push(
        toHardSession(entry, criteria, referenceMeanLoadAu, birthDate, settings, assumedEndMinuteOfDay),
      );
  }
  return hardSessions.sort((a, b) => a.endMinute - b.endMinute);
}

/** Index of the last hard session with endMinute ≤ `atMinute`, −1 when none (binary search). */
function lastEndedIndex(hardSessions: readonly HardSession[], atMinute: number): number {
  let low = 0;
  let high = hardSessions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((hardSessions[middle]?.endMinute ?? Infinity) <= atMinute) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** The phase at `atMinute` after `hardSession`: a moment exactly on a boundary belongs to the later phase. */
function phaseAt(hardSession: HardSession, atMinute: number): RecoveryPhase {
  if (atMinute < hardSession.regenerationFromMinute) return 'acute';
  if (atMinute < hardSession.adaptationFromMinute) return 'regeneration';
  return 'adaptation';
}

const NO_RECOVERY_STATE: RecoveryState = {
  phase: null,
  lastHardSession: null,
  hoursSinceEnd: null,
  nextPhase: null,
  nextPhaseFromMinute: null,
  hoursUntilNextPhase: null,
};

/**
 * Recovery phase at a local minute (SCIENCE.md): acute while elapsed < acute boundary, regeneration
 * while < regeneration boundary, then adaptation, counted from the latest hard session ended by then.
 * `hardSessions` must be sorted by endMinute, as `findHardSessions` returns them. Hours are wall-clock.
 */
export function recoveryStateAt(hardSessions: readonly HardSession[], atMinute: number): RecoveryState {
  const lastHardSession = hardSessions[lastEndedIndex(hardSessions, atMinute)];
  if (lastHardSession === undefined) return NO_RECOVERY_STATE;
  const phase = phaseAt(lastHardSession, atMinute);
  const nextPhase: RecoveryPhase | null =
    phase === 'acute' ? 'regeneration' : phase === 'regeneration' ? 'adaptation' : null;
  const nextPhaseFromMinute =
    nextPhase === 'regeneration'
      ? lastHardSession.regenerationFromMinute
      : nextPhase === 'adaptation'
        ? lastHardSession.adaptationFromMinute
        : null;
  return {
    phase,
    lastHardSession,
    hoursSinceEnd: (atMinute - lastHardSession.endMinute) / MINUTES_PER_HOUR,
    nextPhase,
    nextPhaseFromMinute,
    hoursUntilNextPhase:
      nextPhaseFromMinute === null ? null : (nextPhaseFromMinute - atMinute) / MINUTES_PER_HOUR,
  };
}

/**
 * Per axis day the recovery phase at `localTime` on that day (as `recoveryStateAt`), coded
 * 0 none, 1 acute, 2 regeneration, 3 adaptation (= index in RECOVERY_PHASES + 1), for the recovery map.
 */
export function recoveryPhaseByDay(
  hardSessions: readonly HardSession[],
  axis: DayAxis,
  localTime: string,
): Uint8Array {
  const codes = new Uint8Array(axis.length);
  const minuteOfDay = minutesOfDay(localTime);
  let lastIndex = lastEndedIndex(hardSessions, axis.startDay * MINUTES_PER_DAY + minuteOfDay);
  for (let index = 0; index < axis.length; index++) {
    const atMinute = (axis.startDay + index) * MINUTES_PER_DAY + minuteOfDay;
    while ((hardSessions[lastIndex + 1]?.endMinute ?? Infinity) <= atMinute) lastIndex++;
    const hardSession = hardSessions[lastIndex];
    codes[index] =
      hardSession === undefined ? 0 : RECOVERY_PHASES.indexOf(phaseAt(hardSession, atMinute)) + 1;
  }
  return codes;
}
