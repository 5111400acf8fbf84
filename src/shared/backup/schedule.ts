/**
 * When automatic backups run (issue #16): once at start, then every `intervalMs` while something
 * changed, and once more on quit. One backup at a time; a change made while one runs is kept for the
 * next. The timers are passed in, so Electron's main process, the browser host and the tests share
 * this logic.
 */

export type BackupReason = 'start' | 'interval' | 'quit' | 'manual';

export const DEFAULT_BACKUP_INTERVAL_MS = 15 * 60 * 1000;

export interface BackupTimers {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface BackupSchedulerOptions {
  readonly intervalMs: number;
  readonly timers: BackupTimers;
  /** Makes one backup; rejects when it failed (the failure is reported through `onError`). */
  readonly run: (reason: BackupReason) => Promise<void>;
  /** Called with every failed run: a failure is never swallowed. */
  readonly onError: (error: unknown, reason: BackupReason) => void;
}

export interface BackupScheduler {
  /** Backs up now (reason 'start') and starts the interval. */
  start(): void;
  /** Something changed: the next tick backs it up. */
  markChanged(): void;
  readonly hasChanges: boolean;
  /** Runs one backup now, after the one in progress; rejects when it fails (and reports it). */
  runNow(reason: BackupReason): Promise<void>;
  /** Stops the interval; a quit then calls runNow('quit') when `hasChanges`. */
  stop(): void;
}

export function createBackupScheduler(options: BackupSchedulerOptions): BackupScheduler {
  let isChanged = false;
  let handle: unknown = null;
  let queue: Promise<void> = Promise.resolve();
  let isRunning = false;

  function runNow(reason: BackupReason): Promise<void> {
    const next = queue.then(async () => {
      isRunning = true;
      const wasChanged = isChanged;
      isChanged = false;
      try {
        await options.run(reason);
      } catch (error) {
        // What was not backed up still needs backing up.
        if (wasChanged || reason !== 'manual') isChanged = true;
        options.onError(error, reason);
        throw error;
      } finally {
        isRunning = false;
      }
    });
    queue = next.catch(() => undefined);
    return next;
  }

  function tick(): void {
    if (!isChanged || isRunning) return;
    runNow('interval').catch(() => undefined);
  }

  return {
    start() {
      if (handle !== null) return;
      handle = options.timers.setInterval(tick, options.intervalMs);
      runNow('start').catch(() => undefined);
    },
    markChanged() {
      isChanged = true;
    },
    get hasChanges() {
      return isChanged;
    },
    runNow,
    stop() {
      if (handle !== null) options.timers.clearInterval(handle);
      handle = null;
    },
  };
}
