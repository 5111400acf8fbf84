import { steadyTraining } from './training-fixtures';
import { describe, expect, it } from 'vitest';
import { computeAthleteMetrics } from '@shared/metrics/athlete-metrics';
import type { AthleteMetricsInput, MetricsCheckin, MetricsSession } from '@shared/metrics/inputs';
import { assessReadiness } from '@shared/metrics/readiness';
import type { Readiness } from '@shared/metrics/readiness-types';
import { defaultSettings } from '@shared/model/settings';
import { addDays, toLocalMinute } from '@shared/time/local-date';

const SETTINGS = defaultSettings();

function athlete(overrides: Partial<AthleteMetricsInput>): AthleteMetricsInput {
  return { athleteId: 'a', trainingAgeYears: 4, sessions: [], wellness: [], availability: [], ...overrides };
}

function readinessOn(input: AthleteMetricsInput, date: string, atTime?: string): Readiness {
  return assessReadiness(computeAthleteMetrics(input, date, SETTINGS), input, date, atTime);
}

const ruleIds = (readiness: Readiness): string[] => readiness.reasons.map((reason) => reason.ruleId);

const HARD_SESSION: MetricsSession = {
  date: '2026-03-09',
  startTime: '17:00',
  durationMin: 60,
  sessionRpe: 8,
  stimulus: 'strength',
};

