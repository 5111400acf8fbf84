import type { Stimulus } from '../model/common';
import { RECOVERY_CLASSES, type RecoveryClass, type Settings } from '../model/settings';
import { ageInYears, minutesOfDay } from '../time/local-date';
import type { MetricsSession } from './inputs';
import { dayNumbersOf, type DayAxis } from './series';
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
  /** The recovery classes it loads (settings.recovery.stimulusClasses); its phases run in these. */
  classes: readonly RecoveryClass[];
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

/** Shared, so hard sessions do not each carry a new array. Bit 1 = RPE, bit 2 = load. */
const CRITERIA_BY_BITS: readonly (readonly HardSessionCriterion[])[] = [
  Object.freeze([]),
  Object.freeze(['rpe'] as const),
  Object.freeze(['load'] as const),
  Object.freeze(['rpe', 'load'] as const),
];

/** Bit of each recovery class in `HardSessionTable.classBits`. */
export const RECOVERY_CLASS_BITS: Readonly<Record<RecoveryClass, number>> = { strength: 1, endurance: 2 };

const CLASSES_BY_BITS: readonly (readonly RecoveryClass[])[] = [0, 1, 2, 3].map((bits) =>
  Object.freeze(
    RECOVERY_CLASSES.filter((recoveryClass) => (bits & RECOVERY_CLASS_BITS[recoveryClass]) !== 0),
  ),
);

/** The class bits of each stimulus under `settings`. */
export function stimulusClassBits(settings: Settings['recovery']): Record<Stimulus, number> {
  const bitsOf = (classes: readonly RecoveryClass[]): number =>
    classes.reduce((bits, recoveryClass) => bits | RECOVERY_CLASS_BITS[recoveryClass], 0);
  const map = settings.stimulusClasses;
  return {
    strength: bitsOf(map.strength),
    endurance: bitsOf(map.endurance),
    hiit: bitsOf(map.hiit),
    mixed: bitsOf(map.mixed),
    skill: bitsOf(map.skill),
    recovery: bitsOf(map.recovery),
    match: bitsOf(map.match),
    other: bitsOf(map.other),
  };
}

/**
 * Hard sessions sorted by end, kept as columns: a team has tens of thousands of them, and objects for
 * all of them cost more to keep than to compute. `hardSessionAt` builds the object of one row.
 */
export interface HardSessionTable {
  count: number;
  /** The sessions the rows point into (the engine's input, in its order). */
  sessions: readonly MetricsSession[];
  sessionIndex: Uint32Array;
  endMinute: Float64Array;
  regenerationFromMinute: Float64Array;
  adaptationFromMinute: Float64Array;
  loadAu: Float64Array;
  /** NaN-free: `hasReferenceMean` says whether `referenceMeanLoadAu` holds a value. */
  referenceMeanLoadAu: Float64Array;
  hasReferenceMean: Uint8Array;
  ageFactor: Float64Array;
  /** −1 without a birth date. */
  ageYears: Int16Array;
  criteriaBits: Uint8Array;
  /** Bit 1 = strength, bit 2 = endurance (`RECOVERY_CLASS_BITS`). */
  classBits: Uint8Array;
}

/** Hard sessions as a list (a table) or as objects; both sorted by end. */
export type HardSessionSource = HardSessionTable | readonly HardSession[];

/** Row `k` of the table as an object. */
export function hardSessionAt(table: HardSessionTable, k: number): HardSession {
  const session = table.sessions[table.sessionIndex[k] ?? 0];
  if (!session || k < 0 || k >= table.count) throw new RangeError(`No hard session ${k}`);
  const ageYears = table.ageYears[k] ?? -1;
  const hard: HardSession = {
    date: session.date,
    stimulus: session.stimulus,
    sessionRpe: session.sessionRpe,
    durationMin: session.durationMin,
    loadAu: table.loadAu[k] ?? 0,
    criteria: CRITERIA_BY_BITS[table.criteriaBits[k] ?? 0] ?? [],
    classes: CLASSES_BY_BITS[table.classBits[k] ?? 0] ?? [],
    referenceMeanLoadAu: table.hasReferenceMean[k] === 1 ? (table.referenceMeanLoadAu[k] ?? 0) : null,
    endMinute: table.endMinute[k] ?? 0,
    ageYears: ageYears < 0 ? null : ageYears,
    ageFactor: table.ageFactor[k] ?? 1,
    regenerationFromMinute: table.regenerationFromMinute[k] ?? 0,
    adaptationFromMinute: table.adaptationFromMinute[k] ?? 0,
  };
  if (session.startTime !== undefined) hard.startTime = session.startTime;
  return hard;
}

