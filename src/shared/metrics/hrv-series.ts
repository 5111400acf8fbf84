import type { Settings } from '../model/settings';
import type { MetricsCheckin } from './inputs';
import {
  createOptionalSeries,
  dayNumbersOf,
  extendFlags,
  copyDays,
  extendOptionalSeries,
  setValue,
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

/** Places the readings on the axis; of two check-ins on one date, the later one's values win. */
function collectDailyReadings(
  checkins: readonly MetricsCheckin[],
  axis: DayAxis,
  dayNumbers: Int32Array,
): DailyReadings {
  const daily = {
    lnRmssd: createOptionalSeries(axis.length),
    restingHrBpm: createOptionalSeries(axis.length),
  };
  for (let position = 0; position < checkins.length; position += 1) {
    const checkin = checkins[position];
    const index = (dayNumbers[position] ?? 0) - axis.startDay;
    if (!checkin) continue;
    if (index < 0 || index >= axis.length) continue;
    // ln of 0 or less is not finite: setValue stores it as undefined.
    if (checkin.hrvRmssdMs !== undefined) setValue(daily.lnRmssd, index, Math.log(checkin.hrvRmssdMs));
    if (checkin.restingHrBpm !== undefined) setValue(daily.restingHrBpm, index, checkin.restingHrBpm);
  }
  return daily;
}

function startHrvSeries(previous: HrvSeries | undefined, length: number, keptDays: number): HrvSeries {
  const start = (old: OptionalSeries | undefined) => extendOptionalSeries(old, length, keptDays);
  return {
    lnRmssd: start(previous?.lnRmssd),
    lnRmssdMean7: start(previous?.lnRmssdMean7),
    normalRangeLow: start(previous?.normalRangeLow),
    normalRangeHigh: start(previous?.normalRangeHigh),
    isBelowNormalRange: extendFlags(previous?.isBelowNormalRange, length, keptDays),
    restingHrBpm: start(previous?.restingHrBpm),
    restingHrMean7: start(previous?.restingHrMean7),
    restingHrThresholdBpm: start(previous?.restingHrThresholdBpm),
    isRestingHrHigh: extendFlags(previous?.isRestingHrHigh, length, keptDays),
  };
}

/**
 * Running count, Σx and Σx² of the readings in a window ending today. The sums are taken afresh
 * on every ANCHOR_DAYS-th day and slid in between, so day t's value depends only on the readings
 * and on t (not on where a computation started): an incremental recompute starts at the anchor
 * before `fromIndex` and stays bit-identical to a full one.
 */
const ANCHOR_DAYS = 64;

interface Window {
  count: number;
  sum: number;
  sumOfSquares: number;
}

function refill(window: Window, values: OptionalSeries, from: number, to: number): void {
  window.count = 0;
  window.sum = 0;
  window.sumOfSquares = 0;
  for (let day = Math.max(0, from); day <= to; day += 1) {
    if (values.isDefined[day] !== 1) continue;
    const value = values.values[day] ?? 0;
    window.count += 1;
    window.sum += value;
    window.sumOfSquares += value * value;
  }
}

function slide(window: Window, values: OptionalSeries, entering: number, leaving: number): void {
  if (values.isDefined[entering] === 1) {
    const value = values.values[entering] ?? 0;
    window.count += 1;
    window.sum += value;
    window.sumOfSquares += value * value;
  }
  if (leaving >= 0 && values.isDefined[leaving] === 1) {
    const value = values.values[leaving] ?? 0;
    window.count -= 1;
    window.sum -= value;
    window.sumOfSquares -= value * value;
  }
}

/** Where one signal's windows go: its 7-day mean, its band from the long window, and its flag. */
interface BandTargets {
  mean7: OptionalSeries;
  /** mean − lowSdFactor · SD, or null when the signal has no lower edge. */
  low: OptionalSeries | null;
  high: OptionalSeries;
  lowSdFactor: number;
  highSdFactor: number;
  flag: Uint8Array;
  /** Flag when the 7-day mean is below `low` (HRV); otherwise when it is above `high` (resting HR). */
  isFlagBelowLow: boolean;
}

/**
 * Slides the 7-day and 60-day windows over one signal's daily readings and writes its mean, band and
 * flag for days `firstDay` on. The sums are taken afresh every ANCHOR_DAYS days and slid in between,
 * so a day's values depend only on the readings, never on where a recompute started.
 */
function fillReadings(
  daily: OptionalSeries,
  firstDay: number,
  length: number,
  settings: HrvSettings,
  targets: BandTargets,
): void {
  const shortWindow: Window = { count: 0, sum: 0, sumOfSquares: 0 };
  const longWindow: Window = { count: 0, sum: 0, sumOfSquares: 0 };
  const shortDays = settings.rollingWindowDays;
  const longDays = settings.normalRangeWindowDays;
  const shortMin = Math.max(1, settings.rollingMinReadings);
  const longMin = Math.max(2, settings.normalRangeMinReadings);
  for (let day = firstDay - (firstDay % ANCHOR_DAYS); day < length; day += 1) {
    if (day % ANCHOR_DAYS === 0) {
      refill(shortWindow, daily, day - shortDays + 1, day);
      refill(longWindow, daily, day - longDays + 1, day);
    } else {
      slide(shortWindow, daily, day, day - shortDays);
      slide(longWindow, daily, day, day - longDays);
    }
    if (day < firstDay) continue;
    // The target days are fresh (undefined, flag 0) from `firstDay` on: write only what is defined.
    const hasMean7 = shortWindow.count >= shortMin;
    const mean7 = hasMean7 ? shortWindow.sum / shortWindow.count : 0;
    if (hasMean7) setValue(targets.mean7, day, mean7);
    if (longWindow.count < longMin) continue;
    const mean = longWindow.sum / longWindow.count;
    const sd = Math.sqrt(
      Math.max(0, (longWindow.sumOfSquares - longWindow.sum * mean) / (longWindow.count - 1)),
    );
    const low = mean - targets.lowSdFactor * sd;
    const high = mean + targets.highSdFactor * sd;
    if (targets.low) setValue(targets.low, day, low);
    setValue(targets.high, day, high);
    if (hasMean7 && (targets.isFlagBelowLow ? mean7 < low : mean7 > high)) targets.flag[day] = 1;
  }
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
  dayNumbers: Int32Array = dayNumbersOf(checkins),
): HrvSeries {
  const length = axis.length;
  const firstDay = keptDayCount(previous?.isBelowNormalRange.length, length, fromIndex);
  const daily = collectDailyReadings(checkins, axis, dayNumbers);
  const result = startHrvSeries(previous, length, firstDay);
  if (firstDay === 0) {
    // A full computation keeps the day readings as they are.
    result.lnRmssd = daily.lnRmssd;
    result.restingHrBpm = daily.restingHrBpm;
  }
  // Without any reading every derived day is undefined, which the fresh (zeroed) series already say.
  const hasHrv = daily.lnRmssd.isDefined.includes(1);
  const hasRestingHr = daily.restingHrBpm.isDefined.includes(1);
  if (hasHrv) {
    if (firstDay > 0) copyDays(daily.lnRmssd, result.lnRmssd, firstDay);
    fillReadings(daily.lnRmssd, firstDay, length, settings, {
      mean7: result.lnRmssdMean7,
      low: result.normalRangeLow,
      high: result.normalRangeHigh,
      lowSdFactor: settings.normalRangeSdFactor,
      highSdFactor: settings.normalRangeSdFactor,
      flag: result.isBelowNormalRange,
      isFlagBelowLow: true,
    });
  }
  if (hasRestingHr) {
    if (firstDay > 0) copyDays(daily.restingHrBpm, result.restingHrBpm, firstDay);
    fillReadings(daily.restingHrBpm, firstDay, length, settings, {
      mean7: result.restingHrMean7,
      low: null,
      high: result.restingHrThresholdBpm,
      lowSdFactor: 0,
      highSdFactor: settings.restingHrSdFactor,
      flag: result.isRestingHrHigh,
      isFlagBelowLow: false,
    });
  }
  return result;
}
