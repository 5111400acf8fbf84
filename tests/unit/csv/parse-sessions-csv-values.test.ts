import { describe, expect, it } from 'vitest';
import { parseSessionsCsv, type CsvIssueCode, type CsvIssueValues } from '@shared/csv';
import { csvText, issueKeys, SESSIONS_HEADER } from './csv-test-support';

type SessionCells = Record<
  'athlete' | 'date' | 'start_time' | 'duration_min' | 'rpe' | 'stimulus' | 'notes',
  string
>;

const VALID_CELLS: SessionCells = {
  athlete: 'Anna',
  date: '2024-03-04',
  start_time: '07:30',
  duration_min: '60',
  rpe: '6',
  stimulus: 'strength',
  notes: 'ok',
};

/** One data line (every cell quoted) of a valid session with `changes` applied. */
function sessionLine(changes: Partial<SessionCells>): string {
  const cells = { ...VALID_CELLS, ...changes };
  return Object.values(cells)
    .map((cell) => `"${cell.replaceAll('"', '""')}"`)
    .join(',');
}

/** A one-row sessions file in which `changes` replace cells of a valid row. */
function sessionsFile(changes: Partial<SessionCells>): string {
  return csvText([SESSIONS_HEADER, sessionLine(changes)]);
}

describe('parseSessionsCsv: cell values', () => {
  const stimuli = 'strength, endurance, hiit, mixed, skill, recovery, match, other';
  it.each<{
    column: keyof SessionCells;
    cell: string;
    code: CsvIssueCode;
    values: CsvIssueValues;
    reason: string;
  }>([
    { column: 'athlete', cell: '', code: 'required', values: {}, reason: 'Athlete is required' },
    { column: 'athlete', cell: '   ', code: 'required', values: {}, reason: 'Athlete is required' },
    {
      column: 'athlete',
      cell: 'x'.repeat(121),
      code: 'too-long',
      values: { max: 120, found: `${'x'.repeat(37)}...` },
      reason: `Athlete must be at most 120 characters; found "${'x'.repeat(37)}..."`,
    },
    { column: 'date', cell: '', code: 'required', values: {}, reason: 'Date is required' },
    {
      column: 'date',
      cell: '2019-13-45',
      code: 'not-a-date',
      values: { found: '2019-13-45' },
      reason: 'Expected a date as YYYY-MM-DD; found "2019-13-45"',
    },
    {
      column: 'date',
      cell: '2023-02-29',
      code: 'not-a-date',
      values: { found: '2023-02-29' },
      reason: 'Expected a date as YYYY-MM-DD; found "2023-02-29"',
    },
    {
      column: 'date',
      cell: '04-03-2024',
      code: 'not-a-date',
      values: { found: '04-03-2024' },
      reason: 'Expected a date as YYYY-MM-DD; found "04-03-2024"',
    },
    {
      column: 'start_time',
      cell: '25:00',
      code: 'not-a-time',
      values: { found: '25:00' },
      reason: 'Expected a time as HH:MM (24 h); found "25:00"',
    },
    {
      column: 'start_time',
      cell: '7:30',
      code: 'not-a-time',
      values: { found: '7:30' },
      reason: 'Expected a time as HH:MM (24 h); found "7:30"',
    },
    { column: 'duration_min', cell: '', code: 'required', values: {}, reason: 'Duration is required' },
    {
      column: 'duration_min',
      cell: 'abc',
      code: 'not-a-number',
      values: { found: 'abc' },
      reason: 'Duration must be a number; found "abc"',
    },
    {
      column: 'duration_min',
      cell: '0',
      code: 'not-above-minimum',
      values: { min: 0, found: '0' },
      reason: 'Duration must be more than 0 min; found "0"',
    },
    {
      column: 'duration_min',
      cell: '-5',
      code: 'not-above-minimum',
      values: { min: 0, found: '-5' },
      reason: 'Duration must be more than 0 min; found "-5"',
    },
    {
      column: 'duration_min',
      cell: '600.5',
      code: 'above-maximum',
      values: { max: 600, found: '600.5' },
      reason: 'Duration must be at most 600 min; found "600.5"',
    },
    {
      column: 'duration_min',
      cell: '1e2',
      code: 'not-a-number',
      values: { found: '1e2' },
      reason: 'Duration must be a number; found "1e2"',
    },
    { column: 'rpe', cell: '', code: 'required', values: {}, reason: 'RPE is required' },
    {
      column: 'rpe',
      cell: 'abc',
      code: 'not-a-number',
      values: { found: 'abc' },
      reason: 'RPE must be a number; found "abc"',
    },
    {
      column: 'rpe',
      cell: '11',
      code: 'out-of-range',
      values: { min: 0, max: 10, found: '11' },
      reason: 'RPE must be between 0 and 10; found "11"',
    },
    {
      column: 'rpe',
      cell: '-1',
      code: 'out-of-range',
      values: { min: 0, max: 10, found: '-1' },
      reason: 'RPE must be between 0 and 10; found "-1"',
    },
    {
      column: 'rpe',
      cell: '6,5',
      code: 'needs-decimal-point',
      values: { found: '6,5' },
      reason: 'RPE must be a number with a decimal point; found "6,5"',
    },
    {
      column: 'rpe',
      cell: '1,000',
      code: 'needs-decimal-point',
      values: { found: '1,000' },
      reason: 'RPE must be a number with a decimal point; found "1,000"',
    },
    {
      column: 'stimulus',
      cell: 'yoga',
      code: 'not-one-of',
      values: { options: stimuli, found: 'yoga' },
      reason: `Stimulus must be one of: ${stimuli}; found "yoga"`,
    },
    {
      column: 'notes',
      cell: 'n'.repeat(2001),
      code: 'too-long',
      values: { max: 2000, found: `${'n'.repeat(37)}...` },
      reason: `Notes must be at most 2000 characters; found "${'n'.repeat(37)}..."`,
    },
  ])('rejects $column "$cell" as $code', ({ column, cell, code, values, reason }) => {
    const result = parseSessionsCsv(sessionsFile({ [column]: cell }));
    expect(result.rows).toEqual([]);
    expect(result.rejected).toEqual([{ line: 2, column, code, values, reason }]);
    expect(result.rejectedRowCount).toBe(1);
  });

  it.each<Partial<SessionCells>>([
    { duration_min: '600' },
    { duration_min: '0.5' },
    { duration_min: '30.0' },
    { duration_min: ' 45 ' },
    { rpe: '0' },
    { rpe: '10' },
    { rpe: '6.5' },
    { rpe: '.5' },
    { start_time: '' },
    { start_time: '00:00' },
    { start_time: '23:59' },
    { stimulus: 'Match' },
    { stimulus: ' RECOVERY ' },
    { stimulus: '' },
    { notes: '' },
    { notes: 'n'.repeat(2000) },
    { date: '2024-02-29' },
  ])('accepts %j', (changes) => {
    const result = parseSessionsCsv(sessionsFile(changes));
    expect(result.rejected).toEqual([]);
    expect(result.rows).toHaveLength(1);
  });

  it('reports every bad cell of a row, not only the first', () => {
    const text = sessionsFile({
      athlete: '',
      date: '2024-02-30',
      start_time: '24:00',
      duration_min: '0',
      rpe: 'x',
    });
    const result = parseSessionsCsv(csvText([text, sessionLine({ stimulus: 'yoga' })]));
    expect(issueKeys(result.rejected)).toEqual([
      '2:athlete',
      '2:date',
      '2:start_time',
      '2:duration_min',
      '2:rpe',
      '3:stimulus',
    ]);
    expect(result.rejectedRowCount).toBe(2);
    expect(result.dataRowCount).toBe(2);
  });

  it('treats cells missing from a short row as empty', () => {
    const result = parseSessionsCsv(csvText([SESSIONS_HEADER, 'Anna,2024-03-04,07:30']));
    expect(issueKeys(result.rejected)).toEqual(['2:duration_min', '2:rpe']);
  });

  it('accepts decimal commas only in files separated by ";"', () => {
    const semicolon = parseSessionsCsv(
      csvText(['athlete;date;duration_min;rpe', 'Anna;2024-03-04;45,5;6,5']),
    );
    expect(semicolon.rows[0]).toMatchObject({ durationMin: 45.5, sessionRpe: 6.5 });
    const comma = parseSessionsCsv(csvText(['athlete,date,duration_min,rpe', 'Anna,2024-03-04,"45,5",6']));
    expect(issueKeys(comma.rejected)).toEqual(['2:duration_min']);
  });

  it('rejects thousands separators in ";" files', () => {
    const result = parseSessionsCsv(csvText(['athlete;date;duration_min;rpe', 'Anna;2024-03-04;1.234,5;6']));
    expect(issueKeys(result.rejected)).toEqual(['2:duration_min']);
  });
});
