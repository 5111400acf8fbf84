import { describe, expect, it } from 'vitest';
import type { PlannedSession } from '@shared/model/plan';
import type { PlanWarning, PlanWarningFor } from '@shared/planning/plan-warnings';
import { checkPlan, maxOpposingLoadAu } from '@shared/planning/rules';
import { addDays } from '@shared/time/local-date';
import {
  block,
  planContext,
  planned,
  plannedWeeks,
  replaceSession,
  settingsWith,
  SQUAD_IDS,
  TODAY,
  warningsOf,
} from './plan-test-support';

const STRENGTH_BLOCK = block('b-strength', 'strength', TODAY, addDays(TODAY, 13));

/** Two calm weeks in the strength block (2,700 AU, 450 AU endurance) with both Tuesdays turned into HIIT. */
function dilutedWeeks(): PlannedSession[] {
  const weeks = plannedWeeks(TODAY, 2, undefined, { blockId: STRENGTH_BLOCK.id });
  const firstHiit = replaceSession(weeks, 'w1-tue', { stimulus: 'hiit' });
  return replaceSession(firstHiit, 'w2-tue', { stimulus: 'hiit' });
}

function focusWarnings(warnings: readonly PlanWarning[]): PlanWarningFor<'focus-diluted'>[] {
  return warningsOf(warnings, 'focus-diluted');
}

/** A small block: strength 70 min and HIIT `hiitMin` min, both at RPE 5, on different days. */
function smallBlock(focusBlock = STRENGTH_BLOCK, hiitMin = 30): PlannedSession[] {
  return [
    planned('s1', TODAY, '17:00', 'strength', 70, 5, { blockId: focusBlock.id }),
    planned('h1', addDays(TODAY, 2), '17:00', 'hiit', hiitMin, 5, { blockId: focusBlock.id }),
  ];
}

