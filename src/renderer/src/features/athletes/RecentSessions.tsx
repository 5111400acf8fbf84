import { Paper, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { appDb } from '../../db/app-db';
import { listSessionsForAthlete } from '../../db';
import { computeSessionLoadAu } from '@shared/metrics/session-load';
import { formatDate, formatNumber } from '../../i18n/format';
import { useSettings } from '../../app/useSettings';

const SHOWN = 10;

/** The athlete's latest sessions with their session-RPE load (RPE × minutes, Foster 2001). */
export function RecentSessions({ athleteId }: { athleteId: string }) {
  const { t } = useTranslation('athletes');
  const { language } = useSettings();
  const sessions = useLiveQuery(() => listSessionsForAthlete(appDb, athleteId), [athleteId]);
  const latest = (sessions ?? []).slice(-SHOWN).reverse();
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h4" mb="sm">
        {t('recentSessions')}
      </Title>
      {latest.length === 0 ? (
        <Text c="dimmed">{t('noSessions')}</Text>
      ) : (
        <Table aria-label={t('recentSessions')} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('common:date')}</Table.Th>
              <Table.Th>{t('common:startTime')}</Table.Th>
              <Table.Th>{t('common:stimulus')}</Table.Th>
              <Table.Th ta="right">{t('common:durationMin')}</Table.Th>
              <Table.Th ta="right">{t('common:rpe')}</Table.Th>
              <Table.Th ta="right">{t('loadAu')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {latest.map((session) => (
              <Table.Tr key={session.id}>
                <Table.Td>{formatDate(session.date, language)}</Table.Td>
                <Table.Td>{session.startTime ?? t('common:none')}</Table.Td>
                <Table.Td>{t(`common:stimulus_${session.stimulus}`)}</Table.Td>
                <Table.Td ta="right">{formatNumber(session.durationMin, language)}</Table.Td>
                <Table.Td ta="right">{formatNumber(session.sessionRpe, language)}</Table.Td>
                <Table.Td ta="right">{formatNumber(computeSessionLoadAu(session.sessionRpe, session.durationMin), language, 0)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
