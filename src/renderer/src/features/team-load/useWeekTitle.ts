import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/model';
import { formatDate } from '../../i18n/format';

/** "Week of Mon 9 Mar 2026", or with "up to Wed 18 Mar 2026 (partial)" for the week being counted. */
export function useWeekTitle(
  language: Language,
): (week: { weekStart: string; endDate: string; isPartial: boolean }) => string {
  const { t } = useTranslation('teamLoad');
  return (week) =>
    week.isPartial
      ? t('weekPartial', {
          date: formatDate(week.weekStart, language),
          end: formatDate(week.endDate, language),
        })
      : t('weekOf', { date: formatDate(week.weekStart, language) });
}
