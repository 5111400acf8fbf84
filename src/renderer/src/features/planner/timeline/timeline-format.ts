import type { TFunction } from 'i18next';
import type { BlockFocus, Language } from '@shared/model';
import { daysBetween } from '@shared/time/local-date';
import { formatDate, formatNumber } from '../../../i18n/format';
import type { DateRange, RangeProblem } from './timeline-geometry';

/** Texts of the timeline that combine words, dates and numbers. */

const LOCALES = { en: 'en-GB', nl: 'nl-NL' } as const;

/** "2 Sep – 13 Oct 2025" (the year once when both ends share it). */
export function formatRange(range: DateRange, language: Language): string {
  const sameYear = range.startDate.slice(0, 4) === range.endDate.slice(0, 4);
  const from = formatDate(range.startDate, language, sameYear ? 'd MMM' : 'd MMM yyyy');
  return `${from} – ${formatDate(range.endDate, language, 'd MMM yyyy')}`;
}

/** "2 Sep – 13 Oct" for a bar, where the year is on the axis. */
export function formatShortRange(range: DateRange, language: Language): string {
  return `${formatDate(range.startDate, language, 'd MMM')} – ${formatDate(range.endDate, language, 'd MMM')}`;
}

/** Whole weeks of a range, or weeks with a decimal ("2.4") when it is not whole weeks. */
export function formatWeeks(range: DateRange, language: Language): string {
  return formatNumber((daysBetween(range.startDate, range.endDate) + 1) / 7, language, 1);
}

/** "62 %" / "62%" as the language writes a percentage; "–" without a value. */
export function formatShare(share: number | null, language: Language): string {
  if (share === null) return '–';
  return new Intl.NumberFormat(LOCALES[language], { style: 'percent', maximumFractionDigits: 0 }).format(
    share,
  );
}

/** "2.4K" / "2,4K": a week's load in a narrow column. */
export function formatCompactAu(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { notation: 'compact', maximumFractionDigits: 1 }).format(
    value,
  );
}

/** The block focus in words (the bar's colour is never the only cue). */
export function focusLabel(t: TFunction, focus: BlockFocus): string {
  return t(`planTimeline:focus_${focus}`);
}

/** Why a block cannot have the range, in a sentence. */
export function rangeProblemText(problem: RangeProblem, t: TFunction, language: Language): string {
  switch (problem.kind) {
    case 'endBeforeStart':
      return t('planTimeline:problemEndBeforeStart');
    case 'outsideSeason':
      return t('planTimeline:problemOutsideSeason');
    case 'overlap':
      return t('planTimeline:problemOverlap', {
        name: problem.block.name,
        range: formatRange(problem.block, language),
      });
  }
}

/**
 * A season in the season select: its name, and its months unless the name already says them (the
 * demo's "Season Aug 2026 – Dec 2026"), marked club-wide when it has no squad.
 */
export function seasonOptionLabel(
  season: { name: string; startDate: string; endDate: string; squadId?: string },
  language: Language,
  clubWide: string,
): string {
  const from = formatDate(season.startDate, language, 'MMM yyyy');
  const to = formatDate(season.endDate, language, 'MMM yyyy');
  const months = from === to ? from : `${from} – ${to}`;
  // Compared without case and dots: an English "Aug 2026" in the name is the Dutch "aug. 2026".
  const plain = (text: string) => text.toLocaleLowerCase().replaceAll('.', '');
  const name = plain(season.name);
  const saysMonths = name.includes(plain(from)) && name.includes(plain(to));
  const label = saysMonths ? season.name : `${season.name} (${months})`;
  return season.squadId === undefined ? `${label} · ${clubWide}` : label;
}

/** "14–27 Dec", "14 Dec – 3 Jan": a block bar's dates, short enough for a two-week bar, never cut inside a date. */
export function formatBarRange(range: DateRange, language: Language): string {
  const nbsp = '\u00a0';
  const sameMonth = range.startDate.slice(0, 7) === range.endDate.slice(0, 7);
  const end = formatDate(range.endDate, language, 'd MMM').replace(' ', nbsp);
  if (sameMonth) return `${formatDate(range.startDate, language, 'd')}–${end}`;
  return `${formatDate(range.startDate, language, 'd MMM').replace(' ', nbsp)} – ${end}`;
}
