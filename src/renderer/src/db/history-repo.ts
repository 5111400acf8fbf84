import { bulkAddInChunks, createProgress, type ProgressCallback } from './chunked-write';
import type { CoachDatabase } from './database';
import type {
  HistoryDatabase,
  HistoryEntry,
  HistoryKind,
  SnapshotChunk,
  TableCounts,
  UndoneChange,
} from './history-database';

/** How many bulk changes the history keeps; recording one more drops the oldest. */
export const HISTORY_LIMIT = 10;

/** Rows per stored snapshot chunk: keeps each record small whatever the size of the database. */
export const SNAPSHOT_CHUNK_SIZE = 5_000;

/** Every row of every table of the athlete database at one moment. */
export interface DatabaseSnapshot {
  schemaVersion: number;
  rows: Record<string, unknown[]>;
}

/** A bulk change about to happen: what it is and what the coach knows it by (a file name). */
export interface BulkChange {
  kind: Exclude<HistoryKind, 'undo'>;
  label: string;
}

/** The snapshot before a change could not be stored, so the change was not made. */
export class SnapshotFailedError extends Error {
  override readonly name = 'SnapshotFailedError';

  constructor(override readonly cause: unknown) {
    super(`The snapshot before the change could not be saved: ${describe(cause)}`);
  }
}

/** Why a history entry cannot be returned to. */
export type UndoProblem = 'gone' | 'other-version';

/** The entry is no longer in the history, or was taken by another version of the database. */
export class UndoUnavailableError extends Error {
  override readonly name = 'UndoUnavailableError';

  constructor(
    readonly problem: UndoProblem,
    detail: string,
  ) {
    super(detail);
  }
}

/** Reads every table in one read transaction, so the snapshot is consistent. */
export async function takeSnapshot(db: CoachDatabase): Promise<DatabaseSnapshot> {
  const rows = await db.transaction('r', db.tables, async () => {
    const entries = await Promise.all(
      db.tables.map(async (table) => [table.name, (await table.toArray()) as unknown[]] as const),
    );
    return Object.fromEntries(entries);
  });
  return { schemaVersion: db.verno, rows };
}

/**
 * Stores `snapshot` as the newest history entry, and drops the entries beyond {@link HISTORY_LIMIT}
 * with their snapshots, all in one transaction. Returns the entry (without the rows).
 */
export async function recordSnapshot(
  history: HistoryDatabase,
  snapshot: DatabaseSnapshot,
  change: Pick<HistoryEntry, 'kind' | 'label' | 'undid'>,
  now: Date = new Date(),
): Promise<HistoryEntry> {
  const id = crypto.randomUUID();
  const chunks: SnapshotChunk[] = [];
  const snapshotCounts: TableCounts = {};
  for (const [table, rows] of Object.entries(snapshot.rows)) {
    snapshotCounts[table] = rows.length;
    for (let start = 0, index = 0; start < rows.length; start += SNAPSHOT_CHUNK_SIZE, index += 1) {
      const slice = rows.slice(start, start + SNAPSHOT_CHUNK_SIZE);
      chunks.push({ id: `${id}/${table}/${index}`, entryId: id, table, index, rows: slice });
    }
  }
  return history.transaction('rw', history.entries, history.snapshotChunks, async () => {
    const last = await history.entries.orderBy('seq').last();
    const entry: HistoryEntry = {
      id,
      seq: (last?.seq ?? 0) + 1,
      createdAt: now.toISOString(),
      kind: change.kind,
      label: change.label,
      counts: {},
      snapshotCounts,
      schemaVersion: snapshot.schemaVersion,
      ...(change.undid ? { undid: change.undid } : {}),
    };
    await history.entries.add(entry);
    await history.snapshotChunks.bulkAdd(chunks);
    const newestFirst = await history.entries.orderBy('seq').reverse().primaryKeys();
    const dropped = newestFirst.slice(HISTORY_LIMIT);
    if (dropped.length > 0) {
      await history.snapshotChunks.where('entryId').anyOf(dropped).delete();
      await history.entries.bulkDelete(dropped);
    }
    return entry;
  });
}

/**
 * Runs a bulk change behind a snapshot: first the whole database is read and stored in the history
 * (if that fails, `write` never runs and a SnapshotFailedError says so), then `write` runs. When
 * `write` fails, its entry is dropped again (the change did not happen, its own transaction saw to
 * that); when it succeeds, the entry gets `countsOf(result, rows per table before)`: what the change
 * did.
 */
