import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@shared/model/settings';
import type { PlanWarning, PlanWarningFor } from '@shared/planning/plan-warnings';
import { checkPlan, extraDailyLoadForMeanRatio, maxDailyLoadForRatio } from '@shared/planning/rules';
import { addDays } from '@shared/time/local-date';
import {
  calmHistory,
  CALM_WEEK,
  planAthlete,
  planContext,
  planned,
  plannedWeeks,
  settingsWith,
  SQUAD_IDS,
  TODAY,
  warningsOf,
} from './plan-test-support';

const SATURDAY = addDays(TODAY, 5);
const LAMBDA_ACUTE = 2 / 8;
const LAMBDA_CHRONIC = 2 / 29;

/** Week 1 without sessions but one on Saturday of `loadAu` AU (150 min), then the calm week 2. */
function saturdayOnly(loadAu: number) {
  const weekTwo = plannedWeeks(TODAY, 2).filter((session) => session.id.startsWith('w2-'));
  return [planned('big-sat', SATURDAY, '10:00', 'match', 150, loadAu / 150), ...weekTwo];
}

/** EWMA acute and chronic (Williams 2017, from 0) after the calm history and week 1 up to `loads`. */
function ewmaAfter(loads: readonly number[]): { acuteAu: number; chronicAu: number } {
  const calmDays = Array.from({ length: 8 }, () => [
    ...CALM_WEEK.map((day) => day.durationMin * day.rpe),
    0,
  ]).flat();
  let acuteAu = 0;
  let chronicAu = 0;
  for (const loadAu of [...calmDays, ...loads]) {
    acuteAu = LAMBDA_ACUTE * loadAu + (1 - LAMBDA_ACUTE) * acuteAu;
    chronicAu = LAMBDA_CHRONIC * loadAu + (1 - LAMBDA_CHRONIC) * chronicAu;
  }
  return { acuteAu, chronicAu };
}

function ratioWarnings(warnings: readonly PlanWarning[]): PlanWarningFor<'projected-ratio'>[] {
  return warningsOf(warnings, 'projected-ratio');
}

