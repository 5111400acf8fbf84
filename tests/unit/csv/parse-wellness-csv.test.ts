import { describe, expect, it } from 'vitest';
import {
  parseWellnessCsv,
  WELLNESS_CSV_COLUMNS,
  type CsvIssueCode,
  type CsvIssueValues,
  type WellnessCsvColumn,
} from '@shared/csv';
import { csvText, issueKeys, rowLines, WELLNESS_HEADER } from './csv-test-support';

/** One data line of a full wellness file: athlete Anna on 2024-03-04 with mood 4, then `changes`. */
function wellnessLine(changes: Partial<Record<WellnessCsvColumn, string>>): string {
  const cells: Partial<Record<WellnessCsvColumn, string>> = {
    athlete: 'Anna',
    date: '2024-03-04',
    mood: '4',
  };
  Object.assign(cells, changes);
  return WELLNESS_CSV_COLUMNS.map((column) => cells[column] ?? '').join(',');
}

const VALUE_COLUMN_LIST =
  'sleep_hours, sleep_quality, fatigue, soreness, stress, mood, hrv_rmssd_ms, resting_hr_bpm';

describe('parseWellnessCsv', () => {
  it('reads every value, with empty cells left out', () => {
    const text = csvText([
      WELLNESS_HEADER,
      'Anna,2024-03-04,7.5,4,3,2,5,4,62.5,48',
      ' Bram ,2024-03-04,,3.0,,,,,,',
    ]);
    expect(parseWellnessCsv(text).rows).toEqual([
      {
        line: 2,
        athlete: 'Anna',
        date: '2024-03-04',
        sleepHours: 7.5,
        sleepQuality: 4,
        fatigue: 3,
        soreness: 2,
        stress: 5,
        mood: 4,
        hrvRmssdMs: 62.5,
        restingHrBpm: 48,
      },
      { line: 3, athlete: 'Bram', date: '2024-03-04', sleepQuality: 3 },
    ]);
  });

  it.each<{
    column: WellnessCsvColumn;
    cell: string;
    code: CsvIssueCode;
    values: CsvIssueValues;
    reason: string;
  }>([
    {
      column: 'athlete',
      cell: ' ',
      code: 'required',
      values: {},
      reason: 'Athlete is required',
    },
    {
      column: 'date',
      cell: '',
      code: 'required',
      values: {},
      reason: 'Date is required',
    },
    {
      column: 'date',
      cell: '2024-02-30',
      code: 'not-a-date',
      values: { found: '2024-02-30' },
      reason: 'Expected a date as YYYY-MM-DD; found "2024-02-30"',
    },
    {
      column: 'sleep_hours',
      cell: '-1',
      code: 'out-of-range',
      values: { min: 0, max: 24, found: '-1' },
      reason: 'Sleep hours must be at least 0; found "-1"',
    },
    {
      column: 'sleep_hours',
      cell: '24.5',
      code: 'out-of-range',
      values: { min: 0, max: 24, found: '24.5' },
      reason: 'Sleep hours must be at most 24; found "24.5"',
    },
    {
      column: 'sleep_quality',
      cell: '0',
      code: 'out-of-range',
      values: { min: 1, max: 5, found: '0' },
      reason: 'Sleep quality must be at least 1; found "0"',
    },
    {
      column: 'fatigue',
      cell: '6',
      code: 'out-of-range',
      values: { min: 1, max: 5, found: '6' },
      reason: 'Fatigue must be at most 5; found "6"',
    },
    {
      column: 'soreness',
      cell: '2.5',
      code: 'not-whole-number',
      values: { found: '2.5' },
      reason: 'Soreness must be a whole number; found "2.5"',
    },
    {
      column: 'stress',
      cell: 'abc',
      code: 'not-a-number',
      values: { found: 'abc' },
      reason: 'Stress must be a number; found "abc"',
    },
    {
      column: 'mood',
      cell: 'good',
      code: 'not-a-number',
      values: { found: 'good' },
      reason: 'Mood must be a number; found "good"',
    },
    {
      column: 'hrv_rmssd_ms',
      cell: '0',
      code: 'not-above-minimum',
      values: { min: 0, found: '0' },
      reason: 'HRV must be more than 0 ms; found "0"',
    },
    {
      column: 'hrv_rmssd_ms',
      cell: '301',
      code: 'above-maximum',
      values: { max: 300, found: '301' },
      reason: 'HRV must be at most 300 ms; found "301"',
    },
    {
      column: 'resting_hr_bpm',
      cell: '20',
      code: 'out-of-range',
      values: { min: 25, max: 150, found: '20' },
      reason: 'Resting HR must be 25–150 bpm; found "20"',
    },
    {
      column: 'resting_hr_bpm',
      cell: '151',
      code: 'out-of-range',
      values: { min: 25, max: 150, found: '151' },
      reason: 'Resting HR must be 25–150 bpm; found "151"',
    },
  ])('rejects $column "$cell" as $code', ({ column, cell, code, values, reason }) => {
    const result = parseWellnessCsv(csvText([WELLNESS_HEADER, wellnessLine({ [column]: cell })]));
    expect(result.rows).toEqual([]);
    expect(result.rejected).toEqual([{ line: 2, column, code, values, reason }]);
  });

  it.each<Partial<Record<WellnessCsvColumn, string>>>([
    { sleep_hours: '0' },
    { sleep_hours: '24' },
    { sleep_quality: '1' },
    { fatigue: '5' },
    { soreness: '3.0' },
    { hrv_rmssd_ms: '0.1' },
    { hrv_rmssd_ms: '300' },
    { resting_hr_bpm: '25' },
    { resting_hr_bpm: '150' },
  ])('accepts %j', (changes) => {
    const result = parseWellnessCsv(csvText([WELLNESS_HEADER, wellnessLine(changes)]));
    expect(result.rejected).toEqual([]);
    expect(result.rows).toHaveLength(1);
  });

  it('reports every bad value of a row', () => {
    const line = wellnessLine({ sleep_hours: '25', fatigue: '0', mood: '2.5', resting_hr_bpm: '20' });
    const result = parseWellnessCsv(csvText([WELLNESS_HEADER, line]));
    expect(issueKeys(result.rejected)).toEqual(['2:sleep_hours', '2:fatigue', '2:mood', '2:resting_hr_bpm']);
  });

  it('rejects a row without any value', () => {
    const result = parseWellnessCsv(csvText([WELLNESS_HEADER, wellnessLine({ mood: '' })]));
    expect(result.rejected).toEqual([
      {
        line: 2,
        column: null,
        code: 'no-values',
        values: { columns: VALUE_COLUMN_LIST },
        reason: `The row has no wellness values; fill in at least one of ${VALUE_COLUMN_LIST}`,
      },
    ]);
  });

  it('keeps the first check-in of an athlete-day and rejects later ones, naming the first line', () => {
    const text = csvText([
      WELLNESS_HEADER,
      wellnessLine({}),
      wellnessLine({ athlete: 'Bram' }),
      '',
      wellnessLine({ date: '2024-03-05' }),
      wellnessLine({ athlete: 'anna', mood: '5' }),
      wellnessLine({ athlete: 'Anna', mood: '9' }),
    ]);
    const result = parseWellnessCsv(text);
    expect(rowLines(result)).toEqual([2, 3, 5]);
    expect(result.rejected).toEqual([
      {
        line: 6,
        column: null,
        code: 'duplicate-checkin',
        values: { athlete: 'anna', date: '2024-03-04', firstLine: 2 },
        reason:
          'Second check-in for anna on 2024-03-04: line 2 already has one (at most one per athlete per day)',
      },
      {
        line: 7,
        column: 'mood',
        code: 'out-of-range',
        values: { min: 1, max: 5, found: '9' },
        reason: 'Mood must be at most 5; found "9"',
      },
      {
        line: 7,
        column: null,
        code: 'duplicate-checkin',
        values: { athlete: 'Anna', date: '2024-03-04', firstLine: 2 },
        reason:
          'Second check-in for Anna on 2024-03-04: line 2 already has one (at most one per athlete per day)',
      },
    ]);
  });

  it("reads ';' files with decimal commas and columns in any order", () => {
    const text = csvText(['Mood; Sleep_Hours ;DATE;athlete;notes', '4;7,5;2024-03-04;Anna;fine', '']);
    const result = parseWellnessCsv(text);
    expect(result.rows).toEqual([{ line: 2, athlete: 'Anna', date: '2024-03-04', mood: 4, sleepHours: 7.5 }]);
    expect(result.decimalMark).toBe(',');
    expect(result.warnings).toEqual([
      {
        line: 1,
        column: null,
        code: 'ignored-columns',
        values: { count: 1, columns: 'notes', format: 'wellness' },
        reason: 'Ignored column not in the wellness format: notes',
      },
    ]);
  });

  it('gives a file error for a sessions file', () => {
    const result = parseWellnessCsv('athlete,rpe,duration_min\nAnna,6,30');
    expect(result.fileError).toBe('Missing required column: date');
    expect(result.fileErrorCode).toBe('missing-column');
    expect(result.fileErrorValues).toEqual({ column: 'date' });
    expect(result.rows).toEqual([]);
  });
});
