import { describe, expect, it } from 'vitest';
import { fromDayNumber, isoWeekday, toDayNumber } from '@shared/time/local-date';
import { dayTicks, offsetOfMaximum, selectDrawnOffsets } from '../../../src/renderer/src/charts/series';

describe('dayTicks', () => {
  it('puts weekly ticks on Mondays for four weeks', () => {
    const { ticks, unit } = dayTicks(toDayNumber('2025-03-01'), toDayNumber('2025-03-28'), 8);
    expect(unit).toBe('week');
    expect(ticks.map(fromDayNumber)).toEqual(['2025-03-03', '2025-03-10', '2025-03-17', '2025-03-24']);
  });

  it('spaces Mondays out to stay within the limit', () => {
    const { ticks } = dayTicks(toDayNumber('2025-01-01'), toDayNumber('2025-06-30'), 10);
    expect(ticks.length).toBeLessThanOrEqual(10);
    expect(ticks.every((day) => isoWeekday(fromDayNumber(day)) === 1)).toBe(true);
  });

  it('uses the first of the month for long ranges', () => {
    const { ticks, unit } = dayTicks(toDayNumber('2023-01-15'), toDayNumber('2025-12-31'), 12);
    expect(unit).toBe('month');
    expect(ticks.length).toBeLessThanOrEqual(12);
    expect(ticks.map(fromDayNumber).every((date) => date.endsWith('-01'))).toBe(true);
    expect(fromDayNumber(ticks[0]!)).toBe('2023-02-01');
  });

  it('has no ticks for an empty range', () => {
    expect(dayTicks(10, 9, 5).ticks).toEqual([]);
  });
});

describe('selectDrawnOffsets', () => {
  it('keeps every day up to the maximum', () => {
    expect(selectDrawnOffsets([[1, 2, 3]], 3, 5)).toEqual([0, 1, 2]);
  });

  it('stays within the maximum over several series and keeps the forced offsets', () => {
    const a = Array.from({ length: 5000 }, (_, index) => Math.sin(index / 30));
    const b = Array.from({ length: 5000 }, (_, index) => Math.cos(index / 7));
    const offsets = selectDrawnOffsets([a, b], 5000, 1000, [4321]);
    expect(offsets.length).toBeLessThanOrEqual(1000);
    expect(offsets).toContain(4321);
    expect(offsets[0]).toBe(0);
    expect(offsets[offsets.length - 1]).toBe(4999);
  });

  it('finds the peak, skipping NaN', () => {
    expect(offsetOfMaximum([Number.NaN, 3, 9, 9, 1])).toBe(2);
    expect(offsetOfMaximum([])).toBe(-1);
  });
});
