import { describe, expect, it } from 'vitest';
import type { PlannedSession } from '@shared/model/plan';
import type { PlanWarning, PlanWarningFor } from '@shared/planning/plan-warnings';
import { checkPlan, proposedStartMinute } from '@shared/planning/rules';
import { toLocalMinute } from '@shared/time/local-date';
import {
  calmHistory,
  planAthlete,
  planContext,
  plannedWeeks,
  replaceSession,
  settingsWith,
  SQUAD_IDS,
  TODAY,
  warningsOf,
} from './plan-test-support';

/** The calm plan with Monday's strength at `strengthTime` for `strengthMin` and Wednesday's endurance on Monday at `enduranceTime`. */
function mondayPair(
  strengthTime: string,
  strengthMin: number,
  enduranceTime: string,
  enduranceChanges: Partial<PlannedSession> = {},
): PlannedSession[] {
  const moved = replaceSession(plannedWeeks(), 'w1-mon', {
    startTime: strengthTime,
    durationMin: strengthMin,
  });
  return replaceSession(moved, 'w1-wed', { date: TODAY, startTime: enduranceTime, ...enduranceChanges });
}

function gapWarnings(warnings: readonly PlanWarning[]): PlanWarningFor<'interference-gap'>[] {
  return warningsOf(warnings, 'interference-gap');
}

