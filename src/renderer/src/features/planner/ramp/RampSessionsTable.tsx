import { ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlannedSession } from '@shared/model';
import { plannedLoadAu } from '@shared/planning/plan-context';
import { formatDate, formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../readiness/useLanguage';

/** The ramp's generated sessions, in date order, as they will appear in the week view. */
export function RampSessionsTable({ sessions }: { sessions: readonly PlannedSession[] }) {
  const { t } = useTranslation('planRamp');
  const language = useLanguage();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {t('sessionsTitle', { count: sessions.length })}
      </Text>
      <ScrollArea.Autosize mah={280} type="auto">
        <Table aria-label={t('sessionsLabel')} verticalSpacing={2} fz="sm" data-testid="ramp-sessions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('colDate')}</Table.Th>
              <Table.Th>{t('colTime')}</Table.Th>
              <Table.Th>{t('colSession')}</Table.Th>
              <Table.Th ta="right">{t('colDuration')}</Table.Th>
              <Table.Th ta="right">{t('colRpe')}</Table.Th>
              <Table.Th ta="right">{t('colLoad')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sessions.map((session) => (
              <Table.Tr key={session.id} data-testid="ramp-session">
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(session.date, language)}</Table.Td>
                <Table.Td>{session.startTime}</Table.Td>
                <Table.Td>{session.title}</Table.Td>
                <Table.Td ta="right">{formatNumber(session.durationMin, language, 0)}</Table.Td>
                <Table.Td ta="right">{formatNumber(session.targetRpe, language)}</Table.Td>
                <Table.Td ta="right">
                  {t('au', { value: formatNumber(plannedLoadAu(session), language, 0) })}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Stack>
  );
}
