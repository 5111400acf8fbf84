import { describe, expect, it } from 'vitest';
import {
  HEAD_BYTES,
  MAX_IMPORT_BYTES,
  parseCsvFileRequest,
  parseCsvOfKind,
  type CsvFileRequest,
  type ParsedCsv,
} from '../../../src/renderer/src/features/import/parse-csv-of-kind';
import {
  CsvWorkerUnavailableError,
  parseCsvOffThread,
  type CsvWorker,
} from '../../../src/renderer/src/features/import/parse-off-thread';

const TEXT = 'athlete,date,duration_min,rpe\nEva,2025-03-03,60,7\nEva,2025-03-04,0,7\n';

function fileRequest(text: string, overrides: Partial<CsvFileRequest> = {}): CsvFileRequest {
  return {
    file: new Blob([text]),
    kind: 'wellness',
    isKindFromHeader: true,
    today: '2026-12-02',
    ...overrides,
  };
}

/** A worker that answers like the real one (or fails to start its script), asynchronously. */
class FakeWorker implements CsvWorker {
  onmessage: ((event: MessageEvent<ParsedCsv>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  requests: CsvFileRequest[] = [];
  isTerminated = false;
  constructor(private readonly isFailing: boolean) {}
  postMessage(message: CsvFileRequest): void {
    this.requests.push(message);
    if (this.isFailing) {
      queueMicrotask(() =>
        this.onerror?.({ preventDefault: () => undefined, message: 'script blocked' } as ErrorEvent),
      );
      return;
    }
    void parseCsvFileRequest(message).then((parsed) =>
      this.onmessage?.({ data: { ...parsed, fromWorker: true } } as unknown as MessageEvent<ParsedCsv>),
    );
  }
  terminate(): void {
    this.isTerminated = true;
  }
}

describe('parseCsvOffThread', () => {
  it('hands the file to the worker, returns its report and stops the worker', async () => {
    const worker = new FakeWorker(false);
    const request = fileRequest(TEXT);
    const parsed = await parseCsvOffThread(request, () => worker);
    expect(worker.requests).toEqual([request]);
    expect(parsed).toMatchObject({ kind: 'sessions', fromWorker: true });
    expect(parsed.result.rows).toHaveLength(1);
    expect(parsed.result.rejected.map((issue) => issue.line)).toEqual([3]);
    expect(worker.isTerminated).toBe(true);
  });

  it.each([
    ['the worker script fails', () => new FakeWorker(true)],
    ['no worker can be made', () => null],
    [
      'the constructor throws',
      () => {
        throw new Error('blocked');
      },
    ],
  ])('never parses on the UI thread: says so when %s', async (_case, createWorker) => {
    await expect(parseCsvOffThread(fileRequest(TEXT), createWorker)).rejects.toBeInstanceOf(
      CsvWorkerUnavailableError,
    );
  });
});

describe('parseCsvFileRequest (what the worker does)', () => {
  it('reads the kind from the header unless the coach chose it', async () => {
    expect((await parseCsvFileRequest(fileRequest(TEXT))).kind).toBe('sessions');
    const forced = await parseCsvFileRequest(
      fileRequest(TEXT, { kind: 'wellness', isKindFromHeader: false }),
    );
    expect(forced.kind).toBe('wellness');
    expect(forced.result.rows).toEqual([]);
    expect(new Set(forced.result.rejected.map((issue) => issue.code))).toEqual(new Set(['no-values']));
  });

  it('equals parsing the text, with rows after today named in a warning', async () => {
    const text = `${TEXT}Eva,2027-01-05,60,7\n`;
    const parsed = await parseCsvFileRequest(fileRequest(text));
    expect(parsed).toEqual(parseCsvOfKind({ kind: 'sessions', text, today: '2026-12-02' }));
    expect(parsed.result.warnings.map((warning) => warning.code)).toEqual(['future-dates']);
    expect(parsed.result.warnings[0]?.values).toMatchObject({ count: 1, first: '2027-01-05', firstLine: 4 });
  });

  it('stops at a header it cannot import, without reading the rest of a large file', async () => {
    let isRestRead = false;
    const head = new Blob(['name,day\n', 'x'.repeat(HEAD_BYTES)]);
    // A file whose whole text would throw: only its head may be read.
    const file = Object.assign(new Blob([head, 'y'.repeat(1000)]), {
      text: () => {
        isRestRead = true;
        return Promise.reject(new Error('read all'));
      },
    });
    const parsed = await parseCsvFileRequest({
      file,
      kind: 'sessions',
      isKindFromHeader: true,
      today: '2026-12-02',
    });
    expect(parsed.result.fileErrorCode).toBe('missing-columns');
    expect(isRestRead).toBe(false);
  });

  it('refuses a file over the size limit before reading it, and says how large it is', async () => {
    const file = { size: MAX_IMPORT_BYTES + 1, slice: () => new Blob(['never read']) } as unknown as Blob;
    const parsed = await parseCsvFileRequest({
      file,
      kind: 'sessions',
      isKindFromHeader: true,
      today: '2026-12-02',
    });
    expect(parsed.result.fileErrorCode).toBe('file-too-large');
    expect(parsed.result.fileErrorValues).toEqual({ sizeMb: 257, maxMb: 256 });
    expect(parsed.result.rows).toEqual([]);
  });
});
