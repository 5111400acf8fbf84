import { createCsvProblem } from './csv-problem';
import type { CsvKind, CsvProblem } from './csv-types';

/** Columns of sessions.csv (FORMATS.md), in the order an export writes them. */
export const SESSIONS_CSV_COLUMNS = [
  'athlete',
  'date',
  'start_time',
  'duration_min',
  'rpe',
  'stimulus',
  'notes',
] as const;
export type SessionsCsvColumn = (typeof SESSIONS_CSV_COLUMNS)[number];

/** Columns of wellness.csv (FORMATS.md), in the order an export writes them. */
export const WELLNESS_CSV_COLUMNS = [
  'athlete',
  'date',
  'sleep_hours',
  'sleep_quality',
  'fatigue',
  'soreness',
  'stress',
  'mood',
  'hrv_rmssd_ms',
  'resting_hr_bpm',
] as const;
export type WellnessCsvColumn = (typeof WELLNESS_CSV_COLUMNS)[number];

/** The columns of one import format and which of them a file must have. */
export interface CsvFormat<Column extends string> {
  kind: CsvKind;
  columns: readonly Column[];
  required: readonly Column[];
}

export const SESSIONS_CSV_FORMAT: CsvFormat<SessionsCsvColumn> = {
  kind: 'sessions',
  columns: SESSIONS_CSV_COLUMNS,
  required: ['athlete', 'date', 'duration_min', 'rpe'],
};

export const WELLNESS_CSV_FORMAT: CsvFormat<WellnessCsvColumn> = {
  kind: 'wellness',
  columns: WELLNESS_CSV_COLUMNS,
  required: ['athlete', 'date'],
};

/** Every column name either format knows; used to tell ',' from ';' in a header. */
export const KNOWN_CSV_COLUMNS: ReadonlySet<string> = new Set<string>([
  ...SESSIONS_CSV_COLUMNS,
  ...WELLNESS_CSV_COLUMNS,
]);

/** Header names are matched trimmed and case-insensitively. */
export function normaliseHeaderName(name: string): string {
  return name.trim().toLowerCase();
}

/** Where each known column sits in a file, and what the header lacks or has too much of. */
export interface CsvHeaderMap<Column extends string> {
  indexByColumn: ReadonlyMap<Column, number>;
  /** The header text of each found column (trimmed, original case), for issue reports. */
  nameByColumn: ReadonlyMap<Column, string>;
  missing: Column[];
  duplicated: Column[];
  /** Named columns the format does not know; unnamed columns (trailing separators) are left out. */
  ignored: string[];
  cellCount: number;
}

/** Matches header cells to the columns of `format` (trimmed, case-insensitive, any order). */
export function mapCsvHeader<Column extends string>(
  headerCells: readonly string[],
  format: CsvFormat<Column>,
): CsvHeaderMap<Column> {
  const indexByColumn = new Map<Column, number>();
  const nameByColumn = new Map<Column, string>();
  const duplicated: Column[] = [];
  const ignored: string[] = [];
  headerCells.forEach((cell, index) => {
    const name = normaliseHeaderName(cell);
    if (name === '') return;
    const column = format.columns.find((candidate) => candidate === name);
    if (column === undefined) {
      ignored.push(cell.trim());
      return;
    }
    if (indexByColumn.has(column)) {
      if (!duplicated.includes(column)) duplicated.push(column);
      return;
    }
    indexByColumn.set(column, index);
    nameByColumn.set(column, cell.trim());
  });
  const missing = format.required.filter((column) => !indexByColumn.has(column));
  return { indexByColumn, nameByColumn, missing, duplicated, ignored, cellCount: headerCells.length };
}

/** The file-level error a header causes, or null when the header is usable. */
export function describeHeaderError<Column extends string>(header: CsvHeaderMap<Column>): CsvProblem | null {
  const missing = header.missing.join(', ');
  if (header.missing.length === 1) {
    return createCsvProblem('missing-column', { column: missing }, `Missing required column: ${missing}`);
  }
  if (header.missing.length > 1) {
    return createCsvProblem('missing-columns', { columns: missing }, `Missing required columns: ${missing}`);
  }
  if (header.duplicated.length > 0) {
    const duplicated = header.duplicated.join(', ');
    const reason = `Column ${duplicated} appears more than once; keep one of each`;
    return createCsvProblem('duplicate-columns', { columns: duplicated }, reason);
  }
  return null;
}
