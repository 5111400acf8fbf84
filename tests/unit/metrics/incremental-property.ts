import fc from 'fast-check';
import { expect } from 'vitest';
import type { MetricsCheckin } from '@shared/metrics/inputs';
import type { DayAxis } from '@shared/metrics/series';
import { createDayAxis } from '@shared/metrics/series';
import { addDays } from '@shared/time/local-date';

const START = '2024-01-01';

type DayValues = Omit<MetricsCheckin, 'date'> | null;

const axisOf = (days: number): DayAxis => createDayAxis(START, addDays(START, days - 1));

const toCheckins = (days: readonly DayValues[], dayCount: number): MetricsCheckin[] =>
  days
    .slice(0, dayCount)
    .flatMap((values, day) => (values === null ? [] : [{ date: addDays(START, day), ...values }]));

/**
 * Property: for random check-in histories, recomputing from `fromIndex` over a previous result (on a
 * shorter or longer axis) equals a full computation bit for bit, when the history is unchanged before
 * `fromIndex`.
 */
export function expectIncrementalEqualsFull<Series>(
  dayArbitrary: fc.Arbitrary<DayValues>,
  days: number,
  compute: (checkins: MetricsCheckin[], axis: DayAxis, previous?: Series, fromIndex?: number) => Series,
): void {
  fc.assert(
    fc.property(
      fc.array(dayArbitrary, { minLength: days, maxLength: days }),
      fc.array(dayArbitrary, { minLength: days, maxLength: days }),
      fc.integer({ min: 0, max: days - 10 }),
      fc.integer({ min: 0, max: days }),
      fc.integer({ min: 0, max: days - 5 }),
      (before, after, dayCount, previousDayCount, fromIndex) => {
        // The edited history equals the old one before `fromIndex`; from there on it may differ.
        const edited = [...before.slice(0, fromIndex), ...after.slice(fromIndex)];
        const previous = compute(toCheckins(before, previousDayCount), axisOf(previousDayCount));
        const full = compute(toCheckins(edited, dayCount), axisOf(dayCount));
        const incremental = compute(toCheckins(edited, dayCount), axisOf(dayCount), previous, fromIndex);
        expect(incremental).toEqual(full);
      },
    ),
    { numRuns: 150 },
  );
}
