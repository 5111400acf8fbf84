import { STIMULUS_COUNT, dateAt, valueAt, type AthleteMetrics } from '@shared/metrics';
import type { ChartRange } from './range';
import { rangeDayCount } from './range';
import {
  MAX_DRAWN_POINTS,
  extentOf,
  offsetOfMaximum,
  selectDrawnOffsets,
  sliceOptional,
  sliceValues,
  type DrawnSeries,
} from './sampling';

/** One drawn day of the load chart; every number is the engine's. */
export interface LoadPoint {
  /** Day number (time/local-date): the x value. */
  day: number;
  date: string;
  /** Daily session-RPE load (AU). */
  totalAu: number;
  /** Load (AU) per stimulus, in the order of STIMULI. */
  stimulusAu: number[];
  sessionCount: number;
  /** EWMA acute and chronic load (AU/day, Williams 2017). */
  acuteAu: number;
  chronicAu: number;
  /** EWMA acute:chronic ratio; null where the chronic load is 0. */
  ratio: number | null;
}

/** The ratio bands of the settings (Gabbett 2016): adjustable flags, not injury predictions. */
export interface RatioBands {
  low: number;
  high: number;
  danger: number;
}

export interface LoadSeries extends DrawnSeries<LoadPoint> {
  /** The ratio variant drawn: always EWMA, the default of SCIENCE.md. */
  variant: 'ewma';
  bands: RatioBands;
  /** Largest daily load and largest acute or chronic load in the range (AU): the left axis. */
  maxLoadAu: number;
  /** Largest ratio in the range, null when none is defined: the right axis. */
  maxRatio: number | null;
}

function pointAt(metrics: AthleteMetrics, index: number): LoadPoint {
  const { daily, load } = metrics;
  const first = index * STIMULUS_COUNT;
  return {
    day: metrics.axis.startDay + index,
    date: dateAt(metrics.axis, index),
    totalAu: daily.dailyLoadAu[index] ?? 0,
    stimulusAu: Array.from(daily.stimulusLoadAu.subarray(first, first + STIMULUS_COUNT)),
    sessionCount: daily.sessionCount[index] ?? 0,
    acuteAu: load.ewmaAcuteAu[index] ?? 0,
    chronicAu: load.ewmaChronicAu[index] ?? 0,
    ratio: valueAt(load.acwrEwma, index),
  };
}

/**
 * The load chart: daily load by stimulus, EWMA acute and chronic load and their ratio over the
 * range. Above `maxPoints` days, the days drawn are an LTTB selection of the daily load and of the
 * ratio, always with the peak day. Empty ('noSessions') when no session was logged by the range's end.
 */
export function buildLoadSeries(
  metrics: AthleteMetrics,
  range: ChartRange,
  maxPoints: number = MAX_DRAWN_POINTS,
): LoadSeries {
  const { settings } = metrics;
  const bands = {
    low: settings.load.ratioLow,
    high: settings.load.ratioHigh,
    danger: settings.load.ratioDanger,
  };
  const dayCount = rangeDayCount(range);
  const hasSessions = metrics.firstSessionIndex >= 0 && metrics.firstSessionIndex <= range.endIndex;
  if (dayCount === 0 || !hasSessions) {
    const nothing = { maxLoadAu: 0, maxRatio: null, isDownsampled: false } as const;
    return { points: [], reasonIfEmpty: 'noSessions', dayCount, variant: 'ewma', bands, ...nothing };
  }
  const totals = sliceValues(metrics.daily.dailyLoadAu, range);
  const ratios = sliceOptional(metrics.load.acwrEwma, range);
  const offsets = selectDrawnOffsets([totals, ratios], dayCount, maxPoints, [offsetOfMaximum(totals)]);
  const loadExtent = extentOf(
    totals,
    sliceValues(metrics.load.ewmaAcuteAu, range),
    sliceValues(metrics.load.ewmaChronicAu, range),
  );
  return {
    points: offsets.map((offset) => pointAt(metrics, range.startIndex + offset)),
    reasonIfEmpty: null,
    dayCount,
    isDownsampled: offsets.length < dayCount,
    variant: 'ewma',
    bands,
    maxLoadAu: loadExtent ? loadExtent[1] : 0,
    maxRatio: extentOf(ratios)?.[1] ?? null,
  };
}
