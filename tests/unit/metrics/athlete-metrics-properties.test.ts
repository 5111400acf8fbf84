import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  daysSinceLastRecord,
  returnFromBreakFromMetrics,
  stimulusRecencyFromMetrics,
} from '@shared/metrics/athlete-lookups';
import { findReturnFromBreak, stimulusRecencyOn } from '@shared/metrics/training-gaps';
import {
  computeAthleteMetrics,
  updateAthleteMetrics,
  type AthleteMetrics,
} from '@shared/metrics/athlete-metrics';
import type { AthleteMetricsInput } from '@shared/metrics/inputs';
import { assessReadiness } from '@shared/metrics/readiness';
import type { ReadinessReason } from '@shared/metrics/readiness-types';
import type { OptionalSeries } from '@shared/metrics/series';
import { defaultSettings } from '@shared/model/settings';
import { addDays, toDayNumber } from '@shared/time/local-date';
import {
  LAST_DAY,
  START,
  athleteArbitrary,
  checkinArbitrary,
  onePerDay,
  sessionArbitrary,
} from './metrics-arbitraries';

const SETTINGS = defaultSettings();
const AS_OF = addDays(START, LAST_DAY + 3);

function optionalSeriesOf(metrics: AthleteMetrics): OptionalSeries[] {
  const { load, wellness, hrv } = metrics;
  return [
    load.acwrRolling,
    load.acwrRollingUncoupled,
    load.acwrEwma,
    load.monotony,
    load.strainAu,
    wellness.compositeZ,
    ...Object.values(wellness.itemZ),
    hrv.lnRmssdMean7,
    hrv.normalRangeLow,
  ];
}

/** What the status must be, written independently of the engine: red, then grey, then amber, else green. */
function expectedStatus(reasons: readonly ReadinessReason[]): string {
  for (const severity of ['red', 'grey', 'amber'] as const) {
    if (reasons.some((reason) => reason.severity === severity)) return severity;
  }
  return 'green';
}

