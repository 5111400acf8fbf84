import fc from 'fast-check';
import { createRandom } from '@shared/demo/random';
import { steadyTraining } from './training-fixtures';
import { describe, expect, it } from 'vitest';
import { computeAthleteMetrics, type AthleteMetrics } from '@shared/metrics/athlete-metrics';
import type { AthleteMetricsInput, MetricsCheckin, MetricsSession } from '@shared/metrics/inputs';
import { assessReadiness } from '@shared/metrics/readiness';
import type { Readiness, ReadinessReason, ReadinessRuleId, ReasonOf } from '@shared/metrics/readiness-types';
import {
  buildHardSessionTable,
  hardSessionAt,
  hardSessionsOfClass,
  RECOVERY_CLASS_BITS,
  type HardSessionTable,
  type RecoveryState,
} from '@shared/metrics/recovery-phase';
import { setValue } from '@shared/metrics/series';
import { defaultSettings, RECOVERY_CLASSES, SettingsSchema, type Settings } from '@shared/model/settings';
import { WELLNESS_ITEMS, type WellnessItem } from '@shared/model/wellness';
import { addDays, toLocalMinute } from '@shared/time/local-date';
import { LAST_DAY, START, athleteArbitrary } from './metrics-arbitraries';

/**
 * The readiness rules of SCIENCE.md ("Readiness today", "Overreaching signals", "Recovery phases, per
 * stimulus class"), each at its boundary. Where a rule reads an engine series (a z-score, the ratio),
 * the series value is set on computed metrics, so the test is about the rule, not about the
 * arithmetic that leads to the value (other files test that).
 */

const SETTINGS = defaultSettings();
const DATE = '2026-03-31';

function athlete(overrides: Partial<AthleteMetricsInput>): AthleteMetricsInput {
  return { athleteId: 'a', trainingAgeYears: 4, sessions: [], wellness: [], availability: [], ...overrides };
}

/** Daily check-ins alternating 3s and 4s (a baseline with spread), 4s on `lastDate`. */
function steadyCheckins(lastDate: string, days: number): MetricsCheckin[] {
  return Array.from({ length: days }, (_, i) => {
    const score = i === days - 1 || i % 2 === 1 ? 4 : 3;
    return {
      date: addDays(lastDate, i - days + 1),
      sleepQuality: score,
      fatigue: score,
      soreness: score,
      stress: score,
      mood: score,
    };
  });
}

/** 40 days of steady training and check-ins up to DATE: green with every baseline in place. */
const STEADY = athlete({ sessions: steadyTraining(DATE, 40), wellness: steadyCheckins(DATE, 40) });

/** Readiness on `date` after `tweak` set some series values on the computed metrics. */
function readinessWith(
  input: AthleteMetricsInput,
  tweak: (metrics: AthleteMetrics, index: number) => void = () => undefined,
  date = DATE,
): Readiness {
  const metrics = computeAthleteMetrics(input, date, SETTINGS);
  tweak(metrics, metrics.axis.length - 1);
  return assessReadiness(metrics, input, date);
}

const compositeZ = (z: number) => (metrics: AthleteMetrics, index: number) =>
  setValue(metrics.wellness.compositeZ, index, z);
const itemZ = (item: WellnessItem, z: number) => (metrics: AthleteMetrics, index: number) =>
  setValue(metrics.wellness.itemZ[item], index, z);
const ewmaRatio = (ratio: number) => (metrics: AthleteMetrics, index: number) =>
  setValue(metrics.load.acwrEwma, index, ratio);
const both =
  (...tweaks: ((metrics: AthleteMetrics, index: number) => void)[]) =>
  (metrics: AthleteMetrics, index: number) => {
    for (const tweak of tweaks) tweak(metrics, index);
  };

const ruleIds = (readiness: Readiness): ReadinessRuleId[] => readiness.reasons.map((reason) => reason.ruleId);
const statusReasons = (readiness: Readiness): ReadinessReason[] =>
  readiness.reasons.filter((reason) => reason.severity !== 'info');
