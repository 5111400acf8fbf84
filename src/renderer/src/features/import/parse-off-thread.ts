import type { CsvFileRequest, ParsedCsv } from './parse-csv-of-kind';

/** The part of a Worker this module uses (a fake one in the tests). */
export interface CsvWorker {
  onmessage: ((event: MessageEvent<ParsedCsv>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(request: CsvFileRequest): void;
  terminate(): void;
}

/** The real worker; Vite bundles csv-parse.worker.ts as its own file. */
export function createCsvWorker(): CsvWorker | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./csv-parse.worker.ts', import.meta.url), { type: 'module', name: 'csv-parse' });
}

/** No background reader could start: the import says so instead of freezing the screen. */
export class CsvWorkerUnavailableError extends Error {
  constructor(detail: string) {
    super(`The importer's background reader could not start (${detail}); nothing was read`);
    this.name = 'CsvWorkerUnavailableError';
  }
}

/**
 * Reads and parses a file in a Web Worker so a club-size file never freezes the screen
 * (ARCHITECTURE.md, "Scale"). Never on this thread: where no worker can start (an old host, a
 * blocked script) it rejects with CsvWorkerUnavailableError, which the import screen shows.
 */
export function parseCsvOffThread(
  request: CsvFileRequest,
  createWorker: () => CsvWorker | null = createCsvWorker,
): Promise<ParsedCsv> {
  let worker: CsvWorker | null;
  try {
    worker = createWorker();
  } catch (error) {
    return Promise.reject(
      new CsvWorkerUnavailableError(error instanceof Error ? error.message : String(error)),
    );
  }
  if (!worker) return Promise.reject(new CsvWorkerUnavailableError('this host has no Web Workers'));
  const started = worker;
  return new Promise((resolve, reject) => {
    started.onmessage = (event) => {
      started.terminate();
      resolve(event.data);
    };
    started.onerror = (event) => {
      event.preventDefault();
      started.terminate();
      reject(new CsvWorkerUnavailableError(event.message || 'its script failed'));
    };
    started.postMessage(request);
  });
}
