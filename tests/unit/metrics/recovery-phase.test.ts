import { describe, expect, it } from 'vitest';
import type { MetricsSession } from '@shared/metrics/inputs';
import {
  ageScalingFactor,
  findHardSessions,
  recoveryPhaseByDay,
  recoveryStateAt,
  buildHardSessionTable,
  hardSessionAt,
  listHardSessions,
} from '@shared/metrics/recovery-phase';
import type { HardSession } from '@shared/metrics/recovery-phase';
import { createDayAxis } from '@shared/metrics/series';
import { defaultSettings } from '@shared/model/settings';
import type { Settings } from '@shared/model/settings';
import { toLocalMinute } from '@shared/time/local-date';

const recovery = defaultSettings().recovery;
const HOUR = 60;

/** A session; `startTime` null means none was recorded. */
function session(
  date: string,
  startTime: string | null,
  durationMin: number,
  sessionRpe: number,
): MetricsSession {
  return { date, durationMin, sessionRpe, stimulus: 'other', ...(startTime === null ? {} : { startTime }) };
}

/** The only hard session of `sessions` (fails when there is not exactly one). */
function onlyHard(sessions: MetricsSession[], birthDate?: string): HardSession {
  const hard = findHardSessions(sessions, birthDate, recovery);
  expect(hard).toHaveLength(1);
  return hard[0] as HardSession;
}

describe('ageScalingFactor (product default: ×1 under 35, ×1.25 35–49, ×1.5 from 50)', () => {
  it.each([
    [null, 1],
    [0, 1],
    [34, 1],
    [35, 1.25],
    [49, 1.25],
    [50, 1.5],
    [52, 1.5],
  ])('age %s → ×%s', (age, factor) => {
    expect(ageScalingFactor(age, recovery)).toBe(factor);
  });

  it('takes the largest fromAgeYears ≤ age even when the steps are not sorted', () => {
    const custom: Settings['recovery'] = {
      ...recovery,
      ageScaling: [
        { fromAgeYears: 60, factor: 2 },
        { fromAgeYears: 0, factor: 1 },
        { fromAgeYears: 40, factor: 1.1 },
      ],
    };
    expect(ageScalingFactor(45, custom)).toBe(1.1);
    expect(ageScalingFactor(70, custom)).toBe(2);
    expect(ageScalingFactor(39, custom)).toBe(1);
  });
});

