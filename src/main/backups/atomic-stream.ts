import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A file being written piece by piece that appears at its path whole, or not at all. */
export interface AtomicFileWriter {
  readonly path: string;
  readonly tempPath: string;
  /** Appends text (UTF-8); the pieces are written in call order. */
  write(text: string): Promise<void>;
  /** Flushes the file to disk, renames it over `path`, then flushes the folder entry. */
  commit(): Promise<void>;
  /** Closes and removes the temporary file; `path` is left as it was. Never throws. */
  abort(): Promise<void>;
}

/** The parts of the file system the writer uses; tests pass a failing one. */
export interface AtomicFileSystem {
  open(path: string, flags: string): Promise<FileHandle>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: boolean }): Promise<void>;
}

const nodeFileSystem: AtomicFileSystem = { open, rename, rm };

/** A hidden name beside the target (a rename is atomic only within one file system). */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Flushes a folder's entry list, so a rename in it survives a power cut. Windows cannot open a
 * folder for this (EISDIR/EPERM); there NTFS's journal covers the rename, so those are ignored.
 */
export async function syncFolder(folder: string, fs: AtomicFileSystem = nodeFileSystem): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EBADF') throw error;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** `write` may write fewer bytes than asked; this loops until every byte is out. */
async function writeAll(handle: FileHandle, bytes: Buffer): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, null);
    if (bytesWritten <= 0) throw new Error('The disk accepted no more bytes');
    offset += bytesWritten;
  }
}

/**
 * Opens a streamed atomic write: the temporary file is created beside `path` ('wx': never follows
 * or reuses something already there), written through `write`, and `commit` does fsync, rename and
 * fsync of the folder. Any failure removes the temporary file and leaves `path` untouched.
 */
export async function openAtomicFileWriter(
  path: string,
  fs: AtomicFileSystem = nodeFileSystem,
): Promise<AtomicFileWriter> {
  const tempPath = tempPathFor(path);
  const handle = await fs.open(tempPath, 'wx');
  let isClosed = false;
  let isFinished = false;
  let pending: Promise<void> = Promise.resolve();

  async function close(): Promise<void> {
    if (isClosed) return;
    isClosed = true;
    await handle.close();
  }

  async function abort(): Promise<void> {
    isFinished = true;
    await pending.catch(() => undefined);
    await close().catch(() => undefined);
    await fs.rm(tempPath, { force: true }).catch(() => undefined);
  }

  return {
    path,
    tempPath,
    write(text) {
      if (isFinished) return Promise.reject(new Error('The backup file is already closed'));
      const next = pending.then(() => writeAll(handle, Buffer.from(text, 'utf8')));
      pending = next;
      return next;
    },
    async commit() {
      if (isFinished) throw new Error('The backup file is already closed');
      isFinished = true;
      try {
        await pending;
        await handle.sync();
        await close();
        await fs.rename(tempPath, path);
      } catch (error) {
        await close().catch(() => undefined);
        await fs.rm(tempPath, { force: true }).catch(() => undefined);
        throw error;
      }
      await syncFolder(dirname(path), fs);
    },
    abort,
  };
}
