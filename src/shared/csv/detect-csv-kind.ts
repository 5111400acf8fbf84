import { normaliseHeaderName, SESSIONS_CSV_FORMAT, WELLNESS_CSV_FORMAT } from './csv-columns';
import type { CsvKind } from './csv-types';
import { readCsvHeaderCells } from './read-csv-table';

/**
 * Which import format a file is in, from its header alone: 'sessions' when it has every required
 * sessions column, 'wellness' when it has athlete, date and at least one wellness value column,
 * otherwise null. Never throws.
 */
export function detectCsvKind(text: string): CsvKind | null {
  try {
    const names = new Set(readCsvHeaderCells(text).map(normaliseHeaderName));
    if (SESSIONS_CSV_FORMAT.required.every((column) => names.has(column))) return 'sessions';
    const hasWellnessKeys = WELLNESS_CSV_FORMAT.required.every((column) => names.has(column));
    const hasWellnessValue = WELLNESS_CSV_FORMAT.columns.some(
      (column) => !WELLNESS_CSV_FORMAT.required.includes(column) && names.has(column),
    );
    return hasWellnessKeys && hasWellnessValue ? 'wellness' : null;
  } catch {
    return null;
  }
}