export async function runWithSnapshot<T>(
  db: CoachDatabase,
  history: HistoryDatabase,
  change: Pick<HistoryEntry, 'kind' | 'label' | 'undid'>,
  write: () => Promise<T>,
  countsOf: (result: T, snapshotCounts: TableCounts) => TableCounts,
  now: Date = new Date(),
): Promise<{ result: T; entry: HistoryEntry }> {
  let entry: HistoryEntry;
  try {
    entry = await recordSnapshot(history, await takeSnapshot(db), change, now);
  } catch (error) {
    throw new SnapshotFailedError(error);
  }
  let result: T;
  try {
    result = await write();
  } catch (error) {
    await forgetEntry(history, entry.id).catch(() => undefined);
    throw error;
  }
  const counts = countsOf(result, entry.snapshotCounts);
  // The change is done; failing to note its counts must not make it look failed.
  await history.entries.update(entry.id, { counts }).catch(() => undefined);
  return { result, entry: { ...entry, counts } };
}

/** The history, newest first (without the snapshot rows). */
export async function listHistory(history: HistoryDatabase): Promise<HistoryEntry[]> {
  return history.entries.orderBy('seq').reverse().toArray();
}

/** The snapshot stored before the change of `entryId`. */
export async function loadSnapshot(history: HistoryDatabase, entryId: string): Promise<DatabaseSnapshot> {
  return history.transaction('r', history.entries, history.snapshotChunks, async () => {
    const entry = await history.entries.get(entryId);
    if (!entry) throw new UndoUnavailableError('gone', `No history entry "${entryId}"`);
    const chunks = await history.snapshotChunks.where('entryId').equals(entryId).toArray();
    chunks.sort((a, b) => a.table.localeCompare(b.table) || a.index - b.index);
    const rows: Record<string, unknown[]> = Object.fromEntries(
      Object.keys(entry.snapshotCounts).map((table) => [table, []]),
    );
    for (const chunk of chunks) (rows[chunk.table] ??= []).push(...chunk.rows);
    return { schemaVersion: entry.schemaVersion, rows };
  });
}

/**
 * Returns the database to how it was just before the change of `entryId`. The present state is
 * snapshotted first (as an 'undo' entry, so the undo can itself be undone from the history); then
 * every table is cleared and refilled in one read-write transaction, so a failure or a crash half
 * way leaves the database as it was. Returns the undo's own history entry.
 */
export async function returnToBefore(
  db: CoachDatabase,
  history: HistoryDatabase,
  entryId: string,
  onProgress?: ProgressCallback,
  now: Date = new Date(),
): Promise<HistoryEntry> {
  const target = await history.entries.get(entryId);
  if (!target) throw new UndoUnavailableError('gone', `No history entry "${entryId}"`);
  if (target.schemaVersion !== db.verno) {
    throw new UndoUnavailableError(
      'other-version',
      `The snapshot is of database version ${target.schemaVersion}, this app has ${db.verno}`,
    );
  }
  const snapshot = await loadSnapshot(history, entryId);
  const undid: UndoneChange = {
    kind: target.kind,
    label: target.label,
    createdAt: target.createdAt,
    ...(target.undid ? { undid: target.undid } : {}),
  };
  const { entry } = await runWithSnapshot(
    db,
    history,
    { kind: 'undo', label: target.label, undid },
    () => writeSnapshot(db, snapshot, onProgress),
    () => ({ ...target.snapshotCounts }),
    now,
  );
  return entry;
}

/** Replaces every table with the snapshot's rows in one transaction (all or nothing). */
export async function writeSnapshot(
  db: CoachDatabase,
  snapshot: DatabaseSnapshot,
  onProgress?: ProgressCallback,
): Promise<void> {
  const unknown = Object.keys(snapshot.rows).filter(
    (name) => !db.tables.some((table) => table.name === name),
  );
  if (unknown.length > 0) {
    throw new UndoUnavailableError(
      'other-version',
      `The snapshot has tables this app does not: ${unknown.join(', ')}`,
    );
  }
  const total = Object.values(snapshot.rows).reduce((sum, rows) => sum + rows.length, 0);
  const progress = createProgress(total, onProgress);
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    for (const { name } of db.tables) {
      await bulkAddInChunks(db.table<unknown, string>(name), snapshot.rows[name] ?? [], progress);
    }
  });
}

/** Drops one entry and its snapshot. */
async function forgetEntry(history: HistoryDatabase, entryId: string): Promise<void> {
  await history.transaction('rw', history.entries, history.snapshotChunks, async () => {
    await history.snapshotChunks.where('entryId').equals(entryId).delete();
    await history.entries.delete(entryId);
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