describe('projected-ratio: the projected EWMA ratio at or above ratioDanger', () => {
  it('a rest week ending in a 1,350 AU Saturday: one warning for the squad at the peak, with the load that would not', () => {
    const warnings = ratioWarnings(checkPlan(planContext({ plannedSessions: saturdayOnly(1350) })));
    const peak = ewmaAfter([0, 0, 0, 0, 0, 1350]);
    const friday = ewmaAfter([0, 0, 0, 0, 0]);
    const maxDailyLoadAu = maxDailyLoadForRatio(friday.acuteAu, friday.chronicAu, defaultSettings().load);
    expect(warnings).toEqual([
      {
        id: `projected-ratio:${TODAY}`,
        rule: 'projected-ratio',
        severity: 'warning',
        date: SATURDAY,
        sessionIds: ['big-sat'],
        athleteIds: [...SQUAD_IDS],
        values: {
          peakRatio: expect.closeTo(peak.acuteAu / peak.chronicAu, 10) as number,
          peakDate: SATURDAY,
          peakAthleteId: 'ann',
          acuteAu: expect.closeTo(peak.acuteAu, 8) as number,
          chronicAu: expect.closeTo(peak.chronicAu, 8) as number,
          ratioDanger: 1.5,
        },
        fix: { kind: 'reduce-load-before', date: SATURDAY, maxDailyLoadAu, athleteId: 'ann' },
      },
    ]);
    expect(peak.acuteAu / peak.chronicAu).toBeCloseTo(1.728, 3);
    // The fix is the largest whole load that keeps Saturday below 1.5.
    const ratioWith = (loadAu: number) => {
      const day = ewmaAfter([0, 0, 0, 0, 0, loadAu]);
      return day.acuteAu / day.chronicAu;
    };
    expect(ratioWith(maxDailyLoadAu)).toBeLessThan(1.5);
    expect(ratioWith(maxDailyLoadAu + 1)).toBeGreaterThanOrEqual(1.5);
  });

  it('a plan that breaks none of the rules: the Saturday at the load the fix proposes', () => {
    const [warning] = ratioWarnings(checkPlan(planContext({ plannedSessions: saturdayOnly(1350) })));
    const fixed = warning?.fix.kind === 'reduce-load-before' ? warning.fix.maxDailyLoadAu : 0;
    expect(fixed).toBeGreaterThan(800);
    // The rest week is still below the planning band on average: that is the other rule's warning.
    expect(checkPlan(planContext({ plannedSessions: saturdayOnly(fixed) })).map((found) => found.id)).toEqual(
      [`projected-ratio-low:${TODAY}`],
    );
    expect(ratioWarnings(checkPlan(planContext({ plannedSessions: saturdayOnly(fixed + 2) })))).toHaveLength(
      1,
    );
  });

  it('takes ratioDanger from the settings: one warning per ISO week, the first day in danger as its date', () => {
    const higher = settingsWith({ load: { ratioDanger: 1.8 } });
    expect(
      ratioWarnings(checkPlan(planContext({ plannedSessions: saturdayOnly(1350), settings: higher }))),
    ).toEqual([]);
    const lower = settingsWith({ load: { ratioDanger: 1.3 } });
    const warnings = ratioWarnings(
      checkPlan(planContext({ plannedSessions: saturdayOnly(1350), settings: lower })),
    );
    expect(warnings.map((warning) => [warning.id, warning.date, warning.values.peakDate])).toEqual([
      [`projected-ratio:${TODAY}`, SATURDAY, SATURDAY],
      [`projected-ratio:${addDays(TODAY, 7)}`, addDays(TODAY, 7), addDays(TODAY, 7)],
    ]);
    expect(warnings[1]?.sessionIds).toEqual(['w2-mon']);
  });

  it('needs minHistoryDays of history: an athlete with two weeks of sessions is not judged, unless the settings say 14', () => {
    const athletes = [planAthlete('new', { sessions: calmHistory(TODAY, 2) })];
    expect(ratioWarnings(checkPlan(planContext({ athletes, plannedSessions: saturdayOnly(1350) })))).toEqual(
      [],
    );
    const shorter = settingsWith({ load: { minHistoryDays: 14 } });
    const context = planContext({ athletes, plannedSessions: saturdayOnly(1350), settings: shorter });
    // Against a young chronic load the calm week 2 is high too.
    expect(ratioWarnings(checkPlan(context))).toMatchObject([
      { athleteIds: ['new'], values: { peakDate: SATURDAY } },
      { athleteIds: ['new'], date: addDays(TODAY, 7) },
    ]);
  });

  it('names the athlete with the highest peak and groups the others in the same warning', () => {
    const lighter = CALM_WEEK.map((day) => ({ ...day, rpe: 4 }));
    const athletes = [planAthlete('ann'), planAthlete('lia', { sessions: calmHistory(TODAY, 8, lighter) })];
    const [warning] = ratioWarnings(
      checkPlan(planContext({ athletes, plannedSessions: saturdayOnly(1350) })),
    );
    expect(warning).toMatchObject({
      athleteIds: ['ann', 'lia'],
      values: { peakAthleteId: 'lia' },
      fix: { athleteId: 'lia' },
    });
  });

  it('past sessions alone never warn: a logged spike yesterday without a plan', () => {
    const spike = [
      ...calmHistory(),
      {
        date: addDays(TODAY, -1),
        startTime: '10:00',
        stimulus: 'match' as const,
        durationMin: 150,
        sessionRpe: 9,
      },
    ];
    const athletes = [planAthlete('ann', { sessions: spike })];
    expect(checkPlan(planContext({ athletes, plannedSessions: [] }))).toEqual([]);
  });

  it('maxDailyLoadForRatio solves the EWMA update and is 0 when no load would do', () => {
    const load = defaultSettings().load;
    // a = c = 100: (0.25 L + 75) / (2/29 L + 2700/29) < 1.5 ⇔ 0.1466 L < 64.66 ⇔ L < 441.2
    expect(maxDailyLoadForRatio(100, 100, load)).toBe(441);
    expect(maxDailyLoadForRatio(300, 100, load)).toBe(0);
    expect(maxDailyLoadForRatio(0, 0, load)).toBe(0);
  });
});

