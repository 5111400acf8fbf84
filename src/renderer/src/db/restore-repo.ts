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
import {
  BackupStreamError,
  BackupStreamVerifier,
  LineSplitter,
  STREAMED_BACKUP_FORMAT_VERSION,
} from '@shared/backup';
import { BACKUP_FORMAT } from './backup-repo';
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
export type BackupFileProblem = 'not-json' | 'not-a-backup' | 'newer-version' | 'damaged';

/**
 * The file is not JSON, not a backup of this app, from a newer version of it, or damaged (cut off,
 * its row counts or checksum do not match); nothing was written.
 */
export class BackupFileError extends Error {
  override readonly name = 'BackupFileError';

  constructor(
    readonly problem: BackupFileProblem,
    detail: string,
  ) {
    super(detail);
  }
}

/** The newest backup format this app reads (it writes it too). */
const NEWEST_FORMAT_VERSION = STREAMED_BACKUP_FORMAT_VERSION;

/** Version 1: one JSON object holding every table. */
const EnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(1),
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
 * Parses and checks a backup file without touching the database: the format (a version-2 stream, or
 * a version-1 JSON object), versions no newer than this app's, every row of every table against its
 * schema, then every reference between tables (see {@link checkReferences}), unique ids and one
 * check-in per athlete per day. Throws a BackupFileError for a file that is not a usable backup, or a
 * ValidationError (path `table.field`, index within the table) listing every bad row.
 */
export function readBackup(db: CoachDatabase, text: string): RestorableBackup {
  if (looksStreamed(firstLine(text))) {
    const reader = new StreamedBackupReader(db.verno);
    for (const line of text.split('\n')) reader.line(line);
    return reader.finish();
  }
  const envelope = readEnvelope(parseJson(text), db.verno);
  return checkTables(envelope, envelope.tables);
}

/**
 * {@link readBackup} for a file read in pieces (a File's stream, a stored backup read from the main
 * process): a version-2 backup is parsed line by line and never becomes one string; a version-1 file
 * is one JSON object, so its pieces are joined first.
 */
export async function readBackupChunks(
  db: CoachDatabase,
  pieces: AsyncIterable<string>,
): Promise<RestorableBackup> {
  const iterator = pieces[Symbol.asyncIterator]();
  let head = '';
  let isDone = false;
  while (!head.includes('\n')) {
    const next = await iterator.next();
    if (next.done) {
      isDone = true;
      break;
    }
    head += next.value;
  }
  if (!looksStreamed(firstLine(head))) {
    const parts = [head];
    while (!isDone) {
      const next = await iterator.next();
      if (next.done) isDone = true;
      else parts.push(next.value);
    }
    return readBackup(db, parts.join(''));
  }
  const reader = new StreamedBackupReader(db.verno);
  const splitter = new LineSplitter();
  for (const line of splitter.push(head)) reader.line(line);
  while (!isDone) {
    const next = await iterator.next();
    if (next.done) isDone = true;
    else for (const line of splitter.push(next.value)) reader.line(line);
  }
  for (const line of splitter.end()) reader.line(line);
  return reader.finish();
}

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return end === -1 ? text : text.slice(0, end);
}

/** A first line that is a whole JSON object with a version ≥ 2 is a stream's header. */
function looksStreamed(line: string): boolean {
  if (!line.trimStart().startsWith('{')) return false;
  const value = tryParseJson(line);
  return (
    typeof value === 'object' &&
    value !== null &&
    !('tables' in value && !Array.isArray(value.tables)) &&
    'formatVersion' in value &&
    typeof value.formatVersion === 'number' &&
    value.formatVersion >= 2
  );
}

function tryParseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Reads a version-2 stream line by line: header, rows gathered per table, trailer checked. */
class StreamedBackupReader {
  private readonly tables = new Map<string, unknown[]>();
  private readonly verifier = new BackupStreamVerifier((table, row) => {
    const rows = this.tables.get(table);
    if (rows) rows.push(row);
    else this.tables.set(table, [row]);
  });
  private isHeaderChecked = false;

  constructor(private readonly knownSchemaVersion: number) {}

  line(line: string): void {
    if (!this.isHeaderChecked) {
      this.checkHeaderLine(line);
      this.isHeaderChecked = true;
    }
    try {
      this.verifier.line(line);
    } catch (error) {
      throw toFileError(error);
    }
  }

  finish(): RestorableBackup {
    let summary;
    try {
      summary = this.verifier.finish();
    } catch (error) {
      throw toFileError(error);
    }
    const unknown = [...this.tables.keys()].filter((name) => !isTableName(name));
    if (unknown.length > 0)
      throw new BackupFileError('not-a-backup', `Not a usable backup: unknown table "${unknown[0]}"`);
    const { header } = summary;
    const tables = Object.fromEntries(
      BACKUP_TABLE_NAMES.map((name) => [name, this.tables.get(name) ?? []]),
    ) as Record<BackupTableName, unknown[]>;
    return checkTables(header, tables);
  }

  private checkHeaderLine(line: string): void {
    const value = tryParseJson(line);
    const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
    if (record.format !== BACKUP_FORMAT)
      throw new BackupFileError('not-a-backup', 'Not a coach dashboard backup (no "format" of this app)');
    checkVersions(record, this.knownSchemaVersion);
  }
}

