import fc from 'fast-check';
import { STIMULI } from '@shared/model';
import type { CsvDelimiter, ParsedSessionRow, WellnessValues } from '@shared/csv';

/** How a generated file is written: every choice the importer must cope with. */
export interface CsvLayout {
  delimiter: CsvDelimiter;
  lineEnding: '\n' | '\r\n';
  hasBom: boolean;
  hasTrailingNewline: boolean;
  isQuotingAll: boolean;
  usesDecimalComma: boolean;
  isHeaderUpperCase: boolean;
}

export const csvLayoutArbitrary: fc.Arbitrary<CsvLayout> = fc.record({
  delimiter: fc.constantFrom<CsvDelimiter>(',', ';'),
  lineEnding: fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'),
  hasBom: fc.boolean(),
  hasTrailingNewline: fc.boolean(),
  isQuotingAll: fc.boolean(),
  usesDecimalComma: fc.boolean(),
  isHeaderUpperCase: fc.boolean(),
});

/** Text with the characters that make CSV hard: separators, quotes, line breaks, accents. */
function trickyText(maxLength: number, hasLineBreaks: boolean): fc.Arbitrary<string> {
  const units = ['a', 'B', 'é', ' ', ',', ';', '"', "'", '1', '.'].concat(hasLineBreaks ? ['\n'] : []);
  return fc.string({ unit: fc.constantFrom(...units), maxLength }).map((text) => text.trim());
}

const isoDateArbitrary = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const localTimeArbitrary = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([hours, minutes]) => `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`);

/** Tenths, so the decimal text is exact: 0.1 … max. */
const tenths = (minTenths: number, maxTenths: number) =>
  fc.integer({ min: minTenths, max: maxTenths }).map((count) => count / 10);

export const athleteNameArbitrary = trickyText(20, false).filter((name) => name.length > 0);

/** A valid session as the parser returns it, less the line number. */
export const sessionRowArbitrary: fc.Arbitrary<Omit<ParsedSessionRow, 'line'>> = fc
  .record({
    athlete: athleteNameArbitrary,
    date: isoDateArbitrary,
    startTime: fc.option(localTimeArbitrary, { nil: undefined }),
    durationMin: tenths(1, 6000),
    sessionRpe: tenths(0, 100),
    stimulus: fc.constantFrom(...STIMULI),
    notes: trickyText(30, true),
  })
  .map(({ startTime, ...row }) => (startTime === undefined ? row : { ...row, startTime }));

const optionalNumber = (arbitrary: fc.Arbitrary<number>) => fc.option(arbitrary, { nil: undefined });

/** Valid check-in values with at least one present. */
export const wellnessValuesArbitrary: fc.Arbitrary<WellnessValues> = fc
  .record({
    sleepHours: optionalNumber(tenths(0, 240)),
    sleepQuality: optionalNumber(fc.integer({ min: 1, max: 5 })),
    fatigue: optionalNumber(fc.integer({ min: 1, max: 5 })),
    soreness: optionalNumber(fc.integer({ min: 1, max: 5 })),
    stress: optionalNumber(fc.integer({ min: 1, max: 5 })),
    mood: optionalNumber(fc.integer({ min: 1, max: 5 })),
    hrvRmssdMs: optionalNumber(tenths(1, 3000)),
    restingHrBpm: optionalNumber(tenths(250, 1500)),
  })
  .map((values) => Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)))
  .filter((values) => Object.keys(values).length > 0);

/** One cell as a spreadsheet would write it under `layout`. */
export function writeCell(value: string | number | undefined, layout: CsvLayout): string {
  if (value === undefined) return '';
  const text =
    typeof value === 'number' && layout.delimiter === ';' && layout.usesDecimalComma
      ? String(value).replace('.', ',')
      : String(value);
  const needsQuotes = layout.isQuotingAll || /[",;\n\r]/.test(text);
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A whole file: header (columns in the given order) and one record per row. Returns the text and
 * the physical line each record starts on, counting the line breaks inside quoted values.
 */
export function writeCsvFile(
  columns: readonly string[],
  records: readonly (readonly (string | number | undefined)[])[],
  layout: CsvLayout,
): { text: string; lines: number[] } {
  const header = columns.map((column) => (layout.isHeaderUpperCase ? column.toUpperCase() : column));
  const written = [header.join(layout.delimiter)];
  const lines: number[] = [];
  let line = 2;
  for (const record of records) {
    const cells = record.map((value) => writeCell(value, layout));
    lines.push(line);
    written.push(cells.join(layout.delimiter));
    line += 1 + cells.join('').split('\n').length - 1;
  }
  const body = written.join(layout.lineEnding) + (layout.hasTrailingNewline ? layout.lineEnding : '');
  return { text: (layout.hasBom ? '\uFEFF' : '') + body, lines };
}
