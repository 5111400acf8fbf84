import type { Block, Season } from '@shared/model';
import { addDays, daysBetween, isoWeekday, startOfIsoWeek } from '@shared/time/local-date';

/**
 * Pure geometry of the season timeline: dates ↔ pixels, week columns, and what a drag does to a
 * block's dates. Tested without React or a DOM.
 */

export const DAYS_PER_WEEK = 7;

/** A date range, both ends included (`YYYY-MM-DD`). */
export interface DateRange {
  startDate: string;
  endDate: string;
}

/** The x axis: day 0 (a Monday) at x = 0, `dayWidthPx` per day. */
export interface TimelineScale {
  origin: string;
  dayWidthPx: number;
}

/** One column of the timeline: a Monday-to-Sunday week. */
export interface TimelineWeek {
  weekStart: string;
  /** ISO 8601 week number (1–53). */
  isoWeek: number;
}

/** The weeks of a season, from the Monday of its first week to the week of its last day. */
export function seasonWeeks(season: DateRange): TimelineWeek[] {
  const first = startOfIsoWeek(season.startDate);
  const count = daysBetween(first, startOfIsoWeek(season.endDate)) / DAYS_PER_WEEK + 1;
  return Array.from({ length: Math.max(count, 0) }, (_, index) => {
    const weekStart = addDays(first, index * DAYS_PER_WEEK);
    return { weekStart, isoWeek: isoWeekNumber(weekStart) };
  });
}

/** ISO 8601 week number: the week that holds the year's first Thursday is week 1. */
export function isoWeekNumber(isoDate: string): number {
  const thursday = addDays(startOfIsoWeek(isoDate), 3);
  const yearStart = `${thursday.slice(0, 4)}-01-01`;
  return Math.floor(daysBetween(yearStart, thursday) / DAYS_PER_WEEK) + 1;
}

/** The scale that fits the season's weeks into `widthPx`, never narrower than `minWeekPx` a week. */
export function fitScale(season: DateRange, widthPx: number, minWeekPx: number): TimelineScale {
  const weekCount = Math.max(seasonWeeks(season).length, 1);
  const weekPx = Math.max(minWeekPx, widthPx / weekCount);
  return { origin: startOfIsoWeek(season.startDate), dayWidthPx: weekPx / DAYS_PER_WEEK };
}

/** x of the start (left edge) of `date`. */
export function xOfDate(scale: TimelineScale, date: string): number {
  return daysBetween(scale.origin, date) * scale.dayWidthPx;
}

/** The date whose day contains x. */
export function dateAtX(scale: TimelineScale, x: number): string {
  return addDays(scale.origin, Math.floor(x / scale.dayWidthPx));
}

/** Left edge and width of a range: from the start of its first day to the end of its last. */
export function rangeBox(scale: TimelineScale, range: DateRange): { left: number; width: number } {
  const left = xOfDate(scale, range.startDate);
  return { left, width: (daysBetween(range.startDate, range.endDate) + 1) * scale.dayWidthPx };
}

/** The first day of each month that starts inside the range, and the range's first day (a partial month). */
export function monthStarts(range: DateRange): string[] {
  const starts = [range.startDate];
  let month = `${range.startDate.slice(0, 7)}-01`;
  for (;;) {
    month = nextMonth(month);
    if (month > range.endDate) return starts;
    starts.push(month);
  }
}

/** A month label on the axis: where it starts and whether it shows the year. */
export interface MonthMark {
  date: string;
  x: number;
  withYear: boolean;
}

/**
 * The month labels of the axis: the first (partial) month is left out when the next label would
 * start within `minGapPx` of it; the first label and every January show the year.
 */
export function monthMarks(scale: TimelineScale, span: DateRange, minGapPx: number): MonthMark[] {
  const marks = monthStarts(span).map((date) => ({ date, x: xOfDate(scale, date) }));
  const [first, second] = marks;
  if (first && second && second.x - first.x < minGapPx) marks.shift();
  return marks.map((mark, index) => ({ ...mark, withYear: index === 0 || mark.date.slice(5, 7) === '01' }));
}

function nextMonth(firstOfMonth: string): string {
  const year = Number(firstOfMonth.slice(0, 4));
  const month = Number(firstOfMonth.slice(5, 7));
  return month === 12
    ? `${String(year + 1).padStart(4, '0')}-01-01`
    : `${firstOfMonth.slice(0, 4)}-${String(month + 1).padStart(2, '0')}-01`;
}