/** Every row of the table as objects, in end order. */
export function listHardSessions(table: HardSessionTable): HardSession[] {
  return Array.from({ length: table.count }, (_, k) => hardSessionAt(table, k));
}

function sessionEndMinute(session: MetricsSession, dayNumber: number, assumedEndMinuteOfDay: number): number {
  const dayStart = dayNumber * MINUTES_PER_DAY;
  if (session.startTime === undefined) return dayStart + assumedEndMinuteOfDay;
  return dayStart + minutesOfDay(session.startTime) + session.durationMin;
}

/** Positions of `sessions` in date order (stable). */
function orderByDay(sessions: readonly MetricsSession[], dayNumbers: Int32Array): Uint32Array {
  let isSorted = true;
  for (let index = 1; index < sessions.length && isSorted; index += 1) {
    isSorted = (dayNumbers[index - 1] ?? 0) <= (dayNumbers[index] ?? 0);
  }
  const order = new Uint32Array(sessions.length);
  for (let index = 0; index < sessions.length; index += 1) order[index] = index;
  // Records usually arrive in date order: sort only when they do not (stable either way).
  if (!isSorted) order.sort((a, b) => (dayNumbers[a] ?? 0) - (dayNumbers[b] ?? 0) || a - b);
  return order;
}

/** Every per-row column of a table. */
const TABLE_COLUMNS = [
  'sessionIndex',
  'endMinute',
  'regenerationFromMinute',
  'adaptationFromMinute',
  'loadAu',
  'referenceMeanLoadAu',
  'hasReferenceMean',
  'ageFactor',
  'ageYears',
  'criteriaBits',
  'classBits',
] as const;

function createTable(sessions: readonly MetricsSession[], capacity: number): HardSessionTable {
  // One backing store for every column (widest first, so each view is aligned).
  const buffer = new ArrayBuffer(capacity * (6 * 8 + 4 + 2 + 3));
  let offset = 0;
  const take = <T>(make: (buffer: ArrayBuffer, offset: number, length: number) => T, bytes: number): T => {
    const view = make(buffer, offset, capacity);
    offset += bytes * capacity;
    return view;
  };
  const float = () => take((b, o, n) => new Float64Array(b, o, n), 8);
  return {
    count: 0,
    sessions,
    endMinute: float(),
    regenerationFromMinute: float(),
    adaptationFromMinute: float(),
    loadAu: float(),
    referenceMeanLoadAu: float(),
    ageFactor: float(),
    sessionIndex: take((b, o, n) => new Uint32Array(b, o, n), 4),
    ageYears: take((b, o, n) => new Int16Array(b, o, n), 2),
    hasReferenceMean: take((b, o, n) => new Uint8Array(b, o, n), 1),
    criteriaBits: take((b, o, n) => new Uint8Array(b, o, n), 1),
    classBits: take((b, o, n) => new Uint8Array(b, o, n), 1),
  };
}

/** The table with its rows put in end order (sessions late at night can end after the next one starts). */
function sortedByEnd(table: HardSessionTable): HardSessionTable {
  let isSorted = true;
  for (let k = 1; k < table.count && isSorted; k += 1) {
    isSorted = (table.endMinute[k - 1] ?? 0) <= (table.endMinute[k] ?? 0);
  }
  if (isSorted) return table;
  const sorted = createTable(table.sessions, table.count);
  const rows = Array.from({ length: table.count }, (_, k) => k);
  rows.sort((a, b) => (table.endMinute[a] ?? 0) - (table.endMinute[b] ?? 0) || a - b);
  for (const column of TABLE_COLUMNS) {
    const from = table[column];
    const to = sorted[column];
    rows.forEach((row, k) => {
      to[k] = from[row] ?? 0;
    });
  }
  sorted.count = table.count;
  return sorted;
}

