import { describe, expect, it } from 'vitest';
import { expectIncrementalEqualsFull } from './incremental-property';
import fc from 'fast-check';
import type { MetricsCheckin } from '@shared/metrics/inputs';
import { createDayAxis, valueAt, type OptionalSeries } from '@shared/metrics/series';
import { computeWellnessSeries, itemBaselineAt, type WellnessSeries } from '@shared/metrics/wellness-series';
import { WELLNESS_ITEMS } from '@shared/model/wellness';
import { defaultSettings } from '@shared/model/settings';
import { addDays } from '@shared/time/local-date';

const START = '2024-01-01';
const settings = defaultSettings().wellness;

/** An axis of `days` days from START. */
const axisOf = (days: number) => createDayAxis(START, addDays(START, days - 1));
const on = (day: number, values: Omit<MetricsCheckin, 'date'>): MetricsCheckin => ({
  date: addDays(START, day),
  ...values,
});
const allItems = (score: number) => ({
  sleepQuality: score,
  fatigue: score,
  soreness: score,
  stress: score,
  mood: score,
});
const valuesOf = (series: OptionalSeries) => Array.from(series.values, (_, index) => valueAt(series, index));

/** Days 0–6: sleep quality 3,3,4,4,3,3,4, every other item 3; day 7: sleep quality 2, others 3. */
const BASELINE_SLEEP = [3, 3, 4, 4, 3, 3, 4];
const baselineWeek = (): MetricsCheckin[] => [
  ...BASELINE_SLEEP.map((sleepQuality, day) => on(day, { ...allItems(3), sleepQuality })),
  on(7, { ...allItems(3), sleepQuality: 2 }),
];

describe('computeWellnessSeries: baseline and z', () => {
  it('gives mean, sample SD and z of the previous days, today excluded', () => {
    const series = computeWellnessSeries(baselineWeek(), axisOf(10), settings);
    // Σx = 24, Σx² = 4·9 + 3·16 = 84, n = 7: mean = 24/7 = 3.428571…
    // sample variance = (n·Σx² − (Σx)²) / (n(n−1)) = (588 − 576) / 42 = 2/7, SD = √(2/7) = 0.5345225
    // z(day 7) = (2 − 24/7) / √(2/7) = (−10/7) / 0.5345225 = −2.6726124
    // Were today included, the mean would be 26/8 = 3.25.
    expect(itemBaselineAt(series, 'sleepQuality', 7, settings)?.mean ?? null).toBeCloseTo(
      3.4285714285714284,
      12,
    );
    expect(itemBaselineAt(series, 'sleepQuality', 7, settings)?.sd ?? null).toBeCloseTo(
      0.5345224838248488,
      12,
    );
    expect(valueAt(series.itemZ.sleepQuality, 7)).toBeCloseTo(-2.6726124191242433, 12);
    // Composite = sleep quality + 4·3: baseline 15,15,16,16,15,15,16 → mean 12 + 24/7, same SD;
    // day 7 composite = 2 + 12 = 14 → z = (14 − 108/7) / √(2/7) = −2.6726124.
    expect(valueAt(series.composite, 7)).toBe(14);
    expect(valueAt(series.compositeBaselineMean, 7)).toBeCloseTo(15.428571428571429, 12);
    expect(valueAt(series.compositeBaselineSd, 7)).toBeCloseTo(0.5345224838248488, 12);
    expect(valueAt(series.compositeZ, 7)).toBeCloseTo(-2.6726124191242433, 12);
  });

  it('leaves z undefined when the baseline SD is 0, but keeps mean 3 and SD 0 for the band', () => {
    const series = computeWellnessSeries(baselineWeek(), axisOf(10), settings);
    for (const item of ['fatigue', 'soreness', 'stress', 'mood'] as const) {
      expect(itemBaselineAt(series, item, 7, settings)?.mean ?? null).toBe(3);
      expect(itemBaselineAt(series, item, 7, settings)?.sd ?? null).toBe(0);
      expect(valueAt(series.itemZ[item], 7)).toBeNull();
    }
  });

  it.each([
    // [check-ins on days 0 … n−1, minimum from settings, baseline on day n?]
    [6, 7, false],
    [7, 7, true],
    [2, 3, false],
    [3, 3, true],
  ])('with %i check-ins and a minimum of %i the baseline is defined: %s', (count, minimum, isDefined) => {
    const checkins = Array.from({ length: count }, (_, day) => on(day, allItems(day % 2 === 0 ? 3 : 4)));
    const withMinimum = { ...settings, baselineMinCheckins: minimum };
    const series = computeWellnessSeries(checkins, axisOf(count + 1), withMinimum);
    expect(valueAt(series.compositeBaselineMean, count) !== null).toBe(isDefined);
    expect((itemBaselineAt(series, 'mood', count, withMinimum)?.sd ?? null) !== null).toBe(isDefined);
    // The day before has one value fewer: never defined.
    expect(valueAt(series.compositeBaselineMean, count - 1)).toBeNull();
  });

  it('drops a check-in 29 days back: the window is days t−28 … t−1', () => {
    const checkins = BASELINE_SLEEP.map((score, day) => on(day, { sleepQuality: score }));
    const series = computeWellnessSeries(checkins, axisOf(40), settings);
    // Day 28: window days 0 … 27 holds all 7 values → mean 24/7.
    expect(itemBaselineAt(series, 'sleepQuality', 28, settings)?.mean ?? null).toBeCloseTo(24 / 7, 12);
    // Day 29: window days 1 … 28 holds 6 values → no baseline.
    expect(itemBaselineAt(series, 'sleepQuality', 29, settings)?.mean ?? null).toBeNull();
    // A 14-day window from settings drops day 0 already on day 15.
    const shortWindow = { ...settings, baselineWindowDays: 14 };
    const short = computeWellnessSeries(checkins, axisOf(40), shortWindow);
    expect(itemBaselineAt(short, 'sleepQuality', 14, shortWindow)?.mean ?? null).toBeCloseTo(24 / 7, 12);
    expect(itemBaselineAt(short, 'sleepQuality', 15, shortWindow)?.mean ?? null).toBeNull();
    expect(valueAt(short.itemZ.sleepQuality, 15)).toBeNull(); // no check-in that day either way
  });

  it('keeps the baseline band on days without a check-in, with no value and no z', () => {
    const series = computeWellnessSeries(baselineWeek(), axisOf(12), settings);
    // Day 10: window days 0 … 9 holds days 0 … 7: 3,3,4,4,3,3,4,2 → Σ 26, Σx² 88, n 8, mean 3.25,
    // variance = (8·88 − 676) / 56 = 28/56 = 0.5, SD = √0.5 = 0.7071068.
    expect(series.hasCheckin[10]).toBe(0);
    expect(valueAt(series.items.sleepQuality, 10)).toBeNull();
    expect(itemBaselineAt(series, 'sleepQuality', 10, settings)?.mean ?? null).toBe(3.25);
    expect(itemBaselineAt(series, 'sleepQuality', 10, settings)?.sd ?? null).toBeCloseTo(
      0.7071067811865476,
      12,
    );
    expect(valueAt(series.itemZ.sleepQuality, 10)).toBeNull();
  });
});

