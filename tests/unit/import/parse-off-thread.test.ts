import { describe, expect, it } from 'vitest';
import { parseCsvOfKind, type CsvParseRequest, type ParsedCsv } from '../../../src/renderer/src/features/import/parse-csv-of-kind';
import { parseCsvOffThread, type CsvWorker } from '../../../src/renderer/src/features/import/parse-off-thread';

const request: CsvParseRequest = {
  kind: 'sessions',
  text: 'athlete,date,duration_min,rpe\nEva,2025-03-03,60,7\nEva,2025-03-04,0,7\n',
};

/** A worker that answers like the real one (or fails to start its script), asynchronously. */
class FakeWorker implements CsvWorker {
  onmessage: ((event: MessageEvent<ParsedCsv>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  requests: CsvParseRequest[] = [];
  isTerminated = false;
  constructor(private readonly isFailing: boolean) {}
  postMessage(message: CsvParseRequest): void {
    this.requests.push(message);
    queueMicrotask(() => {
      if (this.isFailing) this.onerror?.({ preventDefault: () => undefined } as ErrorEvent);
      else this.onmessage?.({ data: { ...parseCsvOfKind(message), fromWorker: true } } as unknown as MessageEvent<ParsedCsv>);
    });
  }
  terminate(): void {
    this.isTerminated = true;
  }
}

describe('parseCsvOffThread', () => {
  it('hands the file to the worker, returns its report and stops the worker', async () => {
    const worker = new FakeWorker(false);
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
  ])('parses on this thread when %s, with the same result', async (_case, createWorker) => {
    const parsed = await parseCsvOffThread(request, createWorker);
    expect(parsed).toEqual(parseCsvOfKind(request));
  });
});
