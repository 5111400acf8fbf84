import {
  createBackupScheduler,
  type BackupReason,
  type BackupScheduler,
  type BackupTimers,
} from '@shared/backup';
import type { BackupService } from './backup-service';

export interface MainBackupScheduleDeps {
  readonly service: BackupService;
  /** Asks the app's window for a backup stream; false when there is no window to ask. */
  readonly requestBackup: (reason: BackupReason) => boolean;
  readonly intervalMs: number;
  readonly timers: BackupTimers;
  /** How long a requested backup may take before it counts as failed. */
  readonly timeoutMs: (reason: BackupReason) => number;
  readonly onError: (error: unknown, reason: BackupReason) => void;
}

/**
 * Main's schedule: at start, every interval while the renderer said something changed, and on quit.
 * The database lives in the renderer, so each run asks the window for a stream and waits (bounded)
 * for the service to report its result; a window that does not answer counts as a failed backup.
 */
export function createMainBackupSchedule(deps: MainBackupScheduleDeps): BackupScheduler {
  return createBackupScheduler({
    intervalMs: deps.intervalMs,
    timers: deps.timers,
    onError: deps.onError,
    run: async (reason) => {
      const result = deps.service.waitForResult(deps.timeoutMs(reason), reason);
      if (!deps.requestBackup(reason)) {
        await deps.service.reportFailure(reason, 'No window is open to make the backup');
        throw new Error('No window is open to make the backup');
      }
      const answer = await result;
      if (answer.ok) return;
      // A timeout is not recorded by a stream; record it so the window shows it.
      if (answer.entry === undefined && answer.error?.startsWith('No backup arrived'))
        await deps.service.reportFailure(reason, answer.error);
      throw new Error(answer.error ?? 'The backup failed');
    },
  });
}
