import { Paper, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Session, WellnessEntry } from '@shared/model';
import { formatNumber } from '../../i18n/format';
import { useSettings } from '../../app/useSettings';
import { CheckinTable } from './CheckinTable';
import { SessionTable } from './SessionTable';

/** The athlete's sessions and check-ins, each a paged table whose rows can be edited or deleted. */
export function RecordTabs({
  sessions,
  checkins,
}: {
  sessions: readonly Session[];
  checkins: readonly WellnessEntry[];
}) {
  const { t } = useTranslation('athletes');
  const { language } = useSettings();
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h4" mb="xs">
        {t('records')}
      </Title>
      <Tabs defaultValue="sessions" keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="sessions">
            {t('sessionsTab', { total: formatNumber(sessions.length, language, 0) })}
          </Tabs.Tab>
          <Tabs.Tab value="checkins">
            {t('checkinsTab', { total: formatNumber(checkins.length, language, 0) })}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="sessions">
          <SessionTable sessions={sessions} />
        </Tabs.Panel>
        <Tabs.Panel value="checkins">
          <CheckinTable checkins={checkins} />
        </Tabs.Panel>
      </Tabs>
    </Paper>
  );
}
