import { describe, expect, it } from 'vitest';
import type { MetricsSession } from '@shared/metrics/inputs';
import type { PlannedSession } from '@shared/model/plan';
import type { PlanWarning, PlanWarningFor } from '@shared/planning/plan-warnings';
import { checkPlan } from '@shared/planning/rules';
import {
  calmHistory,
  calmSquad,
  planAthlete,
  planContext,
  planned,
  plannedWeeks,
  replaceSession,
  settingsWith,
  SQUAD_IDS,
  TODAY,
  warningsOf,
} from './plan-test-support';

const TUESDAY = '2026-03-03';
const YESTERDAY = '2026-03-01';

/** The calm plan with Monday's strength and Tuesday's skill as hard 30-min sessions (RPE 8, 240 AU). */
function hardPair(
  mondayTime: string,
  tuesdayTime: string,
  tuesday: Partial<PlannedSession> = {},
): PlannedSession[] {
  const monday = replaceSession(plannedWeeks(), 'w1-mon', {
    startTime: mondayTime,
    durationMin: 30,
    targetRpe: 8,
  });
  return replaceSession(monday, 'w1-tue', {
    startTime: tuesdayTime,
    durationMin: 30,
    targetRpe: 8,
    ...tuesday,
  });
}

function acuteWarnings(warnings: readonly PlanWarning[]): PlanWarningFor<'hard-in-acute-phase'>[] {
  return warningsOf(warnings, 'hard-in-acute-phase');
}

/** The calm history plus a hard session logged yesterday 10:00–11:00 (RPE 8). */
function hardYesterday(): MetricsSession[] {
  return [
    ...calmHistory(),
    { date: YESTERDAY, startTime: '10:00', stimulus: 'mixed', durationMin: 60, sessionRpe: 8 },
  ];
}

