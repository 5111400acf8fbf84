import { describeHeaderError, mapCsvHeader, type CsvFormat, type CsvHeaderMap } from './csv-columns';
import { createCsvIssue, createCsvProblem } from './csv-problem';
import { CsvRowCells, type CsvReadState } from './csv-row-cells';
import type { CsvDelimiter, CsvIssue, CsvParseResult, CsvProblem } from './csv-types';
import { readCsvTable, type CsvRecord } from './read-csv-table';

/** A warning names at most this many ignored columns, then counts the rest. */
const MAX_NAMED_IGNORED_COLUMNS = 20;

/** What the caller knows that the file does not. */
export interface CsvParseOptions {
  /** The coach's today (YYYY-MM-DD): rows dated after it are named in a warning. */
  today?: string;
}

/** The part of a row the file-wide checks read. */
interface DatedRow {
  line: number;
  date: string;
}

/** A warning names at most this many lines, then counts the rest. */
const MAX_NAMED_LINES = 5;

/** Turns the cells of one row into a typed row, or returns null after rejecting cells. */
export type CsvRowReader<Column extends string, Row> = (cells: CsvRowCells<Column>) => Row | null;

/**
 * Reads a file of one import format: header, then each non-blank record through `readRow`.
 * Never throws: an unexpected failure becomes `fileError`.
 */
export function parseCsvFile<Column extends string, Row extends DatedRow>(
  text: string,
  format: CsvFormat<Column>,
  readRow: CsvRowReader<Column, Row>,
  options: CsvParseOptions = {},
): CsvParseResult<Row> {
  try {
    return parseCsvText(text, format, readRow, options);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return failedResult(
      format,
      ',',
      createCsvProblem('unreadable-file', { detail }, `Could not read the file: ${detail}`),
    );
  }
}

function parseCsvText<Column extends string, Row extends DatedRow>(
  text: string,
  format: CsvFormat<Column>,
  readRow: CsvRowReader<Column, Row>,
  options: CsvParseOptions,
): CsvParseResult<Row> {
  const table = readCsvTable(text);
  if (table.header === null) {
    return failedResult(format, table.delimiter, createCsvProblem('empty-file', {}, 'The file is empty'));
  }
  if (table.header.problem !== null) {
    const reason = `The header row cannot be read. ${table.header.problem.reason}`;
    return failedResult(format, table.delimiter, createCsvProblem('unreadable-header', {}, reason));
  }
  const header = mapCsvHeader(table.header.cells, format);
  const headerError = describeHeaderError(header);
  if (headerError !== null) return failedResult(format, table.delimiter, headerError);

  const state: CsvReadState = {
    isDecimalCommaAllowed: table.delimiter === ';',
    hasUsedDecimalComma: false,
    rejected: [],
  };
  const rows: Row[] = [];
  for (const record of table.dataRecords) {
    const row = readRecord(record, header, state, table.delimiter, readRow);
    if (row !== null) rows.push(row);
  }
  return {
    kind: format.kind,
    delimiter: table.delimiter,
    decimalMark: state.hasUsedDecimalComma ? ',' : '.',
    rows,
    rejected: state.rejected,
    warnings: [
      ...describeWarnings(format, header, table.header.line, table.dataRecords.length),
      ...describeDamage(text, table.dataRecords, table.delimiter),
      ...describeFutureDates(rows, options.today),
    ],
    dataRowCount: table.dataRecords.length,
    rejectedRowCount: new Set(state.rejected.map((issue) => issue.line)).size,
    fileError: null,
    fileErrorCode: null,
    fileErrorValues: {},
  };
}

function readRecord<Column extends string, Row>(
  record: CsvRecord,
  header: CsvHeaderMap<Column>,
  state: CsvReadState,
  delimiter: CsvDelimiter,
  readRow: CsvRowReader<Column, Row>,
): Row | null {
  const cells = new CsvRowCells(record.line, record.cells, header, state);
  if (record.problem !== null) {
    cells.reject(null, record.problem);
    return null;
  }
  if (hasFilledCellFrom(record.cells, header.cellCount)) {
    const values = { cellCount: record.cells.length, columnCount: header.cellCount, delimiter };
    const reason =
      `This row has ${values.cellCount} values but the header has ${values.columnCount} columns; ` +
      `a value that contains "${delimiter}" must be in double quotes`;
    cells.reject(null, createCsvProblem('too-many-cells', values, reason));
  }
  const row = readRow(cells);
  return cells.isRejected ? null : row;
}

/** True when a cell at `startIndex` or later holds something (a comma left unquoted). */
function hasFilledCellFrom(cells: readonly string[], startIndex: number): boolean {
  for (let index = startIndex; index < cells.length; index += 1) {
    if (cells[index]?.trim() !== '') return true;
  }
  return false;
}

