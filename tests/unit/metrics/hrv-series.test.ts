import { describe, expect, it } from 'vitest';
import { expectIncrementalEqualsFull } from './incremental-property';
import fc from 'fast-check';
import { computeHrvSeries, type HrvSeries } from '@shared/metrics/hrv-series';
import type { MetricsCheckin } from '@shared/metrics/inputs';
import { createDayAxis, valueAt } from '@shared/metrics/series';
import { defaultSettings } from '@shared/model/settings';
import { addDays } from '@shared/time/local-date';

const START = '2024-01-01';
const settings = defaultSettings().hrv;

const axisOf = (days: number) => createDayAxis(START, addDays(START, days - 1));
const on = (day: number, values: Omit<MetricsCheckin, 'date'>): MetricsCheckin => ({
  date: addDays(START, day),
  ...values,
});
/** A reading whose ln RMSSD is `lnRmssd` (ln(e^x) = x up to rounding, hence toBeCloseTo below). */
const hrvOn = (day: number, lnRmssd: number) => on(day, { hrvRmssdMs: Math.exp(lnRmssd) });

/** Days 0 … 13: ln RMSSD 4.0 on even days, 4.2 on odd days (7 + 7 readings). */
const alternatingFortnight = () =>
  Array.from({ length: 14 }, (_, day) => hrvOn(day, day % 2 === 0 ? 4.0 : 4.2));

describe('computeHrvSeries: ln RMSSD', () => {
  it.each([
    [60, 4.0943445622221],
    [100, 4.605170185988092],
    [20, 2.995732273553991],
    [1, 0],
  ])('stores ln(%f ms) = %f', (rmssdMs, lnRmssd) => {
    const series = computeHrvSeries([on(0, { hrvRmssdMs: rmssdMs })], axisOf(1), settings);
    expect(valueAt(series.lnRmssd, 0)).toBeCloseTo(lnRmssd, 12);
  });

  it('needs 3 readings in days t−6 … t for the 7-day mean', () => {
    const checkins = [on(0, { hrvRmssdMs: 60 }), on(3, { hrvRmssdMs: 70 }), on(6, { hrvRmssdMs: 80 })];
    const series = computeHrvSeries(checkins, axisOf(8), settings);
    // Day 5: readings on days 0 and 3 only → undefined.
    expect(valueAt(series.lnRmssdMean7, 5)).toBeNull();
    // Day 6: (ln 60 + ln 70 + ln 80) / 3 = (4.0943446 + 4.2484952 + 4.3820266) / 3 = 4.2416221.
    expect(valueAt(series.lnRmssdMean7, 6)).toBeCloseTo(4.241622146315113, 12);
    // Day 7: the window is days 1 … 7, day 0 has left it → 2 readings → undefined.
    expect(valueAt(series.lnRmssdMean7, 7)).toBeNull();
    // With a minimum of 2 from settings, day 5 = (ln 60 + ln 70) / 2 = 4.1714199.
    const lenient = computeHrvSeries(checkins, axisOf(8), { ...settings, rollingMinReadings: 2 });
    expect(valueAt(lenient.lnRmssdMean7, 5)).toBeCloseTo(4.17141990213573, 12);
  });

  it('needs 14 readings for the normal range, today included', () => {
    const series = computeHrvSeries(alternatingFortnight(), axisOf(14), settings);
    // Day 12: 13 readings → no range.
    expect(valueAt(series.normalRangeLow, 12)).toBeNull();
    expect(valueAt(series.normalRangeHigh, 12)).toBeNull();
    // Day 13: 14 readings, the 14th being today's. Mean = (7·4.0 + 7·4.2) / 14 = 4.1;
    // every deviation is ±0.1 → Σ = 14·0.01 = 0.14, sample variance 0.14/13 = 0.0107692, SD = 0.1037749;
    // range = 4.1 ∓ 0.5·0.1037749 = 4.0481125 … 4.1518875.
    expect(valueAt(series.normalRangeLow, 13)).toBeCloseTo(4.048112547833722, 10);
    expect(valueAt(series.normalRangeHigh, 13)).toBeCloseTo(4.151887452166277, 10);
  });

  it('drops a reading after 60 days: the window is days t−59 … t', () => {
    const series = computeHrvSeries(alternatingFortnight(), axisOf(61), settings);
    expect(valueAt(series.normalRangeLow, 59)).toBeCloseTo(4.048112547833722, 10);
    expect(valueAt(series.normalRangeLow, 60)).toBeNull();
  });

  it('flags a 7-day mean below the normal range', () => {
    const checkins = [...alternatingFortnight(), hrvOn(14, 3.6), hrvOn(15, 3.6), hrvOn(16, 3.6)];
    const series = computeHrvSeries(checkins, axisOf(17), settings);
    // Day 15, 7-day mean of days 9 … 15: (4.2 + 4.0 + 4.2 + 4.0 + 4.2 + 3.6 + 3.6) / 7 = 27.8/7 = 3.9714286.
    // Range: 16 readings, mean = (28 + 29.4 + 7.2)/16 = 4.0375; squared deviations
    // 7·0.0375² + 7·0.1625² + 2·0.4375² = 0.0098438 + 0.1848438 + 0.3828125 = 0.5775, /15 = 0.0385,
    // SD = 0.1962142, low = 4.0375 − 0.0981071 = 3.9393929 < 3.9714286 → not below.
    expect(valueAt(series.lnRmssdMean7, 15)).toBeCloseTo(3.9714285714285715, 10);
    expect(valueAt(series.normalRangeLow, 15)).toBeCloseTo(3.9393929156482566, 10);
    expect(series.isBelowNormalRange[15]).toBe(0);
    // Day 16, days 10 … 16: (4.0 + 4.2 + 4.0 + 4.2 + 3·3.6) / 7 = 27.2/7 = 3.8857143.
    // Range: 17 readings, mean = 68.2/17 = 4.0117647; squared deviations
    // 7·0.0117647² + 7·0.1882353² + 3·0.4117647² = 0.0009689 + 0.2480277 + 0.5086505 = 0.7576471,
    // /16 = 0.0473529, SD = 0.2176073, low = 4.0117647 − 0.1088037 = 3.9029611 > 3.8857143 → below.
    expect(valueAt(series.lnRmssdMean7, 16)).toBeCloseTo(3.8857142857142857, 10);
    expect(valueAt(series.normalRangeLow, 16)).toBeCloseTo(3.9029610510994477, 10);
    expect(series.isBelowNormalRange[16]).toBe(1);
    expect(Array.from(series.isBelowNormalRange.subarray(0, 16))).toEqual(new Array<number>(16).fill(0));
  });
});