describe('findHardSessions', () => {
  it.each([
    [7, true],
    [6.9, false],
    [10, true],
  ])('RPE %s without history is hard: %s (RPE rule only)', (rpe, isHard) => {
    const hard = findHardSessions([session('2026-01-10', '10:00', 30, rpe)], undefined, recovery);
    expect(hard.length === 1).toBe(isHard);
    if (isHard) {
      expect(hard[0]?.criteria).toEqual(['rpe']);
      expect(hard[0]?.referenceMeanLoadAu).toBeNull();
    }
  });

  it('compares with the mean session load of days d−28 … d−1 (own day excluded)', () => {
    // Target day d = 2026-04-29: window 2026-04-01 … 2026-04-28.
    const sessions = [
      session('2026-04-29', '18:00', 75, 6), // target: 6 × 75 = 450 AU
      session('2026-03-31', null, 50, 2), // 100 AU, d−29: outside the target's window
      session('2026-04-01', null, 50, 4), // 200 AU, d−28: inside
      session('2026-04-28', '10:00', 100, 4), // 400 AU, d−1: inside
      session('2026-04-29', '07:00', 10, 1), // 10 AU, same day: excluded
    ];
    const hard = findHardSessions(sessions, undefined, recovery);
    // 04-01: window 03-04 … 03-31 = {100}, mean 100; 200 ≥ 1.5 × 100 = 150 → hard by load.
    // 04-28: window 03-31 … 04-27 = {100, 200}, mean 150; 400 ≥ 225 → hard by load.
    // 04-29 07:00: window {200, 400}, mean 300; 10 < 450 → not hard.
    // 04-29 18:00: window {200, 400}, mean 300; 450 ≥ 1.5 × 300 = 450 → hard by load (RPE 6 < 7).
    expect(hard.map((h) => [h.date, h.startTime, h.loadAu, h.criteria, h.referenceMeanLoadAu])).toEqual([
      ['2026-04-01', undefined, 200, ['load'], 100],
      ['2026-04-28', '10:00', 400, ['load'], 150],
      ['2026-04-29', '18:00', 450, ['load'], 300],
    ]);
  });

  it.each([
    // History: 300 AU and 200 AU → mean 250; threshold 1.5 × 250 = 375 AU.
    [5, 75, ['load']], // 375 AU ≥ 375
    [5, 74, []], // 370 AU < 375
    [8, 60, ['rpe', 'load']], // RPE 8 ≥ 7 and 480 AU ≥ 375
    [7, 30, ['rpe']], // 210 AU < 375, RPE 7
  ])('RPE %s × %s min against a 250 AU mean → %j', (rpe, durationMin, criteria) => {
    const history = [session('2026-03-01', null, 60, 5), session('2026-03-10', null, 50, 4)];
    const hard = findHardSessions(
      [...history, session('2026-03-20', '09:00', durationMin, rpe)],
      undefined,
      recovery,
    );
    const target = hard.find((h) => h.date === '2026-03-20');
    expect(target?.criteria ?? []).toEqual(criteria);
    if (target) expect(target.referenceMeanLoadAu).toBe(250);
  });

  it('ignores the load rule when the previous sessions had a mean load of 0', () => {
    const hard = findHardSessions(
      [session('2026-03-01', null, 60, 0), session('2026-03-02', null, 10, 1)],
      undefined,
      recovery,
    );
    expect(hard).toEqual([]);
  });

  it('ends a session that crosses midnight on the next day', () => {
    // 23:30 + 60 min = 00:30 on 2026-01-11; acute until 00:30 on 2026-01-12, regeneration until 00:30 on 2026-01-14.
    const hard = onlyHard([session('2026-01-10', '23:30', 60, 8)]);
    expect(hard.endMinute).toBe(toLocalMinute('2026-01-11', '00:30'));
    expect(hard.regenerationFromMinute).toBe(toLocalMinute('2026-01-12', '00:30'));
    expect(hard.adaptationFromMinute).toBe(toLocalMinute('2026-01-14', '00:30'));
    expect(recoveryStateAt([hard], toLocalMinute('2026-01-12', '00:29')).phase).toBe('acute');
    expect(recoveryStateAt([hard], toLocalMinute('2026-01-12', '00:30')).phase).toBe('regeneration');
  });

  it('ends a session without start time at 18:00 on its date', () => {
    const hard = onlyHard([session('2026-01-10', null, 90, 8)]);
    expect(hard.endMinute).toBe(toLocalMinute('2026-01-10', '18:00'));
    expect(hard.startTime).toBeUndefined();
    expect(hard.regenerationFromMinute).toBe(toLocalMinute('2026-01-11', '18:00'));
  });

  it.each([
    // Session 2026-06-01, ends 18:00. [birth date, age on 2026-06-01, factor, acute hours, adaptation from hours]
    ['1991-06-02', 34, 1, 24, 72], // birthday tomorrow: still 34
    ['1991-06-01', 35, 1.25, 30, 90], // 24 × 1.25 = 30, 72 × 1.25 = 90
    ['1976-06-02', 49, 1.25, 30, 90],
    ['1976-06-01', 50, 1.5, 36, 108], // 24 × 1.5 = 36, 72 × 1.5 = 108
    [undefined, null, 1, 24, 72],
  ])(
    'birth date %s: age %s, ×%s, acute %s h, adaptation after %s h',
    (birthDate, age, factor, acuteHours, adaptationHours) => {
      const hard = onlyHard([session('2026-06-01', null, 60, 8)], birthDate);
      expect(hard.ageYears).toBe(age);
      expect(hard.ageFactor).toBe(factor);
      expect((hard.regenerationFromMinute - hard.endMinute) / HOUR).toBe(acuteHours);
      expect((hard.adaptationFromMinute - hard.endMinute) / HOUR).toBe(adaptationHours);
    },
  );

  it('scales an athlete aged 52 by 1.5: acute 36 h, adaptation after 108 h', () => {
    // Born 1973-06-15: on 2026-03-10 the birthday has not come yet → 2026 − 1973 − 1 = 52.
    // Ends 09:00 on 2026-03-10; +36 h = 2026-03-11 21:00; +108 h = 4 d 12 h = 2026-03-14 21:00.
    const hard = onlyHard([session('2026-03-10', '08:00', 60, 8)], '1973-06-15');
    expect(hard.ageYears).toBe(52);
    const phaseAt = (date: string, time: string) => recoveryStateAt([hard], toLocalMinute(date, time)).phase;
    expect(phaseAt('2026-03-11', '20:59')).toBe('acute');
    expect(phaseAt('2026-03-11', '21:00')).toBe('regeneration');
    expect(phaseAt('2026-03-14', '20:59')).toBe('regeneration');
    expect(phaseAt('2026-03-14', '21:00')).toBe('adaptation');
  });

  it('sorts by end, whatever the input order', () => {
    const hard = findHardSessions(
      [
        session('2026-02-04', '10:00', 60, 8),
        session('2026-02-02', null, 60, 9),
        session('2026-02-03', '23:00', 120, 7),
      ],
      undefined,
      recovery,
    );
    expect(hard.map((h) => h.date)).toEqual(['2026-02-02', '2026-02-03', '2026-02-04']);
  });
});

