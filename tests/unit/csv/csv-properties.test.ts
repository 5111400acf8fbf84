import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  detectCsvKind,
  parseSessionsCsv,
  parseWellnessCsv,
  SESSIONS_CSV_COLUMNS,
  WELLNESS_CSV_COLUMNS,
  type CsvParseResult,
} from '@shared/csv';
import { WELLNESS_VALUE_FIELDS } from '@shared/model';
import {
  athleteNameArbitrary,
  csvLayoutArbitrary,
  sessionRowArbitrary,
  wellnessValuesArbitrary,
  writeCsvFile,
} from './csv-arbitraries';

/** Text that looks enough like CSV to reach deep into the parser, plus arbitrary Unicode. */
const csvLikeText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc
    .array(
      fc.constantFrom(
        ...[',', ';', '"', '""', '\n', '\r', '\r\n', ' ', '\uFEFF', 'a', '1', '6,5', '-', ':', '2024-03-04'],
        ...SESSIONS_CSV_COLUMNS,
        ...WELLNESS_CSV_COLUMNS,
      ),
      { maxLength: 60 },
    )
    .map((parts) => parts.join('')),
);

function physicalLineCount(text: string): number {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).length;
}

function expectConsistent<Row extends { line: number }>(result: CsvParseResult<Row>, text: string): void {
  const lineCount = physicalLineCount(text);
  const issueLines = [...result.rejected, ...result.warnings].map((issue) => issue.line);
  for (const line of [...issueLines, ...result.rows.map((row) => row.line)]) {
    expect(line).toBeGreaterThanOrEqual(1);
    expect(line).toBeLessThanOrEqual(lineCount);
  }
  // The catch-all in the parser is a last line of defence; reaching it would be a bug.
  expect(result.fileError ?? '').not.toMatch(/^Could not read the file/);
  expect(result.rejectedRowCount).toBe(new Set(result.rejected.map((issue) => issue.line)).size);
  if (result.fileError === null) {
    expect(result.rows.length + result.rejectedRowCount).toBe(result.dataRowCount);
  } else {
    expect(result.rows).toEqual([]);
  }
}

describe('CSV import properties', () => {
  it('returns a consistent result for any text and never throws', () => {
    fc.assert(
      fc.property(csvLikeText, (text) => {
        expectConsistent(parseSessionsCsv(text), text);
        expectConsistent(parseWellnessCsv(text), text);
        expect([null, 'sessions', 'wellness']).toContain(detectCsvKind(text));
      }),
      { numRuns: 500 },
    );
  });

  it('reads back generated sessions written with any separator, quoting, line ending and column order', () => {
    const columnOrder = fc.shuffledSubarray([...SESSIONS_CSV_COLUMNS], {
      minLength: SESSIONS_CSV_COLUMNS.length,
    });
    fc.assert(
      fc.property(
        fc.array(sessionRowArbitrary, { maxLength: 15 }),
        csvLayoutArbitrary,
        columnOrder,
        (rows, layout, columns) => {
          const cellOf = {
            athlete: (row: (typeof rows)[number]) => row.athlete,
            date: (row: (typeof rows)[number]) => row.date,
            start_time: (row: (typeof rows)[number]) => row.startTime,
            duration_min: (row: (typeof rows)[number]) => row.durationMin,
            rpe: (row: (typeof rows)[number]) => row.sessionRpe,
            stimulus: (row: (typeof rows)[number]) =>
              row.stimulus === 'other' ? undefined : row.stimulus.toUpperCase(),
            notes: (row: (typeof rows)[number]) => row.notes,
          };
          const file = writeCsvFile(
            columns,
            rows.map((row) => columns.map((column) => cellOf[column](row))),
            layout,
          );
          const result = parseSessionsCsv(file.text);
          expect(result.rejected).toEqual([]);
          expect(result.delimiter).toBe(layout.delimiter);
          expect(result.rows).toEqual(rows.map((row, index) => ({ ...row, line: file.lines[index] })));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads back generated check-ins, one per athlete-day', () => {
    const checkIn = fc.record({
      athlete: athleteNameArbitrary,
      date: fc.constantFrom('2024-03-04', '2024-03-05', '2024-02-29'),
      values: wellnessValuesArbitrary,
    });
    const checkIns = fc.uniqueArray(checkIn, {
      selector: (entry) => `${entry.athlete.toLowerCase()}|${entry.date}`,
      maxLength: 12,
    });
    fc.assert(
      fc.property(checkIns, csvLayoutArbitrary, (entries, layout) => {
        const fields = WELLNESS_VALUE_FIELDS;
        const records = entries.map((entry) => [
          entry.athlete,
          entry.date,
          ...fields.map((field) => entry.values[field]),
        ]);
        const file = writeCsvFile(WELLNESS_CSV_COLUMNS, records, layout);
        const result = parseWellnessCsv(file.text);
        expect(result.rejected).toEqual([]);
        expect(result.rows).toEqual(
          entries.map((entry, index) => ({
            line: file.lines[index],
            athlete: entry.athlete,
            date: entry.date,
            ...entry.values,
          })),
        );
      }),
      { numRuns: 300 },
    );
  });
});
