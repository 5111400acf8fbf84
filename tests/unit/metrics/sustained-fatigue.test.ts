import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { HrvSeries } from '@shared/metrics/hrv-series';
import { createDayAxis, createOptionalSeries, setValue } from '@shared/metrics/series';
import { computeSustainedFatigue } from '@shared/metrics/sustained-fatigue';
import type { WellnessSeries } from '@shared/metrics/wellness-series';
import { defaultSettings } from '@shared/model/settings';
import { addDays } from '@shared/time/local-date';

const START = '2024-01-01';
const settings = defaultSettings().fatigue;

const axisOf = (days: number) => createDayAxis(START, addDays(START, days - 1));

/** Inputs built by hand, so these tests do not depend on the wellness and HRV code. */
interface Inputs {
  wellness: WellnessSeries;
  hrv: HrvSeries;
}

function emptyInputs(days: number): Inputs {
  const optional = () => createOptionalSeries(days);
  const items = () => ({
    sleepQuality: optional(),
    fatigue: optional(),
    soreness: optional(),
    stress: optional(),
    mood: optional(),
  });
  return {
    wellness: {
      hasCheckin: new Uint8Array(days),
      items: items(),
      sleepHours: optional(),
      composite: optional(),
      itemZ: items(),
      compositeBaselineMean: optional(),
      compositeBaselineSd: optional(),
      compositeZ: optional(),
    },
    hrv: {
      lnRmssd: optional(),
      lnRmssdMean7: optional(),
      normalRangeLow: optional(),
      normalRangeHigh: optional(),
      isBelowNormalRange: new Uint8Array(days),
      restingHrBpm: optional(),
      restingHrMean7: optional(),
      restingHrThresholdBpm: optional(),
      isRestingHrHigh: new Uint8Array(days),
    },
  };
}

/** A day's raw scores (1–5, 5 = best) and z-scores against the athlete's own baseline. */
interface DayInput {
  hasCheckin?: boolean;
  compositeZ?: number;
  soreness?: number;
  fatigue?: number;
  sorenessZ?: number;
  fatigueZ?: number;
  moodZ?: number;
  isBelowNormalRange?: boolean;
}

function setDay({ wellness, hrv }: Inputs, day: number, input: DayInput): void {
  wellness.hasCheckin[day] = input.hasCheckin === false ? 0 : 1;
  setValue(wellness.compositeZ, day, input.compositeZ ?? null);
  setValue(wellness.items.soreness, day, input.soreness ?? null);
  setValue(wellness.items.fatigue, day, input.fatigue ?? null);
  setValue(wellness.itemZ.soreness, day, input.sorenessZ ?? null);
  setValue(wellness.itemZ.fatigue, day, input.fatigueZ ?? null);
  setValue(wellness.itemZ.mood, day, input.moodZ ?? null);
  hrv.isBelowNormalRange[day] = input.isBelowNormalRange === true ? 1 : 0;
}

/** Check-ins on the given days; those in `fatigueDays` with soreness z −2, the others with soreness z 0. */
function checkinsOn(days: number, checkinDays: readonly number[], fatigueDays: readonly number[]): Inputs {
  const inputs = emptyInputs(days);
  for (const day of checkinDays) setDay(inputs, day, { sorenessZ: fatigueDays.includes(day) ? -2 : 0 });
  return inputs;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);

