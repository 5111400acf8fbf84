import type { Table } from 'dexie';
import { z } from 'zod';
import {
  AthleteSchema,
  AvailabilityEventSchema,
  BlockSchema,
  PlannedSessionSchema,
  BlockTemplateSchema,
  PlanAcknowledgementSchema,
  SeasonSchema,
  SessionSchema,
  SettingsSchema,
  SquadSchema,
  WellnessEntrySchema,
} from '@shared/model';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from './backup-repo';
import { mapCheckinConstraintError } from './checkin-conflicts';
import { bulkAddInChunks, createProgress, type ProgressCallback } from './chunked-write';
import type { CoachDatabase, SettingsRow } from './database';
import type { RowIssue } from './errors';
import { SETTINGS_ROW_ID } from './settings-repo';
import { throwIfIssues, validateRows } from './validation';

/** The names of the database's tables (its Dexie Table properties). */
type DatabaseTableName = {
  [Key in keyof CoachDatabase]: CoachDatabase[Key] extends Table ? Key : never;
}[keyof CoachDatabase];

/**
 * Each table of a backup with the schema its rows must pass, in the order they are written. The
 * `satisfies` makes a table added to the database without a line here a compile error.
 */
const TABLE_SCHEMAS = {
  squads: SquadSchema,
  athletes: AthleteSchema,
  seasons: SeasonSchema,
  blocks: BlockSchema,
  plannedSessions: PlannedSessionSchema,
  blockTemplates: BlockTemplateSchema,
  planAcknowledgements: PlanAcknowledgementSchema,
  sessions: SessionSchema,
  wellness: WellnessEntrySchema,
  availability: AvailabilityEventSchema,
  settings: SettingsSchema.extend({ id: z.literal(SETTINGS_ROW_ID) }),
} satisfies Record<DatabaseTableName, z.ZodType>;

export type BackupTableName = keyof typeof TABLE_SCHEMAS;

/** Every table a backup holds, in the order a restore writes them. */
export const BACKUP_TABLE_NAMES = Object.keys(TABLE_SCHEMAS) as readonly BackupTableName[];

/** Rows per table. */
export type BackupCounts = Record<BackupTableName, number>;

type BackupRows = { [Name in BackupTableName]: z.output<(typeof TABLE_SCHEMAS)[Name]>[] };

/** A backup file that passed every check: safe to write. Made by {@link readBackup}. */
export interface RestorableBackup {
  exportedAt: string;
  formatVersion: number;
  schemaVersion: number;
  rows: BackupRows;
  counts: BackupCounts;
}

/** Why a file cannot be read as a backup at all (before any row is looked at). */
export type BackupFileProblem = 'not-json' | 'not-a-backup' | 'newer-version';

/** The file is not JSON, not a backup of this app, or from a newer version of it; nothing was written. */
export class BackupFileError extends Error {
  override readonly name = 'BackupFileError';

  constructor(
    readonly problem: BackupFileProblem,
    detail: string,
  ) {
    super(detail);
  }
}

const EnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  schemaVersion: z.number().int().min(1),
  exportedAt: z.iso.datetime({ offset: true }),
  // A table missing from the file (one added to the database later) restores as empty.
  tables: z.strictObject(
    Object.fromEntries(BACKUP_TABLE_NAMES.map((name) => [name, z.array(z.unknown()).default([])])) as Record<
      BackupTableName,
      z.ZodDefault<z.ZodArray<z.ZodUnknown>>
    >,
  ),
});

/**
 * Parses and checks a backup file without touching the database: the envelope (format, versions no
 * newer than this app's), every row of every table against its schema, then references (sessions,
 * check-ins and availability name an athlete of the backup; ids unique per table; one check-in per
 * athlete per day). Throws a BackupFileError for a file that is not a usable backup, or a
 * ValidationError (path `table.field`, index within the table) listing every bad row.
 */
export function readBackup(db: CoachDatabase, jsonText: string): RestorableBackup {
  const envelope = readEnvelope(parseJson(jsonText), db.verno);
  const issues: RowIssue[] = [];
  const rows = Object.fromEntries(
    BACKUP_TABLE_NAMES.map((name) => [
      name,
      validateRows(TABLE_SCHEMAS[name], envelope.tables[name], issues, name),
    ]),
  ) as BackupRows;
  throwIfIssues(issues);
  checkReferences(rows, issues);
  throwIfIssues(issues);
  const counts = Object.fromEntries(
    BACKUP_TABLE_NAMES.map((name) => [name, rows[name].length]),
  ) as BackupCounts;
  const { exportedAt, formatVersion, schemaVersion } = envelope;
  return { exportedAt, formatVersion, schemaVersion, rows, counts };
}

