import { Button, Group, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { searchWithAsOf } from '../../app/as-of';
import { useLastRecordDate } from '../../app/useLastRecordDate';
import { useSettings } from '../../app/useSettings';
import { formatDate, todayLocalDate } from '../../i18n/format';

/**
 * After an import: the last day that now has data, and a button that opens Today as of that day
 * (the app-wide date then carries to every screen). Nothing when that day is today or there is none.
 */
export function LastDataLink() {
  const { t } = useTranslation('import');
  const { language } = useSettings();
  const navigate = useNavigate();
  const today = todayLocalDate();
  const last = useLastRecordDate({ onOrBefore: today });
  if (!last || last === today) return null;
  const date = formatDate(last, language);
  return (
    <Group gap="sm">
      <Text size="sm">{t('lastDataHint', { date })}</Text>
      <Button
        color="teal"
        onClick={() => void navigate({ pathname: '/today', search: searchWithAsOf('', last, today) })}
      >
        {t('goToLastData', { date })}
      </Button>
    </Group>
  );
}
