import { describe, expect, it } from 'vitest';
import { parseSessionsCsv, type CsvIssueCode, type CsvIssueValues } from '@shared/csv';
import { csvText, issueKeys, rowLines, SESSIONS_HEADER } from './csv-test-support';

const ROW_A = 'Anna,2024-03-04,07:30,60,6,strength,Squats';
const ROW_B = 'Bram,2024-03-05,,45,7.5,endurance,';

interface FormatCase {
  name: string;
  text: string;
  lines: number[];
  delimiter?: ',' | ';';
  decimalMark?: '.' | ',';
}

describe('parseSessionsCsv: file format', () => {
  it.each<FormatCase>([
    { name: 'plain LF', text: csvText([SESSIONS_HEADER, ROW_A, ROW_B]), lines: [2, 3] },
    { name: 'UTF-8 BOM', text: '\uFEFF' + csvText([SESSIONS_HEADER, ROW_A]), lines: [2] },
    { name: 'CRLF', text: csvText([SESSIONS_HEADER, ROW_A, ROW_B, ''], '\r\n'), lines: [2, 3] },
    { name: 'lone CR', text: csvText([SESSIONS_HEADER, ROW_A, ROW_B], '\r'), lines: [2, 3] },
    { name: 'trailing newline', text: csvText([SESSIONS_HEADER, ROW_A, '']), lines: [2] },
    {
      name: 'blank, whitespace-only and separator-only lines',
      text: csvText(['', SESSIONS_HEADER, '', ROW_A, '   \t', ',,,,,,', ROW_B, '', '']),
      lines: [4, 7],
    },
    {
      name: "';' with decimal comma",
      text: csvText(['athlete;date;duration_min;rpe', 'Anna;2024-03-04;30;6,5']),
      lines: [2],
      delimiter: ';',
      decimalMark: ',',
    },
    {
      name: "';' with decimal point",
      text: csvText(['athlete;date;duration_min;rpe', 'Anna;2024-03-04;30.5;6.5']),
      lines: [2],
      delimiter: ';',
      decimalMark: '.',
    },
  ])('$name', ({ text, lines, delimiter = ',', decimalMark = '.' }) => {
    const result = parseSessionsCsv(text);
    expect(result.fileError).toBeNull();
    expect(result.rejected).toEqual([]);
    expect(rowLines(result)).toEqual(lines);
    expect(result.dataRowCount).toBe(lines.length);
    expect(result.delimiter).toBe(delimiter);
    expect(result.decimalMark).toBe(decimalMark);
  });

  it('reads values: decimal comma, 30.0, default and mixed-case stimulus, trimmed athlete', () => {
    const text = csvText([
      'athlete;date;start_time;duration_min;rpe;stimulus;notes',
      '  Anna de Vries ;2024-03-04;07:30;30.0;6,5;;"Legs; heavy"',
      'Bram;2024-03-05;;90;7;HIIT;',
    ]);
    expect(parseSessionsCsv(text).rows).toEqual([
      {
        line: 2,
        athlete: 'Anna de Vries',
        date: '2024-03-04',
        startTime: '07:30',
        durationMin: 30,
        sessionRpe: 6.5,
        stimulus: 'other',
        notes: 'Legs; heavy',
      },
      {
        line: 3,
        athlete: 'Bram',
        date: '2024-03-05',
        durationMin: 90,
        sessionRpe: 7,
        stimulus: 'hiit',
        notes: '',
      },
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, and keeps physical line numbers', () => {
    const text = csvText([
      SESSIONS_HEADER,
      'Anna,2024-03-04,,60,6,strength,"Squats, then ""finishers"""',
      'Bram,2024-03-04,,45,5,skill,"line one',
      'line two',
      'line three"',
      'Chris,2024-03-04,,30,4,recovery,',
      'Dana,2024-03-04,,30,abc,recovery,',
    ]);
    const result = parseSessionsCsv(text);
    expect(result.rows.map((row) => [row.line, row.notes])).toEqual([
      [2, 'Squats, then "finishers"'],
      [3, 'line one\nline two\nline three'],
      [6, ''],
    ]);
    expect(issueKeys(result.rejected)).toEqual(['7:rpe']);
  });

  it('counts CRLF inside a quoted value as one physical line', () => {
    const text = csvText(
      [SESSIONS_HEADER, 'Anna,2024-03-04,,60,6,,"a', 'b"', 'Bram,2024-03-04,,60,x,,'],
      '\r\n',
    );
    const result = parseSessionsCsv(text);
    expect(result.rows[0]?.notes).toBe('a\nb');
    expect(issueKeys(result.rejected)).toEqual(['4:rpe']);
  });

  it('matches header names in any order, any case and with surrounding spaces, and reports them as written', () => {
    const text = csvText([
      ' RPE ,Duration_Min, ATHLETE,Date',
      '11,30,Anna,2024-03-04',
      '6,30,Anna,2024-03-05',
    ]);
    const result = parseSessionsCsv(text);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]).toMatchObject({
      sessionRpe: 6,
      durationMin: 30,
      athlete: 'Anna',
      date: '2024-03-05',
    });
    expect(issueKeys(result.rejected)).toEqual(['2:RPE']);
  });

  it('ignores extra columns with one warning naming them all', () => {
    const text = csvText(['athlete,date,coach,duration_min,rpe,venue', 'Anna,2024-03-04,Kees,30,6,Gym', '']);
    const result = parseSessionsCsv(text);
    expect(result.rows).toHaveLength(1);
    expect(result.warnings).toEqual([
      {
        line: 1,
        column: null,
        code: 'ignored-columns',
        values: { count: 2, columns: 'coach, venue', format: 'sessions' },
        reason: 'Ignored columns not in the sessions format: coach, venue',
      },
    ]);
  });

  it('names at most 20 ignored columns in the warning', () => {
    const extra = Array.from({ length: 25 }, (_, index) => `extra${index + 1}`);
    const result = parseSessionsCsv(
      csvText([['athlete,date,duration_min,rpe', ...extra].join(','), 'Anna,2024-03-04,30,6', '']),
    );
    expect(result.warnings.map((warning) => warning.reason)).toEqual([
      `Ignored columns not in the sessions format: ${extra.slice(0, 20).join(', ')} and 5 more`,
    ]);
    expect(result.warnings[0]?.values).toEqual({
      count: 25,
      columns: extra.slice(0, 20).join(', '),
      format: 'sessions',
    });
    expect(result.rows).toHaveLength(1);
  });

  it.each<{ header: string; fileError: string; code: CsvIssueCode; values: CsvIssueValues }>([
    {
      header: 'athlete,date,duration_min',
      fileError: 'Missing required column: rpe',
      code: 'missing-column',
      values: { column: 'rpe' },
    },
    {
      header: 'athlete,date',
      fileError: 'Missing required columns: duration_min, rpe',
      code: 'missing-columns',
      values: { columns: 'duration_min, rpe' },
    },
    {
      header: 'name,day,minutes,effort',
      fileError: 'Missing required columns: athlete, date, duration_min, rpe',
      code: 'missing-columns',
      values: { columns: 'athlete, date, duration_min, rpe' },
    },
    {
      header: 'athlete,date,duration_min,rpe,RPE',
      fileError: 'Column rpe appears more than once; keep one of each',
      code: 'duplicate-columns',
      values: { columns: 'rpe' },
    },
  ])('gives a file error and no rows for header "$header"', ({ header, fileError, code, values }) => {
    const result = parseSessionsCsv(csvText([header, 'Anna,2024-03-04,30,6,6']));
    expect(result.fileError).toBe(fileError);
    expect(result.fileErrorCode).toBe(code);
    expect(result.fileErrorValues).toEqual(values);
    expect(result.rows).toEqual([]);
    expect(result.rejected).toEqual([]);
  });

  it.each(['', '\uFEFF', '\n\n', '  \r\n\t\r\n', ',,,\n,,', ';;;\r\n;;;'])(
    'reports an empty file for %j',
    (text) => {
      const result = parseSessionsCsv(text);
      expect(result.fileError).toBe('The file is empty');
      expect(result.fileErrorCode).toBe('empty-file');
      expect(result.rows).toEqual([]);
      expect(result.dataRowCount).toBe(0);
    },
  );

  it.each([SESSIONS_HEADER, SESSIONS_HEADER + '\n', SESSIONS_HEADER + '\r\n\r\n'])(
    'accepts a header without data rows (%j) with a warning',
    (text) => {
      const result = parseSessionsCsv(text);
      expect(result.fileError).toBeNull();
      expect(result.fileErrorCode).toBeNull();
      expect(result.rows).toEqual([]);
      expect(result.dataRowCount).toBe(0);
      expect(result.warnings).toEqual([
        {
          line: 1,
          column: null,
          code: 'no-data-rows',
          values: {},
          reason: 'The file has a header but no data rows',
        },
      ]);
    },
  );

  it('rejects a row with more values than header columns, but allows empty trailing cells', () => {
    const text = csvText([
      'athlete,date,duration_min,rpe',
      'Anna,2024-03-04,30,6,,',
      'Anna,2024-03-05,30,6,5',
    ]);
    const result = parseSessionsCsv(text);
    expect(rowLines(result)).toEqual([2]);
    expect(result.rejected).toEqual([
      {
        line: 3,
        column: null,
        code: 'too-many-cells',
        values: { cellCount: 5, columnCount: 4, delimiter: ',' },
        reason:
          'This row has 5 values but the header has 4 columns; a value that contains "," must be in double quotes',
      },
    ]);
  });

  it.each<{ name: string; badLine: string; code: CsvIssueCode; reason: string }>([
    {
      name: 'a quoted value that is never closed',
      badLine: 'Bram,2024-03-05,,45,7,,"open',
      code: 'unclosed-quote-lines',
      reason:
        'A quoted value is never closed: a closing double quote is missing. Lines 3–4 were read as this one row',
    },
    {
      name: 'text after a closing quote',
      badLine: 'Bram,2024-03-05,,45,7,,"good" session',
      code: 'malformed-quotes-lines',
      reason:
        'Malformed quotes: a value that starts with a double quote must end with one, followed by the ' +
        'separator or the end of the line. Lines 3–4 were read as this one row',
    },
  ])('rejects the row at $name and says which lines it swallowed', ({ badLine, code, reason }) => {
    const result = parseSessionsCsv(csvText([SESSIONS_HEADER, ROW_A, badLine, ROW_B]));
    expect(rowLines(result)).toEqual([2]);
    expect(result.rejected).toEqual([
      { line: 3, column: null, code, values: { firstLine: 3, lastLine: 4 }, reason },
    ]);
    expect(result.dataRowCount).toBe(2);
    expect(result.rejectedRowCount).toBe(1);
  });

  it('rejects malformed quotes on the last line without naming other lines', () => {
    const result = parseSessionsCsv(csvText([SESSIONS_HEADER, 'Bram,2024-03-05,,45,7,,"good" session']));
    expect(result.rejected).toMatchObject([{ line: 2, column: null, code: 'malformed-quotes', values: {} }]);
  });

  it('reads quotes inside an unquoted value as text', () => {
    const result = parseSessionsCsv(csvText([SESSIONS_HEADER, 'Anna,2024-03-04,,60,6,,5" box jumps', ROW_B]));
    expect(result.rows.map((row) => row.notes)).toEqual(['5" box jumps', '']);
  });

  it('gives a file error when the header cannot be tokenised', () => {
    const result = parseSessionsCsv(csvText(['athlete,date,duration_min,"rpe', 'Anna,2024-03-04,30,6']));
    expect(result.fileError).toMatch(/^The header row cannot be read\. A quoted value is never closed/);
    expect(result.fileErrorCode).toBe('unreadable-header');
    expect(result.rows).toEqual([]);
  });
});
