import Papa from 'papaparse';
import { KNOWN_CSV_COLUMNS, normaliseHeaderName } from './csv-columns';
import { createCsvProblem } from './csv-problem';
import type { CsvDelimiter, CsvProblem } from './csv-types';

const BYTE_ORDER_MARK = '\uFEFF';
const DELIMITERS: readonly CsvDelimiter[] = [',', ';'];

/** One non-blank record of a file, with the physical line it starts on. */
export interface CsvRecord {
  line: number;
  cells: string[];
  /** A tokenising problem (unbalanced quotes) that makes the record unusable, or null. */
  problem: CsvProblem | null;
}

/** A file split into records: the first non-blank one is the header, blank ones are dropped. */
export interface CsvTable {
  delimiter: CsvDelimiter;
  header: CsvRecord | null;
  dataRecords: CsvRecord[];
}

/**
 * Splits CSV text into records with papaparse. Line endings (CRLF, CR, LF) are normalised to LF
 * first so that a record's physical line is 1 + the records before it + the line breaks inside
 * their quoted values. Blank records (only whitespace or empty cells) are skipped.
 */
export function readCsvTable(text: string): CsvTable {
  const normalisedText = normaliseText(text);
  const delimiter = detectDelimiter(firstContentLine(normalisedText));
  const parsed = Papa.parse<string[]>(normalisedText, {
    delimiter,
    newline: '\n',
    header: false,
    skipEmptyLines: false,
    dynamicTyping: false,
  });
  const problemByIndex = describeProblems(parsed.errors);
  const records: CsvRecord[] = [];
  let line = 1;
  parsed.data.forEach((cells, index) => {
    const lineBreakCount = countLineBreaks(cells);
    const problem = describeRecordProblem(problemByIndex.get(index), line, lineBreakCount);
    if (problem !== null || !isBlankRecord(cells)) records.push({ line, cells, problem });
    line += 1 + lineBreakCount;
  });
  return { delimiter, header: records[0] ?? null, dataRecords: records.slice(1) };
}

/** The header cells of CSV text (first non-blank line), without reading the rest of the file. */
export function readCsvHeaderCells(text: string): string[] {
  const headerLine = firstContentLine(normaliseText(text));
  return (
    Papa.parse<string[]>(headerLine, { delimiter: detectDelimiter(headerLine), newline: '\n' }).data[0] ?? []
  );
}

function normaliseText(text: string): string {
  const withoutBom = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  return withoutBom.replace(/\r\n?/g, '\n');
}

/**
 * The header line: the first line with anything but whitespace, separators and quotes, or else the
 * first line that is not whitespace (a file of separators only).
 */
function firstContentLine(text: string): string {
  let firstNonSpaceLine: string | null = null;
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? text.length : end);
    if (/[^\s,;"]/.test(line)) return line;
    if (firstNonSpaceLine === null && /\S/.test(line)) firstNonSpaceLine = line;
    if (end === -1) break;
    start = end + 1;
  }
  return firstNonSpaceLine ?? '';
}

/**
 * ',' or ';': the one that splits the header line into more known column names, then into more
 * cells; ',' on a tie. The header decides because data rows may hold decimal commas.
 */
function detectDelimiter(headerLine: string): CsvDelimiter {
  let best: { delimiter: CsvDelimiter; knownCount: number; cellCount: number } | null = null;
  for (const delimiter of DELIMITERS) {
    const cells = Papa.parse<string[]>(headerLine, { delimiter, newline: '\n' }).data[0] ?? [];
    const knownCount = cells.filter((cell) => KNOWN_CSV_COLUMNS.has(normaliseHeaderName(cell))).length;
    const isBetter =
      best === null ||
      knownCount > best.knownCount ||
      (knownCount === best.knownCount && cells.length > best.cellCount);
    if (isBetter) best = { delimiter, knownCount, cellCount: cells.length };
  }
  return best?.delimiter ?? ',';
}

function describeProblems(errors: readonly Papa.ParseError[]): Map<number, Papa.ParseError['code']> {
  const codeByIndex = new Map<number, Papa.ParseError['code']>();
  for (const error of errors) {
    if (error.row !== undefined && !codeByIndex.has(error.row)) codeByIndex.set(error.row, error.code);
  }
  return codeByIndex;
}

/** A quote problem in words; it names the lines a runaway quoted value swallowed. */
function describeRecordProblem(
  code: Papa.ParseError['code'] | undefined,
  line: number,
  lineBreakCount: number,
): CsvProblem | null {
  if (code === undefined) return null;
  const isUnclosed = code === 'MissingQuotes';
  const problem = isUnclosed
    ? 'A quoted value is never closed: a closing double quote is missing'
    : 'Malformed quotes: a value that starts with a double quote must end with one, ' +
      'followed by the separator or the end of the line';
  if (lineBreakCount === 0)
    return createCsvProblem(isUnclosed ? 'unclosed-quote' : 'malformed-quotes', {}, problem);
  const lastLine = line + lineBreakCount;
  return createCsvProblem(
    isUnclosed ? 'unclosed-quote-lines' : 'malformed-quotes-lines',
    { firstLine: line, lastLine },
    `${problem}. Lines ${line}–${lastLine} were read as this one row`,
  );
}

function isBlankRecord(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

function countLineBreaks(cells: readonly string[]): number {
  let count = 0;
  for (const cell of cells) {
    let index = cell.indexOf('\n');
    while (index !== -1) {
      count += 1;
      index = cell.indexOf('\n', index + 1);
    }
  }
  return count;
}
