import { describe, expect, it } from 'vitest';
import { buildFitnessSeries, chartRange } from '../../../src/renderer/src/charts/series';
import { datesFrom, metricsOf, session } from './chart-test-support';

describe('buildFitnessSeries', () => {
  const metrics = metricsOf(
    { sessions: [session('2025-03-01', 'strength', 60, 5), session('2025-03-03', 'hiit', 40, 6)] },
    '2025-03-03',
  );
  const series = buildFitnessSeries(metrics, chartRange(metrics, '4w', '2025-03-03'));

  it('draws CTL, ATL and TSB as the engine computed them (Banister 1975)', () => {
    const ctlGain = 1 - Math.exp(-1 / 42);
    const atlGain = 1 - Math.exp(-1 / 7);
    const [first, second, third] = series.points;
    expect(first?.ctlAu).toBeCloseTo(300 * ctlGain, 9);
    expect(first?.atlAu).toBeCloseTo(300 * atlGain, 9);
    expect(first?.tsbAu).toBe(0);
    // TSB(t) = CTL(t−1) − ATL(t−1).
    expect(second?.tsbAu).toBeCloseTo((first?.ctlAu ?? 0) - (first?.atlAu ?? 0), 9);
    expect(third?.ctlAu).toBe(metrics.load.ctlAu[2]);
    expect(series.points).toHaveLength(3);
    expect(series.reasonIfEmpty).toBeNull();
  });

  it('is empty without sessions', () => {
    const none = metricsOf({ wellness: [{ date: '2025-03-01', mood: 3 }] }, '2025-03-02');
    expect(buildFitnessSeries(none, chartRange(none, 'all', '2025-03-02')).reasonIfEmpty).toBe('noSessions');
  });

  it('downsamples long ranges to at most the maximum', () => {
    const dates = datesFrom('2023-01-01', 400);
    const long = metricsOf(
      { sessions: dates.map((date, index) => session(date, 'other', 20 + (index % 9) * 10, 5)) },
      dates[399]!,
    );
    const drawn = buildFitnessSeries(long, chartRange(long, 'all', dates[399]!), 120);
    expect(drawn.points.length).toBeLessThanOrEqual(120);
    expect(drawn.isDownsampled).toBe(true);
    expect(drawn.points[drawn.points.length - 1]?.ctlAu).toBe(long.load.ctlAu[399]);
  });
});
