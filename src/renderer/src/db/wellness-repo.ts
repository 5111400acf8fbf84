import { WellnessEntrySchema, type WellnessEntry } from '@shared/model';
import { findBatchConflicts, findExistingConflicts, mapCheckinConstraintError } from './checkin-conflicts';
import { bulkAddInChunks, createProgress, type ProgressCounter } from './chunked-write';
import type { CoachDatabase } from './database';
import { athleteDateBounds, type DateRange } from './date-range';
import { DuplicateCheckinError, RecordNotFoundError } from './errors';
import { parseOne, parseRows } from './validation';

/** A check-in as the grid sends it: the repository gives it its id. */
export type WellnessDraft = Omit<WellnessEntry, 'id'>;

/**
 * Validates, then writes all check-ins in one transaction. When any athlete already has a check-in
 * on that date, or two inputs share athlete and date, throws a DuplicateCheckinError listing every
 * conflict and writes nothing.
 */
export async function addWellnessEntries(
  db: CoachDatabase,
  inputs: readonly WellnessDraft[],
): Promise<WellnessEntry[]> {
  const entries = parseRows(
    WellnessEntrySchema,
    inputs.map((input) => ({ ...input, id: crypto.randomUUID() })),
  );
  if (entries.length === 0) return entries;
  await db.transaction('rw', db.wellness, () => insertCheckins(db, entries, createProgress(entries.length)));
  return entries;
}

/**
 * Writes parsed check-ins inside the caller's read-write transaction (which must include wellness):
 * refuses duplicates in the batch or against stored check-ins before writing, and maps the unique
 * index's ConstraintError to a DuplicateCheckinError should one slip through.
 */
export async function insertCheckins(
  db: CoachDatabase,
  entries: readonly WellnessEntry[],
  progress: ProgressCounter,
): Promise<void> {
  const conflicts = [...findBatchConflicts(entries), ...(await findExistingConflicts(db, entries))];
  if (conflicts.length > 0) throw new DuplicateCheckinError(conflicts);
  await bulkAddInChunks(db.wellness, entries, progress, mapCheckinConstraintError);
}

/** Check-ins of every athlete on one date, by athlete id. */
export function listWellnessOnDate(db: CoachDatabase, date: string): Promise<WellnessEntry[]> {
  return db.wellness.where('date').equals(date).sortBy('athleteId');
}

/** An athlete's check-ins in an inclusive date range, by date (read through `[athleteId+date]`). */
export function listWellnessForAthlete(
  db: CoachDatabase,
  athleteId: string,
  range?: DateRange,
): Promise<WellnessEntry[]> {
  const [lower, upper] = athleteDateBounds(athleteId, range);
  return db.wellness.where('[athleteId+date]').between(lower, upper, true, true).toArray();
}

/**
 * Replaces a stored check-in after validating it. Throws RecordNotFoundError when it is gone and
 * DuplicateCheckinError when another check-in already holds its athlete and date.
 */
export async function updateWellnessEntry(db: CoachDatabase, entry: WellnessEntry): Promise<WellnessEntry> {
  const parsed = parseOne(WellnessEntrySchema, entry);
  try {
    await db.transaction('rw', db.wellness, async () => {
      if ((await db.wellness.get(parsed.id)) === undefined)
        throw new RecordNotFoundError('wellness', parsed.id);
      const conflicts = await findExistingConflicts(db, [parsed], parsed.id);
      if (conflicts.length > 0) throw new DuplicateCheckinError(conflicts);
      await db.wellness.put(parsed);
    });
  } catch (error) {
    throw mapCheckinConstraintError(error, [parsed]);
  }
  return parsed;
}

/** Deletes a check-in; deleting one that is already gone is not an error. */
export async function deleteWellnessEntry(db: CoachDatabase, id: string): Promise<void> {
  await db.wellness.delete(id);
}

/** How many check-ins are stored. */
export function countWellness(db: CoachDatabase): Promise<number> {
  return db.wellness.count();
}
