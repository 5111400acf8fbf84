import { isIsoDate } from '@shared/time/local-date';

const DAY_FIRST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * Reads a date typed into a date field: `2025-03-04`, or day first as coaches here write it
 * (`4-3-2025`, `4/3/2025`, `4.3.2025`). Returns `YYYY-MM-DD`, or null when it is not a real date.
 */
export function parseCoachDate(text: string): string | null {
  const trimmed = text.trim();
  const iso = ISO.exec(trimmed);
  const dayFirst = DAY_FIRST.exec(trimmed);
  let parts: [string, string, string] | undefined;
  if (iso?.[1] && iso[2] && iso[3]) parts = [iso[1], iso[2], iso[3]];
  else if (dayFirst?.[1] && dayFirst[2] && dayFirst[3]) parts = [dayFirst[3], dayFirst[2], dayFirst[1]];
  if (!parts) return null;
  const [year, month, day] = parts;
  const candidate = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(candidate) ? candidate : null;
}

const COMPLETE_ISO = /^\d{4}-\d{2}-\d{2}$/;
const COMPLETE_DAY_FIRST = /^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}$/;

/**
 * A date the coach has finished typing: `2025-03-04` with two-digit month and day, or day first with
 * a four-digit year (`4-3-2025`). `2026-11-3` is not complete (it may become `2026-11-30`): a field
 * takes such a date only on Enter or when the coach leaves it.
 */
export function parseCompleteCoachDate(text: string): string | null {
  const trimmed = text.trim();
  if (!COMPLETE_ISO.test(trimmed) && !COMPLETE_DAY_FIRST.test(trimmed)) return null;
  return parseCoachDate(trimmed);
}
