/**
 * Local calendar dates as `YYYY-MM-DD` strings and whole-day arithmetic (SCIENCE.md, "Calendar").
 * A day number counts days since 1970-01-01 on the proleptic Gregorian calendar; it is computed with
 * UTC arithmetic so that daylight-saving changes can never move or duplicate a day.
 */

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** True when `text` is a real calendar date written as `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return (
    date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d)
  );
}

/** True when `text` is a 24-hour local time written as `HH:MM`. */
export function isLocalTime(text: string): boolean {
  return LOCAL_TIME.test(text);
}

/** Days since 1970-01-01 for a valid `YYYY-MM-DD` date. */
export function toDayNumber(isoDate: string): number {
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${isoDate}`);
  const [, y, m, d] = match;
  return Math.round(Date.UTC(Number(y), Number(m) - 1, Number(d)) / MS_PER_DAY);
}

/** The `YYYY-MM-DD` date of a day number. */
export function fromDayNumber(dayNumber: number): string {
  const date = new Date(dayNumber * MS_PER_DAY);
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** `isoDate` moved by a whole number of days. */
export function addDays(isoDate: string, days: number): string {
  return fromDayNumber(toDayNumber(isoDate) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function isoWeekday(isoDate: string): number {
  // 1970-01-01 was a Thursday (ISO weekday 4).
  return ((((toDayNumber(isoDate) + 3) % 7) + 7) % 7) + 1;
}

/** The Monday that starts the ISO week containing `isoDate`. */
export function startOfIsoWeek(isoDate: string): string {
  return addDays(isoDate, 1 - isoWeekday(isoDate));
}

/** Minutes after midnight of an `HH:MM` time. */
export function minutesOfDay(localTime: string): number {
  const match = LOCAL_TIME.exec(localTime);
  if (!match) throw new RangeError(`Not an HH:MM time: ${localTime}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Whole years between a birth date and a date (the age on that date). */
export function ageInYears(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onDate.split('-').map(Number) as [number, number, number];
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}

const MINUTES_PER_DAY = 1440;

/**
 * A local wall-clock moment as minutes since 1970-01-01 00:00 local time: day number × 1440 + minutes
 * of the day. Durations between two moments are wall-clock durations: across a daylight-saving change
 * "72 h later" is three days later at the same clock time, so no day is moved or duplicated
 * (SCIENCE.md, "Calendar").
 */
export function toLocalMinute(isoDate: string, localTime: string): number {
  return toDayNumber(isoDate) * MINUTES_PER_DAY + minutesOfDay(localTime);
}

/** The date and `HH:MM` time of a local minute (see `toLocalMinute`). */
export function fromLocalMinute(localMinute: number): { date: string; time: string } {
  const rounded = Math.round(localMinute);
  const dayNumber = Math.floor(rounded / MINUTES_PER_DAY);
  const minutes = rounded - dayNumber * MINUTES_PER_DAY;
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return { date: fromDayNumber(dayNumber), time: `${hh}:${mm}` };
}
