import Dexie, { type EntityTable } from 'dexie';
import {
  createBackupScheduler,
  DEFAULT_BACKUP_INTERVAL_MS,
  planRotation,
  utf8ByteLength,
  verifyBackupStream,
  type BackupScheduler,
} from '@shared/backup';
import type { BackupEntry, BackupResult, BackupStatus } from '@shared/ipc/contract';
import {
  isPostponed,
  streamBackup,
  type BackupProducer,
  type BackupReason,
  type BackupsHost,
  type BackupSink,
} from './backups';

/** The separate IndexedDB database the browser host keeps its automatic backups in. */
export const BROWSER_BACKUP_DATABASE = 'coach-dashboard-backups';

/**
 * Test hook: a number of milliseconds in this localStorage key replaces the 15-minute interval (the
 * e2e tests set it before the page loads). Documented in docs/decisions/008-automatic-backups.md.
 */
export const BACKUP_INTERVAL_STORAGE_KEY = 'coach-dashboard:backup-interval-ms';

interface StoredBackup extends BackupEntry {
  pieceCount: number;
}

interface StoredPiece {
  backupId: string;
  index: number;
  text: string;
}

class BackupDatabase extends Dexie {
  backups!: EntityTable<StoredBackup, 'id'>;
  pieces!: EntityTable<StoredPiece, 'backupId'>;

  constructor() {
    super(BROWSER_BACKUP_DATABASE, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ backups: 'id', pieces: '[backupId+index], backupId' });
  }
}

/** Same name as a file in Electron's folder, so the contract's id check fits both. */
function backupId(date: Date, suffix: string): string {
  return `coach-backup-${date.toISOString().replace(/[:.]/g, '-')}${suffix}.ndjson`;
}

export function readIntervalMs(storage: Pick<Storage, 'getItem'> | undefined): number {
  const value = Number(storage?.getItem(BACKUP_INTERVAL_STORAGE_KEY) ?? '');
  return Number.isFinite(value) && value >= 100 ? value : DEFAULT_BACKUP_INTERVAL_MS;
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 500);
}

/**
 * The browser's automatic backups: written piece by piece under an id no list shows yet, read back
 * and checked (header, counts, checksum), then made visible by writing their entry (the browser's
 * "rename"), and only then rotated with the same policy as Electron. Schedule: at start, and every
 * interval while something changed (a page cannot wait for a backup when it closes).
 */
