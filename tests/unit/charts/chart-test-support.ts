import {
  computeAthleteMetrics,
  type AthleteMetrics,
  type AthleteMetricsInput,
  type MetricsCheckin,
  type MetricsSession,
} from '@shared/metrics';
import { defaultSettings, type Settings, type Stimulus } from '@shared/model';
import { addDays } from '@shared/time/local-date';

export const SETTINGS: Settings = defaultSettings();

/** A session; the start time is left out unless given. */
export function session(
  date: string,
  stimulus: Stimulus,
  durationMin: number,
  sessionRpe: number,
  startTime?: string,
): MetricsSession {
  return { date, stimulus, durationMin, sessionRpe, ...(startTime === undefined ? {} : { startTime }) };
}

/** A check-in with all five items at `score` and the given extras. */
export function checkin(date: string, score: number, extra: Partial<MetricsCheckin> = {}): MetricsCheckin {
  return { date, sleepQuality: score, fatigue: score, soreness: score, stress: score, mood: score, ...extra };
}

export function inputOf(parts: Partial<AthleteMetricsInput>): AthleteMetricsInput {
  return { athleteId: 'a1', trainingAgeYears: 3, sessions: [], wellness: [], availability: [], ...parts };
}

export function metricsOf(
  parts: Partial<AthleteMetricsInput>,
  asOf: string,
  settings: Settings = SETTINGS,
): AthleteMetrics {
  return computeAthleteMetrics(inputOf(parts), asOf, settings);
}

/** `count` consecutive dates from `first`. */
export function datesFrom(first: string, count: number): string[] {
  return Array.from({ length: count }, (_, offset) => addDays(first, offset));
}