describe('athlete metrics: properties on random athletes', () => {
  it('every ratio and z-score is finite or undefined (null), never NaN or Infinity', () => {
    fc.assert(
      fc.property(athleteArbitrary, (input) => {
        const metrics = computeAthleteMetrics(input, AS_OF, SETTINGS);
        const broken: string[] = [];
        optionalSeriesOf(metrics).forEach((series, position) => {
          for (let i = 0; i < metrics.axis.length; i += 1) {
            const isDefined = series.isDefined[i];
            const value = series.values[i] ?? NaN;
            const isValid = isDefined === 1 ? Number.isFinite(value) : isDefined === 0 && value === 0;
            if (!isValid) broken.push(`series ${position} day ${i}: ${isDefined} ${value}`);
          }
        });
        expect(broken).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('EWMA stays within the lowest and highest daily load seen (0 before the first day)', () => {
    fc.assert(
      fc.property(athleteArbitrary, (input) => {
        const metrics = computeAthleteMetrics(input, AS_OF, SETTINGS);
        let low = 0;
        let high = 0;
        for (let i = 0; i < metrics.axis.length; i += 1) {
          const load = metrics.daily.dailyLoadAu[i] ?? 0;
          low = Math.min(low, load);
          high = Math.max(high, load);
          const tolerance = 1e-9 * Math.max(1, high);
          for (const ewma of [metrics.load.ewmaAcuteAu[i] ?? NaN, metrics.load.ewmaChronicAu[i] ?? NaN]) {
            expect(ewma).toBeGreaterThanOrEqual(low - tolerance);
            expect(ewma).toBeLessThanOrEqual(high + tolerance);
          }
        }
      }),
      { numRuns: 150 },
    );
    // 150 random athletes, each checked day by day: over 5 s when the test files run side by side.
  }, 30_000);

  it('an incremental recompute from the earliest changed date equals a full recompute', () => {
    const edit = fc.record({
      fromDay: fc.integer({ min: 0, max: LAST_DAY }),
      added: fc.array(sessionArbitrary, { maxLength: 5 }),
      addedCheckins: fc.array(checkinArbitrary, { maxLength: 5 }),
      isDroppingLater: fc.boolean(),
      asOfShift: fc.integer({ min: -5, max: 20 }),
    });
    fc.assert(
      fc.property(athleteArbitrary, edit, (input, change) => {
        const before = computeAthleteMetrics(input, AS_OF, SETTINGS);
        const fromDate = addDays(START, change.fromDay);
        const keep = <T extends { date: string }>(records: readonly T[]): T[] =>
          change.isDroppingLater
            ? records.filter((record) => record.date < fromDate || record.date.endsWith('1'))
            : [...records];
        const moved = <T extends { date: string }>(records: readonly T[]): T[] =>
          records.map((record) => (record.date < fromDate ? { ...record, date: fromDate } : record));
        const after: AthleteMetricsInput = {
          ...input,
          sessions: [...keep(input.sessions), ...moved(change.added)],
          wellness: onePerDay([...keep(input.wellness), ...moved(change.addedCheckins)]),
        };
        const asOf = addDays(AS_OF, change.asOfShift);
        const incremental = updateAthleteMetrics(before, after, asOf, SETTINGS, fromDate);
        expect(incremental).toEqual(computeAthleteMetrics(after, asOf, SETTINGS));
      }),
      { numRuns: 150 },
    );
    // 150 × (two full computes, one incremental, a deep compare of every typed array): seconds on a
    // loaded machine, beyond vitest's 5 s default; the per-class tables add about 4 % to a compute.
  }, 30_000);

  it('the readiness status is the worst severity among its reasons', () => {
    fc.assert(
      fc.property(athleteArbitrary, fc.integer({ min: 0, max: LAST_DAY + 3 }), (input, day) => {
        const metrics = computeAthleteMetrics(input, AS_OF, SETTINGS);
        const readiness = assessReadiness(metrics, input, addDays(START, day));
        expect(readiness.status).toBe(expectedStatus(readiness.reasons));
        for (const reason of readiness.reasons) {
          expect(reason.value === null || Number.isFinite(reason.value)).toBe(true);
          expect(reason.messageKey).toBe(`readiness.rule.${reason.ruleId}`);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('day-array lookups agree with the session-based functions', () => {
  it('one athlete asked about many days in any order answers as if asked about each day alone', () => {
    // The lookups are indexed once per metrics object; the order of the questions must not matter.
    fc.assert(
      fc.property(
        athleteArbitrary,
        fc.array(fc.integer({ min: 0, max: LAST_DAY + 3 }), { minLength: 1, maxLength: 12 }),
        (input, days) => {
          const shared = computeAthleteMetrics(input, AS_OF, SETTINGS);
          for (const day of days) {
            const date = addDays(START, day);
            const alone = computeAthleteMetrics(input, AS_OF, SETTINGS);
            expect(stimulusRecencyFromMetrics(shared, date)).toEqual(stimulusRecencyFromMetrics(alone, date));
            expect(returnFromBreakFromMetrics(shared, input.availability, date)).toEqual(
              returnFromBreakFromMetrics(alone, input.availability, date),
            );
            const recordDays = [...input.sessions, ...input.wellness]
              .map((record) => toDayNumber(record.date))
              .filter((recordDay) => recordDay <= toDayNumber(date));
            const expected = recordDays.length === 0 ? null : toDayNumber(date) - Math.max(...recordDays);
            expect(daysSinceLastRecord(shared, date)).toBe(expected);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('stimulus recency, the break and its pre-break load match on random athletes and days', () => {
    fc.assert(
      fc.property(athleteArbitrary, fc.integer({ min: 0, max: LAST_DAY + 3 }), (input, day) => {
        const date = addDays(START, day);
        const metrics = computeAthleteMetrics(input, AS_OF, SETTINGS);
        expect(stimulusRecencyFromMetrics(metrics, date)).toEqual(
          stimulusRecencyOn(input.sessions, date, SETTINGS),
        );
        const fromArrays = returnFromBreakFromMetrics(metrics, input.availability, date);
        const fromSessions = findReturnFromBreak(input.sessions, input.availability, date, SETTINGS);
        expect(fromArrays === null).toBe(fromSessions === null);
        if (fromArrays && fromSessions) {
          const { preBreakChronicWeeklyLoadAu: arraysLoad, ...arraysBreak } = fromArrays;
          const { preBreakChronicWeeklyLoadAu: sessionsLoad, ...sessionsBreak } = fromSessions;
          expect(arraysBreak).toEqual(sessionsBreak);
          expect(arraysLoad).toBeCloseTo(sessionsLoad, 6);
        }
      }),
      { numRuns: 200 },
    );
  });
});
