import { describe, expect, it } from 'vitest';
import { toDayNumber } from '@shared/time/local-date';
import {
  buildFitnessSeries,
  buildLoadSeries,
  chartRange,
  fitnessAxis,
  lastRecordIndex,
  loadAxis,
  RANGE_KINDS,
  valueAxis,
} from '../../../src/renderer/src/charts/series';
import { niceCeiling } from '../../../src/renderer/src/charts/chart-style';
import { checkin, datesFrom, metricsOf, session } from './chart-test-support';

// A 2017–18 season (Nov–Mar, a session every other day), looked at long after it ended.
const SEASON_DATES = datesFrom('2017-11-01', 150);
const LAST_SESSION = SEASON_DATES[148]!;
const LAST_CHECKIN = SEASON_DATES[149]!;
const PAST_SEASON = {
  sessions: SEASON_DATES.filter((_, index) => index % 2 === 0).map((date, index) =>
    session(date, index % 3 === 0 ? 'strength' : 'endurance', 60, 6),
  ),
  wellness: [checkin(LAST_CHECKIN, 3)],
};
const LATER = '2026-12-02';

/** What recharts shows for a tick: numbers as a coach reads them (no decimals above 1). */
function label(value: number): string {
  return new Intl.NumberFormat('en-GB', { maximumFractionDigits: Math.abs(value) >= 1 ? 0 : 2 }).format(
    value,
  );
}

function expectReadable(axis: { domain: [number, number]; ticks: number[] }): void {
  expect(axis.domain[1] - axis.domain[0]).toBeGreaterThanOrEqual(10);
  expect(axis.ticks.length).toBeGreaterThanOrEqual(3);
  const labels = axis.ticks.map(label);
  expect(new Set(labels).size, labels.join(', ')).toBe(labels.length);
  expect(axis.ticks[0]).toBe(axis.domain[0]);
  expect(axis.ticks[axis.ticks.length - 1]).toBe(axis.domain[1]);
}

describe('charts of a past season, as of years later', () => {
  const metrics = metricsOf(PAST_SEASON, LATER);

  it.each(['4w', '12w', 'season'] as const)(
    '%s: the decayed load and fitness still get readable, distinct ticks',
    (kind) => {
      const range = chartRange(metrics, kind, LATER);
      const load = buildLoadSeries(metrics, range);
      // The EWMA loads have decayed to (almost) nothing: this is what broke the axes.
      expect(load.maxLoadAu).toBeLessThan(1e-6);
      const axis = loadAxis(load.maxLoadAu);
      expectReadable(axis);
      expect(axis.domain[1]).toBeGreaterThanOrEqual(100);
      const fitness = buildFitnessSeries(metrics, range);
      expectReadable(fitnessAxis(fitness.points));
    },
  );

  it('"All" ends at the last record, not at the as-of date years later', () => {
    const range = chartRange(metrics, 'all', LATER);
    expect(range.startDate).toBe('2017-11-01');
    expect(range.endDate).toBe(LAST_CHECKIN);
    expect(range.endDay).toBe(toDayNumber(LAST_CHECKIN));
    expect(lastRecordIndex(metrics, metrics.axis.length - 1)).toBe(149);
  });

  it('"All" on an as-of date inside the season ends on that date', () => {
    const during = metricsOf(PAST_SEASON, '2018-01-15');
    const range = chartRange(during, 'all', '2018-01-15');
    expect(range.endDate).toBe('2018-01-15');
  });

  it('every range draws finite points within its axis', () => {
    for (const kind of RANGE_KINDS) {
      const range = chartRange(metrics, kind, LATER);
      const load = buildLoadSeries(metrics, range);
      const axis = loadAxis(load.maxLoadAu);
      for (const point of load.points) {
        expect(Number.isFinite(point.acuteAu) && Number.isFinite(point.chronicAu)).toBe(true);
        expect(point.chronicAu).toBeLessThanOrEqual(axis.domain[1]);
      }
      const fitness = buildFitnessSeries(metrics, range);
      const scale = fitnessAxis(fitness.points);
      for (const point of fitness.points) {
        for (const value of [point.ctlAu, point.atlAu, point.tsbAu]) {
          expect(value).toBeGreaterThanOrEqual(scale.domain[0]);
          expect(value).toBeLessThanOrEqual(scale.domain[1]);
        }
      }
    }
  });

  it('the last session of the season is inside "All"', () => {
    const range = chartRange(metrics, 'all', LATER);
    const load = buildLoadSeries(metrics, range);
    expect(load.points.some((point) => point.date === LAST_SESSION && point.totalAu > 0)).toBe(true);
  });
});

describe('valueAxis', () => {
  it('fits a normal load with round ticks and room above the largest value', () => {
    const axis = loadAxis(1234);
    expect(axis.domain).toEqual([0, 1500]);
    expect(axis.ticks).toEqual([0, 500, 1000, 1500]);
  });

  it('holds negative form (TSB) and zero', () => {
    const axis = valueAxis(-37, 52, 20);
    expect(axis.domain[0]).toBeLessThanOrEqual(-37);
    expect(axis.domain[1]).toBeGreaterThanOrEqual(52);
    expect(axis.ticks).toContain(0);
  });

  it('reads non-finite bounds as 0', () => {
    expect(valueAxis(Number.NaN, Number.POSITIVE_INFINITY, 20).domain).toEqual([0, 20]);
  });
});

describe('niceCeiling', () => {
  it('never returns a tiny maximum for a decayed load', () => {
    expect(niceCeiling(1.2e-95)).toBe(10);
    expect(niceCeiling(1234)).toBe(1500);
  });
});
