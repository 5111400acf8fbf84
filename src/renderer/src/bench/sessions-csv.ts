import Papa from 'papaparse';
import type { Athlete, Session } from '@shared/model';

/** Sessions written in the generic CSV format of FORMATS.md, as a coach's export would be. */
export function sessionsToCsv(sessions: readonly Session[], athletes: readonly Athlete[]): string {
  const names = new Map(athletes.map((athlete) => [athlete.id, athlete.name]));
  return Papa.unparse({
    fields: ['athlete', 'date', 'start_time', 'duration_min', 'rpe', 'stimulus', 'notes'],
    data: sessions.map((s) => [
      names.get(s.athleteId) ?? s.athleteId,
      s.date,
      s.startTime ?? '',
      s.durationMin,
      s.sessionRpe,
      s.stimulus,
      s.notes,
    ]),
  });
}