function find<Id extends ReadinessRuleId>(readiness: Readiness, ruleId: Id): ReasonOf<Id> | undefined {
  return readiness.reasons.find((reason): reason is ReasonOf<Id> => reason.ruleId === ruleId);
}

describe('the steady athlete the boundary tests start from', () => {
  it('is green with no red or amber reason and a composite baseline', () => {
    const readiness = readinessWith(STEADY);
    expect(readiness.status).toBe('green');
    expect(statusReasons(readiness)).toEqual([]);
    expect(readiness.severityScore).toBe(0);
    const metrics = computeAthleteMetrics(STEADY, DATE, SETTINGS);
    expect(metrics.wellness.compositeZ.isDefined[metrics.axis.length - 1]).toBe(1);
  });
});

describe('wellness against the own baseline', () => {
  it.each([
    [-1.49, 'green', null, null],
    [-1.5, 'amber', 'amber', -1.5],
    [-1.99, 'amber', 'amber', -1.5],
    [-2, 'red', 'red', -2],
    [-3.2, 'red', 'red', -2],
  ] as const)('composite z %d → status %s', (z, status, severity, threshold) => {
    const readiness = readinessWith(STEADY, compositeZ(z));
    expect(readiness.status).toBe(status);
    const composite = find(readiness, 'wellness-composite');
    if (severity === null) {
      expect(composite).toBeUndefined();
    } else {
      expect(composite).toMatchObject({ severity, value: z, threshold });
      // One source alone is never "combined".
      expect(ruleIds(readiness)).not.toContain('combined-signals');
    }
  });

  it.each([
    [-1.99, 'green'],
    [-2, 'amber'],
    [-4, 'amber'],
  ] as const)('a single item z %d → status %s (an item alone is never red)', (z, status) => {
    const readiness = readinessWith(STEADY, itemZ('sleepQuality', z));
    expect(readiness.status).toBe(status);
    const item = find(readiness, 'wellness-item');
    if (status === 'green') expect(item).toBeUndefined();
    else
      expect(item).toMatchObject({
        severity: 'amber',
        value: z,
        threshold: -2,
        params: { item: 'sleepQuality' },
      });
  });

  it('takes the three wellness thresholds from settings', () => {
    const settings = SettingsSchema.parse({
      wellness: { compositeZAmberAtOrBelow: -1, compositeZRedAtOrBelow: -1.2, itemZAmberAtOrBelow: -1 },
    });
    const metrics = computeAthleteMetrics(STEADY, DATE, settings);
    const index = metrics.axis.length - 1;
    setValue(metrics.wellness.compositeZ, index, -1.1);
    setValue(metrics.wellness.itemZ.mood, index, -1);
    const readiness = assessReadiness(metrics, STEADY, DATE);
    expect(find(readiness, 'wellness-composite')).toMatchObject({ severity: 'amber', threshold: -1 });
    expect(find(readiness, 'wellness-item')).toMatchObject({ threshold: -1, params: { item: 'mood' } });
  });
});

describe('load spike: EWMA ratio ≥ 1.5 with a complete chronic window', () => {
  it('1.5 with 28 days of history is an amber load signal; 1.49 is a planning note', () => {
    const full = athlete({ sessions: steadyTraining(DATE, 28) });
    const spike = readinessWith(full, ewmaRatio(1.5));
    expect(spike.status).toBe('amber');
    expect(find(spike, 'acwr-danger')).toMatchObject({ severity: 'amber', value: 1.5, threshold: 1.5 });
    const below = readinessWith(full, ewmaRatio(1.49));
    expect(below.status).toBe('green');
    expect(find(below, 'acwr-danger')).toBeUndefined();
    expect(find(below, 'acwr-high')).toMatchObject({ severity: 'info', value: 1.49, threshold: 1.3 });
  });

  it('with 27 days of history the same ratio is not judged: only "insufficient history"', () => {
    const short = readinessWith(athlete({ sessions: steadyTraining(DATE, 27) }), ewmaRatio(3));
    expect(short.status).toBe('green');
    expect(ruleIds(short)).not.toContain('acwr-danger');
    expect(find(short, 'insufficient-history')).toMatchObject({ severity: 'info', value: 27, threshold: 28 });
  });

  it('ratio below 0.8 and monotony above 2 are notes, never a status', () => {
    const readiness = readinessWith(
      athlete({ sessions: steadyTraining(DATE, 28) }),
      both(ewmaRatio(0.5), (metrics, index) => setValue(metrics.load.monotony, index, 3)),
    );
    expect(readiness.status).toBe('green');
    expect(find(readiness, 'acwr-low')?.severity).toBe('info');
    expect(find(readiness, 'monotony-high')?.severity).toBe('info');
  });
});

