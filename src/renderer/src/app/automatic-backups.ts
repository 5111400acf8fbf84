import { appDb, appDbChanges } from '../db/app-db';
import { exportDatabaseChunks } from '../db/backup-stream';
import type { Host } from '../host';

/**
 * Hands the host the way to stream this database as a backup and tells it about every write; the
 * host runs the schedule (browser) or answers the main process (Electron). Called once at start.
 */
export function startAutomaticBackups(host: Host): void {
  host.backups.start((exportedAt) => exportDatabaseChunks(appDb, { exportedAt, changes: appDbChanges }));
  appDbChanges.subscribe(() => host.backups.markChanged());
}