function describeWarnings<Column extends string>(
  format: CsvFormat<Column>,
  header: CsvHeaderMap<Column>,
  headerLine: number,
  dataRowCount: number,
): CsvIssue[] {
  const warnings: CsvIssue[] = [];
  if (header.ignored.length > 0) {
    const shownNames = header.ignored.slice(0, MAX_NAMED_IGNORED_COLUMNS).join(', ');
    const hiddenCount = header.ignored.length - MAX_NAMED_IGNORED_COLUMNS;
    const names = hiddenCount > 0 ? `${shownNames} and ${hiddenCount} more` : shownNames;
    const noun = header.ignored.length === 1 ? 'column' : 'columns';
    const values = { count: header.ignored.length, columns: shownNames, format: format.kind };
    const reason = `Ignored ${noun} not in the ${format.kind} format: ${names}`;
    warnings.push(createCsvIssue(headerLine, null, createCsvProblem('ignored-columns', values, reason)));
  }
  if (dataRowCount === 0) {
    const problem = createCsvProblem('no-data-rows', {}, 'The file has a header but no data rows');
    warnings.push(createCsvIssue(headerLine, null, problem));
  }
  return warnings;
}

/**
 * Signs that the file itself is damaged, which no cell check sees: a last row that may be cut off (a
 * copy or download that stopped early reads "60" as "6", or "Easy aerobic run" as "Easy aerob") and
 * bytes that were not valid UTF-8 (the decoder made them U+FFFD). Both would be imported as read, so
 * the coach must be told.
 */
function describeDamage(
  text: string,
  dataRecords: readonly CsvRecord[],
  delimiter: CsvDelimiter,
): CsvIssue[] {
  const warnings: CsvIssue[] = [];
  const lastRecord = dataRecords[dataRecords.length - 1];
  if (lastRecord !== undefined && !/[\r\n]\s*$/.test(text))
    warnings.push(unterminatedWarning(lastRecord, delimiter));
  const badLines = linesContaining(text, '\uFFFD');
  if (badLines.count > 0) {
    const lines = badLines.first.join(', ') + (badLines.count > badLines.first.length ? ', …' : '');
    const reason =
      `${badLines.count} lines hold characters that could not be read (the file is not valid UTF-8; ` +
      `save it again as "CSV UTF-8"): lines ${lines}`;
    const problem = createCsvProblem('invalid-characters', { count: badLines.count, lines }, reason);
    warnings.push(createCsvIssue(badLines.first[0] ?? 1, null, problem));
  }
  return warnings;
}

/** The longest part of a row quoted in a warning. */
const MAX_QUOTED_ROW = 80;

/**
 * A file that ends without a line break may have been cut off in its last row, and a cut row can
 * look whole: no check of its values tells "Easy aerob" from a real note, or "6" from a cut "60"
 * (the safety fuzz found such cuts in 6 of 2,000 files when only shorter rows were named). So the
 * last row of every such file is named, with what was read, for the coach to check. Files that end
 * with a line break (Excel, LibreOffice, most apps) never see this warning.
 */
function unterminatedWarning(last: CsvRecord, delimiter: CsvDelimiter): CsvIssue {
  const read = last.cells.join(delimiter);
  const row = read.length > MAX_QUOTED_ROW ? `${read.slice(0, MAX_QUOTED_ROW - 1)}…` : read;
  const reason =
    `The file does not end with a line break, so its last row (line ${last.line}) may have been cut off ` +
    `when it was copied or downloaded. Check that row against the original: it was read as "${row}"`;
  return createCsvIssue(last.line, null, createCsvProblem('last-row-unterminated', { row }, reason));
}

/** The 1-based lines of `text` that contain `needle`: how many, and the first few. */
function linesContaining(text: string, needle: string): { count: number; first: number[] } {
  const first: number[] = [];
  let count = 0;
  let line = 1;
  let scanned = 0;
  let lastCountedLine = 0;
  for (let found = text.indexOf(needle); found !== -1; found = text.indexOf(needle, found + 1)) {
    for (let index = scanned; index < found; index += 1) if (text.charCodeAt(index) === 10) line += 1;
    scanned = found;
    if (line === lastCountedLine) continue;
    lastCountedLine = line;
    count += 1;
    if (first.length < MAX_NAMED_LINES) first.push(line);
  }
  return { count, first };
}

/** Rows dated after the coach's today: a typo (2062 for 2026) or a clock that was wrong. */
function describeFutureDates(rows: readonly DatedRow[], today: string | undefined): CsvIssue[] {
  if (today === undefined) return [];
  let count = 0;
  let firstRow: DatedRow | null = null;
  for (const row of rows) {
    if (row.date <= today) continue;
    count += 1;
    firstRow ??= row;
  }
  if (firstRow === null) return [];
  const values = { count, firstLine: firstRow.line, first: firstRow.date, today };
  const reason =
    `${count} rows are dated after today (${today}); the first is line ${firstRow.line}, ` +
    `dated ${firstRow.date}. Check the dates: they count as training that has happened`;
  return [createCsvIssue(firstRow.line, 'date', createCsvProblem('future-dates', values, reason))];
}

/** The answer for a file that cannot be read at all (too large, unreadable), before any parsing. */
export function csvFileErrorResult<Row>(
  format: CsvFormat<string>,
  fileError: CsvProblem,
): CsvParseResult<Row> {
  return failedResult(format, ',', fileError);
}

function failedResult<Column extends string, Row>(
  format: CsvFormat<Column>,
  delimiter: CsvDelimiter,
  fileError: CsvProblem,
): CsvParseResult<Row> {
  return {
    kind: format.kind,
    delimiter,
    decimalMark: '.',
    rows: [],
    rejected: [],
    warnings: [],
    dataRowCount: 0,
    rejectedRowCount: 0,
    fileError: fileError.reason,
    fileErrorCode: fileError.code,
    fileErrorValues: fileError.values,
  };
}
