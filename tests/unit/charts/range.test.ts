import { describe, expect, it } from 'vitest';
import { toDayNumber } from '@shared/time/local-date';
import { chartRange, rangeDayCount, seasonCovering } from '../../../src/renderer/src/charts/series';
import { datesFrom, metricsOf, session } from './chart-test-support';

// 200 days of history: 2025-01-01 … 2025-07-19.
const TODAY = '2025-07-19';
const metrics = metricsOf(
  { sessions: datesFrom('2025-01-01', 200).map((date) => session(date, 'other', 30, 4)) },
  TODAY,
);
const SEASON = { name: 'Spring', startDate: '2025-03-03', endDate: '2025-08-31' };

describe('chartRange', () => {
  it.each([
    ['4w', '2025-06-22', 28],
    ['12w', '2025-04-27', 84],
    ['all', '2025-01-01', 200],
  ] as const)('%s ends today and starts on %s (%i days)', (kind, startDate, days) => {
    const range = chartRange(metrics, kind, TODAY);
    expect(range.endDate).toBe(TODAY);
    expect(range.startDate).toBe(startDate);
    expect(rangeDayCount(range)).toBe(days);
    expect(range.startDay).toBe(toDayNumber(startDate));
    expect(range.endDay).toBe(toDayNumber(TODAY));
    expect(range.season).toBeNull();
  });

  it('season: from the start of the season covering today', () => {
    const range = chartRange(metrics, 'season', TODAY, SEASON);
    expect(range.startDate).toBe('2025-03-03');
    expect(range.season?.name).toBe('Spring');
    expect(range.isSeasonFallback).toBe(false);
  });

  it('season without a season covering today: the last 26 weeks, and it says so', () => {
    const range = chartRange(metrics, 'season', TODAY, {
      name: 'Old',
      startDate: '2024-01-01',
      endDate: '2024-06-01',
    });
    expect(rangeDayCount(range)).toBe(182);
    expect(range.startDate).toBe('2025-01-19');
    expect(range.season).toBeNull();
    expect(range.isSeasonFallback).toBe(true);
  });

  it('is clipped to the first record', () => {
    const short = metricsOf({ sessions: [session('2025-07-10', 'other', 30, 4)] }, TODAY);
    const range = chartRange(short, '12w', TODAY);
    expect(range.startDate).toBe('2025-07-10');
    expect(rangeDayCount(range)).toBe(10);
  });

  it('is empty without records', () => {
    const range = chartRange(metricsOf({}, TODAY), 'all', TODAY);
    expect(rangeDayCount(range)).toBe(0);
    expect(range.startDate).toBe(TODAY);
  });
});

describe('seasonCovering', () => {
  it('takes the latest-starting season that covers the day', () => {
    const seasons = [
      { id: 'a', startDate: '2025-01-01', endDate: '2025-12-31' },
      { id: 'b', startDate: '2025-06-01', endDate: '2025-08-31' },
      { id: 'c', startDate: '2025-08-01', endDate: '2025-09-30' },
    ];
    expect(seasonCovering(seasons, '2025-07-19')?.id).toBe('b');
    expect(seasonCovering(seasons, '2026-01-01')).toBeUndefined();
  });
});
