import { describe, expect, it } from 'vitest';
import { DEMO_ROLES } from '@shared/demo';
import type { WellnessEntry } from '@shared/model';
import { addDays, ageInYears } from '@shared/time/local-date';
import {
  TODAY,
  composite,
  dailyLoadByDate,
  defaultTeam,
  mean,
  sessionsOf,
  wellnessOf,
} from './demo-test-helpers';

function athlete(id: string) {
  const found = defaultTeam().athletes.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`No athlete ${id}`);
  return found;
}

/** Mean daily load (AU) over the inclusive date range, days without sessions counting as 0. */
function meanDailyLoad(loads: Map<string, number>, from: string, to: string): number {
  const values: number[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) values.push(loads.get(date) ?? 0);
  return mean(values);
}

/**
 * SCIENCE.md "sustained fatigue": on at least 5 of the last 7 check-in days, composite z ≤ −1 against
 * the previous 28 days (≥ 7 check-ins), or soreness or fatigue ≤ 2.
 */
function flaggedDaysOfLastSeven(entries: readonly WellnessEntry[]): number {
  const lastSeven = entries.slice(-7);
  return lastSeven.filter((entry) => {
    const baseline = entries
      .filter((other) => other.date < entry.date && other.date >= addDays(entry.date, -28))
      .map(composite);
    const baselineMean = mean(baseline);
    const sd = Math.sqrt(
      baseline.reduce((sum, value) => sum + (value - baselineMean) ** 2, 0) / (baseline.length - 1),
    );
    const z = baseline.length >= 7 && sd > 0 ? (composite(entry) - baselineMean) / sd : 0;
    return z <= -1 || (entry.soreness ?? 5) <= 2 || (entry.fatigue ?? 5) <= 2;
  }).length;
}

