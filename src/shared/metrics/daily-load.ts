import { STIMULI, type Stimulus } from '../model/common';
import type { MetricsSession } from './inputs';
import { computeSessionLoadAu } from './session-load';
import { dayNumbersOf, type DayAxis } from './series';

export const STIMULUS_COUNT = STIMULI.length;
const STIMULUS_INDEX = Object.fromEntries(STIMULI.map((stimulus, index) => [stimulus, index])) as Record<
  Stimulus,
  number
>;

/** The bits of `stimulusMask` that stand for `stimuli`. */
export function stimulusBits(stimuli: readonly Stimulus[]): number {
  return stimuli.reduce((bits, stimulus) => bits | (1 << stimulusIndex(stimulus)), 0);
}

/** The position of a stimulus in `STIMULI`, the column order of `stimulusLoadAu`. */
export function stimulusIndex(stimulus: Stimulus): number {
  return STIMULUS_INDEX[stimulus];
}

/** Daily session-RPE load (AU) on an axis, in total and by stimulus. */
export interface DailyLoad {
  /** Sum of the day's session loads; 0 on a day without sessions (SCIENCE.md, "Load"). */
  dailyLoadAu: Float64Array;
  /** Day `i`, stimulus `s` (index in STIMULI) at `i * STIMULUS_COUNT + s`. */
  stimulusLoadAu: Float64Array;
  /** Sessions per day. */
  sessionCount: Uint16Array;
  /** Per day, bit `s` set when a session of stimulus STIMULI[s] started that day (any load, even 0). */
  stimulusMask: Uint8Array;
}

/**
 * Buckets sessions into days: daily load = Σ session RPE × duration (Foster 2001) of the sessions
 * that started that day. Sessions outside the axis are left out. Sessions are added in date order
 * and, within a day, in input order, so the sums do not depend on anything else.
 */
export function buildDailyLoad(
  sessions: readonly MetricsSession[],
  axis: DayAxis,
  dayNumbers: Int32Array = dayNumbersOf(sessions),
): DailyLoad {
  const dailyLoadAu = new Float64Array(axis.length);
  const stimulusLoadAu = new Float64Array(axis.length * STIMULUS_COUNT);
  const sessionCount = new Uint16Array(axis.length);
  const stimulusMask = new Uint8Array(axis.length);
  for (let position = 0; position < sessions.length; position += 1) {
    const session = sessions[position];
    const index = (dayNumbers[position] ?? 0) - axis.startDay;
    if (!session) continue;
    if (index < 0 || index >= axis.length) continue;
    const loadAu = computeSessionLoadAu(session.sessionRpe, session.durationMin);
    dailyLoadAu[index] = (dailyLoadAu[index] ?? 0) + loadAu;
    const stimulus = stimulusIndex(session.stimulus);
    const cell = index * STIMULUS_COUNT + stimulus;
    stimulusMask[index] = (stimulusMask[index] ?? 0) | (1 << stimulus);
    stimulusLoadAu[cell] = (stimulusLoadAu[cell] ?? 0) + loadAu;
    sessionCount[index] = (sessionCount[index] ?? 0) + 1;
  }
  return { dailyLoadAu, stimulusLoadAu, sessionCount, stimulusMask };
}
