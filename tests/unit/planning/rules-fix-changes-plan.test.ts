import { describe, expect, it } from 'vitest';
import type { PlannedSession } from '@shared/model/plan';
import type { PlanContext } from '@shared/planning/plan-context';
import { plannedLoadAu } from '@shared/planning/plan-context';
import { PLAN_RULES, type PlanWarning } from '@shared/planning/plan-warnings';
import { projectPlan } from '@shared/planning/projection';
import { checkPlan } from '@shared/planning/rules';
import { sumProjectedLoadAu } from '@shared/planning/rules/rule-input';
import { addDays, toDayNumber } from '@shared/time/local-date';
import { block, planContext, planned, plannedWeeks, replaceSession, TODAY } from './plan-test-support';

/**
 * Every suggested fix changes the plan: a session moved later than it is, an RPE below its own, a
 * duration shorter than its own, a load limit below the load planned, a load to reach above it.
 * One plan per rule (as in the rule's own tests), each breaking it.
 */

const calm = plannedWeeks();

function plans(): PlanContext[] {
  const hardPair = (tuesday: Partial<PlannedSession>) =>
    replaceSession(
      replaceSession(calm, 'w1-mon', { startTime: '17:00', durationMin: 30, targetRpe: 8 }),
      'w1-tue',
      { startTime: '16:30', durationMin: 30, targetRpe: 8, ...tuesday },
    );
  const weekTwo = calm.filter((session) => session.id.startsWith('w2-'));
  return [
    // Interference and order: a run 2 h after Monday's strength, a late gym after Wednesday's run.
    planContext({
      plannedSessions: [
        ...replaceSession(calm, 'w1-mon', { startTime: '08:00', durationMin: 60 }),
        planned('run-11', TODAY, '11:00', 'endurance', 45, 5),
        planned('gym-19', addDays(TODAY, 2), '19:30', 'strength', 45, 5),
      ],
    }),
    // Focus: a strength block with two endurance sessions of six each week.
    planContext({
      blocks: [block('b1', 'strength', TODAY, addDays(TODAY, 13))],
      plannedSessions: plannedWeeks(TODAY, 2, undefined, { blockId: 'b1' }).map((session) =>
        session.id.endsWith('-tue') ? { ...session, stimulus: 'endurance' as const } : session,
      ),
    }),
    // Ramp: a 150-minute Tuesday.
    planContext({ plannedSessions: replaceSession(calm, 'w1-tue', { durationMin: 150 }) }),
    // Hard in the acute phase: by RPE, and by load at RPE 5 (90 min).
    planContext({ plannedSessions: hardPair({}) }),
    planContext({ plannedSessions: hardPair({ targetRpe: 5, durationMin: 90 }) }),
    planContext({ plannedSessions: hardPair({ targetRpe: 6.5, durationMin: 60 }) }),
    // Ratio high: a rest week ending in a 1,350 AU Saturday.
    planContext({
      plannedSessions: [planned('big-sat', addDays(TODAY, 5), '10:00', 'match', 150, 9), ...weekTwo],
    }),
    // Ratio low: week 1 at half its load.
    planContext({
      plannedSessions: calm.map((session) =>
        session.id.startsWith('w1-') ? { ...session, durationMin: session.durationMin / 2 } : session,
      ),
    }),
  ];
}

function sessionOf(context: PlanContext, id: string): PlannedSession {
  const session = context.plannedSessions.find((candidate) => candidate.id === id);
  if (!session) throw new Error(`No planned session ${id}`);
  return session;
}

const moment = (date: string, time: string) => `${date} ${time}`;

/** Why the fix would leave the plan as it is, or null when it changes it. */
function unchangedBy(warning: PlanWarning, context: PlanContext): string | null {
  const projections = projectPlan(context, addDays(TODAY, 60));
  const projected = (athleteId: string) => {
    const projection = projections.get(athleteId);
    if (!projection) throw new Error(`No projection of ${athleteId}`);
    return projection;
  };
  const { fix } = warning;
  switch (fix.kind) {
    case 'move-later': {
      const session = sessionOf(context, fix.sessionId);
      return moment(fix.date, fix.earliestTime) > moment(session.date, session.startTime)
        ? null
        : 'moves it no later';
    }
    case 'swap-order': {
      const first = sessionOf(context, fix.firstSessionId);
      const second = sessionOf(context, fix.secondSessionId);
      return first.id !== second.id && first.startTime < second.startTime ? null : 'swaps nothing';
    }
    case 'reduce-opposing-load': {
      const opposing = context.plannedSessions
        .filter((session) => session.blockId === fix.blockId && session.stimulus === 'endurance')
        .reduce((sum, session) => sum + plannedLoadAu(session), 0);
      return fix.maxOpposingLoadAu < opposing ? null : 'allows the opposing load planned';
    }
    case 'reduce-week-load': {
      const weekLoadAu = sumProjectedLoadAu(projected(fix.athleteId), toDayNumber(fix.weekStart), 7);
      return fix.maxLoadAu < weekLoadAu ? null : 'allows the week load planned';
    }
    case 'move-after-acute': {
      const session = sessionOf(context, fix.sessionId);
      if (moment(fix.earliestDate, fix.earliestTime) <= moment(session.date, session.startTime))
        return 'moves it no later';
      if (fix.maxRpe !== null && fix.maxRpe >= session.targetRpe) return `RPE ${fix.maxRpe} is no lower`;
      if (fix.maxDurationMin !== null && fix.maxDurationMin >= session.durationMin)
        return `${fix.maxDurationMin} min is no shorter`;
      return null;
    }
    case 'reduce-load-before': {
      const projection = projected(fix.athleteId);
      const dayLoadAu = sumProjectedLoadAu(projection, toDayNumber(fix.date), 1);
      const beforeAu = sumProjectedLoadAu(projection, toDayNumber(fix.date) - 7, 7);
      return fix.maxDailyLoadAu < dayLoadAu || (fix.maxDailyLoadAu === 0 && beforeAu > 0)
        ? null
        : 'allows the load planned';
    }
    case 'raise-week-load': {
      const weekLoadAu = sumProjectedLoadAu(projected(fix.athleteId), toDayNumber(fix.weekStart), 7);
      return fix.minLoadAu > weekLoadAu ? null : 'asks for no more than planned';
    }
  }
}

describe('every rule’s fix changes the plan', () => {
  const found = plans().flatMap((context) => checkPlan(context).map((warning) => ({ warning, context })));

  it('the plans break every rule', () => {
    expect(new Set(found.map(({ warning }) => warning.rule))).toEqual(new Set(PLAN_RULES));
  });

  it.each(PLAN_RULES)('%s: the fix differs from the current plan', (rule) => {
    const ofRule = found.filter(({ warning }) => warning.rule === rule);
    expect(ofRule.length).toBeGreaterThan(0);
    for (const { warning, context } of ofRule)
      expect(unchangedBy(warning, context), `${warning.id}: ${JSON.stringify(warning.fix)}`).toBeNull();
  });
});
