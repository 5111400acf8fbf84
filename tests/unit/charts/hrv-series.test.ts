import { describe, expect, it } from 'vitest';
import { buildHrvSeries, chartRange } from '../../../src/renderer/src/charts/series';
import { datesFrom, metricsOf } from './chart-test-support';

const DATES = datesFrom('2025-02-01', 20);
// RMSSD 60, 70, 60, 70 … ms and resting HR 50, 52, 50 … bpm.
const READINGS = DATES.map((date, index) => ({
  date,
  hrvRmssdMs: index % 2 === 0 ? 60 : 70,
  restingHrBpm: index % 2 === 0 ? 50 : 52,
}));

describe('buildHrvSeries', () => {
  const metrics = metricsOf({ wellness: READINGS }, '2025-02-20');
  const series = buildHrvSeries(metrics, chartRange(metrics, '4w', '2025-02-20'));

  it('draws ln RMSSD, its 7-day mean and the normal range as the engine computed them', () => {
    expect(series.reasonIfEmpty).toBeNull();
    expect(series.hasHrv).toBe(true);
    expect(series.hasRestingHr).toBe(true);
    const [first, second, third] = series.points;
    expect(first?.lnRmssd).toBeCloseTo(Math.log(60), 12);
    // The 7-day mean needs 3 readings (Plews 2014): none on day 2, defined on day 3.
    expect(second?.lnRmssdMean7).toBeNull();
    expect(third?.lnRmssdMean7).toBeCloseTo((2 * Math.log(60) + Math.log(70)) / 3, 12);
    // The normal range needs 14 readings: from day 14 on.
    expect(series.points[12]?.normalRange).toBeNull();
    const range14 = series.points[13]?.normalRange;
    expect(range14?.[0]).toBe(metrics.hrv.normalRangeLow.values[13]);
    expect(range14?.[1]).toBe(metrics.hrv.normalRangeHigh.values[13]);
    expect(series.points[19]?.restingHrBpm).toBe(52);
    expect(series.points[19]?.restingHrMean7).toBe(metrics.hrv.restingHrMean7.values[19]);
  });

  it('pads the axes around every value drawn', () => {
    // ln 60 = 4.09 and ln 70 = 4.25, padded by 0.05 and rounded out to 0.1; 50–52 bpm by 2 and to 5.
    expect(series.lnDomain).toEqual([4, 4.3]);
    expect(series.restingHrDomain).toEqual([45, 55]);
  });

  it('draws resting HR alone when there is no HRV', () => {
    const heartOnly = metricsOf(
      { wellness: READINGS.map(({ date, restingHrBpm }) => ({ date, restingHrBpm })) },
      '2025-02-20',
    );
    const drawn = buildHrvSeries(heartOnly, chartRange(heartOnly, '4w', '2025-02-20'));
    expect(drawn.reasonIfEmpty).toBeNull();
    expect(drawn.hasHrv).toBe(false);
    expect(drawn.lnDomain).toBeNull();
    expect(drawn.points[0]?.lnRmssd).toBeNull();
  });

  it('is empty without readings', () => {
    const none = metricsOf({ wellness: DATES.map((date) => ({ date, mood: 4 })) }, '2025-02-20');
    expect(buildHrvSeries(none, chartRange(none, '4w', '2025-02-20')).reasonIfEmpty).toBe('noHrv');
  });
});
