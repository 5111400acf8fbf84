import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectCsvKind, parseSessionsCsv, parseWellnessCsv } from '@shared/csv';
import { issueKeys, rowLines } from './csv-test-support';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');

function readFixture(relativePath: string): string {
  return readFileSync(resolve(FIXTURES, relativePath), 'utf8');
}

describe('PMData fixtures (real data, tests/fixtures/pmdata/SOURCE.md)', () => {
  it('parses sessions.csv to 772 valid sessions and nothing rejected', () => {
    const text = readFixture('pmdata/sessions.csv');
    const result = parseSessionsCsv(text);
    expect(detectCsvKind(text)).toBe('sessions');
    expect(result.fileError).toBeNull();
    expect(result.rejected).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.rows).toHaveLength(772);
    expect(result.dataRowCount).toBe(772);
    expect(result.rows[0]).toEqual({
      line: 2,
      athlete: 'p01',
      date: '2019-11-05',
      startTime: '23:21',
      durationMin: 30,
      sessionRpe: 7,
      stimulus: 'endurance',
      notes: "['individual', 'running']",
    });
    expect(result.rows.at(-1)?.line).toBe(773);
  });

  it('parses wellness.csv to 1,724 valid check-ins and nothing rejected', () => {
    const text = readFixture('pmdata/wellness.csv');
    const result = parseWellnessCsv(text);
    expect(detectCsvKind(text)).toBe('wellness');
    expect(result.fileError).toBeNull();
    expect(result.rejected).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.rows).toHaveLength(1724);
    expect(result.rows[0]).toEqual({
      line: 2,
      athlete: 'p01',
      date: '2019-11-01',
      sleepHours: 6,
      sleepQuality: 3,
      fatigue: 2,
      soreness: 2,
      stress: 3,
      mood: 3,
    });
  });

  it('gives the same rows for the CRLF form of the original distribution', () => {
    const text = readFixture('pmdata/sessions.csv');
    const crlf = parseSessionsCsv(text.replaceAll('\n', '\r\n'));
    expect(crlf.rows).toEqual(parseSessionsCsv(text).rows);
  });
});

describe('tests/fixtures/sessions-with-errors.csv', () => {
  it('keeps 6 rows and rejects 6, reporting exactly the bad cells', () => {
    const result = parseSessionsCsv(readFixture('sessions-with-errors.csv'));
    expect(result.fileError).toBeNull();
    expect(result.dataRowCount).toBe(12);
    expect(rowLines(result)).toEqual([2, 4, 9, 11, 12, 13]);
    expect(result.rejectedRowCount).toBe(6);
    expect(issueKeys(result.rejected)).toEqual([
      '3:rpe',
      '5:duration_min',
      '6:date',
      '7:stimulus',
      '8:athlete',
      '10:start_time',
      '10:duration_min',
      '10:rpe',
    ]);
    expect(result.rejected.map((issue) => issue.reason)).toEqual([
      'RPE must be between 0 and 10; found "11"',
      'Duration must be more than 0 min; found "0"',
      'Expected a date as YYYY-MM-DD; found "2024-13-45"',
      'Stimulus must be one of: strength, endurance, hiit, mixed, skill, recovery, match, other; found "yoga"',
      'Athlete is required',
      'Expected a time as HH:MM (24 h); found "25:00"',
      'Duration must be a number; found "abc"',
      'RPE must be between 0 and 10; found "12"',
    ]);
    expect(result.rows.map((row) => row.notes)).toContain('Easy "flush" ride');
  });
});
