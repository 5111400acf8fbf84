import { Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { AvailabilityEvent } from '@shared/model';
import { appDb } from '../../db/app-db';
import { deleteAvailabilityEvent, listAvailabilityForAthlete, updateAvailabilityEvent } from '../../db';
import { formatDate, todayLocalDate } from '../../i18n/format';
import { useSettings } from '../../app/useSettings';
import { AvailabilityBadge } from './AvailabilityBadge';
import { AvailabilityForm } from './AvailabilityForm';

/** The athlete's availability events, newest first, with a form to add one and a way to end one. */
export function AvailabilityPanel({ athleteId }: { athleteId: string }) {
  const { t } = useTranslation('athletes');
  const { language } = useSettings();
  const events = useLiveQuery(() => listAvailabilityForAthlete(appDb, athleteId), [athleteId]) ?? [];

  async function handleEndToday(event: AvailabilityEvent) {
    const today = todayLocalDate();
    await updateAvailabilityEvent(appDb, {
      ...event,
      endDate: today < event.startDate ? event.startDate : today,
    });
    notifications.show({ color: 'teal', message: t('eventSaved') });
  }

  return (
    <Paper withBorder p="md">
      <Title order={3} size="h4" mb="sm">
        {t('availabilityTitle')}
      </Title>
      <AvailabilityForm athleteId={athleteId} />
      <Text fw={600} size="sm" mt="md" mb={4}>
        {t('availabilityHistory')}
      </Text>
      {events.length === 0 ? (
        <Text c="dimmed">{t('availabilityEmpty')}</Text>
      ) : (
        <Table aria-label={t('availabilityHistory')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('kind')}</Table.Th>
              <Table.Th>{t('startDate')}</Table.Th>
              <Table.Th>{t('endDate')}</Table.Th>
              <Table.Th>{t('note')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {events.map((event) => (
              <Table.Tr key={event.id}>
                <Table.Td>
                  <AvailabilityBadge kind={event.kind} />
                </Table.Td>
                <Table.Td>{formatDate(event.startDate, language)}</Table.Td>
                <Table.Td>{event.endDate ? formatDate(event.endDate, language) : t('ongoing')}</Table.Td>
                <Table.Td>{event.note}</Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    {event.endDate ? null : (
                      <Button size="xs" variant="light" onClick={() => void handleEndToday(event)}>
                        {t('endToday')}
                      </Button>
                    )}
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => void deleteAvailabilityEvent(appDb, event.id)}
                    >
                      {t('common:delete')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
