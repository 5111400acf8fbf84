import { format, parseISO } from 'date-fns';
import { enGB, nl } from 'date-fns/locale';
import type { Language } from '@shared/model';

const DATE_LOCALES = { en: enGB, nl } as const;
/** Weekday as coaches write it: "Mon" in English, "ma" in Dutch. */
const DAY_PATTERNS = { en: 'EEE d MMM yyyy', nl: 'EEEEEE d MMM yyyy' } as const;

/** A `YYYY-MM-DD` date for people: "Mon 3 Mar 2025" / "ma 3 mrt. 2025". */
export function formatDate(isoDate: string, language: Language, pattern: string = DAY_PATTERNS[language]): string {
  return format(parseISO(isoDate), pattern, { locale: DATE_LOCALES[language] });
}

/** A number with the language's decimal mark (Dutch: decimal comma). */
export function formatNumber(value: number, language: Language, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits }).format(value);
}

/**
 * Reads a number typed by a coach: accepts "6.5" and "6,5" whatever the language, ignores spaces.
 * Returns null for an empty cell and NaN for text that is not a number.
 */
export function parseTypedNumber(text: string): number | null {
  const trimmed = text.trim().replace(/\s+/g, '');
  if (trimmed === '') return null;
  const normalised = trimmed.replace(',', '.');
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(normalised) ? Number(normalised) : Number.NaN;
}

/** Today's local calendar date as `YYYY-MM-DD` (the renderer owns the clock; shared never reads it). */
export function todayLocalDate(now: Date = new Date()): string {
  return format(now, 'yyyy-MM-dd');
}
