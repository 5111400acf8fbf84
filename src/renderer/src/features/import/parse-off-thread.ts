import { parseCsvOfKind, type CsvParseRequest, type ParsedCsv } from './parse-csv-of-kind';

/** The part of a Worker this module uses (a fake one in the tests). */
export interface CsvWorker {
  onmessage: ((event: MessageEvent<ParsedCsv>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(request: CsvParseRequest): void;
  terminate(): void;
}

/** The real worker; Vite bundles csv-parse.worker.ts as its own file. */
export function createCsvWorker(): CsvWorker | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./csv-parse.worker.ts', import.meta.url), { type: 'module', name: 'csv-parse' });
}

/**
 * Parses a file in a Web Worker so a club-size file never freezes the screen (ARCHITECTURE.md,
 * "Scale"). Where no worker can start (an old host, a blocked script), it parses on this thread:
 * slower to show, same result.
 */
export function parseCsvOffThread(
  request: CsvParseRequest,
  createWorker: () => CsvWorker | null = createCsvWorker,
): Promise<ParsedCsv> {
  let worker: CsvWorker | null;
  try {
    worker = createWorker();
  } catch {
    worker = null;
  }
  if (!worker) return Promise.resolve(parseCsvOfKind(request));
  const started = worker;
  return new Promise((resolve) => {
    started.onmessage = (event) => {
      started.terminate();
      resolve(event.data);
    };
    started.onerror = (event) => {
      event.preventDefault();
      started.terminate();
      resolve(parseCsvOfKind(request));
    };
    started.postMessage(request);
  });
}