describe('recoveryStateAt', () => {
  // Ends 2026-01-10 18:00 (no start time); regeneration from 2026-01-11 18:00, adaptation from 2026-01-13 18:00.
  const hard = onlyHard([session('2026-01-10', null, 60, 8)]);
  const end = toLocalMinute('2026-01-10', '18:00');

  it.each([
    [-1, null, null, null, null],
    [0, 'acute', 0, 'regeneration', 24], // a moment exactly at the end belongs to acute
    [10 * HOUR, 'acute', 10, 'regeneration', 14], // 24 − 10
    [24 * HOUR - 1, 'acute', 23.9833, 'regeneration', 0.0167],
    [24 * HOUR, 'regeneration', 24, 'adaptation', 48], // exactly at the boundary: the later phase
    [30 * HOUR, 'regeneration', 30, 'adaptation', 42], // 72 − 30
    [72 * HOUR - 1, 'regeneration', 71.9833, 'adaptation', 0.0167],
    [72 * HOUR, 'adaptation', 72, null, null],
    [500 * HOUR, 'adaptation', 500, null, null],
  ])(
    '%s min after the end: %s, %s h since, next %s in %s h',
    (offset, phase, hoursSince, nextPhase, hoursUntil) => {
      const state = recoveryStateAt([hard], end + offset);
      expect(state.phase).toBe(phase);
      expect(state.nextPhase).toBe(nextPhase);
      if (hoursSince === null) expect(state.hoursSinceEnd).toBeNull();
      else expect(state.hoursSinceEnd).toBeCloseTo(hoursSince, 4);
      if (hoursUntil === null) expect(state.hoursUntilNextPhase).toBeNull();
      else expect(state.hoursUntilNextPhase).toBeCloseTo(hoursUntil, 4);
      expect(state.lastHardSession).toBe(phase === null ? null : hard);
    },
  );

  it('gives the minute the next phase starts', () => {
    expect(recoveryStateAt([hard], end + 5).nextPhaseFromMinute).toBe(toLocalMinute('2026-01-11', '18:00'));
    expect(recoveryStateAt([hard], end + 30 * HOUR).nextPhaseFromMinute).toBe(
      toLocalMinute('2026-01-13', '18:00'),
    );
  });

  it('has no state without hard sessions', () => {
    expect(recoveryStateAt([], end)).toEqual({
      phase: null,
      lastHardSession: null,
      hoursSinceEnd: null,
      nextPhase: null,
      nextPhaseFromMinute: null,
      hoursUntilNextPhase: null,
    });
  });

  it('restarts the clock at a later hard session', () => {
    // A ends Mon 2026-02-02 18:00; B runs Wed 2026-02-04 10:00–11:00.
    const sessions = [session('2026-02-04', '10:00', 60, 8), session('2026-02-02', null, 60, 9)];
    const hardSessions = findHardSessions(sessions, undefined, recovery);
    const stateAt = (date: string, time: string) => recoveryStateAt(hardSessions, toLocalMinute(date, time));
    // During B (not ended yet): 40.5 h after A → regeneration.
    expect(stateAt('2026-02-04', '10:30').phase).toBe('regeneration');
    expect(stateAt('2026-02-04', '10:30').lastHardSession?.date).toBe('2026-02-02');
    expect(stateAt('2026-02-04', '11:00').phase).toBe('acute');
    expect(stateAt('2026-02-04', '11:00').lastHardSession?.date).toBe('2026-02-04');
    // Thu 18:00 is 72 h after A (adaptation for A alone) but 31 h after B → regeneration.
    expect(stateAt('2026-02-05', '18:00').phase).toBe('regeneration');
    expect(stateAt('2026-02-05', '18:00').hoursSinceEnd).toBe(31);
  });

  it.each([
    // Europe: clocks go forward on Sunday 2026-03-29 and back on Sunday 2026-10-25.
    ['2026-03-28', '2026-03-29', '2026-03-31'],
    ['2026-10-24', '2026-10-25', '2026-10-27'],
  ])(
    'counts wall-clock hours across the daylight-saving weekend (Saturday %s 20:00)',
    (saturday, sunday, tuesday) => {
      // 18:30 + 90 min = Saturday 20:00. Regeneration from Sunday 20:00, adaptation from Tuesday 20:00.
      const hard = onlyHard([session(saturday, '18:30', 90, 8)]);
      expect(hard.endMinute).toBe(toLocalMinute(saturday, '20:00'));
      expect(hard.regenerationFromMinute).toBe(toLocalMinute(sunday, '20:00'));
      expect(hard.adaptationFromMinute).toBe(toLocalMinute(tuesday, '20:00'));
      const stateAt = (date: string, time: string) => recoveryStateAt([hard], toLocalMinute(date, time));
      expect(stateAt(sunday, '19:59').phase).toBe('acute');
      expect(stateAt(sunday, '20:00').phase).toBe('regeneration');
      expect(stateAt(sunday, '20:00').hoursSinceEnd).toBe(24); // wall clock (23 h or 25 h of real time)
      expect(stateAt(tuesday, '19:59').phase).toBe('regeneration');
      expect(stateAt(tuesday, '20:00').phase).toBe('adaptation');
    },
  );
});