describe('combined signals: amber from two different sources is red', () => {
  it('wellness and load on the same day → red, naming both sources', () => {
    const readiness = readinessWith(STEADY, both(compositeZ(-1.5), ewmaRatio(1.5)));
    expect(readiness.status).toBe('red');
    expect(readiness.reasons[0]).toMatchObject({
      ruleId: 'combined-signals',
      severity: 'red',
      value: 2,
      threshold: 2,
      params: { sources: ['wellness', 'load'] },
    });
    // Both signals are still listed as themselves.
    expect(ruleIds(readiness)).toEqual(expect.arrayContaining(['wellness-composite', 'acwr-danger']));
  });

  it('wellness and HRV below its range → red (wellness + heart)', () => {
    const readiness = readinessWith(
      STEADY,
      both(itemZ('fatigue', -2.5), (metrics, index) => {
        metrics.hrv.isBelowNormalRange[index] = 1;
      }),
    );
    expect(readiness.status).toBe('red');
    expect(find(readiness, 'combined-signals')?.params.sources).toEqual(['wellness', 'heart']);
  });

  it('two wellness items (one source) stay amber', () => {
    const readiness = readinessWith(STEADY, both(itemZ('sleepQuality', -2), itemZ('mood', -2.5)));
    expect(readiness.status).toBe('amber');
    expect(readiness.reasons.filter((reason) => reason.ruleId === 'wellness-item')).toHaveLength(2);
    expect(ruleIds(readiness)).not.toContain('combined-signals');
  });

  it('modified training (availability) is not a signal source: with a load spike it stays amber', () => {
    const modified = { ...STEADY, availability: [{ kind: 'modified' as const, startDate: '2026-03-30' }] };
    const readiness = readinessWith(modified, ewmaRatio(1.6));
    expect(readiness.status).toBe('amber');
    expect(ruleIds(readiness)).not.toContain('combined-signals');
  });
});

describe('grey: nothing known for 3 days', () => {
  // Training and check-ins stop on 28 Mar; a hard strength session that evening.
  const LAST = '2026-03-28';
  const quiet = athlete({
    sessions: [
      ...steadyTraining(LAST, 40),
      { date: LAST, startTime: '17:00', durationMin: 60, sessionRpe: 8, stimulus: 'strength' },
    ],
    wellness: steadyCheckins(LAST, 40),
  });

  it('2 days after the last record: judged, with the ratio note and the phases', () => {
    const readiness = readinessWith(quiet, undefined, '2026-03-30');
    expect(readiness.status).not.toBe('grey');
    expect(readiness.readyFor?.strength.phase).toBe('regeneration');
    expect(ruleIds(readiness)).toContain('recovery-regeneration');
  });

  it('3 days after: grey, only the no-data reason, no ratio, no phase, no readyFor', () => {
    const readiness = readinessWith(quiet, ewmaRatio(1.7), '2026-03-31');
    expect(readiness.status).toBe('grey');
    expect(readiness.reasons).toEqual([
      expect.objectContaining({ ruleId: 'no-recent-data', severity: 'grey', value: 3, threshold: 3 }),
    ]);
    expect(readiness.readyFor).toBeNull();
    expect(readiness.returning).toBeNull();
  });

  it('an injury stays red when grey, with the no-data reason beside it and nothing else', () => {
    const injured = { ...quiet, availability: [{ kind: 'injured' as const, startDate: '2026-03-29' }] };
    const readiness = readinessWith(injured, undefined, '2026-03-31');
    expect(readiness.status).toBe('red');
    expect(ruleIds(readiness)).toEqual(['availability', 'no-recent-data']);
    expect(readiness.readyFor).toBeNull();
  });
});