describe('computeHrvSeries: resting heart rate', () => {
  /** Days 0 … 13: 50 bpm on even days, 52 on odd days; days 14 … 19: 60 bpm. */
  const checkins = Array.from({ length: 20 }, (_, day) =>
    on(day, { restingHrBpm: day >= 14 ? 60 : day % 2 === 0 ? 50 : 52 }),
  );
  const series = computeHrvSeries(checkins, axisOf(20), settings);

  it('sets the threshold at the 60-day mean + 1 SD once there are 14 readings', () => {
    expect(valueAt(series.restingHrBpm, 3)).toBe(52);
    expect(valueAt(series.restingHrThresholdBpm, 12)).toBeNull();
    // Day 13: mean 51, deviations ±1 → SD = √(14/13) = 1.0377490 → threshold 52.0377490.
    expect(valueAt(series.restingHrThresholdBpm, 13)).toBeCloseTo(52.03774904332554, 10);
    // 7-day mean of days 7 … 13: (4·52 + 3·50) / 7 = 358/7 = 51.1428571 → not high.
    expect(valueAt(series.restingHrMean7, 13)).toBeCloseTo(51.142857142857146, 10);
    expect(series.isRestingHrHigh[13]).toBe(0);
  });

  it('flags a 7-day mean above the threshold', () => {
    // Day 18: 7-day mean (50 + 52 + 5·60)/7 = 402/7 = 57.4285714. 60-day: 19 readings, Σ 1014,
    // mean 53.3684211; squared deviations 7·3.3684211² + 7·1.3684211² + 5·6.6315789² = 312.4210526,
    // /18 = 17.3567251, SD 4.1661403 → threshold 57.5345614 > 57.4285714 → not high.
    expect(valueAt(series.restingHrMean7, 18)).toBeCloseTo(57.42857142857143, 10);
    expect(valueAt(series.restingHrThresholdBpm, 18)).toBeCloseTo(57.53456137026358, 10);
    expect(series.isRestingHrHigh[18]).toBe(0);
    // Day 19: 7-day mean (52 + 6·60)/7 = 412/7 = 58.8571429. 60-day: 20 readings, Σ 1074, mean 53.7;
    // squared deviations 7·3.7² + 7·1.7² + 6·6.3² = 95.83 + 20.23 + 238.14 = 354.2, /19 = 18.6421053,
    // SD 4.3176504 → threshold 58.0176504 < 58.8571429 → high.
    expect(valueAt(series.restingHrThresholdBpm, 19)).toBeCloseTo(58.01765043318214, 10);
    expect(series.isRestingHrHigh[19]).toBe(1);
  });

  it('uses the SD factor from settings', () => {
    const strict = computeHrvSeries(checkins, axisOf(20), { ...settings, restingHrSdFactor: 2 });
    // Day 13: 51 + 2·1.0377490 = 53.0754981.
    expect(valueAt(strict.restingHrThresholdBpm, 13)).toBeCloseTo(53.07549808665108, 10);
  });
});

describe('computeHrvSeries: no data', () => {
  it.each([0, 1, 90])('gives an athlete without readings all-undefined series of %i days', (days) => {
    const axis = days === 0 ? createDayAxis(START, addDays(START, -1)) : axisOf(days);
    const series = computeHrvSeries([on(0, { mood: 3 }), on(days, { hrvRmssdMs: 50 })], axis, settings);
    for (const optional of [
      series.lnRmssd,
      series.lnRmssdMean7,
      series.normalRangeLow,
      series.normalRangeHigh,
      series.restingHrBpm,
      series.restingHrMean7,
      series.restingHrThresholdBpm,
    ]) {
      expect(optional.isDefined).toEqual(new Uint8Array(days));
      expect(optional.values).toEqual(new Float64Array(days));
    }
    expect(series.isBelowNormalRange).toEqual(new Uint8Array(days));
    expect(series.isRestingHrHigh).toEqual(new Uint8Array(days));
  });
});

const readingArbitrary = fc.option(
  fc.record(
    {
      hrvRmssdMs: fc.double({ min: 10, max: 200, noNaN: true }),
      restingHrBpm: fc.double({ min: 35, max: 90, noNaN: true }),
    },
    { requiredKeys: [] },
  ),
  { freq: 4 },
);

describe('computeHrvSeries: incremental', () => {
  it('equals a full computation bit for bit after an edit from day `fromIndex` on', () => {
    expectIncrementalEqualsFull<HrvSeries>(readingArbitrary, 160, (checkins, axis, previous, fromIndex) =>
      computeHrvSeries(checkins, axis, settings, previous, fromIndex),
    );
  });
});
