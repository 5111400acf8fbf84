import { useState } from 'react';
import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ageInYears } from '@shared/time/local-date';
import { appDb } from '../../db/app-db';
import { availabilityOn, getAthlete, listSquads, setAthleteArchived } from '../../db';
import { formatDate, formatNumber, todayLocalDate } from '../../i18n/format';
import { useSettings } from '../../app/useSettings';
import { AthleteFormModal } from './AthleteFormModal';
import { AvailabilityBadge } from './AvailabilityBadge';
import { AvailabilityPanel } from './AvailabilityPanel';
import { RecentSessions } from './RecentSessions';

/** One athlete: details, availability with its history, and the latest sessions. */
export function AthleteDetailPage() {
  const { t } = useTranslation('athletes');
  const { language } = useSettings();
  const { athleteId = '' } = useParams();
  const [isEditing, setIsEditing] = useState(false);
  const today = todayLocalDate();
  const data = useLiveQuery(async () => {
    const [athlete, squads, availability] = await Promise.all([
      getAthlete(appDb, athleteId),
      listSquads(appDb),
      availabilityOn(appDb, today),
    ]);
    return { athlete, squads, current: availability.get(athleteId) };
  }, [athleteId, today]);

  if (!data) return <Text c="dimmed">{t('common:loading')}</Text>;
  const { athlete, squads, current } = data;
  if (!athlete) {
    return (
      <Stack>
        <Text>{t('notFound')}</Text>
        <Anchor component={Link} to="/athletes">
          {t('backToRoster')}
        </Anchor>
      </Stack>
    );
  }

  async function handleArchive(isArchived: boolean) {
    if (!athlete) return;
    await setAthleteArchived(appDb, athlete.id, isArchived);
    if (isArchived) notifications.show({ message: t('archivedNotice', { name: athlete.name }) });
  }

  const squadNames = squads.filter((squad) => athlete.squadIds.includes(squad.id));
  const facts: Array<[string, string]> = [
    [t('age'), athlete.birthDate ? `${ageInYears(athlete.birthDate, today)} (${formatDate(athlete.birthDate, language, 'd MMM yyyy')})` : t('common:none')],
    [t('trainingAgeYears'), formatNumber(athlete.trainingAgeYears, language, 2)],
    [t('position'), athlete.position || t('common:none')],
    [t('sport'), athlete.sport || t('common:none')],
  ];

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/athletes" size="sm">
        ← {t('backToRoster')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={6}>
          <Group gap="sm">
            <Title order={2}>{athlete.name}</Title>
            <AvailabilityBadge kind={current?.kind} />
            {athlete.isArchived ? <Badge color="gray">{t('archived')}</Badge> : null}
          </Group>
          <Group gap={6}>
            {squadNames.map((squad) => (
              <Badge key={squad.id} color={squad.colour} variant="dot">
                {squad.name}
              </Badge>
            ))}
          </Group>
        </Stack>
        <Group>
          <Button variant="default" onClick={() => setIsEditing(true)}>
            {t('common:edit')}
          </Button>
          <Button variant="light" color="gray" onClick={() => void handleArchive(!athlete.isArchived)}>
            {athlete.isArchived ? t('unarchive') : t('archive')}
          </Button>
        </Group>
      </Group>
      <Paper withBorder p="md">
        <SimpleGrid cols={4}>
          {facts.map(([label, value]) => (
            <Stack key={label} gap={0}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {label}
              </Text>
              <Text>{value}</Text>
            </Stack>
          ))}
        </SimpleGrid>
        {athlete.notes ? (
          <Text mt="sm" size="sm" c="dimmed">
            {athlete.notes}
          </Text>
        ) : null}
      </Paper>
      <AvailabilityPanel athleteId={athlete.id} />
      <RecentSessions athleteId={athlete.id} />
      {isEditing ? <AthleteFormModal isOpen athlete={athlete} squads={squads} onClose={() => setIsEditing(false)} /> : null}
    </Stack>
  );
}
