import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { addDays } from '@shared/time/local-date';
import { useAsOfDate } from '../app/useAsOfDate';
import { useLastRecordDate } from '../app/useLastRecordDate';
import { useSettings } from '../app/useSettings';
import { formatDate } from '../i18n/format';

/** A date this many days or more after the squad's last record has nothing to judge by. */
export const STALE_AFTER_DAYS = 3;

/**
 * Says so when nobody (of the squad) has a session or a check-in in the few days up to the as-of
 * date, and offers to go to the last day that has data. Nothing while loading or without any record.
 */
export function NoRecentDataNotice({ squadId }: { squadId: string | null }) {
  const { t } = useTranslation();
  const { language } = useSettings();
  const { asOf, today, setAsOf } = useAsOfDate();
  const recent = useLastRecordDate({ squadId, onOrBefore: asOf });
  const latest = useLastRecordDate({ squadId, onOrBefore: today });
  if (recent === undefined || latest === undefined || latest === null) return null;
  if (recent !== null && recent >= addDays(asOf, -STALE_AFTER_DAYS)) return null;
  const date = formatDate(asOf, language);
  const last = formatDate(latest, language);
  return (
    <Alert color="orange" title={t('noRecentDataTitle')} data-testid="no-recent-data">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">
          {t(squadId === null ? 'noRecentData' : 'noRecentDataSquad', { date, days: STALE_AFTER_DAYS })}{' '}
          {t('lastDataOn', { date: last })}
        </Text>
        {latest === asOf ? null : (
          <Button variant="filled" color="orange" onClick={() => setAsOf(latest)}>
            {t('goToLastData', { date: last })}
          </Button>
        )}
      </Group>
    </Alert>
  );
}
