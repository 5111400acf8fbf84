import type { IndexableType, Table } from 'dexie';
import { BACKUP_FORMAT, BackupStreamEncoder, STREAMED_BACKUP_FORMAT_VERSION } from '@shared/backup';
import type { ChangeTracker } from './change-tracker';
import type { CoachDatabase } from './database';
import { BACKUP_TABLE_NAMES } from './restore-repo';

/** The data changed while the backup was read: this copy may not be consistent, so it is dropped. */
export class BackupInterruptedError extends Error {
  override readonly name = 'BackupInterruptedError';
  /** Trying again at once is the right answer. */
  readonly isRetryable = true;

  constructor() {
    super('The data changed while the backup was being made');
  }
}

export interface StreamedExportOptions {
  /** ISO timestamp written in the header. */
  readonly exportedAt: string;
  /** Rows read per IndexedDB request (one short read transaction each). */
  readonly pageSize?: number;
  /** A piece is yielded once it holds this many characters. */
  readonly chunkChars?: number;
  /** When given, a write during the export makes it fail with {@link BackupInterruptedError}. */
  readonly changes?: ChangeTracker;
}

const DEFAULT_PAGE_SIZE = 2_000;
const DEFAULT_CHUNK_CHARS = 4_000_000;

/**
 * The whole database as a streamed backup (format version 2, src/shared/backup/format.ts): pieces of
 * whole lines, table by table, each table read in pages by primary key. At most one page and one
 * piece are held at a time, so a club database never becomes one string. Pages are separate read
 * transactions (IndexedDB ends a transaction that waits for the consumer), so a write during the
 * export is detected through `changes` and the export stops rather than mix two states.
 */
export async function* exportDatabaseChunks(
  db: CoachDatabase,
  options: StreamedExportOptions,
): AsyncGenerator<string> {
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  const chunkChars = options.chunkChars ?? DEFAULT_CHUNK_CHARS;
  const startCount = options.changes?.count();
  const checkUnchanged = () => {
    if (options.changes && options.changes.count() !== startCount) throw new BackupInterruptedError();
  };
  await db.open();
  const encoder = new BackupStreamEncoder({
    format: BACKUP_FORMAT,
    formatVersion: STREAMED_BACKUP_FORMAT_VERSION,
    schemaVersion: db.verno,
    exportedAt: options.exportedAt,
    tables: [...BACKUP_TABLE_NAMES],
  });
  let piece = encoder.start();
  for (const name of BACKUP_TABLE_NAMES) {
    // Every table's primary key is `id`.
    const table: Table<{ id: IndexableType }, IndexableType> = db.table(name);
    let lastKey: IndexableType | undefined;
    for (;;) {
      const collection = lastKey === undefined ? table.toCollection() : table.where(':id').above(lastKey);
      const rows = await collection.limit(pageSize).toArray();
      checkUnchanged();
      for (const row of rows) piece += encoder.row(name, row);
      lastKey = rows[rows.length - 1]?.id;
      if (piece.length >= chunkChars) {
        yield piece;
        piece = '';
      }
      if (rows.length < pageSize) break;
    }
  }
  checkUnchanged();
  yield piece + encoder.end();
}