describe('computeWellnessSeries: daily values', () => {
  it('leaves the composite undefined when an item is missing, but keeps the other items', () => {
    const checkins = [on(0, { sleepQuality: 4, fatigue: 3, soreness: 2, stress: 5 }), on(1, allItems(4))];
    const series = computeWellnessSeries(checkins, axisOf(2), settings);
    expect(valuesOf(series.composite)).toEqual([null, 20]);
    expect(valuesOf(series.items.soreness)).toEqual([2, 4]);
    expect(valuesOf(series.items.mood)).toEqual([null, 4]);
    expect(Array.from(series.hasCheckin)).toEqual([1, 1]);
  });

  it('records sleep hours, marks a check-in without items and ignores check-ins outside the axis', () => {
    const checkins = [on(-1, allItems(1)), on(1, { sleepHours: 7.5 }), on(3, allItems(1))];
    const series = computeWellnessSeries(checkins, axisOf(3), settings);
    expect(Array.from(series.hasCheckin)).toEqual([0, 1, 0]);
    expect(valuesOf(series.sleepHours)).toEqual([null, 7.5, null]);
    expect(valuesOf(series.composite)).toEqual([null, null, null]);
  });

  it('merges two check-ins on one date, the later one winning per value', () => {
    const checkins = [on(0, { ...allItems(2), sleepHours: 6 }), on(0, { mood: 5 })];
    const series = computeWellnessSeries(checkins, axisOf(1), settings);
    expect(valueAt(series.items.mood, 0)).toBe(5);
    expect(valueAt(series.items.fatigue, 0)).toBe(2);
    expect(valueAt(series.composite, 0)).toBe(13); // 2 + 2 + 2 + 2 + 5
    expect(valueAt(series.sleepHours, 0)).toBe(6);
  });

  it.each([0, 1, 30])('gives an athlete without check-ins all-undefined series of %i days', (days) => {
    const axis = days === 0 ? createDayAxis(START, addDays(START, -1)) : axisOf(days);
    const series = computeWellnessSeries([], axis, settings);
    expect(series.hasCheckin).toEqual(new Uint8Array(days));
    const all = [
      series.composite,
      series.sleepHours,
      series.compositeBaselineMean,
      series.compositeBaselineSd,
      series.compositeZ,
      ...WELLNESS_ITEMS.flatMap((item) => [series.items[item], series.itemZ[item]]),
    ];
    for (const optional of all) {
      expect(optional.isDefined).toEqual(new Uint8Array(days));
      expect(optional.values).toEqual(new Float64Array(days));
    }
  });
});

/** One optional check-in per day; integer items 1–5, any of them may be missing. */
const dayArbitrary = fc.option(
  fc.record(
    {
      sleepHours: fc.double({ min: 0, max: 12, noNaN: true }),
      sleepQuality: fc.integer({ min: 1, max: 5 }),
      fatigue: fc.integer({ min: 1, max: 5 }),
      soreness: fc.integer({ min: 1, max: 5 }),
      stress: fc.integer({ min: 1, max: 5 }),
      mood: fc.integer({ min: 1, max: 5 }),
    },
    { requiredKeys: [] },
  ),
  { freq: 3 },
);

describe('computeWellnessSeries: incremental', () => {
  it('equals a full computation bit for bit after an edit from day `fromIndex` on', () => {
    expectIncrementalEqualsFull<WellnessSeries>(dayArbitrary, 130, (checkins, axis, previous, fromIndex) =>
      computeWellnessSeries(checkins, axis, settings, previous, fromIndex),
    );
  });

  it('copies the days before `fromIndex` from `previous` instead of recomputing them', () => {
    const previous = computeWellnessSeries([on(0, allItems(1))], axisOf(3), settings);
    const series = computeWellnessSeries(
      [on(0, allItems(5)), on(2, allItems(4))],
      axisOf(3),
      settings,
      previous,
      1,
    );
    expect(valuesOf(series.composite)).toEqual([5, null, 20]);
  });
});