describe('computeSustainedFatigue: fatigue days', () => {
  it.each<[string, DayInput, number]>([
    ['a check-in with no values', {}, 0],
    ['composite z exactly −1', { compositeZ: -1 }, 1],
    ['composite z −0.99', { compositeZ: -0.99 }, 0],
    ['soreness z exactly −1.5', { sorenessZ: -1.5 }, 1],
    ['soreness z −1.49', { sorenessZ: -1.49 }, 0],
    ['fatigue z exactly −1.5', { fatigueZ: -1.5 }, 1],
    ['fatigue z −1.49', { fatigueZ: -1.49 }, 0],
    ['mood z −3 (not a criterion)', { moodZ: -3 }, 0],
    // Relative, never absolute (SCIENCE.md, "Overreaching signals"): a low score at the athlete's usual level is no flag.
    [
      'soreness 1 and fatigue 1 at the usual level (z 0)',
      { soreness: 1, fatigue: 1, sorenessZ: 0, fatigueZ: 0 },
      0,
    ],
    ['soreness 1 and fatigue 1 without a baseline (no z)', { soreness: 1, fatigue: 1 }, 0],
    ['HRV below its normal range', { isBelowNormalRange: true }, 1],
    ['HRV below range on a day without a check-in', { hasCheckin: false, isBelowNormalRange: true }, 0],
    ['soreness z −3 on a day without a check-in', { hasCheckin: false, sorenessZ: -3 }, 0],
  ])('%s → %i', (_name, input, expected) => {
    const inputs = emptyInputs(1);
    setDay(inputs, 0, input);
    const series = computeSustainedFatigue(inputs.wellness, inputs.hrv, axisOf(1), settings);
    expect(series.isFatigueDay[0]).toBe(expected);
    expect(series.flaggedCheckinDays[0]).toBe(expected);
  });

  it('takes its thresholds from settings', () => {
    const inputs = emptyInputs(2);
    setDay(inputs, 0, { compositeZ: -1.5 });
    setDay(inputs, 1, { fatigueZ: -1.2 });
    const strict = { ...settings, compositeZAtOrBelow: -2, itemZAtOrBelow: -1 };
    const series = computeSustainedFatigue(inputs.wellness, inputs.hrv, axisOf(2), strict);
    expect(Array.from(series.isFatigueDay)).toEqual([0, 1]);
  });
});

describe('computeSustainedFatigue: the flag', () => {
  it.each([
    // [fatigue days among 7 daily check-ins, flagged, sustained]
    [4, 4, 0],
    [5, 5, 1],
    [7, 7, 1],
  ])('%i of 7 check-in days → flagged %i, sustained %i', (fatigueCount, flagged, sustained) => {
    const inputs = checkinsOn(7, range(0, 6), range(0, fatigueCount - 1));
    const series = computeSustainedFatigue(inputs.wellness, inputs.hrv, axisOf(7), settings);
    expect(series.flaggedCheckinDays[6]).toBe(flagged);
    expect(series.isSustainedFatigue[6]).toBe(sustained);
  });

  it('counts only the last 7 check-in days', () => {
    // Check-ins on days 0 … 7, fatigue on days 0 … 4.
    const inputs = checkinsOn(8, range(0, 7), range(0, 4));
    const series = computeSustainedFatigue(inputs.wellness, inputs.hrv, axisOf(8), settings);
    // Day 6: days 0 … 6 → 5 fatigue days → sustained. Day 7: days 1 … 7 → 4 → not.
    expect(Array.from(series.flaggedCheckinDays)).toEqual([1, 2, 3, 4, 5, 5, 5, 4]);
    expect(Array.from(series.isSustainedFatigue)).toEqual([0, 0, 0, 0, 1, 1, 1, 0]);
  });

  it('counts check-in days, not calendar days, and keeps the flag on days without a check-in', () => {
    // Check-ins every other day 0, 2, … 12, all fatigue days.
    const checkinDays = range(0, 6).map((index) => index * 2);
    const inputs = checkinsOn(15, checkinDays, checkinDays);
    const series = computeSustainedFatigue(inputs.wellness, inputs.hrv, axisOf(15), settings);
    expect(series.flaggedCheckinDays[8]).toBe(5); // days 0, 2, 4, 6, 8
    expect(series.flaggedCheckinDays[12]).toBe(7);
    expect(series.isSustainedFatigue[13]).toBe(1);
    expect(series.isFatigueDay[13]).toBe(0);
  });

  it('ignores check-ins older than the 28-day lookback (days t−27 … t)', () => {
    // Fatigue check-ins on days 0 … 4 and 30.
    const inputs = checkinsOn(31, [...range(0, 4), 30], [...range(0, 4), 30]);
    const series = computeSustainedFatigue(inputs.wellness, inputs.hrv, axisOf(31), settings);
    expect(series.flaggedCheckinDays[27]).toBe(5); // days 0 … 27 hold days 0 … 4
    expect(series.isSustainedFatigue[27]).toBe(1);
    expect(series.flaggedCheckinDays[28]).toBe(4); // days 1 … 28: day 0 has left
    expect(series.isSustainedFatigue[28]).toBe(0);
    expect(series.flaggedCheckinDays[30]).toBe(3); // days 3 … 30: days 3, 4 and 30
  });

  it('takes window, minimum and lookback from settings', () => {
    const inputs = checkinsOn(10, range(0, 9), [0, 5, 6, 7, 8]);
    const custom = { ...settings, windowCheckinDays: 5, minFlaggedDays: 4, lookbackDays: 10 };
    const series = computeSustainedFatigue(inputs.wellness, inputs.hrv, axisOf(10), custom);
    // Day 8: last 5 check-in days 4 … 8 hold 4 fatigue days; day 9: days 5 … 9 hold 4; day 4: 1.
    expect(series.flaggedCheckinDays[8]).toBe(4);
    expect(series.isSustainedFatigue[8]).toBe(1);
    expect(series.flaggedCheckinDays[9]).toBe(4);
    expect(series.flaggedCheckinDays[4]).toBe(1);
    const shortLookback = computeSustainedFatigue(inputs.wellness, inputs.hrv, axisOf(10), {
      ...settings,
      lookbackDays: 3,
    });
    expect(shortLookback.flaggedCheckinDays[8]).toBe(3); // days 6, 7, 8
  });

  it.each([0, 1, 40])('gives an athlete without check-ins zeros over %i days', (days) => {
    const axis = days === 0 ? createDayAxis(START, addDays(START, -1)) : axisOf(days);
    const inputs = emptyInputs(days);
    const series = computeSustainedFatigue(inputs.wellness, inputs.hrv, axis, settings);
    expect(series).toEqual({
      isFatigueDay: new Uint8Array(days),
      flaggedCheckinDays: new Uint8Array(days),
      isSustainedFatigue: new Uint8Array(days),
    });
  });
});