export function createBrowserBackups(): BackupsHost {
  let database: BackupDatabase | null = null;
  let producer: BackupProducer | null = null;
  let scheduler: BackupScheduler | null = null;
  let lastResult: BackupResult | null = null;
  const listeners = new Set<(status: BackupStatus) => void>();
  const db = () => (database ??= new BackupDatabase());

  const status = (): BackupStatus => ({ folder: null, isDefaultFolder: true, lastResult });

  function record(result: BackupResult): void {
    lastResult = result;
    for (const listener of listeners) listener(status());
  }

  async function* readPieces(id: string): AsyncGenerator<string> {
    const entry = await db().backups.get(id);
    const count = entry?.pieceCount ?? (await db().pieces.where('backupId').equals(id).count());
    for (let index = 0; index < count; index += 1) {
      const piece = await db().pieces.get({ backupId: id, index });
      if (!piece) throw new Error(`Piece ${index} of the backup is missing`);
      yield piece.text;
    }
  }

  async function removeBackup(id: string): Promise<void> {
    await db().transaction('rw', db().backups, db().pieces, async () => {
      await db().backups.delete(id);
      await db().pieces.where('backupId').equals(id).delete();
    });
  }

  function folderSink(): BackupSink<BackupEntry> {
    const streams = new Map<string, { count: number; size: number }>();
    return {
      async begin() {
        const now = new Date();
        let id = backupId(now, '');
        for (let n = 1; (await db().backups.get(id)) !== undefined; n += 1)
          id = backupId(now, `-${n.toString(16).padStart(4, '0')}`);
        streams.set(id, { count: 0, size: 0 });
        return id;
      },
      async chunk(id, text) {
        const stream = streams.get(id);
        if (!stream) throw new Error('No such backup stream');
        await db().pieces.put({ backupId: id, index: stream.count, text });
        stream.count += 1;
        stream.size += utf8ByteLength(text);
      },
      async finish(id) {
        const stream = streams.get(id);
        streams.delete(id);
        if (!stream) throw new Error('No such backup stream');
        try {
          const summary = await verifyBackupStream(readPieces(id));
          const entry: BackupEntry = {
            id,
            createdAt: summary.header.exportedAt,
            sizeBytes: stream.size,
            counts: summary.counts,
          };
          await db().backups.put({ ...entry, pieceCount: stream.count });
          return entry;
        } catch (error) {
          await removeBackup(id).catch(() => undefined);
          throw error;
        }
      },
      async abort(id) {
        streams.delete(id);
        await removeBackup(id);
      },
    };
  }

  async function rotate(keepId: string): Promise<void> {
    const entries = await db().backups.toArray();
    const plan = planRotation(
      entries.map((entry) => ({ id: entry.id, createdAtMs: Date.parse(entry.createdAt) })),
      Date.now(),
    );
    for (const id of plan.remove) if (id !== keepId) await removeBackup(id);
  }

  async function backUp(reason: BackupReason): Promise<BackupEntry> {
    if (!producer) throw new Error('Backups have not started');
    const entry = await streamBackup(producer, folderSink());
    if (!entry) throw new Error('The backup was not written');
    await rotate(entry.id);
    record({ at: new Date().toISOString(), ok: true, reason, entry });
    return entry;
  }

  return {
    start(produce) {
      if (producer) return;
      producer = produce;
      scheduler = createBackupScheduler({
        intervalMs: readIntervalMs(typeof localStorage === 'undefined' ? undefined : localStorage),
        timers: {
          setInterval: (callback, ms) => window.setInterval(callback, ms),
          clearInterval: (handle) => window.clearInterval(handle as number),
        },
        run: async (reason) => {
          await backUp(reason);
        },
        onError: (error, reason) => {
          // Data that kept changing is not a failure: it stays marked, the next run takes it.
          if (isPostponed(error) && reason !== 'manual') return;
          record({ at: new Date().toISOString(), ok: false, reason, error: errorText(error) });
        },
      });
      scheduler.start();
    },
    markChanged() {
      scheduler?.markChanged();
    },
    async backUpNow() {
      if (!scheduler) throw new Error('Backups have not started');
      let entry: BackupEntry | null = null;
      await scheduler.runNow('manual');
      entry = lastResult?.entry ?? null;
      if (!entry) throw new Error('The backup was not written');
      return entry;
    },
    async saveToFile(suggestedName) {
      if (!producer) throw new Error('Backups have not started');
      // Each piece becomes a Blob at once: Chromium keeps blob data outside the page's heap.
      const parts: Blob[] = [];
      const saved = await streamBackup(producer, {
        begin: () => {
          parts.length = 0;
          return Promise.resolve('download');
        },
        chunk: (_id, text) => {
          parts.push(new Blob([text]));
          return Promise.resolve();
        },
        finish: () => Promise.resolve(true),
        abort: () => Promise.resolve(),
      });
      if (!saved) return { isSaved: false };
      downloadBlob(new Blob(parts, { type: 'application/x-ndjson' }), suggestedName);
      return { isSaved: true };
    },
    async list() {
      const entries = await db().backups.toArray();
      return entries
        .map(({ pieceCount: _pieceCount, ...entry }) => entry)
        .sort((a, b) => (a.id < b.id ? 1 : -1));
    },
    read: readPieces,
    getStatus: () => Promise.resolve(status()),
    canChooseFolder: false,
    chooseFolder: () => Promise.reject(new Error('The browser keeps backups in its own storage')),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Long enough for Chromium to start the download before the object URL goes away. */
const REVOKE_DELAY_MS = 10_000;

function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
}
