import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, readFile, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  BackupHeaderSchema,
  BackupTrailerSchema,
  DEFAULT_ROTATION_POLICY,
  planRotation,
  verifyBackupStream,
  type BackupReason,
  type RotationPolicy,
} from '@shared/backup';
import {
  BackupIdSchema,
  type BackupEntry,
  type BackupFinishResult,
  type BackupResult,
  type BackupStatus,
} from '@shared/ipc/contract';
import { openAtomicFileWriter, type AtomicFileSystem, type AtomicFileWriter } from './atomic-stream';
import { writeFileAtomic } from '../write-file-atomic';

/** Where a stream goes: the backup folder (automatic, rotated) or a file the coach chose. */
export type BackupTarget = { kind: 'folder'; reason: BackupReason } | { kind: 'file'; path: string };

export interface BackupServiceDeps {
  /** `<data folder>/backups`: used unless the coach chose another folder. */
  readonly defaultFolder: string;
  /** A small JSON file that remembers the chosen folder. */
  readonly settingsPath: string;
  readonly now: () => Date;
  /** 16 hex digits, unique per stream. */
  readonly newStreamId: () => string;
  /** Told about every new result, success or failure, so the window can show it. */
  readonly onStatusChanged: (status: BackupStatus) => void;
  readonly policy?: RotationPolicy;
  /** The file system the writer uses (tests pass one that fails). */
  readonly fileSystem?: AtomicFileSystem;
}

export interface BackupService {
  getStatus(): Promise<BackupStatus>;
  /** Remembers `folder` (null: back to the default) for this and later starts. */
  setFolder(folder: string | null): Promise<BackupStatus>;
  begin(target: BackupTarget): Promise<string>;
  chunk(streamId: string, text: string): Promise<void>;
  finish(streamId: string): Promise<BackupFinishResult>;
  /** Drops the stream; recorded as a failure unless the renderer is about to try again. */
  abort(streamId: string, error: string, isRetrying?: boolean): Promise<void>;
  list(): Promise<BackupEntry[]>;
  read(id: string, offset: number): Promise<{ text: string; nextOffset: number | null }>;
  /** The next result of a folder backup (for a scheduled request), or a failure after `timeoutMs`. */
  waitForResult(timeoutMs: number, reason: BackupReason): Promise<BackupResult>;
  /** Records a failure that happened outside a stream (no window answered, a timeout). */
  reportFailure(reason: BackupReason, error: string): Promise<void>;
}

/** `coach-backup-2026-12-02T15-52-21-123Z.ndjson`: sortable, and the time is in the name. */
export function backupFileName(date: Date, suffix = ''): string {
  return `coach-backup-${date.toISOString().replace(/[:.]/g, '-')}${suffix}.ndjson`;
}

/** The moment in a backup's name, or null for a name that is not one of ours. */
export function parseBackupFileName(name: string): number | null {
  if (!BackupIdSchema.safeParse(name).success) return null;
  const match = /^coach-backup-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(name);
  if (!match) return null;
  const ms = Date.parse(`${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z`);
  return Number.isNaN(ms) ? null : ms;
}

const READ_CHUNK_BYTES = 4 * 1024 * 1024;
const MAX_LINE_BYTES = 64 * 1024 * 1024;
const EDGE_BYTES = 256 * 1024;

interface OpenStream {
  readonly target: BackupTarget;
  readonly writer: AtomicFileWriter;
  readonly folder: string | null;
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n', 1)[0]?.slice(0, 500) ?? 'Unexpected error';
}

/** Reads the first and the last line of a backup file without reading the rest. */
async function readEdges(path: string): Promise<{ first: string; last: string; size: number }> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const headBuffer = Buffer.alloc(Math.min(EDGE_BYTES, size));
    await handle.read(headBuffer, 0, headBuffer.length, 0);
    const tailLength = Math.min(EDGE_BYTES, size);
    const tailBuffer = Buffer.alloc(tailLength);
    await handle.read(tailBuffer, 0, tailLength, size - tailLength);
    const first = headBuffer.toString('utf8').split('\n', 1)[0] ?? '';
    const tailLines = tailBuffer.toString('utf8').trimEnd().split('\n');
    return { first, last: tailLines[tailLines.length - 1] ?? '', size };
  } finally {
    await handle.close();
  }
}

