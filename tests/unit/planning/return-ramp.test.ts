import { describe, expect, it } from 'vitest';
import type { MetricsSession } from '@shared/metrics/inputs';
import { findReturnFromBreak } from '@shared/metrics/training-gaps';
import type { ReturnFromBreak } from '@shared/metrics/training-gaps';
import { PlannedSessionSchema } from '@shared/model/plan';
import type { PlannedSession } from '@shared/model/plan';
import { SettingsSchema, defaultSettings } from '@shared/model/settings';
import type { Settings } from '@shared/model/settings';
import type { PlanAthlete } from '@shared/planning/plan-context';
import { checkPlan } from '@shared/planning/rules';
import {
  DEFAULT_RETURN_STRENGTH_SHARE,
  generateReturnRamp,
  preBreakStrengthShare,
  returnRampTargets,
} from '@shared/planning/return-ramp';
import type { ReturnRamp, ReturnRampInput } from '@shared/planning/return-ramp';
import { addDays, toLocalMinute } from '@shared/time/local-date';

const settings = defaultSettings();
const RAMP_START = '2025-03-24';

/**
 * Four weeks before the break, 2,800 AU a week: strength Mon and Thu 60 min at RPE 7 (840 AU = 30 %),
 * other work Tue, Wed, Fri, Sat 70 min at RPE 7 (1,960 AU). Last session Sat 2025-03-01.
 */
function preBreakSessions(): MetricsSession[] {
  const sessions: MetricsSession[] = [];
  for (const monday of ['2025-02-03', '2025-02-10', '2025-02-17', '2025-02-24']) {
    const day = (offset: number, stimulus: MetricsSession['stimulus']): MetricsSession => ({
      date: addDays(monday, offset),
      startTime: offset === 0 || offset === 3 ? '08:00' : '17:00',
      stimulus,
      durationMin: stimulus === 'strength' ? 60 : 70,
      sessionRpe: 7,
    });
    sessions.push(day(0, 'strength'), day(1, 'skill'), day(2, 'endurance'), day(3, 'strength'));
    sessions.push(day(4, 'hiit'), day(5, 'match'));
  }
  return sessions;
}

function athlete(trainingAgeYears: number, sessions: MetricsSession[] = preBreakSessions()): PlanAthlete {
  return {
    athleteId: 'athlete-1',
    name: 'Sam',
    squadIds: ['squad-a', 'squad-b'],
    trainingAgeYears,
    sessions,
    wellness: [],
    availability: [],
  };
}

function breakOf(planAthlete: PlanAthlete, ruleSettings: Settings = settings): ReturnFromBreak {
  const found = findReturnFromBreak(planAthlete.sessions, [], RAMP_START, ruleSettings);
  if (found === null) throw new Error('expected a break');
  return found;
}

function ramp(overrides: Partial<ReturnRampInput> = {}, trainingAgeYears = 5): ReturnRamp {
  const planAthlete = overrides.athlete ?? athlete(trainingAgeYears);
  let next = 0;
  return generateReturnRamp({
    athlete: planAthlete,
    returnFromBreak: overrides.returnFromBreak ?? breakOf(planAthlete, overrides.settings ?? settings),
    startDate: RAMP_START,
    settings,
    language: 'en',
    newId: () => `ramp-${++next}`,
    ...overrides,
  });
}

function withReturnSettings(returnToTraining: Partial<Settings['returnToTraining']>): Settings {
  return SettingsSchema.parse({ returnToTraining });
}

const loadAu = (session: PlannedSession): number => session.targetRpe * session.durationMin;

function sessionsOfWeek(result: ReturnRamp, weekIndex: number): PlannedSession[] {
  const start = addDays(RAMP_START, (weekIndex - 1) * 7);
  const end = addDays(start, 6);
  return result.sessions.filter((session) => session.date >= start && session.date <= end);
}