describe('returning from a break: amber only while the ramp runs', () => {
  // 40 days of 300 AU up to 10 Feb (pre-break weekly load 2,100 AU), then no sessions; check-ins
  // every day, so the athlete is never grey.
  const PRE_BREAK_END = '2026-02-10';
  const history = steadyTraining(PRE_BREAK_END, 40);
  const checkins = steadyCheckins('2026-03-08', 67);
  const returning = (sessionsBack: MetricsSession[]) =>
    athlete({ sessions: [...history, ...sessionsBack], wellness: checkins });
  const back = (from: string, days: number, rpe: number): MetricsSession[] =>
    Array.from({ length: days }, (_, i) => ({
      date: addDays(from, i),
      startTime: '09:00',
      durationMin: 60,
      sessionRpe: rpe,
      stimulus: 'endurance' as const,
    }));

  it('ongoing (no session since the break) is a note to plan the ramp', () => {
    const readiness = readinessWith(returning([]), undefined, '2026-03-01');
    expect(find(readiness, 'returning-from-break')).toMatchObject({
      severity: 'info',
      params: { kind: 'gap', stage: 'ongoing', breakStartDate: '2026-02-11' },
    });
    expect(readiness.status).toBe('green');
  });

  it('ramp (back, the last 7 days below the pre-break weekly load) is amber', () => {
    const readiness = readinessWith(returning(back('2026-03-02', 1, 5)), undefined, '2026-03-03');
    expect(find(readiness, 'returning-from-break')).toMatchObject({
      severity: 'amber',
      params: { stage: 'ramp', breakStartDate: '2026-02-11', breakEndDate: '2026-03-01' },
    });
    expect(readiness.status).toBe('amber');
  });

  it('complete (the last 7 days at or above the pre-break weekly load) is a note again', () => {
    // 7 × 360 AU = 2,520 ≥ 2,100.
    const readiness = readinessWith(returning(back('2026-03-02', 7, 6)), undefined, '2026-03-08');
    const reason = find(readiness, 'returning-from-break');
    expect(reason).toMatchObject({ severity: 'info', params: { stage: 'complete' } });
    expect(reason?.params.preBreakChronicWeeklyLoadAu).toBe(2100);
    // Whatever else is amber that day, the return is not.
    expect(statusReasons(readiness).map((candidate) => candidate.ruleId)).not.toContain(
      'returning-from-break',
    );
  });
});

/** A score around `mean` with normal noise (SD 0.5), rounded and kept on 1–5. */
function noisyScore(next: () => number, mean: number): number {
  const normal = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return Math.min(5, Math.max(1, Math.round(mean + 0.5 * normal)));
}

