import {
  createCsvProblem,
  csvFileErrorResult,
  detectCsvKind,
  parseSessionsCsv,
  parseWellnessCsv,
  SESSIONS_CSV_FORMAT,
  WELLNESS_CSV_FORMAT,
  type CsvIssueCode,
  type CsvIssueValues,
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
  /** The coach's today: rows after it are named in a warning. */
  today?: string;
}

/** What the import screen hands the worker: the file itself, so even reading it is off the UI thread. */
export interface CsvFileRequest {
  file: Blob;
  /** The coach's choice; the header decides instead when `isKindFromHeader` and it can tell. */
  kind: CsvKind;
  isKindFromHeader: boolean;
  today: string;
}

/**
 * The largest file the importer reads: a club's ten seasons (about a million sessions) are ~60 MB,
 * and the text of a larger file would strain the browser's memory before a single row is checked.
 */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

/** The first part of a file that is read to check its header before reading the rest. */
export const HEAD_BYTES = 64 * 1024;

/** File errors found from the header alone: no need to read the rest of the file. */
const HEADER_ERROR_CODES: ReadonlySet<CsvIssueCode> = new Set([
  'empty-file',
  'unreadable-header',
  'missing-column',
  'missing-columns',
  'duplicate-columns',
]);

/** Parses CSV text with the shared importer for the chosen kind. */
export function parseCsvOfKind({ kind, text, today }: CsvParseRequest): ParsedCsv {
  const options = today === undefined ? {} : { today };
  return kind === 'sessions'
    ? { kind, result: parseSessionsCsv(text, options) }
    : { kind, result: parseWellnessCsv(text, options) };
}

function fileErrorOf(kind: CsvKind, code: CsvIssueCode, values: CsvIssueValues, reason: string): ParsedCsv {
  const problem = createCsvProblem(code, values, reason);
  return kind === 'sessions'
    ? { kind, result: csvFileErrorResult(SESSIONS_CSV_FORMAT, problem) }
    : { kind, result: csvFileErrorResult(WELLNESS_CSV_FORMAT, problem) };
}

/**
 * Reads and parses a chosen file (in the worker): refuses a file over MAX_IMPORT_BYTES, looks at the
 * header in the first HEAD_BYTES and stops there when it cannot be imported, and only then reads
 * and parses the whole file. Never throws: an unreadable file becomes a file error.
 */
export async function parseCsvFileRequest(request: CsvFileRequest): Promise<ParsedCsv> {
  const { file, today } = request;
  if (file.size > MAX_IMPORT_BYTES) {
    const sizeMb = Math.ceil(file.size / (1024 * 1024));
    const maxMb = MAX_IMPORT_BYTES / (1024 * 1024);
    const reason = `The file is ${sizeMb} MB; the importer reads files up to ${maxMb} MB. Split it, for example by season`;
    return fileErrorOf(request.kind, 'file-too-large', { sizeMb, maxMb }, reason);
  }
  try {
    const head = await file.slice(0, HEAD_BYTES).text();
    const kind = (request.isKindFromHeader ? detectCsvKind(head) : null) ?? request.kind;
    if (file.size > HEAD_BYTES) {
      const fromHead = parseCsvOfKind({ kind, text: head });
      const code = fromHead.result.fileErrorCode;
      if (code !== null && HEADER_ERROR_CODES.has(code)) return fromHead;
    }
    return parseCsvOfKind({ kind, text: await file.text(), today });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fileErrorOf(request.kind, 'unreadable-file', { detail }, `Could not read the file: ${detail}`);
  }
}
