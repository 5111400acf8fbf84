import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { fromDayNumber } from '@shared/time/local-date';
import { useSettings } from '../app/useSettings';
import { formatDate, formatNumber } from '../i18n/format';
import type { DayTicks } from './series';

export interface ChartFormat {
  /** A day for people, with weekday: "Mon 3 Mar 2025" / "ma 3 mrt. 2025". */
  day: (dayNumber: number) => string;
  /** A tick label: "3 Mar" for weekly ticks, "Mar 2025" for monthly ones. */
  tick: (dayNumber: number, unit: DayTicks['unit']) => string;
  /** A number in the coach's language, or "–" when there is none. */
  number: (value: number | null | undefined, digits?: number) => string;
}

/** Formatting of dates and numbers in charts, in the coach's language. */
export function useChartFormat(): ChartFormat {
  const { language } = useSettings();
  const { t } = useTranslation('charts');
  const none = t('noValue');
  return useMemo(
    () => ({
      day: (dayNumber) => formatDate(fromDayNumber(Math.floor(dayNumber)), language),
      tick: (dayNumber, unit) =>
        formatDate(fromDayNumber(Math.floor(dayNumber)), language, unit === 'week' ? 'd MMM' : 'MMM yyyy'),
      number: (value, digits = 0) =>
        value === null || value === undefined || !Number.isFinite(value)
          ? none
          : formatNumber(value, language, digits),
    }),
    [language, none],
  );
}