describe('sustained fatigue is relative to the own baseline, never an absolute score', () => {
  const DAYS = 70;
  /** An athlete answering about 2 of 5 on every item every day (a real squad's level), with noise. */
  function lowAnswering(seed: number): MetricsCheckin[] {
    const { next } = createRandom(seed);
    return Array.from({ length: DAYS }, (_, day) => {
      const checkin: MetricsCheckin = { date: addDays(DATE, day - DAYS + 1) };
      for (const item of WELLNESS_ITEMS) checkin[item] = noisyScore(next, 2.3);
      return checkin;
    });
  }

  it('a squad answering 2 of 5 every day with normal noise is not flagged (beyond the chance rate), where "≤ 2" flagged nearly every day', () => {
    const SQUAD = 12;
    const flaggedPerDay = new Array<number>(DAYS).fill(0);
    let flagged = 0;
    let flaggedByAbsoluteRule = 0;
    for (let seed = 1; seed <= SQUAD; seed += 1) {
      const wellness = lowAnswering(seed);
      const input = athlete({ sessions: steadyTraining(DATE, DAYS), wellness });
      const metrics = computeAthleteMetrics(input, DATE, SETTINGS);
      metrics.fatigue.isSustainedFatigue.forEach((flag, day) => {
        flagged += flag;
        flaggedPerDay[day] = (flaggedPerDay[day] ?? 0) + flag;
      });
      // The old rule, written out: 5 of the last 7 check-ins with fatigue or soreness ≤ 2.
      const isLow = wellness.map((checkin) => (checkin.fatigue ?? 5) <= 2 || (checkin.soreness ?? 5) <= 2);
      isLow.forEach((_, day) => {
        const window = isLow.slice(Math.max(0, day - 6), day + 1);
        if (window.filter(Boolean).length >= 5) flaggedByAbsoluteRule += 1;
      });
    }
    // Each day is a fatigue day with p ≈ 0.25 under noise (composite z ≤ −1 or an item z ≤ −1.5), so
    // 5 of 7 happens by chance on about 1.3 % of athlete-days; the squad is never flagged as a whole.
    expect(flagged / (SQUAD * DAYS)).toBeLessThan(0.02);
    expect(Math.max(...flaggedPerDay)).toBeLessThanOrEqual(2);
    expect(flaggedByAbsoluteRule / (SQUAD * DAYS)).toBeGreaterThan(0.8);
  });

  it('the same athlete is flagged when fatigue and soreness drop below their usual level for 5 check-ins', () => {
    const wellness = lowAnswering(3).map((checkin, day) =>
      day >= DAYS - 5
        ? { ...checkin, fatigue: 1, soreness: 1, sleepQuality: 1, mood: 1, stress: 1 }
        : checkin,
    );
    const input = athlete({ sessions: steadyTraining(DATE, DAYS), wellness });
    const readiness = readinessWith(input);
    expect(find(readiness, 'sustained-fatigue')).toMatchObject({
      severity: 'amber',
      threshold: 5,
      params: { windowCheckinDays: 7 },
    });
  });
});

describe('recovery per stimulus class', () => {
  const hard = (stimulus: MetricsSession['stimulus']): MetricsSession => ({
    date: '2026-03-30',
    startTime: '17:00',
    durationMin: 60,
    sessionRpe: 8,
    stimulus,
  });
  const onMorningAfter = (session: MetricsSession) =>
    readinessWith(athlete({ sessions: [...steadyTraining('2026-03-29', 40), session] }));

  it('a hard match loads both classes: acute for strength and endurance the next morning', () => {
    const readiness = onMorningAfter(hard('match'));
    const hardFrom = toLocalMinute('2026-04-02', '18:00');
    expect(readiness.readyFor).toEqual({
      strength: { recoveryClass: 'strength', phase: 'acute', status: 'red', hardFromMinute: hardFrom },
      endurance: { recoveryClass: 'endurance', phase: 'acute', status: 'red', hardFromMinute: hardFrom },
    });
    expect(readiness.reasons.filter((reason) => reason.ruleId === 'recovery-acute')).toHaveLength(2);
    // A phase never makes the status.
    expect(readiness.status).toBe('green');
  });

  it('a hard recovery session loads neither class', () => {
    const readiness = onMorningAfter(hard('recovery'));
    expect(readiness.readyFor?.strength).toMatchObject({ phase: null, status: 'green' });
    expect(readiness.readyFor?.endurance).toMatchObject({ phase: null, status: 'green' });
    expect(ruleIds(readiness).filter((id) => id.startsWith('recovery-'))).toEqual([]);
    // It is a hard session all the same (RPE 8): only its classes are empty.
    const metrics = computeAthleteMetrics(athlete({ sessions: [hard('recovery')] }), '2026-03-31', SETTINGS);
    expect(metrics.hardSessions.count).toBe(1);
    expect(hardSessionAt(metrics.hardSessions, 0).classes).toEqual([]);
  });

  it.each([
    ['strength', 'acute', null],
    ['endurance', null, 'acute'],
    ['hiit', null, 'acute'],
    ['mixed', 'acute', 'acute'],
    ['skill', 'acute', 'acute'],
    ['other', 'acute', 'acute'],
  ] as const)(
    'a hard %s session: strength %s, endurance %s the next morning',
    (stimulus, strength, endurance) => {
      const readiness = onMorningAfter(hard(stimulus));
      expect(readiness.readyFor?.strength.phase).toBe(strength);
      expect(readiness.readyFor?.endurance.phase).toBe(endurance);
    },
  );

  it('the classes a stimulus loads come from settings', () => {
    const settings = SettingsSchema.parse({ recovery: { stimulusClasses: { skill: ['strength'] } } });
    const input = athlete({ sessions: [...steadyTraining('2026-03-29', 40), hard('skill')] });
    const readiness = assessReadiness(computeAthleteMetrics(input, DATE, settings), input, DATE);
    expect(readiness.readyFor?.strength.phase).toBe('acute');
    expect(readiness.readyFor?.endurance.phase).toBeNull();
  });
});

