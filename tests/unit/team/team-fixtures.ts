import { AthleteSchema, defaultSettings, type Athlete } from '@shared/model';
import type { MetricsCheckin, MetricsSession } from '@shared/metrics';
import { buildTeamEntry, type TeamEntry } from '../../../src/renderer/src/team/team-entry';

export const SETTINGS = defaultSettings();

export function athlete(id: string, extra: Partial<Athlete> = {}): Athlete {
  return AthleteSchema.parse({ id, name: id, ...extra });
}

export function session(date: string, extra: Partial<MetricsSession> = {}): MetricsSession {
  return { date, durationMin: 60, sessionRpe: 4, stimulus: 'skill', ...extra };
}

export function checkin(date: string, score = 4): MetricsCheckin {
  return { date, sleepQuality: score, fatigue: score, soreness: score, stress: score, mood: score };
}

export function entry(
  who: Athlete,
  records: { sessions?: MetricsSession[]; wellness?: MetricsCheckin[] },
  asOf: string,
): TeamEntry {
  return buildTeamEntry(who, { sessions: records.sessions ?? [], wellness: records.wellness ?? [], availability: [] }, asOf, SETTINGS);
}

/** `count` consecutive days ending the day before `lastDate`, as ISO dates. */
export function daysBefore(lastDate: string, count: number): string[] {
  const end = new Date(`${lastDate}T12:00:00Z`);
  return Array.from({ length: count }, (_, k) => {
    const day = new Date(end);
    day.setUTCDate(end.getUTCDate() - (count - k));
    return day.toISOString().slice(0, 10);
  });
}
