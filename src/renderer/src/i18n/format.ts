import { format, parseISO, type Locale } from 'date-fns';
import { enGB, nl as nlDateFns } from 'date-fns/locale';
import type { Language } from '@shared/model';

/**
 * Dutch as Dutch style guides and the browser's own Intl (CLDR) write it: "wo 2 dec 2026", without
 * the periods date-fns adds ("woe", "dec."). Every pattern of the app goes through this one locale,
 * so a weekday or month reads the same on every screen and in the date fields.
 */
const nlPlain: Locale = {
  ...nlDateFns,
  localize: {
    ...nlDateFns.localize,
    day: (day, options) =>
      nlDateFns.localize.day(
        day,
        options?.width === 'abbreviated' ? { ...options, width: 'short' } : options,
      ),
    month: (month, options) => {
      const name = nlDateFns.localize.month(month, options);
      return options?.width === 'abbreviated' ? name.replace(/\.$/, '') : name;
    },
  },
};

const DATE_LOCALES = { en: enGB, nl: nlPlain } as const;
/** The app's one day style: weekday, day, month, year. */
const DAY_PATTERN = 'EEE d MMM yyyy';

/**
 * A `YYYY-MM-DD` date for people: "Mon 3 Mar 2025" / "ma 3 mrt 2025". The one date formatter of the
 * app: screens, charts, print and the date fields (`formatDateField`) all use it.
 */
export function formatDate(isoDate: string, language: Language, pattern: string = DAY_PATTERN): string {
  return format(parseISO(isoDate.slice(0, 10)), pattern, { locale: DATE_LOCALES[language] });
}

/**
 * The `valueFormat` of a date field (Mantine's DateInput hands over `YYYY-MM-DD`, with a time when
 * it keeps one), so a field shows its date exactly as the screen around it does.
 */
export function dateFieldFormat(
  language: Language,
  pattern: string = DAY_PATTERN,
): (value: string) => string {
  return (value) => formatDate(value, language, pattern);
}

const MOMENT_PATTERNS = { en: "d MMMM yyyy 'at' HH:mm", nl: "d MMMM yyyy 'om' HH:mm" } as const;

/** A moment (ISO timestamp) in local time: "5 March 2025 at 11:00" / "5 maart 2025 om 11:00". */
export function formatMoment(isoTimestamp: string, language: Language): string {
  return format(new Date(isoTimestamp), MOMENT_PATTERNS[language], { locale: DATE_LOCALES[language] });
}

/** A number with the language's decimal mark (Dutch: decimal comma). */
export function formatNumber(value: number, language: Language, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits }).format(
    value,
  );
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
