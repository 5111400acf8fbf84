import type { AthleteMetrics } from '@shared/metrics';
import { dayIndex, dateAt } from '@shared/metrics';
import type { Season } from '@shared/model';

/** The periods a coach can look at on the athlete page. */
export const RANGE_KINDS = ['4w', '12w', 'season', 'all'] as const;
export type RangeKind = (typeof RANGE_KINDS)[number];

/** Without a season covering today, "season" means the last 26 weeks. */
export const SEASON_FALLBACK_DAYS = 26 * 7;

/**
 * "All" ends at the last record instead of the as-of date when this many days or more lie between
 * them (a season looked at long after it ended); a shorter gap is the coach's present and stays.
 */
export const ALL_ENDS_AT_RECORD_AFTER_DAYS = 28;

const RANGE_DAYS: Record<'4w' | '12w', number> = { '4w': 28, '12w': 84 };

/** The days a chart draws: indices on the metrics axis, both ends included. */
export interface ChartRange {
  kind: RangeKind;
  /** Empty when `endIndex < startIndex` (no records up to today). */
  startIndex: number;
  endIndex: number;
  /** Day numbers (time/local-date) of the two ends: the x domain of every chart. */
  startDay: number;
  endDay: number;
  startDate: string;
  endDate: string;
  /** The season shown for kind "season"; null otherwise and when none covers today. */
  season: Pick<Season, 'name' | 'startDate' | 'endDate'> | null;
  /** Kind "season" without a season covering today: the last 26 weeks are shown instead. */
  isSeasonFallback: boolean;
  /**
   * Set when the range runs past the record into the plan (series/projection-series): the day number
   * of today, the last recorded day; `endDay`/`endDate` are then the projection's horizon.
   */
  projectedAfterDay?: number;
}

/** The season covering `today` (the latest-starting one when several do), or undefined. */
export function seasonCovering<S extends Pick<Season, 'startDate' | 'endDate'>>(
  seasons: readonly S[],
  today: string,
): S | undefined {
  let found: S | undefined;
  for (const season of seasons) {
    if (season.startDate > today || season.endDate < today) continue;
    if (!found || season.startDate > found.startDate) found = season;
  }
  return found;
}

/** The first day of the requested period as an axis index (may lie before the axis). */
function requestedStartIndex(
  metrics: AthleteMetrics,
  kind: RangeKind,
  endIndex: number,
  season: ChartRange['season'],
): number {
  switch (kind) {
    case '4w':
    case '12w':
      return endIndex - RANGE_DAYS[kind] + 1;
    case 'season':
      return season ? dayIndex(metrics.axis, season.startDate) : endIndex - SEASON_FALLBACK_DAYS + 1;
    case 'all':
      return 0;
  }
}

/** Axis index of the last day with a session or a check-in on or before `endIndex`, or −1. */
export function lastRecordIndex(metrics: AthleteMetrics, endIndex: number): number {
  const { daily, wellness } = metrics;
  for (let index = endIndex; index >= 0; index -= 1) {
    if ((daily.sessionCount[index] ?? 0) > 0 || wellness.hasCheckin[index] === 1) return index;
  }
  return -1;
}

/**
 * The days to draw for a range ending on the as-of date `today`: the last 4 or 12 weeks, the season
 * covering it (or, without one, the last 26 weeks), or the whole history; clipped to the athlete's
 * axis, which runs from their first record to the as-of date. "All" ends at the last record when
 * that lies weeks before the as-of date, so a past season fills the chart instead of its left edge.
 */
export function chartRange(
  metrics: AthleteMetrics,
  kind: RangeKind,
  today: string,
  season?: Pick<Season, 'name' | 'startDate' | 'endDate'>,
): ChartRange {
  const { axis } = metrics;
  const coveringSeason = season && season.startDate <= today && season.endDate >= today ? season : undefined;
  const shownSeason = kind === 'season' ? (coveringSeason ?? null) : null;
  const asOfIndex = Math.min(dayIndex(axis, today), axis.length - 1);
  const lastRecord = kind === 'all' ? lastRecordIndex(metrics, asOfIndex) : -1;
  const endIndex =
    lastRecord >= 0 && asOfIndex - lastRecord >= ALL_ENDS_AT_RECORD_AFTER_DAYS ? lastRecord : asOfIndex;
  const startIndex = Math.max(0, requestedStartIndex(metrics, kind, endIndex, shownSeason));
  const isEmpty = endIndex < startIndex;
  const startDay = isEmpty ? axis.startDay + dayIndex(axis, today) : axis.startDay + startIndex;
  const endDay = isEmpty ? startDay : axis.startDay + endIndex;
  return {
    kind,
    startIndex,
    endIndex,
    startDay,
    endDay,
    startDate: isEmpty ? today : dateAt(axis, startIndex),
    endDate: isEmpty ? today : dateAt(axis, endIndex),
    season: shownSeason,
    isSeasonFallback: kind === 'season' && !coveringSeason,
  };
}

/** How many days the range holds (0 when empty). */
export function rangeDayCount(range: ChartRange): number {
  return Math.max(0, range.endIndex - range.startIndex + 1);
}
