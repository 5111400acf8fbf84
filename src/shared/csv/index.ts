export type {
  CsvDecimalMark,
  CsvDelimiter,
  CsvIssue,
  CsvKind,
  CsvParseResult,
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
export { parseSessionsCsv } from './parse-sessions-csv';
export { parseWellnessCsv } from './parse-wellness-csv';
export { detectCsvKind } from './detect-csv-kind';
