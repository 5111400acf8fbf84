import type { CoachDatabase } from './database';

/** Identifies a backup file of this app. */
export const BACKUP_FORMAT = 'coach-dashboard-backup';

/** Bumped when the shape of the backup file (not of the database) changes. */
export const BACKUP_FORMAT_VERSION = 1;

/** The parsed shape of a backup file. */
export interface DatabaseBackup {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** The Dexie schema version the rows were written with. */
  schemaVersion: number;
  exportedAt: string;
  tables: Record<string, unknown[]>;
}

/**
 * Every table of the database as JSON, read in one transaction so the snapshot is consistent.
 * `exportedAt` comes from the caller (an ISO timestamp); the clock default is for convenience.
 */
export async function exportDatabase(
  db: CoachDatabase,
  exportedAt: string = new Date().toISOString(),
): Promise<string> {
  const tables = await db.transaction('r', db.tables, async () => {
    const entries = await Promise.all(
      db.tables.map(async (table) => [table.name, (await table.toArray()) as unknown[]] as const),
    );
    return Object.fromEntries(entries);
  });
  const backup: DatabaseBackup = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: db.verno,
    exportedAt,
    tables,
  };
  return JSON.stringify(backup);
}