describe('hard-in-acute-phase: a hard session planned in the acute phase of the one before', () => {
  it('hard Tuesday 16:30, 23 h after hard Monday ends: one warning for the squad, fix after the longest acute phase', () => {
    expect(checkPlan(planContext({ plannedSessions: hardPair('17:00', '16:30') }))).toEqual([
      {
        id: 'hard-in-acute-phase:w1-mon:w1-tue',
        rule: 'hard-in-acute-phase',
        severity: 'warning',
        date: TUESDAY,
        sessionIds: ['w1-mon', 'w1-tue'],
        athleteIds: [...SQUAD_IDS],
        values: {
          hoursSinceEnd: 23,
          // The 52-year-old's acute phase: 24 h × 1.5.
          acutePhaseHours: 36,
          earlierDate: TODAY,
          earlierStimulus: 'strength',
          earlierStartTime: '17:00',
          earlierPlannedSessionId: 'w1-mon',
        },
        // Monday 17:30 + 36 h; or make it non-hard: RPE at most 7 − 1.
        fix: {
          kind: 'move-after-acute',
          sessionId: 'w1-tue',
          earliestDate: '2026-03-04',
          earliestTime: '05:30',
          maxRpe: 6,
          maxDurationMin: null,
        },
      },
    ]);
  });

  it('age scaling: 30 h after, the 52-year-old (36 h) is warned, the 25- and 40-year-old (24 h, 30 h) not', () => {
    const warnings = acuteWarnings(checkPlan(planContext({ plannedSessions: hardPair('08:00', '14:30') })));
    expect(warnings).toMatchObject([
      {
        athleteIds: ['cas'],
        values: { hoursSinceEnd: 30, acutePhaseHours: 36 },
        fix: { earliestDate: TUESDAY, earliestTime: '20:30' },
      },
    ]);
    const twentyFive = [planAthlete('ann', { birthDate: '2001-01-10' })];
    expect(
      acuteWarnings(
        checkPlan(planContext({ athletes: twentyFive, plannedSessions: hardPair('08:00', '14:30') })),
      ),
    ).toEqual([]);
  });

  it('a plan that breaks none of the rules: exactly at the end of the longest acute phase (36 h)', () => {
    expect(checkPlan(planContext({ plannedSessions: hardPair('08:00', '20:30') }))).toEqual([]);
  });

  it('hard as the engine decides: by load (1.5 × the mean session load) too; a lighter session is fine', () => {
    const byLoad = hardPair('17:00', '16:30', { targetRpe: 5, durationMin: 90 });
    expect(acuteWarnings(checkPlan(planContext({ plannedSessions: byLoad })))).toHaveLength(1);
    const light = hardPair('17:00', '16:30', { targetRpe: 6, durationMin: 45 });
    expect(acuteWarnings(checkPlan(planContext({ plannedSessions: light })))).toEqual([]);
  });

  it('a session hard by its load at RPE 5: the fix lowers the RPE below 5 and under the load criterion, or shortens it', () => {
    // 90 min at RPE 5 = 450 AU ≥ 1.5 × 225 AU (the calm sessions): hard by load, not by RPE.
    const byLoad = hardPair('17:00', '16:30', { targetRpe: 5, durationMin: 90 });
    const [warning] = acuteWarnings(checkPlan(planContext({ plannedSessions: byLoad })));
    // RPE × 90 < 337.5 ⇒ RPE ≤ 3; 5 × minutes < 337.5 ⇒ at most 67 min.
    expect(warning?.fix).toMatchObject({ maxRpe: 3, maxDurationMin: 67 });
    const lighter = hardPair('17:00', '16:30', { targetRpe: 3, durationMin: 90 });
    expect(acuteWarnings(checkPlan(planContext({ plannedSessions: lighter })))).toEqual([]);
    const shorter = hardPair('17:00', '16:30', { targetRpe: 5, durationMin: 67 });
    expect(acuteWarnings(checkPlan(planContext({ plannedSessions: shorter })))).toEqual([]);
  });

  it('a session at RPE 6.5 hard by load: never suggests its own RPE or more; hard by RPE: no shortening', () => {
    const at65 = hardPair('17:00', '16:30', { targetRpe: 6.5, durationMin: 60 });
    const [byLoad] = acuteWarnings(checkPlan(planContext({ plannedSessions: at65 })));
    // 6.5 × 60 = 390 AU ≥ 1.5 × the mean of the 28 days before (≈ 338 AU with Monday's 240 AU):
    // RPE × 60 < 338 ⇒ at most 5 (not 6); 6.5 × minutes < 338 ⇒ at most 52 min.
    expect(byLoad?.fix).toMatchObject({ maxRpe: 5, maxDurationMin: 52 });
    const shorter = hardPair('17:00', '16:30', { targetRpe: 6.5, durationMin: 52 });
    expect(acuteWarnings(checkPlan(planContext({ plannedSessions: shorter })))).toEqual([]);
    const [byRpe] = acuteWarnings(checkPlan(planContext({ plannedSessions: hardPair('17:00', '16:30') })));
    expect(byRpe?.fix).toMatchObject({ maxRpe: 6, maxDurationMin: null });
  });

  it('takes the phase lengths and the hard-session RPE from the settings', () => {
    const longer = settingsWith({ recovery: { acutePhaseEndHours: 48 } });
    const at31 = hardPair('08:00', '15:30');
    expect(acuteWarnings(checkPlan(planContext({ plannedSessions: at31, settings: longer })))).toMatchObject([
      { athleteIds: [...SQUAD_IDS], values: { acutePhaseHours: 72 } },
    ]);
    const harder = settingsWith({ recovery: { hardSessionRpeMin: 9 } });
    expect(
      acuteWarnings(
        checkPlan(planContext({ plannedSessions: hardPair('17:00', '16:30'), settings: harder })),
      ),
    ).toEqual([]);
    const softer = settingsWith({ recovery: { hardSessionRpeMin: 8 } });
    expect(
      acuteWarnings(
        checkPlan(planContext({ plannedSessions: hardPair('17:00', '16:30'), settings: softer })),
      ),
    ).toMatchObject([{ fix: { maxRpe: 7 } }]);
  });

  it('a logged hard session counts as the earlier one, named by date, time and stimulus', () => {
    const athletes = [
      planAthlete('ann', { birthDate: '2001-01-10', sessions: hardYesterday() }),
      ...calmSquad().slice(1),
    ];
    const plannedSessions = hardPair('08:00', '20:30');
    expect(acuteWarnings(checkPlan(planContext({ athletes, plannedSessions })))).toEqual([
      {
        id: 'hard-in-acute-phase:actual:2026-03-01:10:00:mixed:w1-mon',
        rule: 'hard-in-acute-phase',
        severity: 'warning',
        date: TODAY,
        sessionIds: ['w1-mon'],
        athleteIds: ['ann'],
        values: {
          hoursSinceEnd: 21,
          acutePhaseHours: 24,
          earlierDate: YESTERDAY,
          earlierStimulus: 'mixed',
          earlierStartTime: '10:00',
        },
        fix: {
          kind: 'move-after-acute',
          sessionId: 'w1-mon',
          earliestDate: TODAY,
          earliestTime: '11:00',
          maxRpe: 6,
          maxDurationMin: null,
        },
      },
    ]);
  });

  it('a later hard session restarts the clock: the warning names the latest one that ended', () => {
    const athletes = [planAthlete('ann', { birthDate: '2001-01-10', sessions: hardYesterday() })];
    const evening = planned('mon-evening', TODAY, '20:00', 'skill', 30, 8);
    const plannedSessions = [...hardPair('08:00', '17:00'), evening];
    const ids = acuteWarnings(checkPlan(planContext({ athletes, plannedSessions }))).map((warning) => [
      warning.id,
      warning.values.hoursSinceEnd,
    ]);
    // Tuesday 17:00 is 32.5 h after Monday 08:30 but 20.5 h after Monday 20:30: the evening session counts.
    expect(ids).toEqual([
      ['hard-in-acute-phase:actual:2026-03-01:10:00:mixed:w1-mon', 21],
      ['hard-in-acute-phase:w1-mon:mon-evening', 11.5],
      ['hard-in-acute-phase:mon-evening:w1-tue', 20.5],
    ]);
  });

  it('past sessions alone never warn: two hard sessions logged yesterday, a missed hard pair', () => {
    const twoHard = [
      ...hardYesterday(),
      { date: YESTERDAY, startTime: '14:00', stimulus: 'skill' as const, durationMin: 60, sessionRpe: 8 },
    ];
    const athletes = [planAthlete('ann', { sessions: twoHard })];
    expect(checkPlan(planContext({ athletes, plannedSessions: [] }))).toEqual([]);
    const missed = [
      planned('m1', '2026-02-26', '08:00', 'strength', 30, 8),
      planned('m2', '2026-02-26', '12:00', 'skill', 30, 8),
    ];
    expect(
      acuteWarnings(checkPlan(planContext({ plannedSessions: [...missed, ...plannedWeeks()] }))),
    ).toEqual([]);
  });
});

