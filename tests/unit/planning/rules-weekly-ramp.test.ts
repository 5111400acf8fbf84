import { describe, expect, it } from 'vitest';
import type { PlanWarning, PlanWarningFor } from '@shared/planning/plan-warnings';
import { checkPlan } from '@shared/planning/rules';
import { addDays } from '@shared/time/local-date';
import {
  CALM_WEEK,
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

/** The calm plan (1,350 AU a week, as the history) with week 1's Tuesday lasting `tuesdayMin` min at RPE 5. */
function longTuesday(tuesdayMin: number) {
  return replaceSession(plannedWeeks(), 'w1-tue', { durationMin: tuesdayMin });
}

const WEEK_1 = ['w1-mon', 'w1-tue', 'w1-wed', 'w1-thu', 'w1-fri', 'w1-sat'];

function rampWarnings(warnings: readonly PlanWarning[]): PlanWarningFor<'weekly-ramp'>[] {
  return warningsOf(warnings, 'weekly-ramp');
}

describe('weekly-ramp: a week more than 30 % above the mean of the two weeks before', () => {
  it('1,760 AU after two weeks of 1,350 (+30.4 %): one warning for the squad, at most 1,755 AU', () => {
    // Tuesday 127 min × RPE 5 = 635 AU instead of 225.
    expect(checkPlan(planContext({ plannedSessions: longTuesday(127) }))).toEqual([
      {
        id: `weekly-ramp:${TODAY}`,
        rule: 'weekly-ramp',
        severity: 'warning',
        date: TODAY,
        sessionIds: WEEK_1,
        athleteIds: [...SQUAD_IDS],
        values: {
          percentAbove: (1760 / 1350 - 1) * 100,
          weekLoadAu: 1760,
          previousMeanAu: 1350,
          athleteId: 'ann',
          weeklyRampWarningPercent: 30,
        },
        fix: { kind: 'reduce-week-load', weekStart: TODAY, maxLoadAu: 1755, athleteId: 'ann' },
      },
    ]);
  });

  it('a plan that breaks none of the rules: exactly +30 % (1,755 AU) is not a warning', () => {
    expect(checkPlan(planContext({ plannedSessions: longTuesday(126) }))).toEqual([]);
  });

  it('takes weeklyRampWarningPercent from the settings', () => {
    const looser = settingsWith({ load: { weeklyRampWarningPercent: 50 } });
    expect(
      rampWarnings(checkPlan(planContext({ plannedSessions: longTuesday(127), settings: looser }))),
    ).toEqual([]);
    const stricter = settingsWith({ load: { weeklyRampWarningPercent: 20 } });
    expect(
      rampWarnings(checkPlan(planContext({ plannedSessions: longTuesday(100), settings: stricter }))),
    ).toMatchObject([
      { values: { weekLoadAu: 1625, weeklyRampWarningPercent: 20 }, fix: { maxLoadAu: 1620 } },
    ]);
  });

  it('names the worst athlete: the one with the lightest history ramps most', () => {
    const lighter = CALM_WEEK.map((day) => ({ ...day, rpe: 4.5 }));
    const athletes = [planAthlete('ann'), planAthlete('cas', { sessions: calmHistory(TODAY, 8, lighter) })];
    const [warning] = rampWarnings(checkPlan(planContext({ athletes, plannedSessions: longTuesday(127) })));
    expect(warning).toMatchObject({
      athleteIds: ['ann', 'cas'],
      values: { weekLoadAu: 1760, previousMeanAu: 1215, athleteId: 'cas' },
      fix: { maxLoadAu: 1579, athleteId: 'cas' },
    });
    expect(warning?.values.percentAbove).toBeCloseTo(44.86, 2);
    // The calm plan is +11 % for her: no warning.
    expect(rampWarnings(checkPlan(planContext({ athletes })))).toEqual([]);
  });

  it("counts the week's logged days: a heavy Monday logged, the rest as planned", () => {
    const wednesday = addDays(TODAY, 2);
    const loggedThisWeek = (mondayMin: number) => [
      planAthlete('ann', {
        sessions: [
          ...calmHistory(TODAY),
          { date: TODAY, startTime: '17:00', stimulus: 'strength', durationMin: mondayMin, sessionRpe: 6 },
          { date: addDays(TODAY, 1), startTime: '17:00', stimulus: 'skill', durationMin: 45, sessionRpe: 5 },
        ],
      }),
    ];
    // 90 min × 6 = 540 + 225 logged, 4 × 225 planned: 1,665 AU, +23 %: no warning.
    expect(rampWarnings(checkPlan(planContext({ today: wednesday, athletes: loggedThisWeek(90) })))).toEqual(
      [],
    );
    // 110 min × 6 = 660: 1,785 AU, +32 %.
    const [warning] = rampWarnings(
      checkPlan(planContext({ today: wednesday, athletes: loggedThisWeek(110) })),
    );
    expect(warning).toMatchObject({
      id: `weekly-ramp:${TODAY}`,
      date: TODAY,
      sessionIds: ['w1-wed', 'w1-thu', 'w1-fri', 'w1-sat'],
      values: { weekLoadAu: 1785, previousMeanAu: 1350 },
    });
  });

  it('no previous load, no warning: a new athlete warns only from the second planned week', () => {
    const athletes = [planAthlete('new', { sessions: [] })];
    const warnings = rampWarnings(checkPlan(planContext({ athletes })));
    expect(warnings).toMatchObject([
      {
        id: `weekly-ramp:${addDays(TODAY, 7)}`,
        values: { weekLoadAu: 1350, previousMeanAu: 675, percentAbove: 100 },
        fix: { maxLoadAu: 877 },
      },
    ]);
  });

  it('past sessions alone never warn: a ramp in last week, with and without a plan', () => {
    const lastMonday = addDays(TODAY, -7);
    const rampLastWeek = calmHistory(TODAY).map((session) =>
      session.date >= lastMonday ? { ...session, durationMin: 90 } : session,
    );
    const athletes = [planAthlete('ann', { sessions: rampLastWeek })];
    expect(checkPlan(planContext({ athletes, plannedSessions: [] }))).toEqual([]);
    expect(rampWarnings(checkPlan(planContext({ athletes })))).toEqual([]);
  });
});
