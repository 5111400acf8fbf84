import Dexie from 'dexie';
import type { WellnessEntry } from '@shared/model';
import type { CoachDatabase } from './database';
import { DuplicateCheckinError, type CheckinConflict } from './errors';

type CheckinKey = Pick<WellnessEntry, 'athleteId' | 'date'>;

const keyOf = (entry: CheckinKey): string => `${entry.athleteId}\u0000${entry.date}`;
const conflictOf = (entry: CheckinKey): CheckinConflict => ({ athleteId: entry.athleteId, date: entry.date });

/** Athlete-days that occur more than once in `entries`, each listed once. */
export function findBatchConflicts(entries: readonly CheckinKey[]): CheckinConflict[] {
  const seen = new Set<string>();
  const reported = new Map<string, CheckinConflict>();
  for (const entry of entries) {
    const key = keyOf(entry);
    if (seen.has(key)) reported.set(key, conflictOf(entry));
    else seen.add(key);
  }
  return [...reported.values()];
}

/**
 * Athlete-days of `entries` that already have a stored check-in (other than `exceptId`). Reads the
 * `[athleteId+date]` index once per athlete over the batch's date span, never once per row. Call it
 * inside the writing transaction so nothing can slip in between check and write.
 */
export async function findExistingConflicts(
  db: CoachDatabase,
  entries: readonly CheckinKey[],
  exceptId?: string,
): Promise<CheckinConflict[]> {
  const wanted = new Set(entries.map(keyOf));
  const spans = dateSpansByAthlete(entries);
  const found = await Promise.all(
    [...spans].map(([athleteId, span]) =>
      db.wellness
        .where('[athleteId+date]')
        .between([athleteId, span.from], [athleteId, span.to], true, true)
        .toArray(),
    ),
  );
  return found
    .flat()
    .filter((stored) => stored.id !== exceptId && wanted.has(keyOf(stored)))
    .map(conflictOf);
}

/**
 * Turns Dexie's ConstraintError (the unique `&[athleteId+date]` index refusing a row, alone or
 * inside a BulkError) into a DuplicateCheckinError naming the refused rows; other errors pass through.
 */
export function mapCheckinConstraintError(error: unknown, rows: readonly CheckinKey[]): unknown {
  if (error instanceof Dexie.BulkError) {
    const refused = Object.entries(error.failuresByPos)
      .filter(([, failure]) => failure.name === 'ConstraintError')
      .flatMap(([position]) => rows.slice(Number(position), Number(position) + 1));
    return refused.length > 0 ? new DuplicateCheckinError(refused.map(conflictOf)) : error;
  }
  if (error instanceof Error && error.name === 'ConstraintError') {
    return new DuplicateCheckinError(rows.map(conflictOf));
  }
  return error;
}

function dateSpansByAthlete(entries: readonly CheckinKey[]): Map<string, { from: string; to: string }> {
  const spans = new Map<string, { from: string; to: string }>();
  for (const { athleteId, date } of entries) {
    const span = spans.get(athleteId);
    if (!span) spans.set(athleteId, { from: date, to: date });
    else if (date < span.from) span.from = date;
    else if (date > span.to) span.to = date;
  }
  return spans;
}