describe('focus-diluted: too much of the opposing stimulus in a strength or endurance block', () => {
  it('a strength block with 900 of 2,700 AU from endurance and HIIT (33 %): one warning, fix 771 AU', () => {
    const warnings = checkPlan(planContext({ blocks: [STRENGTH_BLOCK], plannedSessions: dilutedWeeks() }));
    expect(warnings).toEqual([
      {
        id: 'focus-diluted:b-strength',
        rule: 'focus-diluted',
        severity: 'warning',
        date: TODAY,
        sessionIds: ['w1-tue', 'w1-wed', 'w2-tue', 'w2-wed'],
        athleteIds: [...SQUAD_IDS],
        blockId: 'b-strength',
        values: {
          focus: 'strength',
          percent: (900 / 2700) * 100,
          opposingLoadAu: 900,
          totalLoadAu: 2700,
          focusDilutionPercent: 30,
        },
        // 0.3 × 1,800 / 0.7 = 771.4: at most 771 AU keeps the share at or below 30 %.
        fix: { kind: 'reduce-opposing-load', blockId: 'b-strength', maxOpposingLoadAu: 771 },
      },
    ]);
  });

  it('a plan that breaks none of the rules: the calm weeks in the strength block (17 % endurance)', () => {
    const calm = plannedWeeks(TODAY, 2, undefined, { blockId: STRENGTH_BLOCK.id });
    expect(checkPlan(planContext({ blocks: [STRENGTH_BLOCK], plannedSessions: calm }))).toEqual([]);
  });

  it.each([
    [30, 0],
    [31, 1],
  ])('exactly 30 %% is not a warning: HIIT %i min → %i warning(s)', (hiitMin, count) => {
    // 150 of 500 AU is exactly 30 %; 155 of 505 AU is 30.7 %.
    const context = planContext({
      blocks: [STRENGTH_BLOCK],
      plannedSessions: smallBlock(STRENGTH_BLOCK, hiitMin),
    });
    expect(focusWarnings(checkPlan(context))).toHaveLength(count);
  });

  it('takes focusDilutionPercent and the stimulus lists from the settings', () => {
    const stricter = settingsWith({ interference: { focusDilutionPercent: 20 } });
    const context = planContext({
      blocks: [STRENGTH_BLOCK],
      plannedSessions: smallBlock(),
      settings: stricter,
    });
    expect(focusWarnings(checkPlan(context))).toMatchObject([
      {
        values: { percent: 30, opposingLoadAu: 150, totalLoadAu: 500, focusDilutionPercent: 20 },
        fix: { maxOpposingLoadAu: 87 },
      },
    ]);
    const hiitNotEndurance = settingsWith({ interference: { enduranceStimuli: ['endurance'] } });
    const quiet = planContext({
      blocks: [STRENGTH_BLOCK],
      plannedSessions: dilutedWeeks(),
      settings: hiitNotEndurance,
    });
    expect(focusWarnings(checkPlan(quiet))).toEqual([]);
  });

  it('an endurance block is diluted by strength; other focuses are not checked', () => {
    const enduranceBlock = block('b-endurance', 'endurance', TODAY, addDays(TODAY, 6));
    const sessions = [
      planned('e1', TODAY, '17:00', 'endurance', 50, 5, { blockId: enduranceBlock.id }),
      planned('s1', addDays(TODAY, 2), '17:00', 'strength', 30, 5, { blockId: enduranceBlock.id }),
    ];
    expect(
      focusWarnings(checkPlan(planContext({ blocks: [enduranceBlock], plannedSessions: sessions }))),
    ).toMatchObject([{ id: 'focus-diluted:b-endurance', sessionIds: ['s1'], values: { percent: 37.5 } }]);
    const concurrent = { ...enduranceBlock, focus: 'concurrent' as const };
    expect(
      focusWarnings(checkPlan(planContext({ blocks: [concurrent], plannedSessions: sessions }))),
    ).toEqual([]);
  });

  it("counts each planned session once (not per athlete) and only the block's own sessions", () => {
    const otherBlock = block('b-other', 'strength', TODAY, addDays(TODAY, 6));
    const sessions = [
      ...smallBlock(STRENGTH_BLOCK, 40),
      planned('h-other', addDays(TODAY, 4), '17:00', 'hiit', 60, 5, { blockId: otherBlock.id }),
      planned('h-squad', addDays(TODAY, 5), '10:00', 'hiit', 60, 5),
    ];
    const warnings = focusWarnings(
      checkPlan(planContext({ blocks: [STRENGTH_BLOCK], plannedSessions: sessions })),
    );
    expect(warnings).toMatchObject([
      { athleteIds: [...SQUAD_IDS], values: { opposingLoadAu: 200, totalLoadAu: 550 } },
    ]);
  });

  it('names the athletes the block is planned for', () => {
    const forBob = smallBlock(STRENGTH_BLOCK, 40).map((session) => ({ ...session, athleteIds: ['bob'] }));
    const context = planContext({ blocks: [STRENGTH_BLOCK], plannedSessions: forBob });
    expect(focusWarnings(checkPlan(context))).toMatchObject([{ athleteIds: ['bob'] }]);
  });

  it('past sessions alone never warn; once a session is still to come, the whole block counts', () => {
    const pastBlock = block('b-past', 'strength', addDays(TODAY, -14), addDays(TODAY, 6));
    const past = [
      planned('s-past', addDays(TODAY, -7), '17:00', 'strength', 70, 5, { blockId: pastBlock.id }),
      planned('h-past', addDays(TODAY, -5), '17:00', 'hiit', 60, 5, { blockId: pastBlock.id }),
    ];
    expect(focusWarnings(checkPlan(planContext({ blocks: [pastBlock], plannedSessions: past })))).toEqual([]);
    const withUpcoming = [
      ...past,
      planned('s-next', TODAY, '17:00', 'strength', 20, 5, { blockId: pastBlock.id }),
    ];
    expect(
      focusWarnings(checkPlan(planContext({ blocks: [pastBlock], plannedSessions: withUpcoming }))),
    ).toMatchObject([{ date: pastBlock.startDate, values: { opposingLoadAu: 300, totalLoadAu: 750 } }]);
  });

  it('maxOpposingLoadAu: the largest opposing load that keeps the share at or below the limit', () => {
    expect(maxOpposingLoadAu(700, 30, 400)).toBe(300);
    expect(maxOpposingLoadAu(350, 20, 150)).toBe(87);
    expect(maxOpposingLoadAu(350, 0, 150)).toBe(0);
    expect(maxOpposingLoadAu(350, 100, 150)).toBe(150);
  });
});