/**
 * Replaces every table with the backup's rows in one transaction: clears them, then bulkAdds in
 * chunks, calling `onProgress(done, total)` after each chunk. All or nothing: if any write fails,
 * the transaction aborts and the previous data is untouched.
 */
export async function writeBackup(
  db: CoachDatabase,
  backup: RestorableBackup,
  onProgress?: ProgressCallback,
): Promise<BackupCounts> {
  const { rows } = backup;
  const progress = createProgress(sumCounts(backup.counts), onProgress);
  const tables = BACKUP_TABLE_NAMES.map((name) => db.table(name));
  await db.transaction('rw', tables, async () => {
    await Promise.all(tables.map((table) => table.clear()));
    await bulkAddInChunks(db.squads, rows.squads, progress);
    await bulkAddInChunks(db.athletes, rows.athletes, progress);
    await bulkAddInChunks(db.seasons, rows.seasons, progress);
    await bulkAddInChunks(db.blocks, rows.blocks, progress);
    await bulkAddInChunks(db.plannedSessions, rows.plannedSessions, progress);
    await bulkAddInChunks(db.blockTemplates, rows.blockTemplates, progress);
    await bulkAddInChunks(db.planAcknowledgements, rows.planAcknowledgements, progress);
    await bulkAddInChunks(db.sessions, rows.sessions, progress);
    await bulkAddInChunks(db.wellness, rows.wellness, progress, mapCheckinConstraintError);
    await bulkAddInChunks(db.availability, rows.availability, progress);
    // The settings table's key type is the literal 'app'; the chunked writer takes string keys.
    await bulkAddInChunks(db.table<SettingsRow, string>(db.settings.name), rows.settings, progress);
  });
  return { ...backup.counts };
}

/** {@link readBackup} then {@link writeBackup}: checks the whole file first, then replaces everything. */
export async function restoreDatabase(
  db: CoachDatabase,
  jsonText: string,
  onProgress?: ProgressCallback,
): Promise<BackupCounts> {
  return writeBackup(db, readBackup(db, jsonText), onProgress);
}

/** Rows in all tables together. */
function sumCounts(counts: BackupCounts): number {
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}

function parseJson(jsonText: string): unknown {
  try {
    return JSON.parse(jsonText) as unknown;
  } catch (error) {
    throw new BackupFileError(
      'not-json',
      `Not a JSON file: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function readEnvelope(value: unknown, knownSchemaVersion: number): z.output<typeof EnvelopeSchema> {
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  if (record.format !== BACKUP_FORMAT) {
    throw new BackupFileError('not-a-backup', 'Not a coach dashboard backup (no "format" of this app)');
  }
  const { formatVersion, schemaVersion } = record;
  if (typeof formatVersion === 'number' && formatVersion > BACKUP_FORMAT_VERSION) {
    throw new BackupFileError(
      'newer-version',
      `Backup format ${formatVersion} is newer than ${BACKUP_FORMAT_VERSION}`,
    );
  }
  if (typeof schemaVersion === 'number' && schemaVersion > knownSchemaVersion) {
    throw new BackupFileError(
      'newer-version',
      `Database version ${schemaVersion} is newer than ${knownSchemaVersion}`,
    );
  }
  const result = EnvelopeSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue ? issue.path.map(String).join('.') : '';
    throw new BackupFileError('not-a-backup', `Not a usable backup: ${where} ${issue?.message ?? ''}`.trim());
  }
  return result.data;
}

/** Appends an issue for each row that breaks a rule no single-row schema can see. */
function checkReferences(rows: BackupRows, issues: RowIssue[]): void {
  for (const name of BACKUP_TABLE_NAMES) checkUniqueIds(name, rows[name], issues);
  const athleteIds = new Set(rows.athletes.map((athlete) => athlete.id));
  for (const name of ['sessions', 'wellness', 'availability'] as const) {
    rows[name].forEach((row, index) => {
      if (!athleteIds.has(row.athleteId)) {
        issues.push({
          index,
          path: `${name}.athleteId`,
          message: `No athlete "${row.athleteId}" in the backup`,
        });
      }
    });
  }
  const checkinDays = new Set<string>();
  rows.wellness.forEach((entry, index) => {
    const key = `${entry.athleteId}\u0000${entry.date}`;
    if (checkinDays.has(key)) {
      const message = `A second check-in of "${entry.athleteId}" on ${entry.date}`;
      issues.push({ index, path: 'wellness.date', message });
    }
    checkinDays.add(key);
  });
}

function checkUniqueIds(name: BackupTableName, rows: readonly { id: string }[], issues: RowIssue[]): void {
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    if (seen.has(row.id))
      issues.push({ index, path: `${name}.id`, message: `The id "${row.id}" occurs twice` });
    seen.add(row.id);
  });
}
