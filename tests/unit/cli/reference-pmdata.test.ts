import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

/**
 * The headless command against an independent reference (tests/fixtures/pmdata/SOURCE.md): every
 * athlete-day, every listed column, relative error ≤ 1e-6 (absolute ≤ 1e-9 near zero), empty exactly
 * where the reference is empty. Runs the real command in a child process, as a user would.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const FIXTURES = resolve(ROOT, 'tests/fixtures/pmdata');
const SHARED_GENERIC = resolve(ROOT, '../shared/data/pmdata/generic');
const TSX_CLI = resolve(ROOT, 'node_modules/tsx/dist/cli.mjs');

type CsvRecord = Record<string, string>;

function readCsvRecords(text: string): CsvRecord[] {
  return Papa.parse<CsvRecord>(text, { header: true, skipEmptyLines: true }).data;
}

function runCli(args: readonly string[]): string {
  return execFileSync(
    process.execPath,
    [TSX_CLI, '--tsconfig', 'tsconfig.node.json', 'src/cli/index.ts', ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
}

/** Every disagreement between the reference and the output, as readable lines. */
function compareWithReference(reference: readonly CsvRecord[], output: readonly CsvRecord[]): string[] {
  const byKey = new Map(output.map((row) => [`${row.athlete}|${row.date}`, row]));
  const columns = Object.keys(reference[0] ?? {}).filter(
    (column) => column !== 'athlete' && column !== 'date',
  );
  const problems: string[] = [];
  for (const expected of reference) {
    const actual = byKey.get(`${expected.athlete}|${expected.date}`);
    if (!actual) {
      problems.push(`${expected.athlete} ${expected.date}: missing`);
      continue;
    }
    for (const column of columns) {
      const want = expected[column] ?? '';
      const got = actual[column];
      if (got === undefined) problems.push(`column ${column} missing`);
      else if ((want === '') !== (got === ''))
        problems.push(`${expected.athlete} ${expected.date} ${column}: ${want} vs ${got}`);
      else if (want !== '' && !isClose(Number(want), Number(got))) {
        problems.push(`${expected.athlete} ${expected.date} ${column}: ${want} vs ${got}`);
      }
    }
  }
  return problems;
}

function isClose(expected: number, actual: number): boolean {
  if (!Number.isFinite(actual)) return false;
  const difference = Math.abs(expected - actual);
  return difference <= 1e-9 || difference <= 1e-6 * Math.abs(expected);
}

describe('metrics --daily against reference_daily.csv (PMData)', () => {
  const reference = readCsvRecords(readFileSync(resolve(FIXTURES, 'reference_daily.csv'), 'utf8'));

  it('reproduces every athlete-day and every column of the reference', () => {
    const text = runCli([
      'metrics',
      '--sessions',
      resolve(FIXTURES, 'sessions.csv'),
      '--daily',
      '--as-of',
      '2020-03-30',
    ]);
    const output = readCsvRecords(text);
    expect(reference).toHaveLength(2056);
    expect(output).toHaveLength(reference.length);
    expect(compareWithReference(reference, output).slice(0, 20)).toEqual([]);
    // A generous limit, not a speed check (that is the bench's): every row now carries its morning's
    // readiness, and CI runs the test files side by side on two cores.
  }, 60_000);

  it('notices a wrong value: the comparison itself can fail', () => {
    const tampered = reference.map((row) => ({ ...row }));
    const victim = tampered[100];
    if (!victim) throw new Error('reference too short');
    victim.acwr_ewma = String(Number(victim.acwr_ewma) * (1 + 2e-6));
    victim.monotony = victim.monotony === '' ? '1' : '';
    expect(compareWithReference(reference, tampered)).toHaveLength(2);
  });

  it.skipIf(!existsSync(SHARED_GENERIC))(
    "uses byte-identical copies of ../shared/data/pmdata/generic (skipped where ../shared is absent, as on a user's clone)",
    () => {
      for (const name of ['sessions.csv', 'wellness.csv', 'reference_daily.csv']) {
        expect(
          readFileSync(resolve(FIXTURES, name)).equals(readFileSync(resolve(SHARED_GENERIC, name))),
          name,
        ).toBe(true);
      }
    },
  );
});