describe('generateReturnRamp: the athlete before the break', () => {
  it('reads C = 2,800 AU a week and a 30 % strength share', () => {
    const result = ramp();
    expect(result.preBreakWeeklyLoadAu).toBeCloseTo(2800, 6);
    expect(result.strengthShare).toBeCloseTo(0.3, 9);
    expect(result.athleteId).toBe('athlete-1');
    expect(result.emptyReason).toBeNull();
  });

  it('counts only the 28 days before the break and the configured strength stimuli', () => {
    const sessions = preBreakSessions();
    // An old strength session outside the window changes nothing.
    const withOld = [
      ...sessions,
      { date: '2025-01-01', stimulus: 'strength' as const, durationMin: 600, sessionRpe: 10 },
    ];
    expect(preBreakStrengthShare(withOld, '2025-03-02', settings)).toBeCloseTo(0.3, 9);
    const matchIsStrength = SettingsSchema.parse({
      interference: { strengthStimuli: ['strength', 'match'] },
    });
    expect(preBreakStrengthShare(sessions, '2025-03-02', matchIsStrength)).toBeCloseTo(1330 / 2800, 9);
    expect(preBreakStrengthShare(sessions, '2025-01-15', settings)).toBeNull();
  });

  it(`falls back to a ${DEFAULT_RETURN_STRENGTH_SHARE * 100} % strength share without sessions in the window`, () => {
    const planAthlete = athlete(5, []);
    const returnFromBreak: ReturnFromBreak = {
      kind: 'availability',
      availabilityKind: 'injured',
      breakStartDate: '2025-03-02',
      breakEndDate: '2025-03-23',
      breakDays: 22,
      isOngoing: false,
      preBreakChronicWeeklyLoadAu: 1000,
      daysSinceReturn: 1,
    };
    const result = ramp({ athlete: planAthlete, returnFromBreak });
    expect(result.strengthShare).toBe(DEFAULT_RETURN_STRENGTH_SHARE);
    expect(result.weeks[0]?.strengthTargetAu).toBeCloseTo(150, 6);
    expect(result.weeks[0]?.otherTargetAu).toBeCloseTo(350, 6);
  });
});

describe('generateReturnRamp: weekly targets', () => {
  it('experienced: week 1 at 50 % of each part, then strength × 1.2 and other × 1.1, capped at the pre-break level', () => {
    const result = ramp({}, 5);
    expect([result.isExperienced, result.stepStrengthPercent, result.stepOtherPercent]).toEqual([
      true,
      20,
      10,
    ]);
    const strength = result.weeks.map((week) => week.strengthTargetAu);
    const other = result.weeks.map((week) => week.otherTargetAu);
    expect(strength[0]).toBeCloseTo(420, 6);
    expect(other[0]).toBeCloseTo(980, 6);
    expect(strength[1]).toBeCloseTo(504, 6);
    expect(other[1]).toBeCloseTo(1078, 6);
    expect(strength.slice(0, 5).map((value) => Math.round(value))).toEqual([420, 504, 605, 726, 840]);
    expect(strength.slice(4)).toEqual([840, 840, 840, 840].map(() => strength[4]));
    expect(other[7]).toBeCloseTo(980 * 1.1 ** 7, 6);
    expect(result.weeks).toHaveLength(8);
    for (const week of result.weeks) {
      expect(week.totalTargetAu).toBeCloseTo(week.strengthTargetAu + week.otherTargetAu, 9);
      expect(week.totalTargetAu).toBeLessThanOrEqual(2800 + 1e-9);
    }
  });

  it('novice: strength × 1.1 and other × 1.05 a week', () => {
    const result = ramp({}, 1);
    expect([result.isExperienced, result.stepStrengthPercent, result.stepOtherPercent]).toEqual([
      false,
      10,
      5,
    ]);
    expect(result.weeks[0]?.strengthTargetAu).toBeCloseTo(420, 6);
    expect(result.weeks[1]?.strengthTargetAu).toBeCloseTo(462, 6);
    expect(result.weeks[1]?.otherTargetAu).toBeCloseTo(1029, 6);
    expect(result.weeks).toHaveLength(8);
  });

  it('the training-age threshold decides experienced (≥ 2 years by default)', () => {
    expect(ramp({}, 2).isExperienced).toBe(true);
    expect(ramp({}, 1.9).isExperienced).toBe(false);
  });

  it('ends in the first week both parts reach their cap, else after maxWeeks', () => {
    const long = ramp({ maxWeeks: 20 }, 5);
    // Other work: 980 × 1.1^8 = 2,100.7 ≥ 1,960 in week 9.
    expect(long.weeks).toHaveLength(9);
    expect(long.weeks.at(-1)?.strengthTargetAu).toBeCloseTo(840, 6);
    expect(long.weeks.at(-1)?.otherTargetAu).toBeCloseTo(1960, 6);
    expect(ramp({ maxWeeks: 3 }, 5).weeks).toHaveLength(3);
  });

  it('respects the settings: first week at 40 %, other steps', () => {
    const custom = withReturnSettings({
      firstWeekPercentOfChronic: 40,
      weeklyStepStrengthPercentExperienced: 25,
    });
    const result = ramp({ settings: custom }, 5);
    expect(result.weeks[0]?.strengthTargetAu).toBeCloseTo(336, 6);
    expect(result.weeks[0]?.otherTargetAu).toBeCloseTo(784, 6);
    expect(result.weeks[1]?.strengthTargetAu).toBeCloseTo(420, 6);
    const experiencedAtFive = withReturnSettings({ experiencedTrainingAgeYears: 6 });
    expect(ramp({ settings: experiencedAtFive }, 5).isExperienced).toBe(false);
  });

  it('returnRampTargets reaches the cap exactly and stops once both parts are there', () => {
    expect(returnRampTargets(100, 200, 50, 100, 100, 8)).toEqual([
      { strengthAu: 50, otherAu: 100 },
      { strengthAu: 100, otherAu: 200 },
    ]);
    expect(returnRampTargets(100, 200, 150, 10, 10, 8)).toEqual([{ strengthAu: 100, otherAu: 200 }]);
    expect(returnRampTargets(100, 0, 50, 0, 0, 4)).toHaveLength(4);
  });
});

