import {
  parseSessionsCsv,
  parseWellnessCsv,
  type CsvKind,
  type CsvParseResult,
  type ParsedSessionRow,
  type ParsedWellnessRow,
} from '@shared/csv';

/** A parsed file, typed by what it holds. */
export type ParsedCsv =
  | { kind: 'sessions'; result: CsvParseResult<ParsedSessionRow> }
  | { kind: 'wellness'; result: CsvParseResult<ParsedWellnessRow> };

export interface CsvParseRequest {
  kind: CsvKind;
  text: string;
}

/** Parses CSV text with the shared importer for the chosen kind. */
export function parseCsvOfKind({ kind, text }: CsvParseRequest): ParsedCsv {
  return kind === 'sessions'
    ? { kind, result: parseSessionsCsv(text) }
    : { kind, result: parseWellnessCsv(text) };
}