describe('property: a hard strength session never changes the endurance class', () => {
  /** Hardness by RPE only: see the last test for why the load criterion is left out here. */
  const BY_RPE: Settings = {
    ...SETTINGS,
    recovery: { ...SETTINGS.recovery, hardSessionLoadFactor: Number.POSITIVE_INFINITY },
  };
  const hardStrength = fc
    .record({
      day: fc.integer({ min: 0, max: LAST_DAY }),
      startTime: fc.option(
        fc
          .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
          .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
        { nil: undefined },
      ),
      durationMin: fc.integer({ min: 1, max: 240 }),
      sessionRpe: fc.oneof(fc.integer({ min: 7, max: 10 }), fc.double({ min: 7, max: 10, noNaN: true })),
    })
    .map(({ day, startTime, ...rest }): MetricsSession => ({
      date: addDays(START, day),
      stimulus: 'strength',
      ...rest,
      ...(startTime === undefined ? {} : { startTime }),
    }));

  /**
   * The state without the earlier session's `referenceMeanLoadAu`: that is the mean session load of
   * the 28 days before it (SCIENCE.md's hard-by-load reference), which any added session changes.
   */
  const phaseOf = ({ lastHardSession, ...state }: RecoveryState) => {
    if (lastHardSession === null) return { ...state, lastHardSession };
    const { referenceMeanLoadAu: _reference, ...session } = lastHardSession;
    return { ...state, lastHardSession: session };
  };

  it('readyFor.endurance and recoveryByClass.endurance are the same with and without it, on any day and time', () => {
    fc.assert(
      fc.property(
        athleteArbitrary,
        hardStrength,
        fc.integer({ min: 0, max: LAST_DAY + 3 }),
        fc.constantFrom('06:00', '08:00', '12:30', '23:59'),
        (input, session, day, atTime) => {
          const asOf = addDays(START, LAST_DAY + 3);
          const date = addDays(START, day);
          const withIt = { ...input, sessions: [...input.sessions, session] };
          const before = assessReadiness(computeAthleteMetrics(input, asOf, BY_RPE), input, date, atTime);
          const after = assessReadiness(computeAthleteMetrics(withIt, asOf, BY_RPE), withIt, date, atTime);
          expect(phaseOf(after.recoveryByClass.endurance)).toEqual(phaseOf(before.recoveryByClass.endurance));
          // readyFor is null only when grey; the added session may end a grey spell.
          if (before.readyFor !== null && after.readyFor !== null) {
            expect(after.readyFor.endurance).toEqual(before.readyFor.endurance);
          }
          // And the strength class does see it once it has ended.
          const end = after.recoveryByClass.strength.lastHardSession;
          if (end !== null) expect(end.classes).toContain('strength');
        },
      ),
      { numRuns: 150 },
    );
  }, 30_000);

  it('with the load criterion a strength session shifts the 28-day mean session load, which decides whether a later session is hard by load', () => {
    // 28 days of 300 AU endurance, then 460 AU of endurance: hard by load (≥ 1.5 × 300 = 450).
    const base = steadyTraining('2026-03-29', 28);
    const later: MetricsSession = {
      date: '2026-03-30',
      startTime: '09:00',
      durationMin: 92,
      sessionRpe: 5,
      stimulus: 'endurance',
    };
    const input = athlete({ sessions: [...base, later] });
    expect(readinessWith(input).readyFor?.endurance.phase).toBe('acute');
    // A big hard strength session the day before raises the mean: 460 AU is no longer ≥ 1.5 × mean.
    const strength: MetricsSession = {
      date: '2026-03-29',
      startTime: '06:00',
      durationMin: 120,
      sessionRpe: 8,
      stimulus: 'strength',
    };
    const withStrength = athlete({ sessions: [...base, strength, later] });
    const readiness = readinessWith(withStrength);
    expect(readiness.readyFor?.endurance.phase).toBeNull();
    expect(readiness.readyFor?.strength.phase).toBe('regeneration');
  });
});

