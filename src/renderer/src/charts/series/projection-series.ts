import { STIMULUS_COUNT, valueAt } from '@shared/metrics';
import type { AthleteProjection } from '@shared/planning/projection';
import { addDays, fromDayNumber, toDayNumber } from '@shared/time/local-date';
import type { ChartRange } from './range';
import { extentOf } from './sampling';

/**
 * The projection of the plan on the athlete charts: the engine run on the record plus the planned
 * sessions still to come (shared/planning/projection), drawn dashed after today. Pure: projection in,
 * points out; the charts only draw them.
 */

/** The projection looks at most this far ahead (12 weeks): further plans are too uncertain to draw. */
export const MAX_PROJECTION_DAYS = 84;

/**
 * The last day to project: the last planned date after `today`, at most `maxDays` days ahead; null
 * when nothing is planned after today.
 */
export function projectionHorizon(
  planned: readonly { date: string }[],
  today: string,
  maxDays: number = MAX_PROJECTION_DAYS,
): string | null {
  let last: string | null = null;
  for (const session of planned)
    if (session.date > today && (last === null || session.date > last)) last = session.date;
  if (last === null) return null;
  const limit = addDays(today, maxDays);
  return last > limit ? limit : last;
}

/**
 * The range extended to the horizon when it ends on today: the x domain of every chart then runs to
 * the horizon, while the record indices stay as they were. Unchanged without a horizon, for an empty
 * range or one that ends before today.
 */
export function extendRangeToHorizon(range: ChartRange, today: string, horizon: string | null): ChartRange {
  const isEmpty = range.endIndex < range.startIndex;
  if (horizon === null || isEmpty || range.endDate !== today || horizon <= today) return range;
  return { ...range, endDay: toDayNumber(horizon), endDate: horizon, projectedAfterDay: range.endDay };
}

/** One day of the load chart's projection: the planned load and the projected EWMA loads and ratio. */
export interface ProjectedLoadPoint {
  day: number;
  date: string;
  /** Planned load of the day (target RPE × minutes), by stimulus in the order of STIMULI; 0 on today. */
  plannedAu: number;
  plannedStimulusAu: number[];
  plannedCount: number;
  projectedAcuteAu: number;
  projectedChronicAu: number;
  /** Null where the projected chronic load is 0. */
  projectedRatio: number | null;
}

export interface LoadProjection {
  /** Today's day number: the dashed lines start here, where the solid ones end. */
  todayDay: number;
  /** Today and every day after it up to the horizon. */
  points: ProjectedLoadPoint[];
  /** Largest planned daily load and projected acute or chronic load (AU). */
  maxLoadAu: number;
  maxRatio: number | null;
}

/** One day of the fitness chart's projection. */
export interface ProjectedFitnessPoint {
  day: number;
  date: string;
  projectedCtlAu: number;
  projectedAtlAu: number;
  projectedTsbAu: number;
}

export interface FitnessProjection {
  todayDay: number;
  points: ProjectedFitnessPoint[];
}

/** Axis indices of the projection from today to the range's end, or null when there is nothing to project. */
function projectedIndices(
  projection: AthleteProjection,
  range: ChartRange,
): { first: number; last: number } | null {
  if (range.projectedAfterDay === undefined) return null;
  const { axis } = projection;
  const first = range.projectedAfterDay - axis.startDay;
  const last = Math.min(range.endDay - axis.startDay, axis.length - 1);
  return first >= 0 && last > first ? { first, last } : null;
}

/**
 * The load chart's projection: from today (the join with the record, no planned load) to the range's
 * end, the planned daily load and the projection's EWMA acute and chronic load and ratio (SCIENCE.md,
 * "Load": the same formulas as the record). Null unless the range was extended to a horizon.
 */
export function buildLoadProjection(projection: AthleteProjection, range: ChartRange): LoadProjection | null {
  const indices = projectedIndices(projection, range);
  if (!indices) return null;
  const { axis, daily, load } = projection;
  const points: ProjectedLoadPoint[] = [];
  for (let index = indices.first; index <= indices.last; index += 1) {
    const isToday = index === indices.first;
    const first = index * STIMULUS_COUNT;
    points.push({
      day: axis.startDay + index,
      date: fromDayNumber(axis.startDay + index),
      plannedAu: isToday ? 0 : (daily.dailyLoadAu[index] ?? 0),
      plannedStimulusAu: isToday
        ? new Array<number>(STIMULUS_COUNT).fill(0)
        : Array.from(daily.stimulusLoadAu.subarray(first, first + STIMULUS_COUNT)),
      plannedCount: isToday ? 0 : (daily.sessionCount[index] ?? 0),
      projectedAcuteAu: load.ewmaAcuteAu[index] ?? 0,
      projectedChronicAu: load.ewmaChronicAu[index] ?? 0,
      projectedRatio: valueAt(load.acwrEwma, index),
    });
  }
  const loadExtent = extentOf(
    points.map((point) => point.plannedAu),
    points.map((point) => point.projectedAcuteAu),
    points.map((point) => point.projectedChronicAu),
  );
  const ratioExtent = extentOf(points.map((point) => point.projectedRatio ?? Number.NaN));
  return {
    todayDay: axis.startDay + indices.first,
    points,
    maxLoadAu: loadExtent ? loadExtent[1] : 0,
    maxRatio: ratioExtent ? ratioExtent[1] : null,
  };
}

/**
 * The fitness chart's projection: the projection's CTL, ATL and TSB (Banister 1975) from today to the
 * range's end. Null unless the range was extended to a horizon.
 */
export function buildFitnessProjection(
  projection: AthleteProjection,
  range: ChartRange,
): FitnessProjection | null {
  const indices = projectedIndices(projection, range);
  if (!indices) return null;
  const { axis, load } = projection;
  const points: ProjectedFitnessPoint[] = [];
  for (let index = indices.first; index <= indices.last; index += 1) {
    points.push({
      day: axis.startDay + index,
      date: fromDayNumber(axis.startDay + index),
      projectedCtlAu: load.ctlAu[index] ?? 0,
      projectedAtlAu: load.atlAu[index] ?? 0,
      projectedTsbAu: load.tsbAu[index] ?? 0,
    });
  }
  return { todayDay: axis.startDay + indices.first, points };
}