describe('recoveryPhaseByDay', () => {
  // Hard session 1 ends Saturday 2026-03-28 20:00; hard session 2 runs 2026-04-01 07:00–08:00.
  const hardSessions = findHardSessions(
    [session('2026-03-28', '18:30', 90, 8), session('2026-04-01', '07:00', 60, 9)],
    undefined,
    recovery,
  );

  it('codes the phase at 08:00 of each day (0 none, 1 acute, 2 regeneration, 3 adaptation)', () => {
    const codes = recoveryPhaseByDay(hardSessions, createDayAxis('2026-03-26', '2026-04-02'), '08:00');
    expect(Array.from(codes)).toEqual([
      0, // 03-26: no hard session ended yet
      0, // 03-27
      0, // 03-28 08:00: session 1 ends at 20:00
      1, // 03-29: 12 h after session 1
      2, // 03-30: 36 h
      2, // 03-31: 60 h
      1, // 04-01: session 2 ends exactly at 08:00 → acute, the clock restarts
      2, // 04-02: exactly 24 h after session 2 → regeneration
    ]);
    // The engine's column table gives the same days as the objects.
    const table = buildHardSessionTable(
      [session('2026-03-28', '18:30', 90, 8), session('2026-04-01', '07:00', 60, 9)],
      undefined,
      recovery,
    );
    expect(recoveryPhaseByDay(table, createDayAxis('2026-03-26', '2026-04-02'), '08:00')).toEqual(codes);
  });

  it('starts from sessions before the axis and handles no sessions', () => {
    // 2026-04-05 08:00 is 96 h after session 2 → adaptation.
    expect(
      Array.from(recoveryPhaseByDay(hardSessions, createDayAxis('2026-04-05', '2026-04-06'), '08:00')),
    ).toEqual([3, 3]);
    expect(Array.from(recoveryPhaseByDay([], createDayAxis('2026-04-05', '2026-04-06'), '08:00'))).toEqual([
      0, 0,
    ]);
  });
});

describe('hard sessions in end order', () => {
  it('puts a late session that ends after midnight behind an early one that ends before it', () => {
    // 23:00 + 120 min ends 2 Mar 01:00; 2 Mar 00:15 + 30 min ends 00:45: date order ≠ end order.
    const table = buildHardSessionTable(
      [
        { date: '2026-03-01', startTime: '23:00', durationMin: 120, sessionRpe: 8, stimulus: 'endurance' },
        { date: '2026-03-02', startTime: '00:15', durationMin: 30, sessionRpe: 9, stimulus: 'hiit' },
      ],
      undefined,
      defaultSettings().recovery,
    );
    expect(table.count).toBe(2);
    expect(listHardSessions(table).map((session) => session.date)).toEqual(['2026-03-02', '2026-03-01']);
    expect(hardSessionAt(table, 1)).toMatchObject({
      startTime: '23:00',
      criteria: ['rpe'],
      referenceMeanLoadAu: null,
    });
    expect(recoveryStateAt(table, toLocalMinute('2026-03-02', '01:00')).lastHardSession?.date).toBe(
      '2026-03-01',
    );
  });
});