/** A listed backup, from its header and trailer (the rows are checked when it is written or read). */
async function describeBackup(folder: string, id: string): Promise<BackupEntry | null> {
  try {
    const { first, last, size } = await readEdges(join(folder, id));
    const header = BackupHeaderSchema.safeParse(JSON.parse(first));
    const trailer = BackupTrailerSchema.safeParse(JSON.parse(last));
    if (!header.success || !trailer.success) return null;
    return { id, createdAt: header.data.exportedAt, sizeBytes: size, counts: trailer.data.counts };
  } catch {
    return null;
  }
}

async function* readText(path: string): AsyncGenerator<string> {
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1024 * 1024 });
  for await (const piece of stream) yield piece as string;
}

/**
 * The main process's backup service (ARCHITECTURE.md, "Main-process services"): a plain module with
 * its dependencies passed in. The renderer streams a backup in (`begin`, `chunk`…, `finish`); each
 * goes to a temporary file beside its target, is flushed, renamed and the folder flushed; then the
 * file is read again and checked (header, row counts, checksum). Only after that check does the
 * rotation delete older backups, so a failed write never costs an older one. Every folder result,
 * failures included, is kept as the last result and announced.
 */
export function createBackupService(deps: BackupServiceDeps): BackupService {
  const streams = new Map<string, OpenStream>();
  const waiters = new Set<(result: BackupResult) => void>();
  let chosenFolder: string | null | undefined;
  let lastResult: BackupResult | null = null;

  async function readChosenFolder(): Promise<string | null> {
    if (chosenFolder !== undefined) return chosenFolder;
    try {
      const parsed = JSON.parse(await readFile(deps.settingsPath, 'utf8')) as { folder?: unknown };
      chosenFolder = typeof parsed.folder === 'string' && parsed.folder !== '' ? parsed.folder : null;
    } catch {
      chosenFolder = null;
    }
    return chosenFolder;
  }

  async function currentFolder(): Promise<string> {
    return (await readChosenFolder()) ?? deps.defaultFolder;
  }

  async function getStatus(): Promise<BackupStatus> {
    const chosen = await readChosenFolder();
    return { folder: chosen ?? deps.defaultFolder, isDefaultFolder: chosen === null, lastResult };
  }

  async function record(result: BackupResult): Promise<void> {
    lastResult = result;
    for (const waiter of waiters) waiter(result);
    waiters.clear();
    deps.onStatusChanged(await getStatus());
  }

  async function freePath(folder: string): Promise<string> {
    const date = deps.now();
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const suffix = attempt === 0 ? '' : `-${deps.newStreamId().slice(0, 4)}`;
      const path = join(folder, backupFileName(date, suffix));
      const exists = await stat(path).then(
        () => true,
        () => false,
      );
      if (!exists) return path;
    }
    throw new Error('No free name for the backup file');
  }

  function failure(target: BackupTarget, error: unknown): BackupResult | null {
    if (target.kind !== 'folder') return null;
    return { at: deps.now().toISOString(), ok: false, reason: target.reason, error: errorText(error) };
  }

  async function rotate(folder: string, justWritten: string): Promise<void> {
    const candidates = (await readdir(folder)).flatMap((name) => {
      const createdAtMs = parseBackupFileName(name);
      return createdAtMs === null ? [] : [{ id: name, createdAtMs }];
    });
    const plan = planRotation(candidates, deps.now().getTime(), deps.policy ?? DEFAULT_ROTATION_POLICY);
    for (const id of plan.remove) {
      if (id !== justWritten) await rm(join(folder, id), { force: true });
    }
  }

  function take(streamId: string): OpenStream {
    const stream = streams.get(streamId);
    if (!stream) throw new Error('No such backup stream (it was finished or aborted)');
    return stream;
  }

  return {
    getStatus,
    async setFolder(folder) {
      if (folder !== null) await mkdir(folder, { recursive: true });
      await mkdir(dirname(deps.settingsPath), { recursive: true });
      await writeFileAtomic(deps.settingsPath, JSON.stringify({ folder }));
      chosenFolder = folder;
      const status = await getStatus();
      deps.onStatusChanged(status);
      return status;
    },
    async begin(target) {
      try {
        let folder: string | null = null;
        let path: string;
        if (target.kind === 'folder') {
          folder = await currentFolder();
          await mkdir(folder, { recursive: true });
          path = await freePath(folder);
        } else path = target.path;
        const writer = await openAtomicFileWriter(path, deps.fileSystem);
        const streamId = deps.newStreamId();
        streams.set(streamId, { target, writer, folder });
        return streamId;
      } catch (error) {
        const result = failure(target, error);
        if (result) await record(result);
        throw error;
      }
    },
    async chunk(streamId, text) {
      const stream = take(streamId);
      try {
        await stream.writer.write(text);
      } catch (error) {
        streams.delete(streamId);
        await stream.writer.abort();
        const result = failure(stream.target, error);
        if (result) await record(result);
        throw error;
      }
    },
    async finish(streamId) {
      const stream = take(streamId);
      streams.delete(streamId);
      const { writer, target, folder } = stream;
      try {
        await writer.commit();
      } catch (error) {
        const result = failure(target, error);
        if (result) await record(result);
        throw error;
      }
      try {
        await verifyBackupStream(readText(writer.path));
      } catch (error) {
        // A file that does not read back whole is not a backup: it goes, the older ones stay.
        await rm(writer.path, { force: true }).catch(() => undefined);
        const result = failure(
          target,
          new Error(`The written backup did not check out: ${errorText(error)}`),
        );
        if (result) await record(result);
        throw error;
      }
      if (target.kind === 'file' || folder === null) return { path: writer.path };
      const id = writer.path.slice(folder.length + 1);
      const entry = await describeBackup(folder, id);
      if (!entry) throw new Error('The written backup cannot be listed');
      try {
        await rotate(folder, id);
      } catch (error) {
        // The new backup is safe; a rotation that failed only leaves extra old ones behind.
        const at = deps.now().toISOString();
        const message = `Old backups not rotated: ${errorText(error)}`;
        await record({ at, ok: false, reason: target.reason, entry, error: message });
        return { entry, path: writer.path };
      }
      await record({ at: deps.now().toISOString(), ok: true, reason: target.reason, entry });
      return { entry, path: writer.path };
    },
    async abort(streamId, error, isRetrying = false) {
      const stream = streams.get(streamId);
      if (!stream) return;
      streams.delete(streamId);
      await stream.writer.abort();
      if (isRetrying) return;
      const result = failure(stream.target, new Error(error));
      if (result) await record(result);
    },
    async list() {
      const folder = await currentFolder();
      const names = await readdir(folder).catch(() => [] as string[]);
      const ids = names.filter((name) => parseBackupFileName(name) !== null);
      const entries = await Promise.all(ids.map((id) => describeBackup(folder, id)));
      return entries
        .filter((entry): entry is BackupEntry => entry !== null)
        .sort((a, b) => (a.id < b.id ? 1 : -1));
    },
    async read(id, offset) {
      if (parseBackupFileName(id) === null) throw new Error('Not a backup of this app');
      const handle = await open(join(await currentFolder(), id), 'r');
      try {
        const { size } = await handle.stat();
        if (offset >= size) return { text: '', nextOffset: null };
        let length = Math.min(READ_CHUNK_BYTES, size - offset);
        for (;;) {
          const buffer = Buffer.alloc(length);
          const { bytesRead } = await handle.read(buffer, 0, length, offset);
          const bytes = buffer.subarray(0, bytesRead);
          if (offset + bytesRead >= size) return { text: bytes.toString('utf8'), nextOffset: null };
          // Cut after the last line feed: never inside a UTF-8 character or a row.
          const cut = bytes.lastIndexOf(10);
          if (cut >= 0)
            return { text: bytes.subarray(0, cut + 1).toString('utf8'), nextOffset: offset + cut + 1 };
          if (length >= MAX_LINE_BYTES) throw new Error('A line of the backup is too long');
          length = Math.min(length * 2, size - offset);
        }
      } finally {
        await handle.close();
      }
    },
    async reportFailure(reason, error) {
      await record({ at: deps.now().toISOString(), ok: false, reason, error: error.slice(0, 500) });
    },
    waitForResult(timeoutMs, reason) {
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiters.delete(done);
          resolve({
            at: deps.now().toISOString(),
            ok: false,
            reason,
            error: `No backup arrived within ${Math.round(timeoutMs / 1000)} s`,
          });
        }, timeoutMs);
        const done = (result: BackupResult) => {
          clearTimeout(timer);
          resolve(result);
        };
        waiters.add(done);
      });
    },
  };
}
