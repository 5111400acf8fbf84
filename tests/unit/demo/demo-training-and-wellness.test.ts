import { describe, expect, it } from 'vitest';
import type { Session } from '@shared/model';
import { addDays, minutesOfDay } from '@shared/time/local-date';
import { dailyLoadByDate, defaultTeam, mean, sessionsOf, wellnessOf } from './demo-test-helpers';

const NOON = 12 * 60;
const isEndurance = (session: Session) => session.stimulus === 'endurance' || session.stimulus === 'hiit';
const startOf = (session: Session) => minutesOfDay(session.startTime!);

/** Same-day strength/endurance pairs of every athlete: gap from the first session's end to the second's start. */
function interferencePairs(sessions: readonly Session[]): { gapHours: number; isEnduranceFirst: boolean }[] {
  const byAthleteDay = new Map<string, Session[]>();
  for (const session of sessions) {
    const key = `${session.athleteId}|${session.date}`;
    byAthleteDay.set(key, [...(byAthleteDay.get(key) ?? []), session]);
  }
  const pairs: { gapHours: number; isEnduranceFirst: boolean }[] = [];
  for (const day of byAthleteDay.values()) {
    for (const strength of day.filter((session) => session.stimulus === 'strength')) {
      for (const endurance of day.filter(isEndurance)) {
        const [first, second] =
          startOf(strength) <= startOf(endurance) ? [strength, endurance] : [endurance, strength];
        const gapHours = (startOf(second) - startOf(first) - first.durationMin) / 60;
        pairs.push({ gapHours, isEnduranceFirst: first === endurance });
      }
    }
  }
  return pairs;
}

describe('demo training pattern', () => {
  it('puts strength mostly in the morning and endurance/HIIT mostly in the afternoon', () => {
    const { sessions } = defaultTeam();
    const strength = sessions.filter((session) => session.stimulus === 'strength');
    const endurance = sessions.filter(isEndurance);
    expect(strength.filter((session) => startOf(session) < NOON).length / strength.length).toBeGreaterThan(
      0.85,
    );
    expect(endurance.filter((session) => startOf(session) >= NOON).length / endurance.length).toBeGreaterThan(
      0.85,
    );
    for (const session of strength.filter((s) => startOf(s) < NOON)) {
      expect(startOf(session)).toBeGreaterThanOrEqual(9 * 60);
      expect(startOf(session)).toBeLessThanOrEqual(10 * 60 + 30);
    }
  });

  it('has realistic RPE and durations per stimulus', () => {
    const { sessions } = defaultTeam();
    const of = (stimulus: string) => sessions.filter((session) => session.stimulus === stimulus);
    expect(
      of('strength').filter((s) => s.sessionRpe >= 6 && s.sessionRpe <= 8).length / of('strength').length,
    ).toBeGreaterThan(0.8);
    const strengthMinutes = of('strength').map((s) => s.durationMin);
    expect(
      strengthMinutes.filter((minutes) => minutes >= 45 && minutes <= 75).length / strengthMinutes.length,
    ).toBeGreaterThan(0.8);
    expect(of('match').every((s) => s.sessionRpe >= 7 && s.sessionRpe <= 9)).toBe(true);
    expect(Math.max(...of('match').map((s) => s.durationMin))).toBeLessThanOrEqual(100);
    expect(of('recovery').every((s) => s.sessionRpe >= 2 && s.sessionRpe <= 3)).toBe(true);
    expect(sessions.every((s) => /^\d{2}:\d{2}$/.test(s.startTime ?? '') && s.source === 'demo')).toBe(true);
  });

  it('has weekly matches, recovery the day after, and days with two sessions', () => {
    const team = defaultTeam();
    const sessions = sessionsOf(team, team.athletes[1]!.id);
    const matchDates = new Set(team.sessions.filter((s) => s.stimulus === 'match').map((s) => s.date));
    expect(matchDates.size).toBeGreaterThanOrEqual(2 * 15);
    const firstDay = team.sessions.map((s) => s.date).sort()[0]!;
    const recoveryDates = team.sessions
      .filter((s) => s.stimulus === 'recovery' && s.date > firstDay)
      .map((s) => s.date);
    expect(recoveryDates.length).toBeGreaterThan(100);
    expect(recoveryDates.every((date) => matchDates.has(addDays(date, -1)))).toBe(true);
    const perDay = dailyLoadByDate(sessions).size;
    expect(sessions.length).toBeGreaterThan(perDay);
  });

  it('breaks the interference rules a few times: < 6 h apart and endurance before strength', () => {
    const pairs = interferencePairs(defaultTeam().sessions);
    const tooClose = pairs.filter((pair) => pair.gapHours < 6);
    const enduranceFirst = pairs.filter((pair) => pair.isEnduranceFirst);
    expect(tooClose.length).toBeGreaterThan(0);
    expect(tooClose.some((pair) => pair.gapHours < 3)).toBe(true);
    expect(enduranceFirst.length).toBeGreaterThan(0);
    expect((tooClose.length + enduranceFirst.length) / pairs.length).toBeLessThan(0.3);
  });

  it('lets most athletes miss a session now and then', () => {
    const team = defaultTeam();
    const counts = team.athletes.map((athlete) => sessionsOf(team, athlete.id).length);
    expect(new Set(counts).size).toBeGreaterThan(5);
  });
});

