import { describe, expect, it } from 'vitest';
import { defaultSettings, type AvailabilityEvent, type PlannedSession } from '@shared/model';
import type { MetricsSession } from '@shared/metrics';
import type { PlanAthlete } from '@shared/planning/plan-context';
import { generateReturnRamp } from '@shared/planning/return-ramp';
import { addDays } from '@shared/time/local-date';
import {
  breakKindOf,
  defaultRampStartDate,
  findReturningAthletes,
  isExperiencedAthlete,
  rampTableRows,
  sessionsAfter,
  sessionsOutsideSeason,
} from '../../../src/renderer/src/features/planner/ramp/ramp-model';

const SETTINGS = defaultSettings();
const TODAY = '2025-06-18'; // a Wednesday

/** A session every day from `from` to `to` (inclusive), alternating strength and endurance, 60 min at RPE 5. */
function dailySessions(from: string, to: string): MetricsSession[] {
  const sessions: MetricsSession[] = [];
  for (let date = from, index = 0; date <= to; date = addDays(date, 1), index += 1)
    sessions.push({
      date,
      stimulus: index % 2 === 0 ? 'strength' : 'endurance',
      durationMin: 60,
      sessionRpe: 5,
    });
  return sessions;
}

function athlete(
  id: string,
  sessions: MetricsSession[],
  availability: AvailabilityEvent[] = [],
  trainingAgeYears = 3,
): PlanAthlete {
  return {
    athleteId: id,
    name: id,
    squadIds: ['s1'],
    trainingAgeYears,
    sessions,
    wellness: [],
    availability,
  };
}

const steady = athlete('steady', dailySessions('2025-04-01', TODAY));
// Last session 20 days ago: an ongoing gap of ≥ 14 days.
const gap = athlete('gap', dailySessions('2025-04-01', addDays(TODAY, -20)));
// Last session on 18 May, injured from 21 May for three weeks, back in training for five days (the event,
// which starts later than the gap and ends with it, is the break).
const injured = athlete(
  'injured',
  [...dailySessions('2025-04-01', '2025-05-18'), ...dailySessions('2025-06-13', TODAY)],
  [
    {
      id: 'e1',
      athleteId: 'injured',
      kind: 'injured',
      startDate: '2025-05-21',
      endDate: '2025-06-12',
      note: '',
    },
  ],
  1,
);
const newcomer = athlete('newcomer', []);

describe('findReturningAthletes', () => {
  const returning = findReturningAthletes([steady, gap, injured, newcomer], TODAY, SETTINGS);

  it('lists only the athletes returning from a break today, in the order given', () => {
    expect(returning.map((entry) => entry.athlete.athleteId)).toEqual(['gap', 'injured']);
  });

  it('carries the engine’s break: length, dates, kind and pre-break load (28-day mean × 7)', () => {
    const [ongoing, event] = returning;
    expect(ongoing?.returnFromBreak).toMatchObject({ kind: 'gap', isOngoing: true, breakDays: 20 });
    expect(breakKindOf(ongoing!.returnFromBreak)).toBe('gap');
    expect(event?.returnFromBreak).toMatchObject({
      kind: 'availability',
      availabilityKind: 'injured',
      breakStartDate: '2025-05-21',
      breakEndDate: '2025-06-12',
      breakDays: 23,
      daysSinceReturn: 5,
    });
    expect(breakKindOf(event!.returnFromBreak)).toBe('injured');
    // On 20 May, 26 of the 28 days held 300 AU: 300 × 26 ÷ 28 × 7 = 1,950 AU a week.
    expect(event?.returnFromBreak.preBreakChronicWeeklyLoadAu).toBeCloseTo(1950, 9);
  });

  it('is empty when nobody is returning', () => {
    expect(findReturningAthletes([steady, newcomer], TODAY, SETTINGS)).toEqual([]);
  });
});

describe('experience and start date', () => {
  it.each([
    [0.5, false],
    [1.99, false],
    [2, true],
    [10, true],
  ])('training age %s years → experienced %s (default 2 years)', (years, expected) => {
    expect(isExperiencedAthlete(years, SETTINGS)).toBe(expected);
  });

  it.each([
    ['2025-06-18', '2025-06-23'], // Wednesday → next Monday
    ['2025-06-23', '2025-06-30'], // a Monday → the Monday after it
    ['2025-06-29', '2025-06-30'], // Sunday → the next day
  ])('the ramp starts by default on the Monday after %s: %s', (today, expected) => {
    expect(defaultRampStartDate(today)).toBe(expected);
  });
});

