import { hasSufficientHistory, historyDaysAt, type AthleteMetrics } from './athlete-metrics';
import type { AthleteMetricsInput } from './inputs';
import { assessReadiness } from './readiness';
import type { Readiness } from './readiness-types';
import { dayIndex, valueAt, type OptionalSeries } from './series';
import { lastRecordDate, stimulusRecencyFromMetrics } from './athlete-lookups';
import type { ReturnFromBreak, StimulusRecency } from './training-gaps';

/** The load metrics of one day, named as in the engine; null where undefined. */
export interface DayLoadValues {
  dailyLoadAu: number;
  acuteMeanAu: number;
  chronicMeanAu: number;
  acwrRolling: number | null;
  chronicUncoupledMeanAu: number;
  acwrRollingUncoupled: number | null;
  ewmaAcuteAu: number;
  ewmaChronicAu: number;
  acwrEwma: number | null;
  monotony: number | null;
  strainAu: number | null;
  ctlAu: number;
  atlAu: number;
  tsbAu: number;
  rampAu: number;
  historyDays: number;
  hasSufficientHistory: boolean;
}

/** Everything a coach sees of one athlete on one day. */
export interface AthleteSummary extends DayLoadValues {
  athleteId: string;
  date: string;
  compositeZ: number | null;
  isSustainedFatigue: boolean;
  recency: StimulusRecency;
  returning: ReturnFromBreak | null;
  readiness: Readiness;
  /** The latest session or check-in on or before the date; null without one. */
  lastRecordDate: string | null;
}

/** The load metrics of day `index` (0 and undefined ratios outside the axis). */
export function dayLoadValues(metrics: AthleteMetrics, index: number): DayLoadValues {
  const { load, daily } = metrics;
  const isInside = index >= 0 && index < metrics.axis.length;
  const number = (values: Float64Array): number => (isInside ? (values[index] ?? 0) : 0);
  const optional = (series: OptionalSeries): number | null => (isInside ? valueAt(series, index) : null);
  return {
    dailyLoadAu: number(daily.dailyLoadAu),
    acuteMeanAu: number(load.acuteMeanAu),
    chronicMeanAu: number(load.chronicMeanAu),
    acwrRolling: optional(load.acwrRolling),
    chronicUncoupledMeanAu: number(load.chronicUncoupledMeanAu),
    acwrRollingUncoupled: optional(load.acwrRollingUncoupled),
    ewmaAcuteAu: number(load.ewmaAcuteAu),
    ewmaChronicAu: number(load.ewmaChronicAu),
    acwrEwma: optional(load.acwrEwma),
    monotony: optional(load.monotony),
    strainAu: optional(load.strainAu),
    ctlAu: number(load.ctlAu),
    atlAu: number(load.atlAu),
    tsbAu: number(load.tsbAu),
    rampAu: number(load.rampAu),
    historyDays: historyDaysAt(metrics, index),
    hasSufficientHistory: hasSufficientHistory(metrics, index),
  };
}

/** One athlete on `date` (≤ metrics.asOf): the day's load metrics, flags and readiness with reasons. */
export function summariseAthlete(
  metrics: AthleteMetrics,
  input: AthleteMetricsInput,
  date: string = metrics.asOf,
  atTime?: string,
): AthleteSummary {
  const index = dayIndex(metrics.axis, date);
  const readiness = assessReadiness(metrics, input, date, atTime);
  return {
    athleteId: metrics.athleteId,
    date,
    ...dayLoadValues(metrics, index),
    compositeZ: valueAt(metrics.wellness.compositeZ, index),
    isSustainedFatigue: metrics.fatigue.isSustainedFatigue[index] === 1,
    recency: stimulusRecencyFromMetrics(metrics, date),
    returning: readiness.returning,
    readiness,
    lastRecordDate: lastRecordDate(metrics, date),
  };
}
