import type { Settings } from '../model/settings';
import type { MetricsCheckin } from './inputs';
import {
  createOptionalSeries,
  dayIndex,
  extendArray,
  extendOptionalSeries,
  setValue,
  valueAt,
  type DayAxis,
  type OptionalSeries,
  keptDayCount,
} from './series';

/**
 * Morning HRV as ln RMSSD and resting heart rate per day, their 7-day rolling means and the
 * athlete's normal range (SCIENCE.md, "Wellness and HRV"; Plews et al. 2012 and 2014; Buchheit 2014).
 */
export interface HrvSeries {
  /** ln(RMSSD in ms) of that morning's reading. */
  lnRmssd: OptionalSeries;
  /** Mean of the readings on days t−6 … t; needs ≥ `rollingMinReadings`. */
  lnRmssdMean7: OptionalSeries;
  /** 60-day mean ∓ 0.5·SD of the readings on days t−59 … t (today included); needs ≥ 14 readings. */
  normalRangeLow: OptionalSeries;
  normalRangeHigh: OptionalSeries;
  /** 1 when the 7-day mean and the range are defined and the mean is below the range. */
  isBelowNormalRange: Uint8Array;
  restingHrBpm: OptionalSeries;
  /** Mean of the readings on days t−6 … t; needs ≥ `rollingMinReadings`. */
  restingHrMean7: OptionalSeries;
  /** 60-day mean + `restingHrSdFactor`·SD of the readings on days t−59 … t (today included). */
  restingHrThresholdBpm: OptionalSeries;
  /** 1 when the 7-day mean and the threshold are defined and the mean is above the threshold. */
  isRestingHrHigh: Uint8Array;
}

type HrvSettings = Settings['hrv'];

interface DailyReadings {
  lnRmssd: OptionalSeries;
  restingHrBpm: OptionalSeries;
}

interface MeanAndSd {
  mean: number;
  sd: number;
}

/** Places the readings on the axis; of two check-ins on one date, the later one's values win. */
function collectDailyReadings(checkins: readonly MetricsCheckin[], axis: DayAxis): DailyReadings {
  const daily = {
    lnRmssd: createOptionalSeries(axis.length),
    restingHrBpm: createOptionalSeries(axis.length),
  };
  for (const checkin of checkins) {
    const index = dayIndex(axis, checkin.date);
    if (index < 0 || index >= axis.length) continue;
    // ln of 0 or less is not finite: setValue stores it as undefined.
    if (checkin.hrvRmssdMs !== undefined) setValue(daily.lnRmssd, index, Math.log(checkin.hrvRmssdMs));
    if (checkin.restingHrBpm !== undefined) setValue(daily.restingHrBpm, index, checkin.restingHrBpm);
  }
  return daily;
}

/** Mean of the defined values on days `lastDay − windowDays + 1 … lastDay`, or null with fewer than `minCount`. */
function windowMean(
  values: OptionalSeries,
  lastDay: number,
  windowDays: number,
  minCount: number,
): number | null {
  let count = 0;
  let sum = 0;
  for (let day = Math.max(0, lastDay - windowDays + 1); day <= lastDay; day += 1) {
    const value = valueAt(values, day);
    if (value === null) continue;
    count += 1;
    sum += value;
  }
  return count >= Math.max(1, minCount) ? sum / count : null;
}

/** Mean and sample SD (n−1, two passes) of the same window, or null with fewer than `minCount` values. */
function windowMeanAndSd(
  values: OptionalSeries,
  lastDay: number,
  windowDays: number,
  minCount: number,
): MeanAndSd | null {
  const mean = windowMean(values, lastDay, windowDays, Math.max(2, minCount));
  if (mean === null) return null;
  let count = 0;
  let sumOfSquaredDeviations = 0;
  for (let day = Math.max(0, lastDay - windowDays + 1); day <= lastDay; day += 1) {
    const value = valueAt(values, day);
    if (value === null) continue;
    count += 1;
    sumOfSquaredDeviations += (value - mean) * (value - mean);
  }
  return { mean, sd: Math.sqrt(sumOfSquaredDeviations / (count - 1)) };
}

function startSeries(previous: OptionalSeries | undefined, length: number, keptDays: number): OptionalSeries {
  return previous === undefined
    ? createOptionalSeries(length)
    : extendOptionalSeries(previous, length, keptDays);
}