/** One day: no check-in, or a check-in with some of the criteria (each may be missing). */
const dayArbitrary = fc.option(
  fc.record(
    {
      compositeZ: fc.double({ min: -3, max: 3, noNaN: true }),
      soreness: fc.integer({ min: 1, max: 5 }),
      sorenessZ: fc.double({ min: -3, max: 3, noNaN: true }),
      fatigueZ: fc.double({ min: -3, max: 3, noNaN: true }),
      isBelowNormalRange: fc.boolean(),
    },
    { requiredKeys: [] },
  ),
  { freq: 3 },
);

function inputsFrom(days: readonly (DayInput | null)[], dayCount: number): Inputs {
  const inputs = emptyInputs(dayCount);
  days.slice(0, dayCount).forEach((day, index) => {
    if (day !== null) setDay(inputs, index, day);
  });
  return inputs;
}

describe('computeSustainedFatigue: incremental', () => {
  it('equals a full computation bit for bit after an edit from day `fromIndex` on', () => {
    fc.assert(
      fc.property(
        fc.array(dayArbitrary, { minLength: 100, maxLength: 100 }),
        fc.array(dayArbitrary, { minLength: 100, maxLength: 100 }),
        fc.integer({ min: 0, max: 90 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 95 }),
        (before, after, dayCount, previousDayCount, fromIndex) => {
          const edited = [...before.slice(0, fromIndex), ...after.slice(fromIndex)];
          const old = inputsFrom(before, previousDayCount);
          const previous = computeSustainedFatigue(old.wellness, old.hrv, axisOf(previousDayCount), settings);
          const now = inputsFrom(edited, dayCount);
          const full = computeSustainedFatigue(now.wellness, now.hrv, axisOf(dayCount), settings);
          const incremental = computeSustainedFatigue(
            now.wellness,
            now.hrv,
            axisOf(dayCount),
            settings,
            previous,
            fromIndex,
          );
          expect(incremental).toEqual(full);
        },
      ),
      { numRuns: 200 },
    );
  });
});
