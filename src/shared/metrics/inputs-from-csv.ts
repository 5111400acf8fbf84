import type { ParsedSessionRow, ParsedWellnessRow } from '../csv/csv-types';
import { WELLNESS_VALUE_FIELDS } from '../model/wellness';
import type { AthleteMetricsInput, MetricsCheckin, MetricsSession } from './inputs';

/**
 * Engine input from parsed CSV rows, one athlete per distinct name as written (the headless command
 * has no roster, so the name is the id). Sorted by name; no birth date, training age 0.
 */
export function groupCsvRowsByAthlete(
  sessionRows: readonly ParsedSessionRow[],
  wellnessRows: readonly ParsedWellnessRow[] = [],
): AthleteMetricsInput[] {
  const byAthlete = new Map<string, { sessions: MetricsSession[]; wellness: MetricsCheckin[] }>();
  const recordsOf = (athlete: string): { sessions: MetricsSession[]; wellness: MetricsCheckin[] } => {
    let records = byAthlete.get(athlete);
    if (!records) {
      records = { sessions: [], wellness: [] };
      byAthlete.set(athlete, records);
    }
    return records;
  };
  for (const row of sessionRows) recordsOf(row.athlete).sessions.push(toSession(row));
  for (const row of wellnessRows) recordsOf(row.athlete).wellness.push(toCheckin(row));
  return [...byAthlete.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([athleteId, records]) => ({ athleteId, trainingAgeYears: 0, availability: [], ...records }));
}

function toSession(row: ParsedSessionRow): MetricsSession {
  const session: MetricsSession = {
    date: row.date,
    durationMin: row.durationMin,
    sessionRpe: row.sessionRpe,
    stimulus: row.stimulus,
  };
  if (row.startTime !== undefined) session.startTime = row.startTime;
  return session;
}

function toCheckin(row: ParsedWellnessRow): MetricsCheckin {
  const checkin: MetricsCheckin = { date: row.date };
  for (const field of WELLNESS_VALUE_FIELDS) {
    const value = row[field];
    if (value !== undefined) checkin[field] = value;
  }
  return checkin;
}

/** The latest date among the rows (FORMATS.md: the default as-of date), or null without rows. */
export function latestRowDate(rows: readonly { date: string }[]): string | null {
  let latest: string | null = null;
  for (const row of rows) if (latest === null || row.date > latest) latest = row.date;
  return latest;
}
