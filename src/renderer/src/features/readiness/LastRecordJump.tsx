import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAsOfDate } from '../../app/useAsOfDate';
import { formatDate } from '../../i18n/format';
import { useLanguage } from './useLanguage';

/**
 * For an athlete nothing is known of on the chosen date (grey): when their last record was, and a
 * link that moves the app's date there (SCIENCE.md: grey is unknown, never good news).
 */
export function LastRecordJump({ lastRecordDate }: { lastRecordDate: string | null }) {
  const { t } = useTranslation('readiness');
  const language = useLanguage();
  const { setAsOf } = useAsOfDate();
  if (lastRecordDate === null) {
    return (
      <Text size="sm" c="dimmed" data-testid="last-record">
        {t('noRecordYet')}
      </Text>
    );
  }
  return (
    <Text size="sm" c="dimmed" data-testid="last-record">
      {t('lastRecord', { date: formatDate(lastRecordDate, language) })}{' '}
      <Anchor component="button" type="button" size="sm" onClick={() => setAsOf(lastRecordDate)}>
        {t('showThatDay')}
      </Anchor>
    </Text>
  );
}
