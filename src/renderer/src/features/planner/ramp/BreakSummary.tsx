import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReturnFromBreak } from '@shared/metrics/training-gaps';
import { formatDate } from '../../../i18n/format';
import { useLanguage } from '../../readiness/useLanguage';

/** A break in words: its length, its dates (or "still going on") and how long ago the athlete came back. */
export function BreakSummary({ returnFromBreak }: { returnFromBreak: ReturnFromBreak }) {
  const { t } = useTranslation('planRamp');
  const language = useLanguage();
  const { breakDays, breakStartDate, breakEndDate, daysSinceReturn } = returnFromBreak;
  const from = formatDate(breakStartDate, language);
  return (
    <Stack gap={0}>
      <Text size="sm" fw={600} data-testid="break-days">
        {t('breakDays', { count: breakDays })}
      </Text>
      <Text size="xs" c="dimmed">
        {breakEndDate === null
          ? t('breakOngoing', { from })
          : t('breakDates', { from, to: formatDate(breakEndDate, language) })}
        {daysSinceReturn === null
          ? null
          : ` · ${daysSinceReturn === 0 ? t('backToday') : t('backDaysAgo', { count: daysSinceReturn })}`}
      </Text>
    </Stack>
  );
}