describe('demo wellness', () => {
  it('keeps items on 1–5 and sleep within 5.5–9.5 h with one decimal', () => {
    for (const entry of defaultTeam().wellness) {
      for (const item of [entry.sleepQuality, entry.fatigue, entry.soreness, entry.stress, entry.mood]) {
        expect(Number.isInteger(item) && item! >= 1 && item! <= 5).toBe(true);
      }
      expect(entry.sleepHours).toBeGreaterThanOrEqual(5.5);
      expect(entry.sleepHours).toBeLessThanOrEqual(9.5);
      expect(Math.round(entry.sleepHours! * 10)).toBeCloseTo(entry.sleepHours! * 10, 6);
    }
  });

  it('responds to load: fatigue and soreness are worse after a hard day than after a rest day', () => {
    const team = defaultTeam();
    const after = { hard: [] as number[], rest: [] as number[] };
    for (const athlete of team.athletes) {
      const loads = dailyLoadByDate(sessionsOf(team, athlete.id));
      const meanLoad = mean([...loads.values()]);
      for (const entry of wellnessOf(team, athlete.id)) {
        const yesterday = loads.get(addDays(entry.date, -1)) ?? 0;
        const score = entry.fatigue! + entry.soreness!;
        if (yesterday >= 1.4 * meanLoad) after.hard.push(score);
        else if (yesterday === 0) after.rest.push(score);
      }
    }
    expect(after.hard.length).toBeGreaterThan(100);
    expect(after.rest.length).toBeGreaterThan(100);
    expect(mean(after.rest) - mean(after.hard)).toBeGreaterThan(1);
  });

  it('gives about half the athletes HRV and resting HR, in realistic ranges', () => {
    const team = defaultTeam();
    const withHrv = team.athletes.filter((athlete) =>
      wellnessOf(team, athlete.id).some((e) => e.hrvRmssdMs !== undefined),
    );
    expect(withHrv.length).toBeGreaterThanOrEqual(10);
    expect(withHrv.length).toBeLessThanOrEqual(14);
    for (const squad of team.squads)
      expect(withHrv.some((athlete) => athlete.squadIds.includes(squad.id))).toBe(true);
    const readings = team.wellness.filter((entry) => entry.hrvRmssdMs !== undefined);
    const rmssd = readings.map((entry) => entry.hrvRmssdMs!).sort((a, b) => a - b);
    expect(rmssd[Math.floor(rmssd.length * 0.05)]).toBeGreaterThanOrEqual(25);
    expect(rmssd[Math.floor(rmssd.length * 0.95)]).toBeLessThanOrEqual(130);
    for (const entry of readings) {
      expect(entry.restingHrBpm).toBeGreaterThanOrEqual(35);
      expect(entry.restingHrBpm).toBeLessThanOrEqual(100);
    }
  });

  it('lowers HRV after hard days', () => {
    const team = defaultTeam();
    const ratios: number[] = [];
    for (const athlete of team.athletes) {
      const loads = dailyLoadByDate(sessionsOf(team, athlete.id));
      const meanLoad = mean([...loads.values()]);
      const readings = wellnessOf(team, athlete.id).filter((entry) => entry.hrvRmssdMs !== undefined);
      if (readings.length === 0) continue;
      const ln = (date: string) => loads.get(addDays(date, -1)) ?? 0;
      const hard = readings.filter((e) => ln(e.date) >= 1.4 * meanLoad).map((e) => Math.log(e.hrvRmssdMs!));
      const rest = readings.filter((e) => ln(e.date) === 0).map((e) => Math.log(e.hrvRmssdMs!));
      ratios.push(mean(rest) - mean(hard));
    }
    expect(mean(ratios)).toBeGreaterThan(0.05);
  });
});
