import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  ageInYears,
  daysBetween,
  fromDayNumber,
  isIsoDate,
  isLocalTime,
  isoWeekday,
  minutesOfDay,
  startOfIsoWeek,
  toDayNumber,
} from '@shared/time/local-date';

describe('local calendar dates', () => {
  it.each([
    ['1970-01-01', 0],
    ['2020-02-29', 18_321],
    ['2025-03-30', 20_177],
  ])('%s is day %i', (date, day) => {
    expect(toDayNumber(date)).toBe(day);
    expect(fromDayNumber(day)).toBe(date);
  });

  it('counts whole days across the daylight-saving weekends', () => {
    // Europe: clocks go forward on 30 March 2025 and back on 26 October 2025.
    expect(addDays('2025-03-29', 1)).toBe('2025-03-30');
    expect(addDays('2025-03-30', 1)).toBe('2025-03-31');
    expect(daysBetween('2025-10-25', '2025-10-27')).toBe(2);
    expect(addDays('2024-12-31', 60)).toBe('2025-03-01');
  });

  it('knows ISO weekdays and weeks (Monday first)', () => {
    expect(isoWeekday('2025-03-31')).toBe(1);
    expect(isoWeekday('2025-03-30')).toBe(7);
    expect(startOfIsoWeek('2025-03-30')).toBe('2025-03-24');
    expect(startOfIsoWeek('2025-03-31')).toBe('2025-03-31');
  });

  it.each([
    ['2025-02-29', false],
    ['2024-02-29', true],
    ['2025-13-01', false],
    ['2025-1-01', false],
    ['', false],
  ])('isIsoDate(%j) is %s', (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });

  it('reads local times', () => {
    expect(isLocalTime('23:59')).toBe(true);
    expect(isLocalTime('24:00')).toBe(false);
    expect(isLocalTime('7:30')).toBe(false);
    expect(minutesOfDay('23:30')).toBe(1410);
  });

  it('computes ages on a date, birthday included', () => {
    expect(ageInYears('1974-11-21', '2026-11-21')).toBe(52);
    expect(ageInYears('1974-11-22', '2026-11-21')).toBe(51);
    expect(ageInYears('2004-02-29', '2025-02-28')).toBe(20);
  });

  it('round-trips every day number and steps one day at a time', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (day) => {
        const date = fromDayNumber(day);
        expect(isIsoDate(date)).toBe(true);
        expect(toDayNumber(date)).toBe(day);
        expect(toDayNumber(addDays(date, 1))).toBe(day + 1);
      }),
    );
  });
});
