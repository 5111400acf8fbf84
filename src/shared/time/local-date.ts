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
    date.getUTCFullYear() === Number(y) &&
    date.getUTCMonth() === Number(m) - 1 &&
    date.getUTCDate() === Number(d)
  );
}

/**
 * The dates a training record (session, check-in, availability, plan) may carry. A typo such as
 * 9999 or 0100 is refused with this range in the message instead of stretching every series over
 * thousands of years (a session in 9999 once made `metrics --daily` hang).
 */
export const RECORD_DATE_RANGE = { earliest: '1970-01-01', latest: '2099-12-31' } as const;

/** True when `text` is a date within {@link RECORD_DATE_RANGE}. */
export function isRecordDate(text: string): boolean {
  return isIsoDate(text) && text >= RECORD_DATE_RANGE.earliest && text <= RECORD_DATE_RANGE.latest;
}

/** True when `text` is a 24-hour local time written as `HH:MM`. */
export function isLocalTime(text: string): boolean {
  return LOCAL_TIME.test(text);
}

function notADate(isoDate: string): never {
  throw new RangeError(`Not a YYYY-MM-DD date: ${isoDate}`);
}

/** Days since 1970-01-01 for a valid `YYYY-MM-DD` date. */
export function toDayNumber(isoDate: string): number {
  // Hand-parsed (no RegExp, no Date): the engine converts every record's date, often several times.
  const y0 = isoDate.charCodeAt(0) - 48;
  const y1 = isoDate.charCodeAt(1) - 48;
  const y2 = isoDate.charCodeAt(2) - 48;
  const y3 = isoDate.charCodeAt(3) - 48;
  const m0 = isoDate.charCodeAt(5) - 48;
  const m1 = isoDate.charCodeAt(6) - 48;
  const d0 = isoDate.charCodeAt(8) - 48;
  const d1 = isoDate.charCodeAt(9) - 48;
  // `>>> 0` turns a negative (and NaN past the end) into a large number or 0 … so check both ways.
  if (
    isoDate.length !== 10 ||
    isoDate.charCodeAt(4) !== 45 ||
    isoDate.charCodeAt(7) !== 45 ||
    !(y0 >>> 0 <= 9 && y1 >>> 0 <= 9 && y2 >>> 0 <= 9 && y3 >>> 0 <= 9) ||
    !(m0 >>> 0 <= 9 && m1 >>> 0 <= 9 && d0 >>> 0 <= 9 && d1 >>> 0 <= 9)
  ) {
    notADate(isoDate);
  }
  const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const m = m0 * 10 + m1;
  const d = d0 * 10 + d1;
  // Days from civil (H. Hinnant): proleptic Gregorian, as Date.UTC for years 100 … 9999.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
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
  const h0 = localTime.charCodeAt(0) - 48;
  const h1 = localTime.charCodeAt(1) - 48;
  const m0 = localTime.charCodeAt(3) - 48;
  const m1 = localTime.charCodeAt(4) - 48;
  const hours = h0 * 10 + h1;
  if (
    localTime.length !== 5 ||
    localTime.charCodeAt(2) !== 58 ||
    !(h0 >>> 0 <= 2 && h1 >>> 0 <= 9 && m0 >>> 0 <= 5 && m1 >>> 0 <= 9) ||
    hours > 23
  ) {
    throw new RangeError(`Not an HH:MM time: ${localTime}`);
  }
  return hours * 60 + m0 * 10 + m1;
}

function yearOf(isoDate: string): number {
  return (
    (isoDate.charCodeAt(0) - 48) * 1000 +
    (isoDate.charCodeAt(1) - 48) * 100 +
    (isoDate.charCodeAt(2) - 48) * 10 +
    isoDate.charCodeAt(3) -
    48
  );
}

/** MMDD of a `YYYY-MM-DD` date as a number, e.g. 1231. */
function monthDayOf(isoDate: string): number {
  return (
    (isoDate.charCodeAt(5) - 48) * 1000 +
    (isoDate.charCodeAt(6) - 48) * 100 +
    (isoDate.charCodeAt(8) - 48) * 10 +
    isoDate.charCodeAt(9) -
    48
  );
}

/** Whole years between a birth date and a date (the age on that date). */
export function ageInYears(birthDate: string, onDate: string): number {
  return yearOf(onDate) - yearOf(birthDate) - (monthDayOf(onDate) >= monthDayOf(birthDate) ? 0 : 1);
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
