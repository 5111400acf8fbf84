import type { BackupEntry, BackupResult, BackupStatus, SaveTextFileResult } from '@shared/ipc/contract';

/** Makes a fresh backup stream (format version 2) dated `exportedAt`. */
export type BackupProducer = (exportedAt: string) => AsyncIterable<string>;

export type BackupReason = BackupResult['reason'];

/**
 * Automatic backups behind the host (ARCHITECTURE.md, "Main-process services"): in Electron the main
 * process owns the schedule, the folder and the files; in the browser they live in a separate
 * IndexedDB database with the same rotation and schedule. The renderer only produces the stream.
 */
export interface BackupsHost {
  /** Hands over how to make a backup; the schedule starts (browser) or main's requests are answered (Electron). */
  start(produce: BackupProducer): void;
  /** The database changed: the next scheduled run backs it up. */
  markChanged(): void;
  /** An automatic backup now; rejects (and the status says so) when it fails. */
  backUpNow(): Promise<BackupEntry>;
  /** The same stream saved as a file the coach picks (a dialog in Electron, a download in the browser). */
  saveToFile(suggestedName: string): Promise<SaveTextFileResult>;
  /** Newest first. */
  list(): Promise<BackupEntry[]>;
  /** A stored backup in pieces of whole lines, for the restore. */
  read(id: string): AsyncIterable<string>;
  getStatus(): Promise<BackupStatus>;
  /** Electron only: a folder dialog; the choice is kept. */
  readonly canChooseFolder: boolean;
  chooseFolder(): Promise<BackupStatus>;
  /** Every new status (a failed automatic backup included); answers a function that stops. */
  subscribe(listener: (status: BackupStatus) => void): () => void;
}

/** Where a stream goes, one attempt at a time. */
export interface BackupSink<T> {
  /** null: the coach cancelled (a save dialog). */
  begin(): Promise<string | null>;
  chunk(streamId: string, text: string): Promise<void>;
  finish(streamId: string): Promise<T>;
  abort(streamId: string, error: string, isRetrying: boolean): Promise<void>;
}

const ATTEMPTS = 3;

function isRetryable(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'isRetryable' in error && error.isRetryable === true;
}

function message(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 500);
}

/**
 * Streams one backup into `sink`; when the data changed while it was read (a retryable error), the
 * partial copy is aborted and the backup starts again, at most three times. Answers null when the
 * coach cancelled.
 */
export async function streamBackup<T>(
  produce: BackupProducer,
  sink: BackupSink<T>,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<T | null> {
  for (let attempt = 1; ; attempt += 1) {
    const streamId = await sink.begin();
    if (streamId === null) return null;
    try {
      for await (const piece of produce(new Date().toISOString())) await sink.chunk(streamId, piece);
    } catch (error) {
      const isRetrying = isRetryable(error) && attempt < ATTEMPTS;
      await sink.abort(streamId, message(error), isRetrying).catch(() => undefined);
      if (!isRetrying) throw error;
      await wait(attempt * 500);
      continue;
    }
    return sink.finish(streamId);
  }
}

/** A backup that could not run because the data kept changing: not lost, the next run takes it. */
export function isPostponed(error: unknown): boolean {
  return isRetryable(error);
}