/**
 * Every hard session (SCIENCE.md, "Recovery phases"): session RPE ≥ hardSessionRpeMin, or load ≥
 * hardSessionLoadFactor × the mean session load of the athlete's sessions dated in the previous
 * hardSessionLoadWindowDays days (d−28 … d−1, the session's own day excluded; without such sessions
 * only the RPE rule applies), as a table sorted by end. Input in any order.
 */
export function buildHardSessionTable(
  sessions: readonly MetricsSession[],
  birthDate: string | undefined,
  settings: Settings['recovery'],
  dayNumbers: Int32Array = dayNumbersOf(sessions),
  lastDay = Infinity,
): HardSessionTable {
  const order = orderByDay(sessions, dayNumbers);
  let count = sessions.length;
  // Sessions after `lastDay` (the as-of date) are not part of the history.
  while (count > 0 && (dayNumbers[order[count - 1] ?? 0] ?? 0) > lastDay) count -= 1;
  const loadsAu = new Float64Array(count);
  const cumulativeLoadAu = new Float64Array(count + 1);
  for (let rank = 0; rank < count; rank += 1) {
    const session = sessions[order[rank] ?? 0];
    const loadAu = session ? computeSessionLoadAu(session.sessionRpe, session.durationMin) : 0;
    loadsAu[rank] = loadAu;
    cumulativeLoadAu[rank + 1] = (cumulativeLoadAu[rank] ?? 0) + loadAu;
  }
  const dayAt = (rank: number): number => (rank < count ? (dayNumbers[order[rank] ?? 0] ?? 0) : Infinity);
  const table = createTable(sessions, count);
  const assumedEndMinuteOfDay = minutesOfDay(settings.assumedSessionEndTime);
  const classBitsOf = stimulusClassBits(settings);
  let lastAgeYears: number | null | undefined;
  let lastAgeFactor = 1;
  // Two pointers: both ends of the previous-28-days window only move forward.
  let from = 0;
  let to = 0;
  for (let rank = 0; rank < count; rank += 1) {
    const sessionIndex = order[rank] ?? 0;
    const session = sessions[sessionIndex];
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
    const k = table.count;
    const endMinute = sessionEndMinute(session, dayNumber, assumedEndMinuteOfDay);
    const ageYears = birthDate === undefined ? null : ageInYears(birthDate, session.date);
    // The age changes once a year: look its factor up only when it does.
    if (ageYears !== lastAgeYears) {
      lastAgeYears = ageYears;
      lastAgeFactor = ageScalingFactor(ageYears, settings);
    }
    const ageFactor = lastAgeFactor;
    table.sessionIndex[k] = sessionIndex;
    table.endMinute[k] = endMinute;
    table.regenerationFromMinute[k] = endMinute + settings.acutePhaseEndHours * MINUTES_PER_HOUR * ageFactor;
    table.adaptationFromMinute[k] =
      endMinute + settings.regenerationPhaseEndHours * MINUTES_PER_HOUR * ageFactor;
    table.loadAu[k] = loadAu;
    table.referenceMeanLoadAu[k] = referenceMeanLoadAu ?? 0;
    table.hasReferenceMean[k] = referenceMeanLoadAu === null ? 0 : 1;
    table.ageFactor[k] = ageFactor;
    table.ageYears[k] = ageYears ?? -1;
    table.criteriaBits[k] = (isHardByRpe ? 1 : 0) | (isHardByLoad ? 2 : 0);
    table.classBits[k] = classBitsOf[session.stimulus];
    table.count = k + 1;
  }
  return sortedByEnd(table);
}

/**
 * The rows of `table` whose session loads `recoveryClass`, still sorted by end: that class's own
 * clock (SCIENCE.md: a later hard session of the same class restarts it; other classes do not).
 */
