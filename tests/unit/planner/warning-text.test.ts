import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '@shared/model';
import { PLAN_RULES, type PlanWarning, type PlanWarningFor } from '@shared/planning/plan-warnings';
import { checkPlan } from '@shared/planning/rules';
import { initI18n } from '../../../src/renderer/src/i18n';
import { describePlanWarning } from '../../../src/renderer/src/features/planner/warning-text';
import {
  block,
  calmSquad,
  planContext,
  plannedWeeks,
  replaceSession,
  TODAY,
} from '../planning/plan-test-support';

const translators = {} as Record<Language, TFunction>;

beforeAll(async () => {
  const i18n = await initI18n('en');
  translators.en = i18n.getFixedT('en', 'planner');
  translators.nl = i18n.getFixedT('nl', 'planner');
});

const athletes = calmSquad();
const plan = plannedWeeks();
const sessionsById = new Map(plan.map((session) => [session.id, session]));
const lookups = {
  sessionsById,
  athletes,
  blocks: [block('Strength block', 'strength', TODAY, '2026-03-29')],
};

/** One warning per rule as the checks write them (values named as in src/shared/planning/rules). */
const HAND_MADE: {
  [R in Exclude<PlanWarning['rule'], 'interference-gap' | 'endurance-before-strength'>]: PlanWarningFor<R>;
} = {
  'focus-diluted': {
    id: 'focus-diluted:b',
    rule: 'focus-diluted',
    severity: 'warning',
    date: TODAY,
    sessionIds: ['w1-wed'],
    athleteIds: athletes.map((athlete) => athlete.athleteId),
    blockId: 'Strength block',
    values: {
      focus: 'strength',
      percent: 41.2,
      opposingLoadAu: 700,
      totalLoadAu: 1700,
      focusDilutionPercent: 30,
    },
    fix: { kind: 'reduce-opposing-load', blockId: 'Strength block', maxOpposingLoadAu: 428 },
  },
  'weekly-ramp': {
    id: 'weekly-ramp:2026-03-02',
    rule: 'weekly-ramp',
    severity: 'warning',
    date: TODAY,
    sessionIds: [],
    athleteIds: ['ann'],
    values: {
      percentAbove: 44.4,
      weekLoadAu: 1950,
      previousMeanAu: 1350,
      athleteId: 'ann',
      weeklyRampWarningPercent: 30,
    },
    fix: { kind: 'reduce-week-load', weekStart: TODAY, maxLoadAu: 1755, athleteId: 'ann' },
  },
  'hard-in-acute-phase': {
    id: 'hard-in-acute-phase:w1-tue',
    rule: 'hard-in-acute-phase',
    severity: 'warning',
    date: '2026-03-03',
    sessionIds: ['w1-tue'],
    athleteIds: ['cas'],
    values: {
      hoursSinceEnd: 23.25,
      acutePhaseHours: 36,
      earlierDate: TODAY,
      earlierStimulus: 'strength',
      earlierStartTime: '17:00',
    },
    fix: {
      kind: 'move-after-acute',
      sessionId: 'w1-tue',
      earliestDate: '2026-03-04',
      earliestTime: '05:45',
      maxRpe: 6,
      maxDurationMin: null,
    },
  },
  'projected-ratio': {
    id: 'projected-ratio:2026-03-09',
    rule: 'projected-ratio',
    severity: 'warning',
    date: '2026-03-10',
    sessionIds: [],
    athleteIds: ['ann', 'bob'],
    values: {
      peakRatio: 1.634,
      peakDate: '2026-03-12',
      peakAthleteId: 'bob',
      acuteAu: 420,
      chronicAu: 257,
      ratioDanger: 1.5,
    },
    fix: { kind: 'reduce-load-before', date: '2026-03-12', maxDailyLoadAu: 120, athleteId: 'bob' },
  },
  'projected-ratio-low': {
    id: 'projected-ratio-low:2026-03-09',
    rule: 'projected-ratio-low',
    severity: 'warning',
    date: '2026-03-10',
    sessionIds: [],
    athleteIds: ['ann'],
    values: {
      meanRatio: 0.712,
      athleteId: 'ann',
      weekLoadAu: 980,
      chronicWeekAu: 1771,
      ratioLow: 0.8,
    },
    fix: { kind: 'raise-week-load', weekStart: '2026-03-09', minLoadAu: 1310, athleteId: 'ann' },
  },
};

function realWarnings(): PlanWarning[] {
  // The Monday run moved to 11:00 after the 08:00 strength session, and Wednesday's run before a new strength session.
  const plannedSessions = [
    ...replaceSession(plan, 'w1-mon', { startTime: '08:00', durationMin: 60 }),
    { ...plan[0]!, id: 'run-11', startTime: '11:00', stimulus: 'endurance' as const, title: 'Aerobic run' },
    { ...plan[2]!, id: 'gym-19', startTime: '19:30', stimulus: 'strength' as const, title: 'Late gym' },
  ];
  return checkPlan(planContext({ plannedSessions }));
}

describe('plan warning texts', () => {
  const warnings = [...realWarnings(), ...Object.values(HAND_MADE)];

  it('has a real warning or a hand-made one for every rule', () => {
    expect(new Set(warnings.map((warning) => warning.rule))).toEqual(new Set(PLAN_RULES));
  });

  it.each(['en', 'nl'] as const)(
    'writes every warning in full in %s (no placeholders, no NaN)',
    (language) => {
      for (const warning of warnings) {
        const text = describePlanWarning(warning, lookups, translators[language], language);
        for (const part of [text.title, text.detail, text.fix, text.athletes]) {
          expect(part, `${warning.rule}: ${part}`).not.toMatch(/\{\{|undefined|NaN|planner:/);
          expect(part.length).toBeGreaterThan(5);
        }
      }
    },
  );

  it('names the gap, the sessions and the concrete time of the interference fix', () => {
    const warning = realWarnings().find((candidate) => candidate.rule === 'interference-gap');
    if (!warning) throw new Error('expected an interference warning');
    const text = describePlanWarning(
      warning,
      {
        ...lookups,
        sessionsById: new Map([
          ...sessionsById,
          [
            'run-11',
            { ...plan[0]!, id: 'run-11', startTime: '11:00', stimulus: 'endurance', title: 'Aerobic run' },
          ],
        ]),
      },
      translators.en,
      'en',
    );
    expect(text.title).toBe('Strength and Endurance only 2 h apart (at least 6 h)');
    expect(text.fix).toBe('Move “Aerobic run” to 15:00 or later (Mon 2 Mar 2026), or to another day.');
    expect(text.athletes).toBe('Applies to the whole squad (3 athletes).');
  });

  it('writes numbers in the coach’s language', () => {
    const en = describePlanWarning(HAND_MADE['projected-ratio'], lookups, translators.en, 'en');
    const nl = describePlanWarning(HAND_MADE['projected-ratio'], lookups, translators.nl, 'nl');
    expect(en.title).toContain('1.63');
    expect(nl.title).toContain('1,63');
    expect(en.detail).toContain('bob');
    expect(describePlanWarning(HAND_MADE['focus-diluted'], lookups, translators.en, 'en').title).toBe(
      'Block “Strength block” (Strength): 41 % of its planned load is endurance or HIIT (limit 30 %)',
    );
  });
});
