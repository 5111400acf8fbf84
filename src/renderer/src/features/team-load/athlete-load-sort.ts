import type { TeamLoadAthleteRow, TeamLoadFlag } from '../../team/team-load-view';

/** The sortable columns of the athlete table, in their order on screen. */
export const ATHLETE_LOAD_COLUMNS = [
  'name',
  'thisWeekAu',
  'changePercent',
  'monotony',
  'strainAu',
  'ratio',
  'flags',
] as const;
export type AthleteLoadColumn = (typeof ATHLETE_LOAD_COLUMNS)[number];
export type SortDirection = 'asc' | 'desc';

export interface AthleteLoadSort {
  column: AthleteLoadColumn;
  direction: SortDirection;
}

export const DEFAULT_ATHLETE_LOAD_SORT: AthleteLoadSort = { column: 'name', direction: 'asc' };

/** How much a flag weighs when the table is sorted by flags: the red ratio first, the note last. */
const FLAG_WEIGHT: Record<TeamLoadFlag, number> = {
  'ratio-danger': 16,
  ramp: 8,
  'ratio-high': 4,
  monotony: 2,
  'ratio-low': 2,
  'insufficient-history': 1,
};

export function flagSeverity(flags: readonly TeamLoadFlag[]): number {
  return flags.reduce((sum, flag) => sum + FLAG_WEIGHT[flag], 0);
}

const nameCollator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function numberOf(row: TeamLoadAthleteRow, column: Exclude<AthleteLoadColumn, 'name'>): number | null {
  if (column === 'flags') return flagSeverity(row.flags);
  // "New load" (a near-empty base) is the largest change there is.
  if (column === 'changePercent' && row.isNewLoad) return Number.POSITIVE_INFINITY;
  return row[column];
}

/**
 * The rows sorted by `column`; a number that is undefined ("–") goes last in either direction, and
 * equal values keep name order.
 */
export function sortAthleteLoadRows(
  rows: readonly TeamLoadAthleteRow[],
  { column, direction }: AthleteLoadSort,
): TeamLoadAthleteRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  const byName = (a: TeamLoadAthleteRow, b: TeamLoadAthleteRow): number =>
    nameCollator.compare(a.name, b.name);
  if (column === 'name') return [...rows].sort((a, b) => sign * byName(a, b));
  return [...rows].sort((a, b) => {
    const first = numberOf(a, column);
    const second = numberOf(b, column);
    if (first === null || second === null) {
      return first === second ? byName(a, b) : first === null ? 1 : -1;
    }
    return sign * (first - second) || byName(a, b);
  });
}

/** The sort after a click on `column`'s header: the other direction on the same column, else its default. */
export function nextAthleteLoadSort(current: AthleteLoadSort, column: AthleteLoadColumn): AthleteLoadSort {
  if (current.column === column) return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  // Names read A–Z; for numbers and flags the coach wants the largest first.
  return { column, direction: column === 'name' ? 'asc' : 'desc' };
}

/** Reads the sort from the address (`?sort=ratio&dir=desc`); anything unknown gives the default. */
export function parseAthleteLoadSort(column: string | null, direction: string | null): AthleteLoadSort {
  const known = ATHLETE_LOAD_COLUMNS.find((candidate) => candidate === column);
  if (!known) return DEFAULT_ATHLETE_LOAD_SORT;
  return { column: known, direction: direction === 'asc' || direction === 'desc' ? direction : 'desc' };
}