export function hardSessionsOfClass(table: HardSessionTable, recoveryClass: RecoveryClass): HardSessionTable {
  const bit = RECOVERY_CLASS_BITS[recoveryClass];
  let count = 0;
  for (let k = 0; k < table.count; k += 1) if (((table.classBits[k] ?? 0) & bit) !== 0) count += 1;
  const filtered = createTable(table.sessions, count);
  let to = 0;
  for (let k = 0; k < table.count; k += 1) {
    if (((table.classBits[k] ?? 0) & bit) === 0) continue;
    for (const column of TABLE_COLUMNS) filtered[column][to] = table[column][k] ?? 0;
    to += 1;
  }
  filtered.count = to;
  return filtered;
}

/** One table per recovery class. */
export type HardSessionsByClass = Record<RecoveryClass, HardSessionTable>;

export function splitHardSessionsByClass(table: HardSessionTable): HardSessionsByClass {
  return {
    strength: hardSessionsOfClass(table, 'strength'),
    endurance: hardSessionsOfClass(table, 'endurance'),
  };
}

/** `buildHardSessionTable` as objects, sorted by end. */
export function findHardSessions(
  sessions: readonly MetricsSession[],
  birthDate: string | undefined,
  settings: Settings['recovery'],
): HardSession[] {
  return listHardSessions(buildHardSessionTable(sessions, birthDate, settings));
}

function isTable(source: HardSessionSource): source is HardSessionTable {
  return !Array.isArray(source);
}

function countOf(source: HardSessionSource): number {
  return isTable(source) ? source.count : source.length;
}

function endMinuteOf(source: HardSessionSource, k: number): number {
  if (k < 0 || k >= countOf(source)) return Infinity;
  return isTable(source) ? (source.endMinute[k] ?? Infinity) : (source[k]?.endMinute ?? Infinity);
}

/** Row `k`'s phase boundaries, read from the columns without building the row's object. */
function boundariesOf(
  source: HardSessionSource,
  k: number,
): { regenerationFromMinute: number; adaptationFromMinute: number } {
  if (!isTable(source))
    return source[k] ?? { regenerationFromMinute: Infinity, adaptationFromMinute: Infinity };
  return {
    regenerationFromMinute: source.regenerationFromMinute[k] ?? Infinity,
    adaptationFromMinute: source.adaptationFromMinute[k] ?? Infinity,
  };
}

function hardSessionOf(source: HardSessionSource, k: number): HardSession | undefined {
  if (k < 0 || k >= countOf(source)) return undefined;
  return isTable(source) ? hardSessionAt(source, k) : source[k];
}

function lastEndedIndex(hardSessions: HardSessionSource, atMinute: number): number {
  let low = 0;
  let high = countOf(hardSessions);
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (endMinuteOf(hardSessions, middle) <= atMinute) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** The phase at `atMinute` after `hardSession`: a moment exactly on a boundary belongs to the later phase. */
function phaseAt(
  hardSession: Pick<HardSession, 'regenerationFromMinute' | 'adaptationFromMinute'>,
  atMinute: number,
): RecoveryPhase {
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
export function recoveryStateAt(hardSessions: HardSessionSource, atMinute: number): RecoveryState {
  const lastHardSession = hardSessionOf(hardSessions, lastEndedIndex(hardSessions, atMinute));
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
  hardSessions: HardSessionSource,
  axis: DayAxis,
  localTime: string,
): Uint8Array {
  const codes = new Uint8Array(axis.length);
  const minuteOfDay = minutesOfDay(localTime);
  let lastIndex = lastEndedIndex(hardSessions, axis.startDay * MINUTES_PER_DAY + minuteOfDay);
  for (let index = 0; index < axis.length; index++) {
    const atMinute = (axis.startDay + index) * MINUTES_PER_DAY + minuteOfDay;
    while (endMinuteOf(hardSessions, lastIndex + 1) <= atMinute) lastIndex++;
    codes[index] =
      lastIndex < 0
        ? 0
        : RECOVERY_PHASES.indexOf(phaseAt(boundariesOf(hardSessions, lastIndex), atMinute)) + 1;
  }
  return codes;
}
