import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A hidden name beside the target, unique per call: `.<name>.<random>.tmp`. */
export function buildTempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Writes `data` to `path` so that a reader, or a crash, sees either the old file or the whole new
 * one, never half of it: the bytes go to a temporary file in the same folder (a rename is only
 * atomic within one file system), are flushed to disk, and the temporary file is renamed over the
 * target. On any failure the temporary file is removed and an existing target is left as it was.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const tempPath = buildTempPath(path);
  let isTempCreated = false;
  try {
    // 'wx': never follow or reuse something already at the temporary name.
    const file = await open(tempPath, 'wx');
    isTempCreated = true;
    try {
      await file.writeFile(data);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(tempPath, path);
  } catch (error) {
    if (isTempCreated) await rm(tempPath, { force: true }).catch(() => undefined);
    throw error;
  }
}
