import { describe, expect, it } from 'vitest';
import { computeLoadSeries, type LoadSeries } from '@shared/metrics/load-series';
import { valueAt } from '@shared/metrics/series';
import { defaultSettings } from '@shared/model/settings';

const LOAD = defaultSettings().load;
const CTL_GAIN = 1 - Math.exp(-1 / 42); // ≈ 0.023528
const ATL_GAIN = 1 - Math.exp(-1 / 7); // ≈ 0.133122

function series(loads: readonly number[]): LoadSeries {
  return computeLoadSeries(Float64Array.from(loads), LOAD);
}

function day(result: LoadSeries, index: number) {
  return {
    acute: result.acuteMeanAu[index],
    chronic: result.chronicMeanAu[index],
    acwrRolling: valueAt(result.acwrRolling, index),
    uncoupled: result.chronicUncoupledMeanAu[index],
    acwrUncoupled: valueAt(result.acwrRollingUncoupled, index),
    ewmaAcute: result.ewmaAcuteAu[index],
    ewmaChronic: result.ewmaChronicAu[index],
    acwrEwma: valueAt(result.acwrEwma, index),
    monotony: valueAt(result.monotony, index),
    strain: valueAt(result.strainAu, index),
    ctl: result.ctlAu[index],
    atl: result.atlAu[index],
    tsb: result.tsbAu[index],
    ramp: result.rampAu[index],
  };
}