function lowWarnings(warnings: readonly PlanWarning[]): PlanWarningFor<'projected-ratio-low'>[] {
  return warningsOf(warnings, 'projected-ratio-low');
}

/** The calm plan with every session of week 1 at `share` of its duration (the same RPE). */
function lighterWeekOne(share: number) {
  return plannedWeeks(TODAY, 2).map((session) =>
    session.id.startsWith('w1-') ? { ...session, durationMin: session.durationMin * share } : session,
  );
}

describe('projected-ratio-low: a week whose mean projected ratio is below ratioLow', () => {
  it('a week at half the usual load: one warning for the squad, with the week load that brings it back', () => {
    const warnings = lowWarnings(checkPlan(planContext({ plannedSessions: lighterWeekOne(0.5) })));
    expect(warnings).toMatchObject([
      {
        id: `projected-ratio-low:${TODAY}`,
        rule: 'projected-ratio-low',
        date: TODAY,
        athleteIds: [...SQUAD_IDS],
        values: { weekLoadAu: 675, ratioLow: 0.8 },
        fix: { kind: 'raise-week-load', weekStart: TODAY },
      },
    ]);
    const [warning] = warnings;
    if (!warning) throw new Error('expected a warning');
    expect(warning.values.meanRatio).toBeLessThan(0.8);
    // The calm history: 1,350 AU a week, so the chronic load is about that.
    expect(warning.values.chronicWeekAu).toBeGreaterThan(1250);
    expect(warning.values.chronicWeekAu).toBeLessThan(1400);
    // The fix asks for more than the week holds, and that much (spread over the week) is enough.
    expect(warning.fix.minLoadAu).toBeGreaterThan(675);
    const share = warning.fix.minLoadAu / 1350;
    expect(lowWarnings(checkPlan(planContext({ plannedSessions: lighterWeekOne(share) })))).toEqual([]);
  });

  it('a normal week with its rest days is not low (the mean of the week, not its lowest day)', () => {
    expect(lowWarnings(checkPlan(planContext({})))).toEqual([]);
    expect(lowWarnings(checkPlan(planContext({ plannedSessions: lighterWeekOne(0.8) })))).toEqual([]);
  });

  it('takes ratioLow from the settings and stops at the last planned session', () => {
    const lower = settingsWith({ load: { ratioLow: 0.5 } });
    expect(
      lowWarnings(checkPlan(planContext({ plannedSessions: lighterWeekOne(0.5), settings: lower }))),
    ).toEqual([]);
    // Only Monday of week 1 planned: the days after it are not judged.
    const mondayOnly = plannedWeeks(TODAY, 1).filter((session) => session.id === 'w1-mon');
    expect(lowWarnings(checkPlan(planContext({ plannedSessions: mondayOnly })))).toEqual([]);
  });

  it('extraDailyLoadForMeanRatio: the smallest whole extra load that reaches ratioLow', () => {
    const settings = defaultSettings().load;
    const before = ewmaAfter([]);
    const loads = [120, 120, 120, 120, 120, 120, 0];
    const extra = extraDailyLoadForMeanRatio(loads, before, settings);
    const meanWith = (add: number) => {
      let { acuteAu, chronicAu } = before;
      let sum = 0;
      for (const loadAu of loads) {
        acuteAu = LAMBDA_ACUTE * (loadAu + add) + (1 - LAMBDA_ACUTE) * acuteAu;
        chronicAu = LAMBDA_CHRONIC * (loadAu + add) + (1 - LAMBDA_CHRONIC) * chronicAu;
        sum += acuteAu / chronicAu;
      }
      return sum / loads.length;
    };
    expect(extra).toBeGreaterThan(0);
    expect(meanWith(extra)).toBeGreaterThanOrEqual(0.8);
    expect(meanWith(extra - 1)).toBeLessThan(0.8);
    expect(extraDailyLoadForMeanRatio([225, 225, 225], before, settings)).toBe(0);
  });
});