describe('generateReturnRamp: planned sessions', () => {
  const experienced = ramp({}, 5);
  const novice = ramp({}, 1);

  it.each([
    ['experienced', experienced],
    ['novice', novice],
  ])('%s: each week is planned within ±10 % of its target, never above the pre-break level', (_, result) => {
    for (const week of result.weeks) {
      const sessions = sessionsOfWeek(result, week.weekIndex);
      const planned = sessions.reduce((sum, session) => sum + loadAu(session), 0);
      expect(week.plannedLoadAu).toBeCloseTo(planned, 9);
      expect(Math.abs(planned - week.totalTargetAu) / week.totalTargetAu).toBeLessThanOrEqual(0.1);
      expect(planned).toBeLessThanOrEqual(result.preBreakWeeklyLoadAu);
      const strength = sessions.filter((session) => session.stimulus === 'strength');
      expect(strength.reduce((sum, session) => sum + loadAu(session), 0)).toBeLessThanOrEqual(840 + 1e-9);
      expect(strength.length).toBeGreaterThanOrEqual(1);
      expect(sessions.length - strength.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('plans at most one hard session (RPE ≥ 7) in week 1', () => {
    for (const result of [experienced, novice]) {
      const hard = sessionsOfWeek(result, 1).filter((session) => session.targetRpe >= 7);
      expect(hard.length).toBeLessThanOrEqual(1);
      expect(result.weeks[0]?.hardSessionCount).toBe(hard.length);
    }
    const noHard = ramp({ settings: withReturnSettings({ maxHardSessionsFirstWeek: 0 }) }, 5);
    expect(noHard.weeks[0]?.hardSessionCount).toBe(0);
    expect(sessionsOfWeek(noHard, 1).every((session) => session.targetRpe < 7)).toBe(true);
    const stricter = ramp({ settings: SettingsSchema.parse({ recovery: { hardSessionRpeMin: 6 } }) }, 5);
    expect(sessionsOfWeek(stricter, 1).filter((session) => session.targetRpe >= 6)).toHaveLength(1);
  });

  it('plans for that athlete alone, in the squad, without a block unless given', () => {
    for (const session of experienced.sessions) {
      expect(PlannedSessionSchema.safeParse(session).success).toBe(true);
      expect(session.athleteIds).toEqual(['athlete-1']);
      expect(session.squadId).toBe('squad-a');
      expect(session).not.toHaveProperty('blockId');
    }
    expect(new Set(experienced.sessions.map((session) => session.id)).size).toBe(experienced.sessions.length);
    const inBlock = ramp({ squadId: 'squad-b', blockId: 'block-9' });
    expect(
      inBlock.sessions.every((session) => session.squadId === 'squad-b' && session.blockId === 'block-9'),
    ).toBe(true);
  });

  it('keeps strength and endurance ≥ 6 h apart, strength first, durations 20–120 min in steps of 5', () => {
    const end = (session: PlannedSession): number =>
      toLocalMinute(session.date, session.startTime) + session.durationMin;
    for (const result of [experienced, novice]) {
      const strength = result.sessions.filter((session) => session.stimulus === 'strength');
      const endurance = result.sessions.filter((session) => session.stimulus === 'endurance');
      expect(strength.length + endurance.length).toBe(result.sessions.length);
      for (const s of strength) {
        for (const e of endurance) {
          const [earlier, later] =
            s.date < e.date || (s.date === e.date && s.startTime < e.startTime) ? [s, e] : [e, s];
          expect(toLocalMinute(later.date, later.startTime) - end(earlier)).toBeGreaterThanOrEqual(6 * 60);
          if (s.date === e.date) expect(s.startTime < e.startTime).toBe(true);
        }
      }
      for (const session of result.sessions) {
        expect(session.durationMin % 5).toBe(0);
        expect(session.durationMin).toBeGreaterThanOrEqual(20);
        expect(session.durationMin).toBeLessThanOrEqual(120);
      }
    }
  });

  it("passes the planner's interference, order and acute-phase rules", () => {
    // The weekly-ramp and projected-ratio rules compare with the break itself (chronic load decayed,
    // a zero week before week 1), so they are expected to speak in the first weeks of any return.
    for (const result of [experienced, novice]) {
      const warnings = checkPlan({
        today: RAMP_START,
        settings,
        athletes: [athlete(result.isExperienced ? 5 : 1)],
        blocks: [],
        plannedSessions: result.sessions,
      });
      const rules = new Set(['interference-gap', 'endurance-before-strength', 'hard-in-acute-phase']);
      expect(warnings.filter((warning) => rules.has(warning.rule)).map((warning) => warning.id)).toEqual([]);
    }
  });

  it('dates the weeks 7 days apart from the start date and titles them in the language', () => {
    expect(experienced.weeks.map((week) => week.startDate).slice(0, 3)).toEqual([
      '2025-03-24',
      '2025-03-31',
      '2025-04-07',
    ]);
    const first = sessionsOfWeek(experienced, 1);
    expect(first.map((session) => [session.date, session.startTime, session.title])).toEqual([
      ['2025-03-24', '08:00', 'Return: strength (week 1)'],
      ['2025-03-25', '17:00', 'Return: aerobic run (week 1)'],
      ['2025-03-27', '08:00', 'Return: strength (week 1)'],
      ['2025-03-28', '17:00', 'Return: aerobic run (week 1)'],
      ['2025-03-29', '17:00', 'Return: aerobic run (week 1)'],
    ]);
    const dutch = ramp({ language: 'nl' });
    expect(dutch.sessions[0]?.title).toBe('Terugkeer: kracht (week 1)');
    expect(dutch.sessions.map(({ id: _id, title: _t, description: _d, ...rest }) => rest)).toEqual(
      experienced.sessions.map(({ id: _id, title: _t, description: _d, ...rest }) => rest),
    );
  });
});

describe('generateReturnRamp: edge cases', () => {
  it('C = 0: an empty ramp with a reason (nothing before the break to return to)', () => {
    const planAthlete = athlete(5);
    const result = ramp({ returnFromBreak: { ...breakOf(planAthlete), preBreakChronicWeeklyLoadAu: 0 } });
    expect(result.emptyReason).toBe('no-pre-break-load');
    expect(result.weeks).toEqual([]);
    expect(result.sessions).toEqual([]);
    expect(result.preBreakWeeklyLoadAu).toBe(0);
  });

  it('a small pre-break load still gives sessions within the limits and never above the level', () => {
    const planAthlete = athlete(5);
    const result = ramp({ returnFromBreak: { ...breakOf(planAthlete), preBreakChronicWeeklyLoadAu: 300 } });
    expect(result.weeks.length).toBeGreaterThan(0);
    for (const week of result.weeks) {
      expect(week.plannedLoadAu).toBeLessThanOrEqual(300);
      const strength = sessionsOfWeek(result, week.weekIndex).filter(
        (session) => session.stimulus === 'strength',
      );
      expect(strength.reduce((sum, session) => sum + loadAu(session), 0)).toBeLessThanOrEqual(90 + 1e-9);
    }
    for (const session of result.sessions) expect(session.durationMin).toBeGreaterThanOrEqual(20);
  });

  it('needs a block or a squad for its sessions', () => {
    const loner = { ...athlete(5), squadIds: [] };
    expect(() => ramp({ athlete: loner })).toThrow();
    expect(ramp({ athlete: loner, blockId: 'b' }).sessions.length).toBeGreaterThan(0);
  });
});