describe('load series (SCIENCE.md, "Load"), worked by hand', () => {
  it('one day of history: days before the first record count as 0', () => {
    const d = day(series([210]), 0);
    expect(d.acute).toBe(30); // 210 / 7
    expect(d.chronic).toBe(7.5); // 210 / 28
    expect(d.acwrRolling).toBe(4); // 30 / 7.5
    expect(d.uncoupled).toBe(0); // days t−27 … t−7 are all before the first record
    expect(d.acwrUncoupled).toBeNull(); // 30 / 0 is undefined, never Infinity
    expect(d.ewmaAcute).toBe(52.5); // 0.25 × 210 + 0.75 × 0
    expect(d.ewmaChronic).toBeCloseTo(14.482758620689655, 12); // (2/29) × 210
    expect(d.acwrEwma).toBeCloseTo(3.625, 12); // 52.5 / 14.4828 = 29/8
    // Window 0,0,0,0,0,0,210: mean 30; squared deviations 6 × 900 + 180² = 37,800; sample SD √(37,800/6) = √6,300.
    expect(d.monotony).toBeCloseTo(30 / Math.sqrt(6300), 12); // 0.377964
    expect(d.strain).toBeCloseTo((210 * 30) / Math.sqrt(6300), 9); // 7-day sum × monotony = 79.3725
    expect(d.ctl).toBeCloseTo(210 * CTL_GAIN, 12); // 4.940946
    expect(d.atl).toBeCloseTo(210 * ATL_GAIN, 12); // 27.955641
    expect(d.tsb).toBe(0); // CTL(t−1) − ATL(t−1) = 0 − 0 on the first day
    expect(d.ramp).toBeCloseTo(210 * CTL_GAIN, 12); // CTL(t) − CTL(t−7), with CTL before the start = 0
  });

  it('a week of identical loads: SD 0, so monotony and strain are undefined', () => {
    const result = series([100, 100, 100, 100, 100, 100, 100]);
    expect(day(result, 6).monotony).toBeNull();
    expect(day(result, 6).strain).toBeNull();
    expect(day(result, 6).acute).toBe(100); // 700 / 7
    expect(day(result, 6).chronic).toBe(25); // 700 / 28
    // The day before, the window still holds one day before the record (0): monotony is defined.
    // Window 0,100,100,100,100,100,100: mean 600/7; SD √((6 × (100/7)² + (600/7)²)/6) = √(36,000/42)/… worked below.
    const mean = 600 / 7;
    const sd = Math.sqrt((6 * (100 - mean) ** 2 + mean ** 2) / 6);
    expect(day(result, 5).monotony).toBeCloseTo(mean / sd, 12); // 2.9277
    expect(day(result, 5).strain).toBeCloseTo(600 * (mean / sd), 9);
  });

  it('identical loads with decimals still give SD 0 (no rounding noise turns into a huge monotony)', () => {
    const result = series(Array.from({ length: 7 }, () => 0.1 * 37));
    expect(day(result, 6).monotony).toBeNull();
  });

  it('a gap of 30 days: the rolling windows empty, their ratios become undefined, EWMA decays', () => {
    const loads = [100, ...Array.from({ length: 30 }, () => 0)];
    const d = day(series(loads), 30);
    expect(d.acute).toBe(0);
    expect(d.chronic).toBe(0); // window = days 3 … 30, all 0
    expect(d.acwrRolling).toBeNull();
    expect(d.uncoupled).toBe(0);
    expect(d.acwrUncoupled).toBeNull();
    expect(d.ewmaAcute).toBeCloseTo(25 * 0.75 ** 30, 15); // 0.25 × 100, then × 0.75 per empty day
    expect(d.ewmaChronic).toBeCloseTo((200 / 29) * (27 / 29) ** 30, 15);
    expect(d.acwrEwma).toBeCloseTo((25 * 0.75 ** 30) / ((200 / 29) * (27 / 29) ** 30), 12);
    expect(d.monotony).toBeNull(); // seven zeros
  });

  it('uncoupled chronic = mean of days t−27 … t−7 (21 days)', () => {
    const loads = [210, 0, 0, 0, 0, 0, 0, 0];
    const result = series(loads);
    expect(day(result, 6).uncoupled).toBe(0); // t−7 is before the first day
    expect(day(result, 7).uncoupled).toBe(10); // day 0 is t−7: 210 / 21
    expect(day(result, 7).acute).toBe(0); // days 1 … 7
    expect(day(result, 7).acwrUncoupled).toBe(0); // 0 / 10: defined, and 0
    const long = series([210, ...Array.from({ length: 28 }, () => 0)]);
    expect(day(long, 27).uncoupled).toBe(10); // day 0 is t−27, still inside
    expect(day(long, 28).uncoupled).toBe(0); // day 0 is t−28, outside
  });

  it("PMC: TSB is yesterday's CTL − ATL, ramp is CTL(t) − CTL(t−7)", () => {
    const loads = [100, 50, 0, 0, 0, 0, 0, 0, 80];
    const result = series(loads);
    const ctl0 = 100 * CTL_GAIN;
    const atl0 = 100 * ATL_GAIN;
    const ctl1 = ctl0 * (1 - CTL_GAIN) + 50 * CTL_GAIN;
    expect(result.ctlAu[1]).toBeCloseTo(ctl1, 12);
    expect(result.tsbAu[1]).toBeCloseTo(ctl0 - atl0, 12); // 2.3528 − 13.3122 = −10.9594
    expect(result.rampAu[7]).toBeCloseTo((result.ctlAu[7] ?? 0) - ctl0, 12);
    expect(result.rampAu[8]).toBeCloseTo((result.ctlAu[8] ?? 0) - ctl1, 12);
  });

  it("seeded start values: CTL and ATL start from the coach's numbers", () => {
    const result = computeLoadSeries(Float64Array.from([0]), { ...LOAD, ctlStartAu: 50, atlStartAu: 70 });
    expect(result.ctlAu[0]).toBeCloseTo(50 * (1 - CTL_GAIN), 12);
    expect(result.tsbAu[0]).toBe(-20); // 50 − 70
  });

  it('an empty axis gives empty series', () => {
    const result = series([]);
    expect(result.acuteMeanAu).toHaveLength(0);
    expect(result.acwrEwma.values).toHaveLength(0);
  });

  it('recomputing from a day reuses the days before it and equals a full computation', () => {
    const before = series([100, 0, 300, 250, 0, 0, 400, 120, 90, 0, 0, 0, 500, 60]);
    const edited = [100, 0, 300, 250, 0, 0, 400, 120, 91, 0, 0, 0, 500, 60, 70];
    const incremental = computeLoadSeries(Float64Array.from(edited), LOAD, before, 8);
    expect(incremental).toEqual(series(edited));
    expect(incremental.ewmaAcuteAu[13]).not.toBe(before.ewmaAcuteAu[13]); // the edit did change later days
  });
});
