import type { z } from 'zod';
import {
  SessionSchema,
  SquadSchema,
  WellnessEntrySchema,
  type Athlete,
  type SessionInput,
  type WellnessEntry,
} from '@shared/model';
import { createRosterResolver, type RosterResolver } from './athlete-names';
import { buildAthletesFromNames } from './athletes-repo';
import {
  bulkAddInChunks,
  createProgress,
  type ProgressCallback,
  type ProgressCounter,
} from './chunked-write';
import type { CoachDatabase } from './database';
import type { RowIssue } from './errors';
import { throwIfIssues, validateRows } from './validation';
import { insertCheckins } from './wellness-repo';

/** A session row of a CSV file; `athlete` is a name (or an athlete id) as written in the file. */
export type ImportedSessionRow = { athlete: string } & Omit<SessionInput, 'id' | 'athleteId'>;

/** A check-in row of a CSV file; `athlete` is a name (or an athlete id) as written in the file. */
export type ImportedWellnessRow = { athlete: string } & Omit<WellnessEntry, 'id' | 'athleteId'>;

/** What the importer confirmed: the new athletes to create and the rows to write. */
export interface ImportBatch<Row> {
  newAthleteNames: readonly string[];
  rows: readonly Row[];
  /** The squad the new athletes are put in; none when absent or null. */
  newAthleteSquadId?: string | null;
  /** A squad to create (in the same transaction) and put the new athletes in, instead of an existing one. */
  newSquad?: { name: string; colour: string } | null;
}

/** What an import wrote. */
export interface ImportResult {
  athletesCreated: number;
  rowsWritten: number;
}

interface ImportTarget<Row, Rec> {
  tableName: 'sessions' | 'wellness';
  schema: z.ZodType<Rec>;
  toDraft(row: Row, athleteId: string): unknown;
  write(records: readonly Rec[], progress: ProgressCounter): Promise<void>;
}

/** Stands in for an unresolved athlete so that the row's other fields are still checked. */
const UNRESOLVED_ATHLETE_ID = 'unresolved';

/**
 * Imports session rows in one transaction: creates the confirmed new athletes, resolves each row's
 * athlete by name (case-insensitive, trimmed) or id, and bulkAdds the rows (source 'import') in
 * chunks with progress. An unresolved athlete or an invalid row throws a ValidationError and
 * nothing is written.
 */
export function importSessions(
  db: CoachDatabase,
  batch: ImportBatch<ImportedSessionRow>,
  onProgress?: ProgressCallback,
): Promise<ImportResult> {
  return runImport(db, batch, onProgress, {
    tableName: 'sessions',
    schema: SessionSchema,
    // zod drops the `athlete` column (unknown keys are stripped).
    toDraft: (row, athleteId) => ({ ...row, id: crypto.randomUUID(), athleteId, source: 'import' }),
    write: (records, progress) => bulkAddInChunks(db.sessions, records, progress),
  });
}

/**
 * Imports check-in rows like {@link importSessions}; a row whose athlete already has a check-in
 * that day (or two rows for one athlete-day) throws a DuplicateCheckinError and nothing is written.
 */
export function importWellness(
  db: CoachDatabase,
  batch: ImportBatch<ImportedWellnessRow>,
  onProgress?: ProgressCallback,
): Promise<ImportResult> {
  return runImport(db, batch, onProgress, {
    tableName: 'wellness',
    schema: WellnessEntrySchema,
    toDraft: (row, athleteId) => ({ ...row, id: crypto.randomUUID(), athleteId }),
    write: (records, progress) => insertCheckins(db, records, progress),
  });
}

async function runImport<Row extends { athlete: string }, Rec>(
  db: CoachDatabase,
  batch: ImportBatch<Row>,
  onProgress: ProgressCallback | undefined,
  target: ImportTarget<Row, Rec>,
): Promise<ImportResult> {
  return db.transaction('rw', ['athletes', 'squads', target.tableName], async () => {
    const issues: RowIssue[] = [];
    const roster = await db.athletes.toArray();
    const newSquad = batch.newSquad
      ? validateRows(SquadSchema, [{ ...batch.newSquad, id: crypto.randomUUID() }], issues, 'newSquad')[0]
      : undefined;
    const squadId = newSquad?.id ?? batch.newAthleteSquadId ?? null;
    if (!newSquad && squadId !== null && (await db.squads.get(squadId)) === undefined) {
      issues.push({ index: 0, path: 'newAthleteSquadId', message: 'The chosen squad no longer exists' });
    }
    const newAthletes = confirmedNewAthletes(
      batch.newAthleteNames,
      createRosterResolver(roster),
      issues,
      squadId === null ? [] : [squadId],
    );
    const resolver = createRosterResolver([...roster, ...newAthletes]);
    const drafts = batch.rows.map((row, index) =>
      target.toDraft(row, resolveRow(resolver, row, index, issues)),
    );
    const records = validateRows(target.schema, drafts, issues);
    throwIfIssues(issues.sort((a, b) => a.index - b.index));
    if (newSquad) await db.squads.add(newSquad);
    await db.athletes.bulkAdd(newAthletes);
    await target.write(records, createProgress(records.length, onProgress));
    return { athletesCreated: newAthletes.length, rowsWritten: records.length };
  });
}

/** New athletes (in `squadIds`) for the confirmed names that the roster does not already know. */
function confirmedNewAthletes(
  names: readonly string[],
  roster: RosterResolver,
  issues: RowIssue[],
  squadIds: readonly string[],
): Athlete[] {
  const fresh = names.filter((name) => roster.resolve(name).kind === 'unknown');
  const nameIssues: RowIssue[] = [];
  const athletes = buildAthletesFromNames(fresh, nameIssues, 'newAthleteNames', squadIds);
  // Report positions in the caller's list, not in the filtered one.
  for (const issue of nameIssues) {
    issues.push({ ...issue, index: names.indexOf(fresh[issue.index] ?? '') });
  }
  return athletes;
}

function resolveRow(
  resolver: RosterResolver,
  row: { athlete: string },
  index: number,
  issues: RowIssue[],
): string {
  const resolution = resolver.resolve(row.athlete);
  if (resolution.kind === 'known') return resolution.athleteId;
  const message =
    resolution.kind === 'unknown'
      ? `Unknown athlete "${row.athlete}" (not confirmed as a new athlete)`
      : `"${row.athlete}" matches ${resolution.athleteIds.length} athletes; use the athlete id`;
  issues.push({ index, path: 'athlete', message });
  return UNRESOLVED_ATHLETE_ID;
}
