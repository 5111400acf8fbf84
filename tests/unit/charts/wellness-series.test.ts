import { describe, expect, it } from 'vitest';
import { buildWellnessSeries, chartRange } from '../../../src/renderer/src/charts/series';
import { checkin, datesFrom, metricsOf } from './chart-test-support';

// Seven check-ins alternating 3 and 4 on every item (composite 15 and 20), then a bad day of 2s (10).
const DATES = datesFrom('2025-03-01', 8);
const CHECKINS = DATES.map((date, index) => checkin(date, index === 7 ? 2 : index % 2 === 0 ? 3 : 4));

describe('buildWellnessSeries', () => {
  const metrics = metricsOf({ wellness: CHECKINS }, '2025-03-08');
  const series = buildWellnessSeries(metrics, chartRange(metrics, '4w', '2025-03-08'));

  it('gives the composite, its baseline and its z as the engine computed them', () => {
    expect(series.reasonIfEmpty).toBeNull();
    expect(series.points).toHaveLength(8);
    const last = series.points[7]!;
    // Baseline of 15, 20, 15, 20, 15, 20, 15: mean 17.142857, sample SD 2.672612.
    const mean = (4 * 15 + 3 * 20) / 7;
    const sd = Math.sqrt((4 * (15 - mean) ** 2 + 3 * (20 - mean) ** 2) / 6);
    expect(last.composite).toBe(10);
    expect(last.baselineMean).toBeCloseTo(mean, 9);
    expect(last.baselineSd).toBeCloseTo(sd, 9);
    expect(last.compositeZ).toBeCloseTo((10 - mean) / sd, 9);
    expect(last.items.mood.score).toBe(2);
    expect(last.items.mood.z).toBe(metrics.wellness.itemZ.mood.values[7]);
    // Days without seven earlier check-ins have no baseline.
    expect(series.points[6]?.compositeZ).toBeNull();
    expect(series.points[0]?.items.sleepQuality).toEqual({ score: 3, z: null });
  });

  it('draws the baseline band at z −1 … +1 (mean ± 1 SD) and the composite flags of the settings', () => {
    expect(series.band).toEqual({ low: -1, high: 1 });
    // Readiness: composite z ≤ −1.5 amber, ≤ −2 red (SCIENCE.md, "Readiness today").
    expect(series.zAmber).toBe(-1.5);
    expect(series.zRed).toBe(-2);
    // z ≈ −2.67 widens the default −3 … 2 axis down to −3 only.
    expect(series.zDomain).toEqual([-3, 2]);
  });

  it.each([
    [
      'no check-in at all',
      { sessions: [{ date: '2025-03-01', stimulus: 'other', durationMin: 30, sessionRpe: 3 }] },
      '4w',
      'noCheckins',
    ],
    [
      'no check-in in the range',
      {
        wellness: [checkin('2025-01-01', 3)],
        sessions: [{ date: '2025-03-01', stimulus: 'other', durationMin: 30, sessionRpe: 3 }],
      },
      '4w',
      'noCheckinsInRange',
    ],
    ['fewer than 7 check-ins before any day', { wellness: CHECKINS.slice(0, 6) }, 'all', 'noBaseline'],
  ] as const)('says why it is empty: %s', (_case, parts, kind, reason) => {
    const none = metricsOf(parts, '2025-03-08');
    const empty = buildWellnessSeries(none, chartRange(none, kind, '2025-03-08'));
    expect(empty.reasonIfEmpty).toBe(reason);
    expect(empty.points).toEqual([]);
  });
});