function startFlags(previous: Uint8Array | undefined, length: number, keptDays: number): Uint8Array {
  return previous === undefined ? new Uint8Array(length) : extendArray(previous, length, keptDays);
}

function startHrvSeries(previous: HrvSeries | undefined, length: number, keptDays: number): HrvSeries {
  const start = (old: OptionalSeries | undefined) => startSeries(old, length, keptDays);
  return {
    lnRmssd: start(previous?.lnRmssd),
    lnRmssdMean7: start(previous?.lnRmssdMean7),
    normalRangeLow: start(previous?.normalRangeLow),
    normalRangeHigh: start(previous?.normalRangeHigh),
    isBelowNormalRange: startFlags(previous?.isBelowNormalRange, length, keptDays),
    restingHrBpm: start(previous?.restingHrBpm),
    restingHrMean7: start(previous?.restingHrMean7),
    restingHrThresholdBpm: start(previous?.restingHrThresholdBpm),
    isRestingHrHigh: startFlags(previous?.isRestingHrHigh, length, keptDays),
  };
}

/** ln RMSSD of day `day`: 7-day mean, normal range and the below-range flag. */
function fillLnRmssdDay(daily: OptionalSeries, result: HrvSeries, day: number, settings: HrvSettings): void {
  setValue(result.lnRmssd, day, valueAt(daily, day));
  const mean7 = windowMean(daily, day, settings.rollingWindowDays, settings.rollingMinReadings);
  const range = windowMeanAndSd(daily, day, settings.normalRangeWindowDays, settings.normalRangeMinReadings);
  const low = range === null ? null : range.mean - settings.normalRangeSdFactor * range.sd;
  setValue(result.lnRmssdMean7, day, mean7);
  setValue(result.normalRangeLow, day, low);
  setValue(
    result.normalRangeHigh,
    day,
    range === null ? null : range.mean + settings.normalRangeSdFactor * range.sd,
  );
  result.isBelowNormalRange[day] = mean7 !== null && low !== null && mean7 < low ? 1 : 0;
}

/** Resting HR of day `day`: 7-day mean, threshold and the above-threshold flag. */
function fillRestingHrDay(
  daily: OptionalSeries,
  result: HrvSeries,
  day: number,
  settings: HrvSettings,
): void {
  setValue(result.restingHrBpm, day, valueAt(daily, day));
  const mean7 = windowMean(daily, day, settings.rollingWindowDays, settings.rollingMinReadings);
  const baseline = windowMeanAndSd(
    daily,
    day,
    settings.normalRangeWindowDays,
    settings.normalRangeMinReadings,
  );
  const threshold = baseline === null ? null : baseline.mean + settings.restingHrSdFactor * baseline.sd;
  setValue(result.restingHrMean7, day, mean7);
  setValue(result.restingHrThresholdBpm, day, threshold);
  result.isRestingHrHigh[day] = mean7 !== null && threshold !== null && mean7 > threshold ? 1 : 0;
}

/**
 * ln RMSSD and resting HR per day; 7-day means (days t−6 … t, ≥ 3 readings: Plews et al. 2014,
 * IJSPP 9:783); normal range = 60-day mean ± 0.5·SD of ln RMSSD (Plews et al. 2012; Buchheit 2014)
 * and resting HR threshold = 60-day mean + 1·SD (SCIENCE.md, "Wellness and HRV"), both over the
 * readings of days t−59 … t (our reading: today included), ≥ 14 readings, sample SD; windows,
 * counts and factors from `settings`. Incremental: days before `fromIndex` are copied from
 * `previous`, later days recomputed from the check-ins (bit-identical to a full computation).
 */
export function computeHrvSeries(
  checkins: readonly MetricsCheckin[],
  axis: DayAxis,
  settings: HrvSettings,
  previous?: HrvSeries,
  fromIndex = 0,
): HrvSeries {
  const length = axis.length;
  const firstDay = keptDayCount(previous?.isBelowNormalRange.length, length, fromIndex);
  const daily = collectDailyReadings(checkins, axis);
  const result = startHrvSeries(previous, length, firstDay);
  for (let day = firstDay; day < length; day += 1) {
    fillLnRmssdDay(daily.lnRmssd, result, day, settings);
    fillRestingHrDay(daily.restingHrBpm, result, day, settings);
  }
  return result;
}