describe('readiness (SCIENCE.md, "Readiness for hard training today"), worked by hand', () => {
  it('an athlete with no wellness at all: no crash, load-only reasons, green when the load is steady', () => {
    // 40 days of 300 AU: EWMA acute ≈ 300 (1 − 0.75⁴⁰) ≈ 300, chronic = 300 (1 − (27/29)⁴⁰) ≈ 282.7,
    // ratio ≈ 1.061 (inside 0.8–1.3); monotony undefined (SD 0); RPE 5 and load = mean: no hard session.
    const readiness = readinessOn(athlete({ sessions: steadyTraining('2026-03-10', 40) }), '2026-03-10');
    expect(readiness.status).toBe('green');
    expect(ruleIds(readiness)).toEqual(['no-checkin-today']);
    expect(readiness.recoveryByClass.strength.phase).toBeNull();
    expect(readiness.recoveryByClass.endurance.phase).toBeNull();
    expect(readiness.readyFor).toEqual({
      strength: { recoveryClass: 'strength', phase: null, status: 'green', hardFromMinute: null },
      endurance: { recoveryClass: 'endurance', phase: null, status: 'green', hardFromMinute: null },
    });
  });

  it('insufficient history is said, and a high ratio then is not held against the athlete', () => {
    // Day 1: EWMA ratio = 0.25 / (2/29) = 3.625, but the chronic window is 1 day of 28.
    const readiness = readinessOn(athlete({ sessions: steadyTraining('2026-03-10', 1) }), '2026-03-10');
    expect(readiness.reasons.find((reason) => reason.ruleId === 'insufficient-history')).toMatchObject({
      severity: 'info',
      value: 1,
      threshold: 28,
    });
    expect(ruleIds(readiness)).not.toContain('acwr-danger');
  });

  it('an EWMA ratio ≥ 1.5 with a complete chronic window is an amber load spike, with acute and chronic beside it', () => {
    // 28 days of 300 AU, then 3 days of 1,200 AU (RPE 6 × 200 min: not hard by RPE; 1,200 ≥ 1.5 × mean → hard by load,
    // so look at the ratio reason alone).
    const spike = ['2026-03-29', '2026-03-30', '2026-03-31'].map((date) => ({
      date,
      startTime: '06:00',
      durationMin: 200,
      sessionRpe: 6,
      stimulus: 'endurance' as const,
    }));
    const readiness = readinessOn(
      athlete({ sessions: [...steadyTraining('2026-03-28', 28), ...spike] }),
      '2026-03-31',
    );
    const ratio = readiness.reasons.find((reason) => reason.ruleId === 'acwr-danger');
    expect(ratio?.severity).toBe('amber');
    expect(ratio?.threshold).toBe(1.5);
    expect(ratio?.value).toBeGreaterThanOrEqual(1.5);
    expect(ratio?.params).toMatchObject({ variant: 'ewma' });
    expect(ratio?.params.acuteAu).toBeGreaterThan(Number(ratio?.params.chronicAu));
    // One source (load) alone: amber, not combined into red.
    expect(readiness.status).toBe('amber');
    expect(ruleIds(readiness)).not.toContain('combined-signals');
  });

  it('acute phase of the strength class after a hard strength session: a note and "not ready for strength", the status stays green', () => {
    // Ends 9 Mar 18:00; at 08:00 on 10 Mar that is 14 h: acute until 10 Mar 18:00 (24 h), adaptation
    // from 12 Mar 18:00 (72 h). The endurance class has no hard session.
    const readiness = readinessOn(athlete({ sessions: [HARD_SESSION] }), '2026-03-10');
    expect(readiness.status).toBe('green');
    expect(readiness.readyFor).toEqual({
      strength: {
        recoveryClass: 'strength',
        phase: 'acute',
        status: 'red',
        hardFromMinute: toLocalMinute('2026-03-12', '18:00'),
      },
      endurance: { recoveryClass: 'endurance', phase: null, status: 'green', hardFromMinute: null },
    });
    expect(readiness.reasons.filter((reason) => reason.ruleId.startsWith('recovery-'))).toHaveLength(1);
    expect(readiness.reasons.find((reason) => reason.ruleId === 'recovery-acute')).toMatchObject({
      severity: 'info',
      value: 14,
      threshold: 24,
      params: {
        recoveryClass: 'strength',
        stimulus: 'strength',
        nextPhaseDate: '2026-03-10',
        nextPhaseTime: '18:00',
        adaptationDate: '2026-03-12',
        adaptationTime: '18:00',
        sessionEndTime: '18:00',
      },
    });
  });

  it('an athlete aged 52 recovers 1.5 × longer than a teammate of 30 after the same session', () => {
    // At 08:00 on 13 Mar, 86 h after the end: the 30-year-old is past 72 h (adaptation), the 52-year-old
    // is before 72 × 1.5 = 108 h (regeneration, adaptation from 14 Mar 06:00 = 18:00 + 108 h).
    // A light recovery session on 12 Mar keeps them out of grey (no data in 3 days) and loads no class.
    const sessions: MetricsSession[] = [
      HARD_SESSION,
      { date: '2026-03-12', startTime: '10:00', durationMin: 30, sessionRpe: 3, stimulus: 'recovery' },
    ];
    const young = readinessOn(athlete({ birthDate: '1996-01-10', sessions }), '2026-03-13');
    const older = readinessOn(athlete({ birthDate: '1974-01-10', sessions }), '2026-03-13');
    expect(young.recoveryByClass.strength.phase).toBe('adaptation');
    expect(young.readyFor?.strength).toMatchObject({ status: 'green', hardFromMinute: null });
    expect(older.recoveryByClass.strength.phase).toBe('regeneration');
    expect(older.readyFor?.strength).toMatchObject({
      phase: 'regeneration',
      status: 'amber',
      hardFromMinute: toLocalMinute('2026-03-14', '06:00'),
    });
    expect(older.status).toBe('green');
    expect(older.reasons.find((reason) => reason.ruleId === 'recovery-regeneration')).toMatchObject({
      severity: 'info',
      value: 86,
      threshold: 108,
      params: {
        recoveryClass: 'strength',
        nextPhaseDate: '2026-03-14',
        nextPhaseTime: '06:00',
        ageFactor: 1.5,
      },
    });
  });

  it('a session at 23:30 on the night the clocks go forward: phases on the wall clock', () => {
    // 28 Mar 23:30 + 60 min ends 29 Mar 00:30 (the DST night in Europe). The load counts on 28 Mar.
    // At 08:00 on 30 Mar: 31.5 h → regeneration, adaptation from 1 Apr 00:30 (72 h on the wall clock).
    const late: MetricsSession = {
      date: '2026-03-28',
      startTime: '23:30',
      durationMin: 60,
      sessionRpe: 8,
      stimulus: 'hiit',
    };
    const input = athlete({ sessions: [late] });
    const metrics = computeAthleteMetrics(input, '2026-03-30', SETTINGS);
    expect(Array.from(metrics.daily.dailyLoadAu)).toEqual([480, 0, 0]); // 8 × 60 on 28 Mar; 29 and 30 Mar exist once each
    // hiit loads the endurance class only.
    const onSunday = readinessOn(input, '2026-03-29');
    expect(onSunday.recoveryByClass.endurance.phase).toBe('acute'); // 7.5 h
    expect(onSunday.recoveryByClass.strength.phase).toBeNull();
    const readiness = readinessOn(input, '2026-03-30');
    expect(readiness.reasons.find((reason) => reason.ruleId === 'recovery-regeneration')).toMatchObject({
      value: 31.5,
      params: {
        recoveryClass: 'endurance',
        sessionEndDate: '2026-03-29',
        sessionEndTime: '00:30',
        nextPhaseDate: '2026-04-01',
        nextPhaseTime: '00:30',
      },
    });
  });

  it('the October clock change neither adds nor drops a day', () => {
    const sessions: MetricsSession[] = ['2026-10-24', '2026-10-25', '2026-10-26'].map((date) => ({
      date,
      startTime: '10:00',
      durationMin: 50,
      sessionRpe: 4,
      stimulus: 'skill',
    }));
    const metrics = computeAthleteMetrics(athlete({ sessions }), '2026-10-26', SETTINGS);
    expect(metrics.axis.length).toBe(3);
    expect(Array.from(metrics.daily.dailyLoadAu)).toEqual([200, 200, 200]);
    expect(metrics.load.acuteMeanAu[2]).toBeCloseTo(600 / 7, 12);
  });

  it('grey without a check-in or session in the last 3 days; an injury stays red', () => {
    const sessions = steadyTraining('2026-03-10', 40);
    expect(readinessOn(athlete({ sessions }), '2026-03-12').status).not.toBe('grey'); // 2 days since
    const grey = readinessOn(athlete({ sessions }), '2026-03-13'); // 3 days since
    expect(grey.status).toBe('grey');
    expect(grey.reasons[0]).toMatchObject({ ruleId: 'no-recent-data', value: 3, threshold: 3 });
    const injured = athlete({ sessions, availability: [{ kind: 'injured', startDate: '2026-03-11' }] });
    const red = readinessOn(injured, '2026-03-13');
    expect(red.status).toBe('red');
    expect(red.reasons[0]).toMatchObject({
      ruleId: 'availability',
      params: { kind: 'injured', startDate: '2026-03-11' },
    });
    const modified = athlete({ sessions, availability: [{ kind: 'modified', startDate: '2026-03-09' }] });
    expect(readinessOn(modified, '2026-03-10').status).toBe('amber');
  });

  it("wellness against the athlete's own baseline: composite z ≤ −2 red, an item above z −2 not flagged", () => {
    // 14 check-ins alternating 4,4,4,4,4 (20) and 4,4,4,4,3 (19): composite mean 19.5, sample SD √(14 × 0.25 / 13) = 0.5189.
    // Today 3,3,3,3,3 = 15: z = (15 − 19.5) / 0.5189 = −8.67 → red. Mood: baseline mean 3.5, SD 0.5189, today 3 → z = −0.96 (not flagged);
    // each other item: baseline all 4s (SD 0) → z undefined, no reason.
    const wellness: MetricsCheckin[] = Array.from({ length: 14 }, (_, i) => ({
      date: addDays('2026-03-10', i - 14),
      sleepQuality: 4,
      fatigue: 4,
      soreness: 4,
      stress: 4,
      mood: i % 2 === 0 ? 4 : 3,
    }));
    wellness.push({ date: '2026-03-10', sleepQuality: 3, fatigue: 3, soreness: 3, stress: 3, mood: 3 });
    const readiness = readinessOn(
      athlete({ sessions: steadyTraining('2026-03-10', 40), wellness }),
      '2026-03-10',
    );
    const composite = readiness.reasons.find((reason) => reason.ruleId === 'wellness-composite');
    expect(composite?.severity).toBe('red');
    expect(composite?.value).toBeCloseTo(-4.5 / Math.sqrt(3.5 / 13), 9);
    expect(composite?.params).toMatchObject({ score: 15, baselineMean: 19.5 });
    expect(ruleIds(readiness)).not.toContain('wellness-item');
    expect(readiness.status).toBe('red');
  });

  it('asks for metrics that reach the day it judges', () => {
    const input = athlete({ sessions: [HARD_SESSION] });
    const metrics = computeAthleteMetrics(input, '2026-03-10', SETTINGS);
    expect(() => assessReadiness(metrics, input, '2026-03-11')).toThrow(RangeError);
  });
});
