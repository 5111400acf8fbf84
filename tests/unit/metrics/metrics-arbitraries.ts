import fc from 'fast-check';
import type { AthleteMetricsInput, MetricsCheckin, MetricsSession } from '@shared/metrics/inputs';
import { STIMULI } from '@shared/model/common';
import { addDays } from '@shared/time/local-date';

/** Random athletes for property tests: records on days 0 … 119 after START. */
export const START = '2026-01-05';
export const LAST_DAY = 119;

const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

export const sessionArbitrary: fc.Arbitrary<MetricsSession> = fc
  .record({
    day: fc.integer({ min: 0, max: LAST_DAY }),
    startTime: fc.option(time, { nil: undefined }),
    durationMin: fc.integer({ min: 1, max: 180 }),
    sessionRpe: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.double({ min: 0, max: 10, noNaN: true })),
    stimulus: fc.constantFrom(...STIMULI),
  })
  .map(({ day, startTime, ...rest }) => ({
    date: addDays(START, day),
    ...rest,
    ...(startTime === undefined ? {} : { startTime }),
  }));

const score = fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined, freq: 6 });

export const checkinArbitrary: fc.Arbitrary<MetricsCheckin> = fc
  .record({
    day: fc.integer({ min: 0, max: LAST_DAY }),
    sleepQuality: score,
    fatigue: score,
    soreness: score,
    stress: score,
    mood: score,
    hrvRmssdMs: fc.option(fc.double({ min: 15, max: 200, noNaN: true }), { nil: undefined }),
    restingHrBpm: fc.option(fc.integer({ min: 35, max: 90 }), { nil: undefined }),
  })
  .map(({ day, ...values }) => {
    const checkin: MetricsCheckin = { date: addDays(START, day) };
    for (const [key, value] of Object.entries(values) as [keyof typeof values, number | undefined][]) {
      if (value !== undefined) checkin[key] = value;
    }
    return checkin;
  });

/** At most one check-in per day, as the database guarantees. */
export function onePerDay(checkins: readonly MetricsCheckin[]): MetricsCheckin[] {
  return [...new Map(checkins.map((checkin) => [checkin.date, checkin])).values()];
}

export const athleteArbitrary: fc.Arbitrary<AthleteMetricsInput> = fc
  .record({
    sessions: fc.array(sessionArbitrary, { maxLength: 150 }),
    wellness: fc.array(checkinArbitrary, { maxLength: 120 }).map(onePerDay),
    birthDate: fc.option(fc.constantFrom('1974-02-01', '1990-06-15', '2005-12-31'), { nil: undefined }),
    injuredDays: fc.option(fc.tuple(fc.integer({ min: 0, max: LAST_DAY }), fc.integer({ min: 0, max: 30 })), {
      nil: undefined,
    }),
  })
  .map(({ sessions, wellness, birthDate, injuredDays }) => ({
    athleteId: 'a',
    trainingAgeYears: 3,
    sessions,
    wellness,
    availability:
      injuredDays === undefined
        ? []
        : [
            {
              kind: 'injured' as const,
              startDate: addDays(START, injuredDays[0]),
              endDate: addDays(START, injuredDays[0] + injuredDays[1]),
            },
          ],
    ...(birthDate === undefined ? {} : { birthDate }),
  }));