describe('interference-gap: strength and endurance less than minGapHours apart', () => {
  it('strength 08:00–09:00 and endurance at 11:00: a strong warning (2 h < 3 h) for the whole squad, with a fix', () => {
    const warnings = checkPlan(planContext({ plannedSessions: mondayPair('08:00', 60, '11:00') }));
    expect(warnings).toEqual([
      {
        id: 'interference-gap:w1-mon:w1-wed',
        rule: 'interference-gap',
        severity: 'strong',
        date: TODAY,
        sessionIds: ['w1-mon', 'w1-wed'],
        athleteIds: [...SQUAD_IDS],
        values: {
          gapHours: 2,
          minGapHours: 6,
          strongWarningGapHours: 3,
          earlierStimulus: 'strength',
          laterStimulus: 'endurance',
        },
        fix: { kind: 'move-later', sessionId: 'w1-wed', date: TODAY, earliestTime: '15:00' },
      },
    ]);
  });

  it.each([
    ['11:00', 'strong'],
    ['11:59', 'strong'],
    ['12:00', 'warning'],
    ['13:00', 'warning'],
    ['14:59', 'warning'],
  ] as const)('endurance at %s after strength 08:00–09:00 → %s', (time, severity) => {
    const warnings = gapWarnings(checkPlan(planContext({ plannedSessions: mondayPair('08:00', 60, time) })));
    expect(warnings.map((warning) => warning.severity)).toEqual([severity]);
  });

  it('a plan that breaks none of the rules: endurance at 15:00 is exactly 6 h after the strength ends', () => {
    expect(checkPlan(planContext({ plannedSessions: mondayPair('08:00', 60, '15:00') }))).toEqual([]);
  });

  it('exactly 6 h is not a warning, also after a session shorter than the other one', () => {
    const shortStrength = mondayPair('08:00', 30, '14:30');
    expect(checkPlan(planContext({ plannedSessions: shortStrength }))).toEqual([]);
    const oneMinuteLess = mondayPair('08:00', 30, '14:29');
    expect(gapWarnings(checkPlan(planContext({ plannedSessions: oneMinuteLess })))).toMatchObject([
      { severity: 'warning', fix: { earliestTime: '14:30' } },
    ]);
  });

  it('overlapping sessions are strong, whichever starts first', () => {
    const overlap = gapWarnings(
      checkPlan(planContext({ plannedSessions: mondayPair('08:00', 60, '08:30') })),
    );
    expect(overlap).toMatchObject([{ severity: 'strong', values: { gapHours: -0.5 } }]);
    const hiitFirst = mondayPair('10:00', 60, '09:00', { stimulus: 'hiit', durationMin: 90 });
    const contained = gapWarnings(checkPlan(planContext({ plannedSessions: hiitFirst })));
    expect(contained).toMatchObject([
      { id: 'interference-gap:w1-wed:w1-mon', severity: 'strong', values: { gapHours: -0.5 } },
    ]);
  });

  it('takes minGapHours and strongWarningGapHours from the settings', () => {
    const stricter = settingsWith({ interference: { minGapHours: 8, strongWarningGapHours: 5 } });
    const at15 = checkPlan(
      planContext({ plannedSessions: mondayPair('08:00', 60, '15:00'), settings: stricter }),
    );
    expect(gapWarnings(at15)).toMatchObject([
      { severity: 'warning', values: { gapHours: 6, minGapHours: 8 }, fix: { earliestTime: '17:00' } },
    ]);
    const at13 = checkPlan(
      planContext({ plannedSessions: mondayPair('08:00', 60, '13:00'), settings: stricter }),
    );
    expect(gapWarnings(at13).map((warning) => warning.severity)).toEqual(['strong']);
    const skillAsEndurance = settingsWith({ interference: { enduranceStimuli: ['skill'] } });
    const skillDay = replaceSession(plannedWeeks(), 'w1-tue', { date: TODAY, startTime: '10:00' });
    const withSkill = checkPlan(
      planContext({
        plannedSessions: replaceSession(skillDay, 'w1-mon', { startTime: '08:00' }),
        settings: skillAsEndurance,
      }),
    );
    expect(gapWarnings(withSkill)).toMatchObject([{ id: 'interference-gap:w1-mon:w1-tue' }]);
  });

  it.each([
    ['08:00', 90, '10:00', '15:30', TODAY],
    ['08:00', 50, '10:00', '15:00', TODAY],
    ['15:00', 60, '17:00', '22:00', TODAY],
    ['15:10', 60, '17:00', '08:00', '2026-03-03'],
    ['16:00', 60, '18:00', '08:00', '2026-03-03'],
  ] as const)(
    'fix: strength %s for %i min, endurance %s → from %s on %s (quarter hour up; after 22:00 next day 08:00)',
    (strengthTime, strengthMin, enduranceTime, earliestTime, date) => {
      const sessions = mondayPair(strengthTime, strengthMin, enduranceTime);
      const [warning] = gapWarnings(checkPlan(planContext({ plannedSessions: sessions })));
      expect(warning?.fix).toEqual({ kind: 'move-later', sessionId: 'w1-wed', date, earliestTime });
    },
  );

  it('proposedStartMinute rounds up to the quarter hour and keeps to 08:00–22:00', () => {
    const day = toLocalMinute(TODAY, '00:00');
    expect(proposedStartMinute(day + 15 * 60 + 30)).toBe(day + 15 * 60 + 30);
    expect(proposedStartMinute(day + 15 * 60 + 31)).toBe(day + 15 * 60 + 45);
    expect(proposedStartMinute(day + 22 * 60)).toBe(day + 22 * 60);
    expect(proposedStartMinute(day + 22 * 60 + 1)).toBe(day + 1440 + 8 * 60);
    expect(proposedStartMinute(day + 1440 + 3 * 60)).toBe(day + 1440 + 8 * 60);
  });

  it('pairs across midnight count', () => {
    const late = replaceSession(plannedWeeks(), 'w1-mon', { startTime: '21:00', durationMin: 60 });
    const early = replaceSession(late, 'w1-wed', { date: '2026-03-03', startTime: '03:00' });
    expect(gapWarnings(checkPlan(planContext({ plannedSessions: early })))).toMatchObject([
      { id: 'interference-gap:w1-mon:w1-wed', severity: 'warning', date: TODAY, values: { gapHours: 5 } },
    ]);
  });

  it('pairs a planned session with a session logged today: the logged one is named by date, time and stimulus', () => {
    const loggedThisMorning = [
      ...calmHistory(),
      { date: TODAY, startTime: '08:00', stimulus: 'strength' as const, durationMin: 60, sessionRpe: 5 },
    ];
    const athletes = [planAthlete('ann', { sessions: loggedThisMorning }), planAthlete('bob')];
    // Ann did Monday's strength (logged, 60 min); Bob has it still to come (planned, 45 min).
    const plannedSessions = mondayPair('08:00', 45, '12:00');
    expect(gapWarnings(checkPlan(planContext({ athletes, plannedSessions })))).toEqual([
      {
        id: 'interference-gap:actual:2026-03-02:08:00:strength:w1-wed',
        rule: 'interference-gap',
        severity: 'warning',
        date: TODAY,
        sessionIds: ['w1-wed'],
        athleteIds: ['ann'],
        values: {
          gapHours: 3,
          minGapHours: 6,
          strongWarningGapHours: 3,
          earlierStimulus: 'strength',
          laterStimulus: 'endurance',
          actualDate: TODAY,
          actualStartTime: '08:00',
          actualStimulus: 'strength',
        },
        fix: { kind: 'move-later', sessionId: 'w1-wed', date: TODAY, earliestTime: '15:00' },
      },
      {
        id: 'interference-gap:w1-mon:w1-wed',
        rule: 'interference-gap',
        severity: 'warning',
        date: TODAY,
        sessionIds: ['w1-mon', 'w1-wed'],
        athleteIds: ['bob'],
        values: {
          gapHours: 3.25,
          minGapHours: 6,
          strongWarningGapHours: 3,
          earlierStimulus: 'strength',
          laterStimulus: 'endurance',
        },
        fix: { kind: 'move-later', sessionId: 'w1-wed', date: TODAY, earliestTime: '14:45' },
      },
    ]);
  });

  it('moves the planned session when the later one is already logged', () => {
    const loggedAtNoon = [
      ...calmHistory(),
      { date: TODAY, startTime: '12:00', stimulus: 'endurance' as const, durationMin: 60, sessionRpe: 5 },
    ];
    const athletes = [planAthlete('ann', { sessions: loggedAtNoon })];
    const plannedSessions = replaceSession(plannedWeeks(), 'w1-mon', { startTime: '10:00', durationMin: 60 });
    expect(gapWarnings(checkPlan(planContext({ athletes, plannedSessions })))).toMatchObject([
      {
        id: 'interference-gap:w1-mon:actual:2026-03-02:12:00:endurance',
        sessionIds: ['w1-mon'],
        values: { gapHours: 1 },
        fix: { sessionId: 'w1-mon', date: TODAY, earliestTime: '19:00' },
      },
    ]);
  });

  it('a session planned for some athletes only warns for them', () => {
    const sessions = mondayPair('08:00', 60, '11:00', { athleteIds: ['bob', 'cas'] });
    expect(gapWarnings(checkPlan(planContext({ plannedSessions: sessions })))).toMatchObject([
      { athleteIds: ['bob', 'cas'] },
    ]);
  });

  it('past sessions alone never warn: a logged pair an hour apart, and a missed planned pair', () => {
    const yesterday = '2026-03-01';
    const loggedPair = [
      ...calmHistory(),
      { date: yesterday, startTime: '08:00', stimulus: 'strength' as const, durationMin: 60, sessionRpe: 5 },
      { date: yesterday, startTime: '10:00', stimulus: 'endurance' as const, durationMin: 45, sessionRpe: 5 },
    ];
    const missedPair = mondayPair('08:00', 60, '09:00').map((session) =>
      session.date === TODAY ? { ...session, date: yesterday } : session,
    );
    const athletes = [planAthlete('ann', { sessions: loggedPair })];
    expect(checkPlan(planContext({ athletes, plannedSessions: [] }))).toEqual([]);
    expect(gapWarnings(checkPlan(planContext({ athletes, plannedSessions: missedPair })))).toEqual([]);
  });
});