describe('rampTableRows', () => {
  const [, event] = findReturningAthletes([gap, injured], TODAY, SETTINGS);
  const ramp = generateReturnRamp({
    athlete: injured,
    returnFromBreak: event!.returnFromBreak,
    startDate: '2025-06-23',
    settings: SETTINGS,
    squadId: 's1',
    language: 'en',
    newId: (() => {
      let next = 0;
      return () => `ramp-${(next += 1)}`;
    })(),
  });
  const rows = rampTableRows(ramp);

  it('has one row per ramp week, 7 days each, with the engine’s targets and planned load', () => {
    expect(rows).toHaveLength(ramp.weeks.length);
    expect(rows[0]).toMatchObject({ weekIndex: 1, startDate: '2025-06-23', endDate: '2025-06-29' });
    expect(rows[1]?.startDate).toBe('2025-06-30');
    rows.forEach((row, index) => {
      expect(row.plannedLoadAu).toBe(ramp.weeks[index]?.plannedLoadAu);
      expect(row.totalTargetAu).toBe(ramp.weeks[index]?.totalTargetAu);
      expect(row.hardSessionCount).toBe(ramp.weeks[index]?.hardSessionCount);
    });
  });

  it('week 1 is about half the pre-break load, no week above it, at most one hard session in week 1', () => {
    expect(rows[0]?.percentOfPreBreak).toBeGreaterThan(40);
    expect(rows[0]?.percentOfPreBreak).toBeLessThanOrEqual(55);
    expect(rows.every((row) => (row.percentOfPreBreak ?? 0) <= 100 + 1e-9)).toBe(true);
    expect(rows[0]?.hardSessionCount).toBeLessThanOrEqual(1);
  });

  it('counts every session in exactly one week', () => {
    expect(rows.reduce((sum, row) => sum + row.sessionCount, 0)).toBe(ramp.sessions.length);
    expect(ramp.sessions.every((session) => session.athleteIds?.join() === 'injured')).toBe(true);
  });

  it('has no share of the pre-break load when that load is 0', () => {
    const empty = rampTableRows({
      preBreakWeeklyLoadAu: 0,
      sessions: [],
      weeks: [
        {
          weekIndex: 1,
          startDate: '2025-06-23',
          strengthTargetAu: 0,
          otherTargetAu: 0,
          totalTargetAu: 0,
          plannedLoadAu: 0,
          hardSessionCount: 0,
        },
      ],
    });
    expect(empty[0]?.percentOfPreBreak).toBeNull();
  });
});

describe('sessionsAfter', () => {
  it('finds the sessions after the season’s last day', () => {
    const at = (date: string) => ({ date }) as PlannedSession;
    expect(sessionsAfter([at('2025-06-29'), at('2025-06-30'), at('2025-07-01')], '2025-06-30')).toEqual([
      at('2025-07-01'),
    ]);
  });
});

describe('sessionsOutsideSeason', () => {
  it('says which sessions lie before or after the season, where, and the whole weeks that would hold them', () => {
    const at = (date: string) => ({ date }) as PlannedSession;
    const season = { startDate: '2026-12-07', endDate: '2026-12-20' };
    const outside = sessionsOutsideSeason(
      [at('2026-12-03'), at('2026-12-10'), at('2026-12-22'), at('2027-01-05')],
      season,
    );
    expect(outside.before).toEqual([at('2026-12-03')]);
    expect(outside.after).toEqual([at('2026-12-22'), at('2027-01-05')]);
    expect(outside.range).toEqual({ startDate: '2026-12-03', endDate: '2027-01-05' });
    // Monday of the first session's week to Sunday of the last one's.
    expect(outside.extended).toEqual({ startDate: '2026-11-30', endDate: '2027-01-10' });
    const inside = sessionsOutsideSeason([at('2026-12-10')], season);
    expect(inside).toMatchObject({ before: [], after: [], range: null, extended: season });
  });
});
