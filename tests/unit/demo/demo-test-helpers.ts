import type { DemoTeam } from '@shared/demo';
import { generateDemoTeam } from '@shared/demo';
import type { Session, WellnessEntry } from '@shared/model';

export const TODAY = '2026-03-15';

let cachedTeam: DemoTeam | undefined;

/** The default team for `TODAY`, generated once per test file. */
export function defaultTeam(): DemoTeam {
  cachedTeam ??= generateDemoTeam({ today: TODAY });
  return cachedTeam;
}

export function sessionsOf(team: DemoTeam, athleteId: string): Session[] {
  return team.sessions.filter((session) => session.athleteId === athleteId);
}

export function wellnessOf(team: DemoTeam, athleteId: string): WellnessEntry[] {
  return team.wellness.filter((entry) => entry.athleteId === athleteId);
}

/** Sum of the five 1–5 items (SCIENCE.md, "Wellness"). */
export function composite(entry: WellnessEntry): number {
  return (
    (entry.sleepQuality ?? 0) +
    (entry.fatigue ?? 0) +
    (entry.soreness ?? 0) +
    (entry.stress ?? 0) +
    (entry.mood ?? 0)
  );
}

export function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Daily load (AU) per date = Σ RPE × minutes (Foster 2001). */
export function dailyLoadByDate(sessions: readonly Session[]): Map<string, number> {
  const loads = new Map<string, number>();
  for (const session of sessions) {
    loads.set(session.date, (loads.get(session.date) ?? 0) + session.sessionRpe * session.durationMin);
  }
  return loads;
}
