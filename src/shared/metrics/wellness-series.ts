import type { Settings } from '../model/settings';
import { WELLNESS_ITEMS, type WellnessItem } from '../model/wellness';
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
 * Wellness per day, each item and the composite judged against the athlete's own baseline
 * (SCIENCE.md, "Wellness and HRV"; Saw et al. 2016, Br J Sports Med). Items are 1–5, 5 = best.
 */
export interface WellnessSeries {
  /** 1 on a day with a check-in (any record dated that day). */
  hasCheckin: Uint8Array;
  /** That day's score, 1–5. */
  items: Record<WellnessItem, OptionalSeries>;
  sleepHours: OptionalSeries;
  /** Sum of the five items (5–25), defined only when all five are present that day. */
  composite: OptionalSeries;
  /** (score − baseline mean) / baseline SD; undefined without a score, a baseline or with SD 0. */
  itemZ: Record<WellnessItem, OptionalSeries>;
  compositeBaselineMean: OptionalSeries;
  compositeBaselineSd: OptionalSeries;
  compositeZ: OptionalSeries;
}

type WellnessSettings = Settings['wellness'];

/** What the check-ins say per day, over the whole axis: the input of every baseline window. */
interface DailyWellness {
  hasCheckin: Uint8Array;
  items: Record<WellnessItem, OptionalSeries>;
  sleepHours: OptionalSeries;
  composite: OptionalSeries;
}

/** Where a baseline goes; per-item means and SDs are not kept per day (see `itemBaselineAt`). */
interface BaselineTarget {
  mean: OptionalSeries | null;
  sd: OptionalSeries | null;
  z: OptionalSeries;
}

function itemRecord(make: (item: WellnessItem) => OptionalSeries): Record<WellnessItem, OptionalSeries> {
  return {
    sleepQuality: make('sleepQuality'),
    fatigue: make('fatigue'),
    soreness: make('soreness'),
    stress: make('stress'),
    mood: make('mood'),
  };
}

/** Places the check-ins on the axis; of two check-ins on one date, the later one's values win. */
function collectDailyWellness(
  checkins: readonly MetricsCheckin[],
  axis: DayAxis,
  dayNumbers: Int32Array,
): DailyWellness {
  const length = axis.length;
  const daily: DailyWellness = {
    hasCheckin: new Uint8Array(length),
    items: itemRecord(() => createOptionalSeries(length)),
    sleepHours: createOptionalSeries(length),
    composite: createOptionalSeries(length),
  };
  // Named fields, not `checkin[item]` over WELLNESS_ITEMS: a keyed load per item and record was
  // the slowest part of this function.
  const { sleepQuality, fatigue, soreness, stress, mood } = daily.items;
  for (let position = 0; position < checkins.length; position += 1) {
    const checkin = checkins[position];
    const index = (dayNumbers[position] ?? 0) - axis.startDay;
    if (!checkin) continue;
    if (index < 0 || index >= length) continue;
    daily.hasCheckin[index] = 1;
    if (checkin.sleepHours !== undefined) setValue(daily.sleepHours, index, checkin.sleepHours);
    if (checkin.sleepQuality !== undefined) setValue(sleepQuality, index, checkin.sleepQuality);
    if (checkin.fatigue !== undefined) setValue(fatigue, index, checkin.fatigue);
    if (checkin.soreness !== undefined) setValue(soreness, index, checkin.soreness);
    if (checkin.stress !== undefined) setValue(stress, index, checkin.stress);
    if (checkin.mood !== undefined) setValue(mood, index, checkin.mood);
  }
  const composite = daily.composite;
  for (let index = 0; index < length; index += 1) {
    if (
      sleepQuality.isDefined[index] === 1 &&
      fatigue.isDefined[index] === 1 &&
      soreness.isDefined[index] === 1 &&
      stress.isDefined[index] === 1 &&
      mood.isDefined[index] === 1
    ) {
      // Sums of 1–5 scores: always finite, written directly.
      composite.values[index] =
        (sleepQuality.values[index] ?? 0) +
        (fatigue.values[index] ?? 0) +
        (soreness.values[index] ?? 0) +
        (stress.values[index] ?? 0) +
        (mood.values[index] ?? 0);
      composite.isDefined[index] = 1;
    }
  }
  return daily;
}

function startWellnessSeries(
  previous: WellnessSeries | undefined,
  length: number,
  keptDays: number,
  daily?: DailyWellness,
): WellnessSeries {
  const start = (old: OptionalSeries | undefined) => extendOptionalSeries(old, length, keptDays);
  return {
    hasCheckin: daily?.hasCheckin ?? extendFlags(previous?.hasCheckin, length, keptDays),
    items: daily?.items ?? itemRecord((item) => start(previous?.items[item])),
    sleepHours: daily?.sleepHours ?? start(previous?.sleepHours),
    composite: daily?.composite ?? start(previous?.composite),
    itemZ: itemRecord((item) => start(previous?.itemZ[item])),
    compositeBaselineMean: start(previous?.compositeBaselineMean),
    compositeBaselineSd: start(previous?.compositeBaselineSd),
    compositeZ: start(previous?.compositeZ),
  };
}

