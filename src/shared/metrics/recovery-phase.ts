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
  criteria: readonly HardSessionCriterion[];
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

/** Shared, so thousands of hard sessions do not each carry a new array. */
const CRITERIA: Record<string, readonly HardSessionCriterion[]> = {
  rpe: Object.freeze(['rpe'] as const),
  load: Object.freeze(['load'] as const),
  both: Object.freeze(['rpe', 'load'] as const),
};

function sessionEndMinute(session: MetricsSession, dayNumber: number, assumedEndMinuteOfDay: number): number {
  const dayStart = dayNumber * MINUTES_PER_DAY;
  if (session.startTime === undefined) return dayStart + assumedEndMinuteOfDay;
  return dayStart + minutesOfDay(session.startTime) + session.durationMin;
}

function toHardSession(
  session: MetricsSession,
  dayNumber: number,
  loadAu: number,
  criteria: readonly HardSessionCriterion[],
  referenceMeanLoadAu: number | null,
  birthDate: string | undefined,
  settings: Settings['recovery'],
  assumedEndMinuteOfDay: number,
): HardSession {
  const endMinute = sessionEndMinute(session, dayNumber, assumedEndMinuteOfDay);
  const ageYears = birthDate === undefined ? null : ageInYears(birthDate, session.date);
  const ageFactor = ageScalingFactor(ageYears, settings);
  const regenerationFromMinute = endMinute + settings.acutePhaseEndHours * MINUTES_PER_HOUR * ageFactor;
  const adaptationFromMinute = endMinute + settings.regenerationPhaseEndHours * MINUTES_PER_HOUR * ageFactor;
  const { date, stimulus, sessionRpe, durationMin, startTime } = session;
  // One literal per shape (with or without a start time): adding a key later would change the
  // object's shape for thousands of sessions.
  return startTime === undefined
    ? {
        date,
        stimulus,
        sessionRpe,
        durationMin,
        loadAu,
        criteria,
        referenceMeanLoadAu,
        endMinute,
        ageYears,
        ageFactor,
        regenerationFromMinute,
        adaptationFromMinute,
      }
    : {
        date,
        startTime,
        stimulus,
        sessionRpe,
        durationMin,
        loadAu,
        criteria,
        referenceMeanLoadAu,
        endMinute,
        ageYears,
        ageFactor,
        regenerationFromMinute,
        adaptationFromMinute,
      };
}

/** Positions of `sessions` in date order (stable), and each session's day number. */
function orderByDay(sessions: readonly MetricsSession[]): { order: Uint32Array; dayNumbers: Int32Array } {
  const dayNumbers = new Int32Array(sessions.length);
  let isSorted = true;
  for (let index = 0; index < sessions.length; index += 1) {
    dayNumbers[index] = toDayNumber(sessions[index]?.date ?? '');
    if (index > 0 && (dayNumbers[index - 1] ?? 0) > (dayNumbers[index] ?? 0)) isSorted = false;
  }
  const order = new Uint32Array(sessions.length);
  for (let index = 0; index < sessions.length; index += 1) order[index] = index;
  // Records usually arrive in date order: sort only when they do not (stable either way).
  if (!isSorted) order.sort((a, b) => (dayNumbers[a] ?? 0) - (dayNumbers[b] ?? 0) || a - b);
  return { order, dayNumbers };
}

/**
 * Every hard session (SCIENCE.md, "Recovery phases"): session RPE ≥ hardSessionRpeMin, or load ≥
 * hardSessionLoadFactor × the mean session load of the athlete's sessions dated in the previous
 * hardSessionLoadWindowDays days (d−28 … d−1, the session's own day excluded; without such sessions
 * only the RPE rule applies). Sorted by end; input in any order.
 */
export function findHardSessions(
  sessions: readonly MetricsSession[],
  birthDate: string | undefined,
  settings: Settings['recovery'],
): HardSession[] {
  const { order, dayNumbers } = orderByDay(sessions);
  const count = sessions.length;
  const loadsAu = new Float64Array(count);
  const cumulativeLoadAu = new Float64Array(count + 1);
  for (let rank = 0; rank < count; rank += 1) {
    const session = sessions[order[rank] ?? 0];
    const loadAu = session ? computeSessionLoadAu(session.sessionRpe, session.durationMin) : 0;
    loadsAu[rank] = loadAu;
    cumulativeLoadAu[rank + 1] = (cumulativeLoadAu[rank] ?? 0) + loadAu;
  }
  const dayAt = (rank: number): number => (rank < count ? (dayNumbers[order[rank] ?? 0] ?? 0) : Infinity);
  const hardSessions: HardSession[] = [];
  const assumedEndMinuteOfDay = minutesOfDay(settings.assumedSessionEndTime);
  // Two pointers: both ends of the previous-28-days window only move forward.
  let from = 0;
  let to = 0;
  for (let rank = 0; rank < count; rank += 1) {
    const session = sessions[order[rank] ?? 0];
    if (!session) continue;
    const dayNumber = dayAt(rank);
    while (dayAt(from) < dayNumber - settings.hardSessionLoadWindowDays) from += 1;
    while (dayAt(to) < dayNumber) to += 1;
    const referenceMeanLoadAu =
      to > from ? ((cumulativeLoadAu[to] ?? 0) - (cumulativeLoadAu[from] ?? 0)) / (to - from) : null;
    const loadAu = loadsAu[rank] ?? 0;
    const isHardByRpe = session.sessionRpe >= settings.hardSessionRpeMin;
    const isHardByLoad =
      referenceMeanLoadAu !== null &&
      referenceMeanLoadAu > 0 &&
      loadAu >= settings.hardSessionLoadFactor * referenceMeanLoadAu;
    if (!isHardByRpe && !isHardByLoad) continue;
    const criteria = isHardByRpe && isHardByLoad ? CRITERIA.both : isHardByRpe ? CRITERIA.rpe : CRITERIA.load;
    hardSessions.push(
      toHardSession(
        session,
        dayNumber,
        loadAu,
        criteria ?? [],
        referenceMeanLoadAu,
        birthDate,
        settings,
        assumedEndMinuteOfDay,
      ),
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
