import {
  computeStimulusRecencySeries,
  dateAt,
  valueAt,
  type AthleteMetrics,
  type AthleteMetricsInput,
} from '@shared/metrics';
import type { ChartRange } from './range';
import { rangeDayCount } from './range';
import { MAX_DRAWN_POINTS, extentOf, selectDrawnOffsets, sliceOptional, type DrawnSeries } from './sampling';

/** One drawn day: whole days since the last strength and endurance session (null before the first). */
export interface DetrainingPoint {
  day: number;
  date: string;
  daysSinceStrength: number | null;
  daysSinceEndurance: number | null;
}

export interface DetrainingSeries extends DrawnSeries<DetrainingPoint> {
  /** The detraining flag of the settings (default 14 days; Mujika & Padilla 2000). */
  flagDays: number;
  /** The y axis: at least 1.5 × the flag, or the longest gap in the range. */
  maxDays: number;
}

/**
 * Days since the last strength and the last endurance stimulus on each day of the range (the
 * engine's `computeStimulusRecencySeries`; which stimuli count comes from the settings). Above
 * `maxPoints` days: the union of an LTTB selection of each (it keeps the peaks of the saw-tooth).
 */
export function buildDetrainingSeries(
  metrics: AthleteMetrics,
  input: Pick<AthleteMetricsInput, 'sessions'>,
  range: ChartRange,
  maxPoints: number = MAX_DRAWN_POINTS,
): DetrainingSeries {
  const flagDays = metrics.settings.returnToTraining.detrainingFlagDays;
  const dayCount = rangeDayCount(range);
  const base = { dayCount, flagDays, isDownsampled: false, maxDays: Math.ceil(flagDays * 1.5) };
  const hasSessions = metrics.firstSessionIndex >= 0 && metrics.firstSessionIndex <= range.endIndex;
  if (dayCount === 0 || !hasSessions) return { ...base, points: [], reasonIfEmpty: 'noSessions' };
  const recency = computeStimulusRecencySeries(input.sessions, metrics.axis, metrics.settings);
  const strength = sliceOptional(recency.daysSinceStrength, range);
  const endurance = sliceOptional(recency.daysSinceEndurance, range);
  const extent = extentOf(strength, endurance);
  if (!extent) return { ...base, points: [], reasonIfEmpty: 'noStrengthOrEndurance' };
  const offsets = selectDrawnOffsets([strength, endurance], dayCount, maxPoints);
  const points = offsets.map((offset) => {
    const index = range.startIndex + offset;
    return {
      day: metrics.axis.startDay + index,
      date: dateAt(metrics.axis, index),
      daysSinceStrength: valueAt(recency.daysSinceStrength, index),
      daysSinceEndurance: valueAt(recency.daysSinceEndurance, index),
    };
  });
  return {
    ...base,
    points,
    reasonIfEmpty: null,
    isDownsampled: points.length < dayCount,
    maxDays: Math.max(base.maxDays, extent[1]),
  };
}