describe('demo roles', () => {
  it('names four distinct athletes that exist in the default team', () => {
    const ids = [DEMO_ROLES.returning, DEMO_ROLES.sustainedFatigue, DEMO_ROLES.veteran, DEMO_ROLES.novice];
    expect(new Set(ids).size).toBe(4);
    for (const id of ids) expect(athlete(id).id).toBe(id);
  });

  it('returning: a ~3-week injury ending ~2 weeks ago, no sessions in it, lower load after it', () => {
    const team = defaultTeam();
    const injury = team.availability.find(
      (event) => event.athleteId === DEMO_ROLES.returning && event.kind === 'injured',
    );
    expect(injury).toBeDefined();
    const { startDate, endDate } = injury!;
    expect(startDate).toBe(addDays(TODAY, -35));
    expect(endDate).toBe(addDays(TODAY, -15));
    const sessions = sessionsOf(team, DEMO_ROLES.returning);
    expect(sessions.filter((session) => session.date >= startDate && session.date <= endDate!)).toEqual([]);
    expect(sessions.filter((session) => session.date > endDate!).length).toBeGreaterThanOrEqual(8);
    const loads = dailyLoadByDate(sessions);
    const before = meanDailyLoad(loads, addDays(startDate, -28), addDays(startDate, -1));
    const firstWeekBack = meanDailyLoad(loads, addDays(endDate!, 1), addDays(endDate!, 7));
    expect(firstWeekBack).toBeLessThan(0.7 * before);
  });

  it('sustained fatigue: higher load and clearly worse wellness in the last 10 days, firing the flag', () => {
    const team = defaultTeam();
    const id = DEMO_ROLES.sustainedFatigue;
    const tenDaysAgo = addDays(TODAY, -9);
    const entries = wellnessOf(team, id);
    const recent = entries.filter((entry) => entry.date >= tenDaysAgo);
    const earlier = entries.filter((entry) => entry.date < tenDaysAgo);
    expect(recent.length).toBeGreaterThanOrEqual(8);
    expect(mean(recent.map(composite))).toBeLessThan(mean(earlier.map(composite)) - 3);
    const lowDays = recent.filter((entry) => (entry.fatigue ?? 5) <= 2 || (entry.soreness ?? 5) <= 2).length;
    expect(lowDays / recent.length).toBeGreaterThanOrEqual(0.7);
    expect(flaggedDaysOfLastSeven(entries)).toBeGreaterThanOrEqual(5);
    const loads = dailyLoadByDate(sessionsOf(team, id));
    const recentLoad = meanDailyLoad(loads, tenDaysAgo, TODAY);
    expect(recentLoad).toBeGreaterThan(
      1.25 * meanDailyLoad(loads, addDays(tenDaysAgo, -28), addDays(tenDaysAgo, -1)),
    );
  });

  it('sustained fatigue: wears an HRV monitor and ln RMSSD drops below their normal range', () => {
    const entries = wellnessOf(defaultTeam(), DEMO_ROLES.sustainedFatigue).filter(
      (entry) => entry.hrvRmssdMs !== undefined,
    );
    const ln = (entry: WellnessEntry) => Math.log(entry.hrvRmssdMs!);
    const lastSeven = entries.filter((entry) => entry.date > addDays(TODAY, -7)).map(ln);
    const normal = entries
      .filter((entry) => entry.date <= addDays(TODAY, -10) && entry.date > addDays(TODAY, -70))
      .map(ln);
    const normalMean = mean(normal);
    const sd = Math.sqrt(
      normal.reduce((sum, value) => sum + (value - normalMean) ** 2, 0) / (normal.length - 1),
    );
    expect(lastSeven.length).toBeGreaterThanOrEqual(3);
    expect(mean(lastSeven)).toBeLessThan(normalMean - 0.5 * sd);
  });

  it('the flag is the fatigued athlete’s story, not everyone’s', () => {
    const team = defaultTeam();
    const flagged = team.athletes.filter(
      (candidate) => flaggedDaysOfLastSeven(wellnessOf(team, candidate.id)) >= 5,
    );
    expect(flagged.map((candidate) => candidate.id)).toContain(DEMO_ROLES.sustainedFatigue);
    expect(flagged.length).toBeLessThanOrEqual(3);
  });

  it('veteran: aged 50 or more on today', () => {
    const veteran = athlete(DEMO_ROLES.veteran);
    expect(ageInYears(veteran.birthDate!, TODAY)).toBeGreaterThanOrEqual(50);
    expect(ageInYears(veteran.birthDate!, TODAY)).toBeLessThanOrEqual(56);
  });

  it('novice: training age under one year; everyone else 2–15 years', () => {
    expect(athlete(DEMO_ROLES.novice).trainingAgeYears).toBeLessThan(1);
    for (const other of defaultTeam().athletes.filter((candidate) => candidate.id !== DEMO_ROLES.novice)) {
      expect(other.trainingAgeYears).toBeGreaterThanOrEqual(2);
      expect(other.trainingAgeYears).toBeLessThanOrEqual(15);
    }
  });

  it('other athletes: mostly aged 17–35', () => {
    const ages = defaultTeam()
      .athletes.filter((candidate) => candidate.id !== DEMO_ROLES.veteran)
      .map((candidate) => ageInYears(candidate.birthDate!, TODAY));
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(17);
    expect(Math.max(...ages)).toBeLessThanOrEqual(35);
  });

  it('availability: one current modified event and one past illness with no sessions in it', () => {
    const team = defaultTeam();
    const modified = team.availability.find((event) => event.athleteId === DEMO_ROLES.modifiedTraining);
    expect(modified?.kind).toBe('modified');
    expect(modified?.endDate).toBeUndefined();
    const recentModified = sessionsOf(team, DEMO_ROLES.modifiedTraining).filter(
      (s) => s.date >= modified!.startDate,
    );
    expect(recentModified.some((session) => ['hiit', 'endurance', 'match'].includes(session.stimulus))).toBe(
      false,
    );
    const illness = team.availability.find((event) => event.kind === 'ill');
    expect(illness?.athleteId).toBe(DEMO_ROLES.recentlyIll);
    expect(illness!.endDate! < TODAY).toBe(true);
    const during = sessionsOf(team, DEMO_ROLES.recentlyIll).filter(
      (session) => session.date >= illness!.startDate && session.date <= illness!.endDate!,
    );
    expect(during).toEqual([]);
  });
});
