import type { Table } from 'dexie';

/** Rows per bulkAdd: big enough to amortise the call, small enough to report progress often. */
export const WRITE_CHUNK_SIZE = 5_000;

/** Called after each written chunk with the rows written so far and the rows to write in all. */
export type ProgressCallback = (done: number, total: number) => void;

/** Progress shared by several chunked writes in one transaction. */
export interface ProgressCounter {
  done: number;
  readonly total: number;
  readonly onProgress: ProgressCallback | undefined;
}

/** A counter for `total` rows. */
export function createProgress(total: number, onProgress?: ProgressCallback): ProgressCounter {
  return { done: 0, total, onProgress };
}

/**
 * bulkAdd `rows` in chunks inside the caller's transaction, reporting after each chunk. The next
 * chunk is queued before the previous one has finished, so IndexedDB never waits for the renderer to
 * serialise a chunk (measured: a few per cent of import speed). A failing chunk rejects (after
 * `mapError`, which may turn a Dexie error into a domain error), and the rejection aborts the whole
 * transaction.
 */
export async function bulkAddInChunks<T, I>(
  table: Table<T, string, I>,
  rows: readonly I[],
  progress: ProgressCounter,
  mapError: (error: unknown, chunk: readonly I[]) => unknown = (error) => error,
): Promise<void> {
  let inFlight: Promise<void> | null = null;
  for (let start = 0; start < rows.length; start += WRITE_CHUNK_SIZE) {
    const chunk = rows.slice(start, start + WRITE_CHUNK_SIZE);
    const write = table.bulkAdd(chunk).then(
      () => {
        progress.done += chunk.length;
        progress.onProgress?.(progress.done, progress.total);
      },
      (error: unknown) => {
        throw mapError(error, chunk);
      },
    );
    // Awaited below or by the next round; this only keeps an early failure from being "unhandled".
    write.catch(() => undefined);
    if (inFlight) await inFlight;
    inFlight = write;
  }
  if (inFlight) await inFlight;
}
