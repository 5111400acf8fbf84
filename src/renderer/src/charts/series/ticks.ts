import { fromDayNumber, toDayNumber } from '@shared/time/local-date';

/** Ticks of a time axis: day numbers, labelled by day ("3 Mar") or by month ("Mar 2025"). */
export interface DayTicks {
  ticks: number[];
  unit: 'week' | 'month';
}

/** Day 0 (1970-01-01) was a Thursday: Monday is the day with (day + 3) mod 7 = 0. */
function firstMondayFrom(day: number): number {
  return day + ((7 - ((((day + 3) % 7) + 7) % 7)) % 7);
}

function monthStartsBetween(startDay: number, endDay: number): number[] {
  const [startYear = 1970, startMonth = 1] = fromDayNumber(startDay).split('-').map(Number);
  const starts: number[] = [];
  for (let month = startMonth, year = startYear; ; month += 1) {
    if (month > 12) {
      month = 1;
      year += 1;
    }
    const day = toDayNumber(`${year}-${String(month).padStart(2, '0')}-01`);
    if (day > endDay) return starts;
    if (day >= startDay) starts.push(day);
  }
}

/**
 * At most `maxTicks` ticks between two day numbers: Mondays every 1, 2, 3 … weeks while that fits,
 * otherwise the first of every 1, 2, 3 … months (ISO weeks and calendar months, SCIENCE.md "Calendar").
 */
export function dayTicks(startDay: number, endDay: number, maxTicks: number): DayTicks {
  const limit = Math.max(1, maxTicks);
  const span = endDay - startDay + 1;
  if (span <= 0) return { ticks: [], unit: 'week' };
  if (span <= limit * 7 * 4) {
    const stepWeeks = Math.max(1, Math.ceil(span / 7 / limit));
    const ticks: number[] = [];
    for (let day = firstMondayFrom(startDay); day <= endDay; day += stepWeeks * 7) ticks.push(day);
    return { ticks, unit: 'week' };
  }
  const months = monthStartsBetween(startDay, endDay);
  const stepMonths = Math.max(1, Math.ceil(months.length / limit));
  return { ticks: months.filter((_, position) => position % stepMonths === 0), unit: 'month' };
}