describe('hardSessionsOfClass', () => {
  const sessions: MetricsSession[] = [
    { date: '2026-03-02', startTime: '09:00', durationMin: 60, sessionRpe: 8, stimulus: 'strength' },
    { date: '2026-03-02', startTime: '17:00', durationMin: 45, sessionRpe: 8, stimulus: 'hiit' },
    { date: '2026-03-03', startTime: '10:00', durationMin: 30, sessionRpe: 3, stimulus: 'skill' },
    { date: '2026-03-04', durationMin: 95, sessionRpe: 9, stimulus: 'match' },
    { date: '2026-03-05', startTime: '10:00', durationMin: 40, sessionRpe: 8, stimulus: 'recovery' },
    { date: '2026-03-01', startTime: '08:00', durationMin: 50, sessionRpe: 7, stimulus: 'endurance' },
  ];
  const table = buildHardSessionTable(sessions, '1980-05-01', SETTINGS.recovery);
  const rows = (source: HardSessionTable) =>
    Array.from({ length: source.count }, (_, k) => hardSessionAt(source, k));

  it('keeps the rows whose session loads the class, sorted by end, every column copied', () => {
    // Hard: all but the RPE 3 skill session; the recovery session loads no class.
    expect(table.count).toBe(5);
    const strength = hardSessionsOfClass(table, 'strength');
    const endurance = hardSessionsOfClass(table, 'endurance');
    expect(rows(strength).map((row) => row.stimulus)).toEqual(['strength', 'match']);
    expect(rows(endurance).map((row) => row.stimulus)).toEqual(['endurance', 'hiit', 'match']);
    for (const [recoveryClass, filtered] of [
      ['strength', strength],
      ['endurance', endurance],
    ] as const) {
      const expected = rows(table).filter((row) => row.classes.includes(recoveryClass));
      expect(rows(filtered)).toEqual(expected);
      for (let k = 0; k < filtered.count; k += 1) {
        expect((filtered.classBits[k] ?? 0) & RECOVERY_CLASS_BITS[recoveryClass]).not.toBe(0);
        if (k > 0) expect(filtered.endMinute[k] ?? 0).toBeGreaterThanOrEqual(filtered.endMinute[k - 1] ?? 0);
      }
    }
    // The age factor (45 on the session dates: × 1.25) travels with the rows.
    expect(rows(strength).every((row) => row.ageFactor === 1.25)).toBe(true);
  });

  it('gives an empty table for a class nothing loaded, and leaves the source table as it was', () => {
    const strengthOnly = buildHardSessionTable(sessions.slice(0, 1), undefined, SETTINGS.recovery);
    expect(hardSessionsOfClass(strengthOnly, 'endurance').count).toBe(0);
    const before = rows(table);
    for (const recoveryClass of RECOVERY_CLASSES) hardSessionsOfClass(table, recoveryClass);
    expect(rows(table)).toEqual(before);
  });
});
