import type { Session } from '../model/session';
import type { WellnessEntry, WellnessValueField } from '../model/wellness';

/** The two generic import formats of FORMATS.md. */
export type CsvKind = 'sessions' | 'wellness';

/** Field separators the importer accepts; ';' is common in Dutch Excel exports. */
export type CsvDelimiter = ',' | ';';

/** '.' always works; ',' is accepted as decimal mark only in files separated by ';'. */
export type CsvDecimalMark = '.' | ',';

/**
 * Every kind of problem the importer reports, for a program to act on or translate. Cell checks:
 * 'required' … 'invalid'; whole rows: 'no-values' … 'malformed-quotes-lines'; warnings:
 * 'ignored-columns' … 'future-dates'; file errors (`CsvParseResult.fileErrorCode`): the rest.
 */
export const CSV_ISSUE_CODES = [
  'required',
  'too-long',
  'not-a-number',
  'needs-decimal-point',
  'not-whole-number',
  'out-of-range',
  'below-minimum',
  'not-above-minimum',
  'above-maximum',
  'not-below-maximum',
  'not-a-date',
  'date-out-of-range',
  'not-a-time',
  'not-one-of',
  'invalid',
  'no-values',
  'duplicate-checkin',
  'too-many-cells',
  'unclosed-quote',
  'unclosed-quote-lines',
  'malformed-quotes',
  'malformed-quotes-lines',
  'ignored-columns',
  'no-data-rows',
  'last-row-unterminated',
  'invalid-characters',
  'future-dates',
  'unreadable-file',
  'file-too-large',
  'empty-file',
  'unreadable-header',
  'missing-column',
  'missing-columns',
  'duplicate-columns',
] as const;
export type CsvIssueCode = (typeof CSV_ISSUE_CODES)[number];

/** The values a problem's sentence needs (found text, bounds, line numbers, column names), by name. */
export type CsvIssueValues = Record<string, string | number>;

/** What is wrong: a code and values for a program, and the same in an English sentence. */
export interface CsvProblem {
  code: CsvIssueCode;
  values: CsvIssueValues;
  /** A plain English sentence for the coach (shown as is where no translation exists). */
  reason: string;
}

/** One problem found in a file. */
export interface CsvIssue extends CsvProblem {
  /** 1-based physical line in the file (the header is line 1 unless blank lines precede it). */
  line: number;
  /** The column name as written in the file header (trimmed), or null for whole-row and file issues. */
  column: string | null;
}

/** A valid row of a sessions file; `athlete` is the name or id as written (trimmed), not yet matched. */
export interface ParsedSessionRow extends Pick<
  Session,
  'date' | 'startTime' | 'durationMin' | 'sessionRpe' | 'stimulus' | 'notes'
> {
  line: number;
  athlete: string;
}

/** The optional values of a check-in, named as in the model. */
export type WellnessValues = Pick<WellnessEntry, WellnessValueField>;

/** A valid row of a wellness file: at least one value is present. */
export interface ParsedWellnessRow extends WellnessValues {
  line: number;
  athlete: string;
  date: string;
}

/** What the importer found in one file. It never throws: every problem is in here. */
export interface CsvParseResult<Row> {
  kind: CsvKind;
  delimiter: CsvDelimiter;
  /** ',' when at least one number in the file was written with a decimal comma. */
  decimalMark: CsvDecimalMark;
  /** Valid rows in file order. */
  rows: Row[];
  /** One issue per bad cell (a row may have several) or per bad row; sorted by line. */
  rejected: CsvIssue[];
  /** Things the coach should know that reject nothing, such as ignored columns. */
  warnings: CsvIssue[];
  /** Non-blank rows after the header. */
  dataRowCount: number;
  /** Distinct lines in `rejected`; `rows.length + rejectedRowCount === dataRowCount`. */
  rejectedRowCount: number;
  /** Set when the file as a whole cannot be imported (empty, missing column); then `rows` is empty. */
  fileError: string | null;
  /** The code of `fileError`; null exactly when `fileError` is. */
  fileErrorCode: CsvIssueCode | null;
  /** The values of `fileError`; empty when there is none. */
  fileErrorValues: CsvIssueValues;
}
