import Dexie from 'dexie';

/** An inclusive range of `YYYY-MM-DD` dates; an open end means "from the start" / "to the end". */
export interface DateRange {
  from?: string;
  to?: string;
}

/**
 * Lower and upper keys of an `[athleteId+date]` compound index for one athlete and `range`.
 * Dexie.minKey sorts before every string and Dexie.maxKey after, so open ends cover all dates.
 */
export function athleteDateBounds(
  athleteId: string,
  range: DateRange = {},
): [lower: [string, string | number], upper: [string, string | [][]]] {
  const upperOpen = Dexie.maxKey as [][];
  return [
    [athleteId, range.from ?? Dexie.minKey],
    [athleteId, range.to ?? upperOpen],
  ];
}
