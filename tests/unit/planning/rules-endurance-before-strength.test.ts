import { describe, expect, it } from 'vitest';
import type { PlannedSession } from '@shared/model/plan';
import type { PlanWarning, PlanWarningFor } from '@shared/planning/plan-warnings';
import { checkPlan } from '@shared/planning/rules';
import {
  calmHistory,
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

/** The calm plan with Wednesday's endurance moved to Monday `enduranceTime`, Monday's strength at `strengthTime`. */
function mondayOrder(
  enduranceTime: string,
  strengthTime: string,
  enduranceChanges: Partial<PlannedSession> = {},
): PlannedSession[] {
  const strength = replaceSession(plannedWeeks(), 'w1-mon', { startTime: strengthTime });
  return replaceSession(strength, 'w1-wed', { date: TODAY, startTime: enduranceTime, ...enduranceChanges });
}

function orderWarnings(warnings: readonly PlanWarning[]): PlanWarningFor<'endurance-before-strength'>[] {
  return warningsOf(warnings, 'endurance-before-strength');
}

describe('endurance-before-strength: endurance planned before strength on the same day', () => {
  it('endurance 08:00 and strength 17:00: one warning for the squad, fix: swap them', () => {
    expect(checkPlan(planContext({ plannedSessions: mondayOrder('08:00', '17:00') }))).toEqual([
      {
        id: 'endurance-before-strength:w1-wed:w1-mon',
        rule: 'endurance-before-strength',
        severity: 'warning',
        date: TODAY,
        sessionIds: ['w1-wed', 'w1-mon'],
        athleteIds: [...SQUAD_IDS],
        values: {
          enduranceStimulus: 'endurance',
          enduranceStartTime: '08:00',
          strengthStimulus: 'strength',
          strengthStartTime: '17:00',
        },
        fix: { kind: 'swap-order', firstSessionId: 'w1-wed', secondSessionId: 'w1-mon' },
      },
    ]);
  });

  it('a plan that breaks none of the rules: strength 08:00, endurance 17:00', () => {
    expect(checkPlan(planContext({ plannedSessions: mondayOrder('17:00', '08:00') }))).toEqual([]);
  });

  it('the same start is not "before" (interference warns instead)', () => {
    const warnings = checkPlan(planContext({ plannedSessions: mondayOrder('08:00', '08:00') }));
    expect(orderWarnings(warnings)).toEqual([]);
    expect(warnings.map((warning) => [warning.rule, warning.severity])).toEqual([
      ['interference-gap', 'strong'],
    ]);
    // Also when the endurance session comes first in the day's list (its id sorts first).
    const runFirst = [
      ...replaceSession(plannedWeeks(), 'w1-wed', null),
      planned('a-run', TODAY, '17:00', 'endurance', 45, 5),
    ];
    expect(orderWarnings(checkPlan(planContext({ plannedSessions: runFirst })))).toEqual([]);
  });

  it('close and in the wrong order: both rules, the strong interference first', () => {
    const warnings = checkPlan(planContext({ plannedSessions: mondayOrder('08:00', '10:00') }));
    expect(warnings.map((warning) => [warning.rule, warning.severity])).toEqual([
      ['interference-gap', 'strong'],
      ['endurance-before-strength', 'warning'],
    ]);
  });

  it('HIIT counts as endurance by default; the stimulus lists come from the settings', () => {
    const hiitFirst = mondayOrder('08:00', '17:00', { stimulus: 'hiit' });
    expect(orderWarnings(checkPlan(planContext({ plannedSessions: hiitFirst })))).toMatchObject([
      { values: { enduranceStimulus: 'hiit' } },
    ]);
    const enduranceOnly = settingsWith({ interference: { enduranceStimuli: ['endurance'] } });
    const quiet = checkPlan(planContext({ plannedSessions: hiitFirst, settings: enduranceOnly }));
    expect(orderWarnings(quiet)).toEqual([]);
  });

  it('one warning per pair: two endurance sessions before one strength session', () => {
    const twoFirst = [...mondayOrder('08:00', '17:00'), planned('extra-hiit', TODAY, '12:00', 'hiit', 20, 5)];
    expect(orderWarnings(checkPlan(planContext({ plannedSessions: twoFirst }))).map((w) => w.id)).toEqual([
      'endurance-before-strength:extra-hiit:w1-mon',
      'endurance-before-strength:w1-wed:w1-mon',
    ]);
  });

  it('a session planned for some athletes warns only for those who have both', () => {
    const forTwo = mondayOrder('08:00', '17:00', { athleteIds: ['ann', 'cas'] });
    expect(orderWarnings(checkPlan(planContext({ plannedSessions: forTwo })))).toMatchObject([
      { athleteIds: ['ann', 'cas'] },
    ]);
  });

  it('past sessions alone never warn: a missed pair yesterday, or endurance already done this morning', () => {
    const yesterday = '2026-03-01';
    const missed = mondayOrder('08:00', '17:00').map((session) =>
      session.date === TODAY ? { ...session, date: yesterday } : session,
    );
    expect(orderWarnings(checkPlan(planContext({ plannedSessions: missed })))).toEqual([]);
    const doneThisMorning = [
      ...calmHistory(),
      { date: TODAY, startTime: '07:00', stimulus: 'endurance' as const, durationMin: 45, sessionRpe: 5 },
    ];
    const athletes = [planAthlete('ann', { sessions: doneThisMorning })];
    const plannedSessions = replaceSession(plannedWeeks(), 'w1-wed', { date: TODAY, startTime: '07:00' });
    // The endurance was done as planned: only the strength at 17:00 is still to come.
    expect(checkPlan(planContext({ athletes, plannedSessions }))).toEqual([]);
  });
});
