import { dateAt, valueAt, type AthleteMetrics } from '@shared/metrics';
import type { ChartRange } from './range';
import { rangeDayCount } from './range';
import {
  MAX_DRAWN_POINTS,
  extentOf,
  hasDefinedIn,
  selectDrawnOffsets,
  sliceOptional,
  type DrawnSeries,
} from './sampling';

/** One drawn day of the HRV chart (SCIENCE.md, "Wellness and HRV"; Plews et al. 2012, 2014). */
export interface HrvPoint {
  day: number;
  date: string;
  /** ln(RMSSD in ms) of the morning reading. */
  lnRmssd: number | null;
  /** 7-day rolling mean of ln RMSSD (≥ 3 readings). */
  lnRmssdMean7: number | null;
  /** Normal range: 60-day mean ± 0.5 SD (≥ 14 readings); [low, high] for a band, null without one. */
  normalRange: [number, number] | null;
  restingHrBpm: number | null;
  restingHrMean7: number | null;
}

export interface HrvSeries extends DrawnSeries<HrvPoint> {
  hasHrv: boolean;
  hasRestingHr: boolean;
  /** Axis extents of everything drawn (ln ms and bpm), padded; null without values. */
  lnDomain: [number, number] | null;
  restingHrDomain: [number, number] | null;
}

/** Extent padded by `pad` and rounded outward to `step`. */
function paddedDomain(extent: [number, number] | null, pad: number, step: number): [number, number] | null {
  if (!extent) return null;
  const round = (value: number): number => Number(value.toFixed(6));
  return [
    round(Math.floor((extent[0] - pad) / step) * step),
    round(Math.ceil((extent[1] + pad) / step) * step),
  ];
}

function pointAt(metrics: AthleteMetrics, index: number): HrvPoint {
  const { hrv } = metrics;
  const low = valueAt(hrv.normalRangeLow, index);
  const high = valueAt(hrv.normalRangeHigh, index);
  return {
    day: metrics.axis.startDay + index,
    date: dateAt(metrics.axis, index),
    lnRmssd: valueAt(hrv.lnRmssd, index),
    lnRmssdMean7: valueAt(hrv.lnRmssdMean7, index),
    normalRange: low === null || high === null ? null : [low, high],
    restingHrBpm: valueAt(hrv.restingHrBpm, index),
    restingHrMean7: valueAt(hrv.restingHrMean7, index),
  };
}

/**
 * ln RMSSD readings, their 7-day mean and normal range, and resting HR over the range, as the
 * engine computed them. Above `maxPoints` days the days drawn are the union of an LTTB selection of
 * the readings and of the 7-day mean. Empty ('noHrv') without any HRV or resting-HR reading in range.
 */
export function buildHrvSeries(
  metrics: AthleteMetrics,
  range: ChartRange,
  maxPoints: number = MAX_DRAWN_POINTS,
): HrvSeries {
  const { hrv } = metrics;
  const dayCount = rangeDayCount(range);
  const hasHrv = dayCount > 0 && hasDefinedIn(hrv.lnRmssd, range);
  const hasRestingHr = dayCount > 0 && hasDefinedIn(hrv.restingHrBpm, range);
  if (!hasHrv && !hasRestingHr) {
    const nothing = { lnDomain: null, restingHrDomain: null, isDownsampled: false };
    return { points: [], reasonIfEmpty: 'noHrv', dayCount, hasHrv, hasRestingHr, ...nothing };
  }
  const readings = sliceOptional(hrv.lnRmssd, range);
  const means = sliceOptional(hrv.lnRmssdMean7, range);
  const restingHr = sliceOptional(hrv.restingHrBpm, range);
  const sampled = hasHrv ? [readings, means] : [restingHr, sliceOptional(hrv.restingHrMean7, range)];
  const offsets = selectDrawnOffsets(sampled, dayCount, maxPoints);
  const lnExtent = extentOf(
    readings,
    means,
    sliceOptional(hrv.normalRangeLow, range),
    sliceOptional(hrv.normalRangeHigh, range),
  );
  return {
    points: offsets.map((offset) => pointAt(metrics, range.startIndex + offset)),
    reasonIfEmpty: null,
    dayCount,
    isDownsampled: offsets.length < dayCount,
    hasHrv,
    hasRestingHr,
    lnDomain: paddedDomain(lnExtent, 0.05, 0.1),
    restingHrDomain: paddedDomain(extentOf(restingHr), 2, 5),
  };
}
