import type { Settings } from '../model/settings';
import type { HrvSeries } from './hrv-series';
import { extendFlags, keptDayCount, type DayAxis, type OptionalSeries } from './series';
import type { WellnessSeries } from './wellness-series';

/**
 * The "sustained fatigue" flag (SCIENCE.md, "Overreaching signals"): a flag to review load, never a
 * diagnosis (Meeusen et al. 2013, Med Sci Sports Exerc 45:186).
 */
export interface FatigueSeries {
  /** 1 on a check-in day with composite z ≤ −1, soreness or fatigue z ≤ −1.5, or HRV below its normal range. */
  isFatigueDay: Uint8Array;
  /**
   * How many of the last `windowCheckinDays` check-in days up to and including t, within days
   * t−lookbackDays+1 … t, are fatigue days (capped at 255, the most a Uint8Array holds).
   */
  flaggedCheckinDays: Uint8Array;
  /** 1 when at least `minFlaggedDays` of those check-in days are fatigue days. */
  isSustainedFatigue: Uint8Array;
}

type FatigueSettings = Settings['fatigue'];

const MAX_STORED_COUNT = 255;

/**
 * Day `day` is a check-in day whose composite z, soreness z, fatigue z or 7-day HRV mean is low
 * (SCIENCE.md): every part relative to the athlete's own baseline, never an absolute score.
 */
function isFatigueCheckinDay(
  wellness: WellnessSeries,
  hrv: HrvSeries,
  day: number,
  settings: FatigueSettings,
): boolean {
  if (wellness.hasCheckin[day] !== 1) return false;
  const { compositeZ, itemZ } = wellness;
  const isAtOrBelow = (series: OptionalSeries, threshold: number): boolean =>
    series.isDefined[day] === 1 && (series.values[day] ?? 0) <= threshold;
  return (
    isAtOrBelow(compositeZ, settings.compositeZAtOrBelow) ||
    isAtOrBelow(itemZ.soreness, settings.itemZAtOrBelow) ||
    isAtOrBelow(itemZ.fatigue, settings.itemZAtOrBelow) ||
    hrv.isBelowNormalRange[day] === 1
  );
}

/**
 * Sustained fatigue (SCIENCE.md, "Overreaching signals"): on day t, at least `minFlaggedDays` (5) of
 * the last `windowCheckinDays` (7) check-in days within the last `lookbackDays` (28, today included)
 * had composite z ≤ −1, soreness or fatigue z ≤ −1.5, or HRV below its normal range (thresholds from
 * `settings`). Incremental: days before `fromIndex` are copied from `previous`, later days recomputed
 * from `wellness` and `hrv` (bit-identical to a full computation).
 */
export function computeSustainedFatigue(
  wellness: WellnessSeries,
  hrv: HrvSeries,
  axis: DayAxis,
  settings: FatigueSettings,
  previous?: FatigueSeries,
  fromIndex = 0,
): FatigueSeries {
  const length = axis.length;
  const firstDay = keptDayCount(previous?.isFatigueDay.length, length, fromIndex);
  // The flags the recomputed days' windows read, taken from the inputs rather than from `previous`.
  const isFatigueDay = new Uint8Array(length);
  for (let day = Math.max(0, firstDay - settings.lookbackDays + 1); day < length; day += 1) {
    isFatigueDay[day] = isFatigueCheckinDay(wellness, hrv, day, settings) ? 1 : 0;
  }
  const start = (old: Uint8Array | undefined) => extendFlags(old, length, firstDay);
  const result: FatigueSeries = {
    isFatigueDay: firstDay === 0 ? isFatigueDay : start(previous?.isFatigueDay),
    flaggedCheckinDays: start(previous?.flaggedCheckinDays),
    isSustainedFatigue: start(previous?.isSustainedFatigue),
  };
  if (firstDay > 0) result.isFatigueDay.set(isFatigueDay.subarray(firstDay), firstDay);
  countFlaggedCheckinDays(wellness.hasCheckin, isFatigueDay, firstDay, settings, result);
  return result;
}

/**
 * Per day from `firstDay`: fatigue days among the last `windowCheckinDays` check-in days of days
 * t−lookbackDays+1 … t. The check-in days sit in a ring that slides with t; it starts empty
 * `lookbackDays` before `firstDay`, where nothing older can count, so every day's count is exact.
 */
function countFlaggedCheckinDays(
  hasCheckin: Uint8Array,
  isFatigueDay: Uint8Array,
  firstDay: number,
  settings: FatigueSettings,
  result: FatigueSeries,
): void {
  const capacity = Math.max(1, settings.windowCheckinDays);
  const ringDays = new Int32Array(capacity);
  let oldest = 0;
  let size = 0;
  let flagged = 0;
  const dropOldest = (): void => {
    if (isFatigueDay[ringDays[oldest] ?? 0] === 1) flagged -= 1;
    oldest = (oldest + 1) % capacity;
    size -= 1;
  };
  for (let day = Math.max(0, firstDay - settings.lookbackDays); day < hasCheckin.length; day += 1) {
    while (size > 0 && (ringDays[oldest] ?? 0) <= day - settings.lookbackDays) dropOldest();
    if (hasCheckin[day] === 1) {
      if (size === capacity) dropOldest();
      ringDays[(oldest + size) % capacity] = day;
      size += 1;
      if (isFatigueDay[day] === 1) flagged += 1;
    }
    if (day < firstDay) continue;
    result.flaggedCheckinDays[day] = Math.min(flagged, MAX_STORED_COUNT);
    result.isSustainedFatigue[day] = flagged >= settings.minFlaggedDays ? 1 : 0;
  }
}
