import Dexie, { type EntityTable } from 'dexie';

export const HISTORY_DATABASE_NAME = 'coach-dashboard-history';

/** What kind of bulk change a history entry stands before. */
export type HistoryKind = 'restore' | 'clear' | 'import' | 'squad-delete' | 'undo';

/** Rows per table, keyed by the athlete database's table names. */
export type TableCounts = Record<string, number>;

/**
 * One bulk change: when, what, and how much it did. The snapshot of the whole athlete database as it
 * was just before the change lives in `snapshotChunks` under the same id.
 */
export interface HistoryEntry {
  id: string;
  /** Orders the entries (timestamps of two quick changes can be equal). */
  seq: number;
  /** ISO timestamp of the change. */
  createdAt: string;
  kind: HistoryKind;
  /** What the coach recognises the change by, e.g. the file name; empty when there is none. */
  label: string;
  /** What the change did (rows imported, restored or removed); empty until the change has finished. */
  counts: TableCounts;
  /** Rows per table in the snapshot: what "return to before this" brings back. */
  snapshotCounts: TableCounts;
  /** The athlete database's schema version the snapshot was taken with. */
  schemaVersion: number;
  /** For an undo: the change it undid. */
  undid?: UndoneChange;
}

/** The change an undo undid (itself possibly an undo). */
export interface UndoneChange {
  kind: HistoryKind;
  label: string;
  createdAt: string;
  undid?: UndoneChange;
}

/** A slice of one table's rows in a snapshot (several per table keep each record small). */
export interface SnapshotChunk {
  /** `${entryId}/${table}/${index}`. */
  id: string;
  entryId: string;
  table: string;
  index: number;
  rows: unknown[];
}

/**
 * The undo history, kept apart from the athlete database so that replacing every table of that one
 * (a restore, an undo) never touches the snapshots. Survives reloads like the athlete database.
 */
export class HistoryDatabase extends Dexie {
  entries!: EntityTable<HistoryEntry, 'id'>;
  snapshotChunks!: EntityTable<SnapshotChunk, 'id'>;

  constructor(name: string = HISTORY_DATABASE_NAME) {
    // Strict durability: the snapshot must be on disk before the change it guards starts.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      entries: 'id, seq',
      snapshotChunks: 'id, entryId',
    });
  }
}
