/**
 * The generic CSV importer (FORMATS.md): pure parsing and validation of sessions.csv and wellness.csv
 * through the shared model schemas. Tokenising is papaparse's; matching names to the roster and
 * writing to the database are the caller's.
 */
export type {
  CsvDecimalMark,
  CsvDelimiter,
  CsvIssue,
  CsvIssueCode,
  CsvIssueValues,
  CsvKind,
  CsvParseResult,
  CsvProblem,
  ParsedSessionRow,
  ParsedWellnessRow,
  WellnessValues,
} from './csv-types';
export {
  SESSIONS_CSV_COLUMNS,
  WELLNESS_CSV_COLUMNS,
  SESSIONS_CSV_FORMAT,
  WELLNESS_CSV_FORMAT,
  type SessionsCsvColumn,
  type WellnessCsvColumn,
} from './csv-columns';
export { csvFileErrorResult, type CsvParseOptions } from './parse-csv-file';
export { parseSessionsCsv } from './parse-sessions-csv';
export { parseWellnessCsv } from './parse-wellness-csv';
export { detectCsvKind } from './detect-csv-kind';
export { CSV_ISSUE_CODES } from './csv-types';
export { createCsvProblem } from './csv-problem';
