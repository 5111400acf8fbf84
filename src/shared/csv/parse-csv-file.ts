import { describeHeaderError, mapCsvHeader, type CsvFormat, type CsvHeaderMap } from './csv-columns';
import { createCsvIssue, createCsvProblem } from './csv-problem';
import { CsvRowCells, type CsvReadState } from './csv-row-cells';
import type { CsvDelimiter, CsvIssue, CsvParseResult, CsvProblem } from './csv-types';
import { readCsvTable, type CsvRecord } from './read-csv-table';

/** A warning names at most this many ignored columns, then counts the rest. */
const MAX_NAMED_IGNORED_COLUMNS = 20;

/** Turns the cells of one row into a typed row, or returns null after rejecting cells. */
export type CsvRowReader<Column extends string, Row> = (cells: CsvRowCells<Column>) => Row | null;

/**
 * Reads a file of one import format: header, then each non-blank record through `readRow`.
 * Never throws: an unexpected failure becomes `fileError`.
 */
export function parseCsvFile<Column extends string, Row>(
  text: string,
  format: CsvFormat<Column>,
  readRow: CsvRowReader<Column, Row>,
): CsvParseResult<Row> {
  try {
    return parseCsvText(text, format, readRow);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return failedResult(
      format,
      ',',
      createCsvProblem('unreadable-file', { detail }, `Could not read the file: ${detail}`),
    );
  }
}

function parseCsvText<Column extends string, Row>(
  text: string,
  format: CsvFormat<Column>,
  readRow: CsvRowReader<Column, Row>,
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
    warnings: describeWarnings(format, header, table.header.line, table.dataRecords.length),
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
