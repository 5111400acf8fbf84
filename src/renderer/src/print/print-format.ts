import type { Language } from '@shared/model';
import { minutesOfDay } from '@shared/time/local-date';
import { formatDate } from '../i18n/format';

/** A date in a range when the year is written once at its end: "Mon 2 Mar" / "ma 2 mrt.". */
const DAY_WITHOUT_YEAR = { en: 'EEE d MMM', nl: 'EEEEEE d MMM' } as const;
/** A day of the week table: "Mon 2 Mar" / "ma 2 mrt.". */
export const TABLE_DAY_PATTERN = DAY_WITHOUT_YEAR;
/** A date on the block timeline, where space is short: "2 Mar" / "2 mrt.". */
const SHORT_DAY = 'd MMM';

/**
 * A period as the PDF prints it: "Mon 2 Mar – Sun 8 Mar 2026" (the year once when both ends share
 * it), "Mon 28 Dec 2026 – Sun 3 Jan 2027" across a new year. The e2e test finds these in the PDF.
 */
export function formatDateRange(from: string, to: string, language: Language): string {
  const isSameYear = from.slice(0, 4) === to.slice(0, 4);
  const start = isSameYear
    ? formatDate(from, language, DAY_WITHOUT_YEAR[language])
    : formatDate(from, language);
  return `${start} – ${formatDate(to, language)}`;
}

/** A short period for the timeline bars: "2 Mar – 29 Mar". */
export function formatShortRange(from: string, to: string, language: Language): string {
  return `${formatDate(from, language, SHORT_DAY)} – ${formatDate(to, language, SHORT_DAY)}`;
}

/** The day cell of the week table: "Mon 2 Mar" / "ma 2 mrt.". */
export function formatTableDay(date: string, language: Language): string {
  return formatDate(date, language, TABLE_DAY_PATTERN[language]);
}

const MINUTES_PER_DAY = 1440;

/** When a session runs: "08:00–09:00" (start plus duration; past midnight it wraps to the next day's clock). */
export function formatTimeRange(startTime: string, durationMin: number): string {
  const end = (minutesOfDay(startTime) + Math.round(durationMin)) % MINUTES_PER_DAY;
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${startTime}–${pad(Math.floor(end / 60))}:${pad(end % 60)}`;
}
