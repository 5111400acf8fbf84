import type { Language } from '@shared/model';

const NONE = '–';

function numberFormat(language: Language, digits: number): Intl.NumberFormat {
  return new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** A number with a fixed count of decimals ("1.20", Dutch "1,20"); "–" when there is none. */
export function formatFixed(value: number | null, digits: number, language: Language): string {
  if (value === null || !Number.isFinite(value)) return NONE;
  const rounded = Number(value.toFixed(digits));
  // −0.4 rounds to 0, never to "−0".
  return numberFormat(language, digits).format(rounded === 0 ? 0 : rounded);
}

/**
 * The fewest decimals (0–2) that keep a value apart from the threshold it is judged by, so a rise of
 * 30.4 % flagged as "above 30 %" never reads as "+30 %".
 */
export function decimalsApartFrom(value: number, threshold: number): number {
  for (let digits = 0; digits < 2; digits += 1) {
    if (value === threshold || Number(value.toFixed(digits)) !== threshold) return digits;
  }
  return 2;
}

/** A weekly change: "+31 %", "−18 %", "0 %" or "–" (no load the two weeks before). */
export function formatChangePercent(
  value: number | null,
  thresholdPercent: number,
  language: Language,
): string {
  if (value === null || !Number.isFinite(value)) return NONE;
  const digits = decimalsApartFrom(value, thresholdPercent);
  const sign = Number(value.toFixed(digits)) > 0 ? '+' : '';
  return `${sign}${formatFixed(value, digits, language)} %`;
}