/** What the pointer drags: the whole bar, or its left (start) or right (end) edge. */
export type DragMode = 'move' | 'start' | 'end';

/** Snap step in days: whole weeks (the default, keeps sessions on their weekdays) or whole days. */
export type SnapDays = 1 | 7;

/** Pixels dragged as whole snap steps (rounded to the nearest step). */
export function snapDelta(deltaPx: number, dayWidthPx: number, snapDays: SnapDays): number {
  const steps = Math.round(deltaPx / (dayWidthPx * snapDays));
  return steps === 0 ? 0 : steps * snapDays;
}

/**
 * The block's range after moving `mode` by `deltaDays`: a move shifts both ends; an edge moves
 * alone but never past the other end (a block is at least one day, or one week when snapping by weeks).
 */
export function shiftRange(
  range: DateRange,
  mode: DragMode,
  deltaDays: number,
  snapDays: SnapDays = 1,
): DateRange {
  if (mode === 'move') {
    return { startDate: addDays(range.startDate, deltaDays), endDate: addDays(range.endDate, deltaDays) };
  }
  const lengthDays = daysBetween(range.startDate, range.endDate) + 1;
  const minLengthDays = Math.min(snapDays, lengthDays);
  if (mode === 'start') {
    const latest = lengthDays - minLengthDays;
    return { startDate: addDays(range.startDate, Math.min(deltaDays, latest)), endDate: range.endDate };
  }
  const earliest = minLengthDays - lengthDays;
  return { startDate: range.startDate, endDate: addDays(range.endDate, Math.max(deltaDays, earliest)) };
}

/** The range a drag of `deltaPx` gives, snapped to `snapDays`. */
export function dragRange(
  range: DateRange,
  mode: DragMode,
  deltaPx: number,
  scale: TimelineScale,
  snapDays: SnapDays,
): DateRange {
  return shiftRange(range, mode, snapDelta(deltaPx, scale.dayWidthPx, snapDays), snapDays);
}

/** Why a block cannot have a range. */
export type RangeProblem =
  | { kind: 'endBeforeStart' }
  | { kind: 'outsideSeason' }
  | { kind: 'overlap'; block: Pick<Block, 'id' | 'name' | 'startDate' | 'endDate'> };

/**
 * Checks a block's new range: not ending before it starts, inside the season, not overlapping any
 * other block of the season (`blockId` is the block itself; undefined for a new block).
 */
export function checkBlockRange(
  range: DateRange,
  blockId: string | undefined,
  blocks: readonly Pick<Block, 'id' | 'name' | 'startDate' | 'endDate'>[],
  season: Pick<Season, 'startDate' | 'endDate'>,
): RangeProblem | null {
  if (range.endDate < range.startDate) return { kind: 'endBeforeStart' };
  if (range.startDate < season.startDate || range.endDate > season.endDate) return { kind: 'outsideSeason' };
  const other = blocks.find(
    (block) => block.id !== blockId && block.startDate <= range.endDate && block.endDate >= range.startDate,
  );
  return other ? { kind: 'overlap', block: other } : null;
}

/** True when both ranges are the same days. */
export function sameRange(a: DateRange, b: DateRange): boolean {
  return a.startDate === b.startDate && a.endDate === b.endDate;
}

/** The Monday on or after `date`. */
export function mondayOnOrAfter(date: string): string {
  const weekday = isoWeekday(date);
  return weekday === 1 ? date : addDays(date, 8 - weekday);
}

/** Where a new block goes: the Monday after the last block, else the season's first Monday. */
export function nextBlockStart(season: DateRange, blocks: readonly DateRange[]): string {
  const lastEnd = blocks.reduce<string | null>(
    (latest, block) => (latest === null || block.endDate > latest ? block.endDate : latest),
    null,
  );
  return mondayOnOrAfter(lastEnd === null ? season.startDate : addDays(lastEnd, 1));
}

/** The last day of a block of `weeks` weeks from `startDate`. */
export function blockEndDate(startDate: string, weeks: number): string {
  return addDays(startDate, weeks * DAYS_PER_WEEK - 1);
}