/**
 * Baseline of day t = the values of days t−window … t−1 (today excluded), with at least
 * `baselineMinCheckins` values: mean, sample SD = √((n·Σx² − (Σx)²) / (n(n−1))), and
 * z = (x(t) − mean) / SD (SCIENCE.md, "Wellness and HRV"; Saw et al. 2016). The window is summed
 * afresh for every day; sums of integer scores are exact, so SD = 0 iff n·Σx² = (Σx)², and then z
 * is undefined.
 */
function fillBaseline(
  values: OptionalSeries,
  target: BaselineTarget,
  firstDay: number,
  settings: WellnessSettings,
): void {
  const minValues = Math.max(2, settings.baselineMinCheckins);
  const windowDays = settings.baselineWindowDays;
  const defined = values.isDefined;
  const scores = values.values;
  const length = scores.length;
  // Sliding window: the scores are integers, so adding and removing them is exact and every day's
  // sums equal a fresh summation (bit-identical, also for an incremental recompute).
  let count = 0;
  let sum = 0;
  let sumOfSquares = 0;
  for (let past = Math.max(0, firstDay - windowDays); past < firstDay; past += 1) {
    if (defined[past] !== 1) continue;
    const value = scores[past] ?? 0;
    count += 1;
    sum += value;
    sumOfSquares += value * value;
  }
  for (let day = firstDay; day < length; day += 1) {
    if (day > firstDay) {
      const entering = day - 1;
      if (defined[entering] === 1) {
        const value = scores[entering] ?? 0;
        count += 1;
        sum += value;
        sumOfSquares += value * value;
      }
      const leaving = day - 1 - windowDays;
      if (leaving >= 0 && defined[leaving] === 1) {
        const value = scores[leaving] ?? 0;
        count -= 1;
        sum -= value;
        sumOfSquares -= value * value;
      }
    }
    // The target days are fresh (undefined) here, so only defined values need writing.
    const hasToday = defined[day] === 1;
    if (count < minValues || (!hasToday && !target.mean && !target.sd)) continue;
    const mean = sum / count;
    const varianceNumerator = Math.max(0, count * sumOfSquares - sum * sum);
    const sd = Math.sqrt(varianceNumerator / (count * (count - 1)));
    if (target.mean) setValue(target.mean, day, mean);
    if (target.sd) setValue(target.sd, day, sd);
    if (hasToday && varianceNumerator > 0) setValue(target.z, day, ((scores[day] ?? 0) - mean) / sd);
  }
}

/**
 * Daily wellness items, composite (sum of the five items) and, per item and for the composite,
 * baseline mean and sample SD over days t−28 … t−1 (today excluded, ≥ 7 values; both from
 * `settings`) and z = (value − mean) / SD (SCIENCE.md, "Wellness and HRV"; Saw et al. 2016, BJSM).
 * Incremental: days before `fromIndex` are copied from `previous`, later days are recomputed from
 * the check-ins, bit-identical to a full computation. Check-ins outside the axis are ignored.
 */
export function computeWellnessSeries(
  checkins: readonly MetricsCheckin[],
  axis: DayAxis,
  settings: WellnessSettings,
  previous?: WellnessSeries,
  fromIndex = 0,
  dayNumbers: Int32Array = dayNumbersOf(checkins),
): WellnessSeries {
  const length = axis.length;
  const firstDay = keptDayCount(previous?.hasCheckin.length, length, fromIndex);
  const daily = collectDailyWellness(checkins, axis, dayNumbers);
  // A full computation takes the day values as they are; an incremental one copies the new days in.
  const result =
    firstDay === 0
      ? startWellnessSeries(undefined, length, 0, daily)
      : startWellnessSeries(previous, length, firstDay);
  if (firstDay > 0) {
    result.hasCheckin.set(daily.hasCheckin.subarray(firstDay), firstDay);
    copyDays(daily.sleepHours, result.sleepHours, firstDay);
    copyDays(daily.composite, result.composite, firstDay);
    for (const item of WELLNESS_ITEMS) copyDays(daily.items[item], result.items[item], firstDay);
  }
  for (const item of WELLNESS_ITEMS) {
    const target = { mean: null, sd: null, z: result.itemZ[item] };
    fillBaseline(daily.items[item], target, firstDay, settings);
  }
  const compositeTarget = {
    mean: result.compositeBaselineMean,
    sd: result.compositeBaselineSd,
    z: result.compositeZ,
  };
  fillBaseline(daily.composite, compositeTarget, firstDay, settings);
  return result;
}

/**
 * One item's baseline on day `index`: mean and sample SD of its scores on days t−window … t−1 (today
 * excluded), or null with fewer than `baselineMinCheckins` scores — the numbers behind `itemZ`.
 */
export function itemBaselineAt(
  wellness: WellnessSeries,
  item: WellnessItem,
  index: number,
  settings: WellnessSettings,
): { mean: number; sd: number; count: number } | null {
  const { values, isDefined } = wellness.items[item];
  let count = 0;
  let sum = 0;
  let sumOfSquares = 0;
  for (let day = Math.max(0, index - settings.baselineWindowDays); day < index; day += 1) {
    if (isDefined[day] !== 1) continue;
    const value = values[day] ?? 0;
    count += 1;
    sum += value;
    sumOfSquares += value * value;
  }
  if (count < Math.max(2, settings.baselineMinCheckins)) return null;
  const varianceNumerator = Math.max(0, count * sumOfSquares - sum * sum);
  return { mean: sum / count, sd: Math.sqrt(varianceNumerator / (count * (count - 1))), count };
}