function isTableName(name: string): name is BackupTableName {
  return (BACKUP_TABLE_NAMES as readonly string[]).includes(name);
}

function toFileError(error: unknown): unknown {
  if (!(error instanceof BackupStreamError)) return error;
  const problem = error.damage === 'no-header' || error.damage === 'bad-header' ? 'not-a-backup' : 'damaged';
  return new BackupFileError(problem, error.message);
}

/** Every row against its table's schema, then the references between tables. */
function checkTables(
  meta: { exportedAt: string; formatVersion: number; schemaVersion: number },
  tables: Record<BackupTableName, readonly unknown[]>,
): RestorableBackup {
  const issues: RowIssue[] = [];
  const rows = Object.fromEntries(
    BACKUP_TABLE_NAMES.map((name) => [name, validateRows(TABLE_SCHEMAS[name], tables[name], issues, name)]),
  ) as BackupRows;
  throwIfIssues(issues);
  checkReferences(rows, issues);
  throwIfIssues(issues);
  const counts = Object.fromEntries(
    BACKUP_TABLE_NAMES.map((name) => [name, rows[name].length]),
  ) as BackupCounts;
  const { exportedAt, formatVersion, schemaVersion } = meta;
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
  checkVersions(record, knownSchemaVersion);
  const result = EnvelopeSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue ? issue.path.map(String).join('.') : '';
    throw new BackupFileError('not-a-backup', `Not a usable backup: ${where} ${issue?.message ?? ''}`.trim());
  }
  return result.data;
}

function checkVersions(record: Record<string, unknown>, knownSchemaVersion: number): void {
  const { formatVersion, schemaVersion } = record;
  if (typeof formatVersion === 'number' && formatVersion > NEWEST_FORMAT_VERSION) {
    throw new BackupFileError(
      'newer-version',
      `Backup format ${formatVersion} is newer than ${NEWEST_FORMAT_VERSION}`,
    );
  }
  if (typeof schemaVersion === 'number' && schemaVersion > knownSchemaVersion) {
    throw new BackupFileError(
      'newer-version',
      `Database version ${schemaVersion} is newer than ${knownSchemaVersion}`,
    );
  }
}

/** The record kind a reference points at, for the message ("No squad "s9" in the backup"). */
const TARGET_NAMES = {
  squads: 'squad',
  athletes: 'athlete',
  seasons: 'season',
  blocks: 'block',
} as const;

/**
 * Every reference between tables (src/shared/model), as [table, field, target table, the ids the
 * row names]. A field that holds a list (squadIds, athleteIds) is checked element by element.
 */
function references(rows: BackupRows) {
  return [
    ['athletes', 'squadIds', 'squads', rows.athletes.map((row) => row.squadIds)],
    ['seasons', 'squadId', 'squads', rows.seasons.map((row) => optional(row.squadId))],
    ['blocks', 'seasonId', 'seasons', rows.blocks.map((row) => [row.seasonId])],
    ['plannedSessions', 'blockId', 'blocks', rows.plannedSessions.map((row) => optional(row.blockId))],
    ['plannedSessions', 'squadId', 'squads', rows.plannedSessions.map((row) => optional(row.squadId))],
    ['plannedSessions', 'athleteIds', 'athletes', rows.plannedSessions.map((row) => row.athleteIds ?? [])],
    [
      'planAcknowledgements',
      'seasonId',
      'seasons',
      rows.planAcknowledgements.map((row) => optional(row.seasonId)),
    ],
    ['sessions', 'athleteId', 'athletes', rows.sessions.map((row) => [row.athleteId])],
    ['wellness', 'athleteId', 'athletes', rows.wellness.map((row) => [row.athleteId])],
    ['availability', 'athleteId', 'athletes', rows.availability.map((row) => [row.athleteId])],
  ] as const satisfies readonly (readonly [
    BackupTableName,
    string,
    keyof typeof TARGET_NAMES,
    readonly (readonly string[])[],
  ])[];
}

function optional(id: string | undefined): string[] {
  return id === undefined ? [] : [id];
}

/**
 * Appends an issue for each row that breaks a rule no single-row schema can see: ids unique per
 * table, every reference between tables pointing at a row of the backup (a dangling one is listed
 * with the id it names), one check-in per athlete per day.
 */
function checkReferences(rows: BackupRows, issues: RowIssue[]): void {
  for (const name of BACKUP_TABLE_NAMES) checkUniqueIds(name, rows[name], issues);
  const ids = {
    squads: new Set(rows.squads.map((row) => row.id)),
    athletes: new Set(rows.athletes.map((row) => row.id)),
    seasons: new Set(rows.seasons.map((row) => row.id)),
    blocks: new Set(rows.blocks.map((row) => row.id)),
  };
  for (const [table, field, target, named] of references(rows)) {
    named.forEach((rowIds, index) => {
      for (const id of rowIds) {
        if (!ids[target].has(id))
          issues.push({
            index,
            path: `${table}.${field}`,
            message: `No ${TARGET_NAMES[target]} "${id}" in the backup`,
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