describe('hard-in-acute-phase: per stimulus class (SCIENCE.md, "Recovery phases, per stimulus class")', () => {
  // Hard strength Monday 17:00–17:30 (RPE 8); Tuesday 08:00 is 14.5 h later, inside every athlete's acute phase.
  const afterHardStrength = (tuesday: Partial<PlannedSession>) =>
    acuteWarnings(checkPlan(planContext({ plannedSessions: hardPair('17:00', '08:00', tuesday) })));

  it('a hard endurance or HIIT session the morning after hard strength is fine: another class', () => {
    expect(afterHardStrength({ stimulus: 'endurance' })).toEqual([]);
    expect(afterHardStrength({ stimulus: 'hiit' })).toEqual([]);
  });

  it('a hard strength session the morning after hard strength is warned, naming the strength session', () => {
    expect(afterHardStrength({ stimulus: 'strength' })).toMatchObject([
      {
        id: 'hard-in-acute-phase:w1-mon:w1-tue',
        athleteIds: [...SQUAD_IDS],
        values: { hoursSinceEnd: 14.5, earlierStimulus: 'strength', earlierPlannedSessionId: 'w1-mon' },
      },
    ]);
  });

  it('a match loads both classes, so it is warned after hard strength; after a match, one warning for both classes', () => {
    expect(afterHardStrength({ stimulus: 'match' })).toMatchObject([
      { values: { earlierStimulus: 'strength' } },
    ]);
    // Monday a hard mixed session (both classes), Tuesday a match: acute in both classes after the same session.
    const bothClasses = replaceSession(hardPair('17:00', '08:00', { stimulus: 'match' }), 'w1-mon', {
      stimulus: 'mixed',
    });
    expect(acuteWarnings(checkPlan(planContext({ plannedSessions: bothClasses })))).toMatchObject([
      { id: 'hard-in-acute-phase:w1-mon:w1-tue', values: { earlierStimulus: 'mixed' } },
    ]);
  });

  it('hard endurance Monday, hard strength Tuesday morning: fine; hard endurance again: warned', () => {
    const enduranceMonday = (tuesday: Partial<PlannedSession>) =>
      acuteWarnings(
        checkPlan(
          planContext({
            plannedSessions: replaceSession(hardPair('17:00', '08:00', tuesday), 'w1-mon', {
              stimulus: 'endurance',
            }),
          }),
        ),
      );
    expect(enduranceMonday({ stimulus: 'strength' })).toEqual([]);
    expect(enduranceMonday({ stimulus: 'endurance' })).toMatchObject([
      { values: { earlierStimulus: 'endurance', hoursSinceEnd: 14.5 } },
    ]);
  });

  it('a logged hard recovery session starts no clock at all', () => {
    const athletes = calmSquad().map((athlete) => ({
      ...athlete,
      sessions: [
        ...athlete.sessions,
        {
          date: YESTERDAY,
          startTime: '10:00',
          stimulus: 'recovery' as const,
          durationMin: 60,
          sessionRpe: 8,
        },
      ],
    }));
    const plannedSessions = replaceSession(plannedWeeks(), 'w1-mon', {
      startTime: '08:00',
      durationMin: 30,
      targetRpe: 8,
      stimulus: 'strength',
    });
    expect(acuteWarnings(checkPlan(planContext({ athletes, plannedSessions })))).toEqual([]);
    // The same logged session as strength would warn: the rule sees it.
    const strengthAthletes = calmSquad().map((athlete) => ({
      ...athlete,
      sessions: [
        ...athlete.sessions,
        {
          date: YESTERDAY,
          startTime: '10:00',
          stimulus: 'strength' as const,
          durationMin: 60,
          sessionRpe: 8,
        },
      ],
    }));
    expect(
      acuteWarnings(checkPlan(planContext({ athletes: strengthAthletes, plannedSessions }))),
    ).not.toEqual([]);
  });
});
