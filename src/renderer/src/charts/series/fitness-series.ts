import { dateAt, type AthleteMetrics } from '@shared/metrics';
import type { ChartRange } from './range';
import { rangeDayCount } from './range';
import { MAX_DRAWN_POINTS, selectDrawnOffsets, sliceValues, type DrawnSeries } from './sampling';

/** One drawn day of the Performance Management Chart (Banister 1975), in AU/day. */
export interface FitnessPoint {
  day: number;
  date: string;
  /** Fitness: chronic training load, time constant 42 days by default. */
  ctlAu: number;
  /** Fatigue: acute training load, time constant 7 days by default. */
  atlAu: number;
  /** Form: CTL(t−1) − ATL(t−1). */
  tsbAu: number;
}

export type FitnessSeries = DrawnSeries<FitnessPoint>;

/**
 * Fitness (CTL), fatigue (ATL) and form (TSB) over the range, as the engine computed them. Above
 * `maxPoints` days: the union of an LTTB selection of each. Empty ('noSessions') without a session
 * by the range's end.
 */
export function buildFitnessSeries(
  metrics: AthleteMetrics,
  range: ChartRange,
  maxPoints: number = MAX_DRAWN_POINTS,
): FitnessSeries {
  const dayCount = rangeDayCount(range);
  const hasSessions = metrics.firstSessionIndex >= 0 && metrics.firstSessionIndex <= range.endIndex;
  if (dayCount === 0 || !hasSessions) {
    return { points: [], reasonIfEmpty: 'noSessions', dayCount, isDownsampled: false };
  }
  const { ctlAu, atlAu, tsbAu } = metrics.load;
  const offsets = selectDrawnOffsets(
    [sliceValues(ctlAu, range), sliceValues(atlAu, range), sliceValues(tsbAu, range)],
    dayCount,
    maxPoints,
  );
  const points = offsets.map((offset) => {
    const index = range.startIndex + offset;
    return {
      day: metrics.axis.startDay + index,
      date: dateAt(metrics.axis, index),
      ctlAu: ctlAu[index] ?? 0,
      atlAu: atlAu[index] ?? 0,
      tsbAu: tsbAu[index] ?? 0,
    };
  });
  return { points, reasonIfEmpty: null, dayCount, isDownsampled: points.length < dayCount };
}
