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
