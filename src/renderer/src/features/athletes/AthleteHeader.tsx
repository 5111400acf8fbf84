import type { ReactNode } from 'react';
import { Badge, Button, Grid, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AthleteSummary } from '@shared/metrics';
import type { Athlete, AvailabilityEvent, Squad } from '@shared/model';
import { ageInYears } from '@shared/time/local-date';
import { formatDate, formatNumber } from '../../i18n/format';
import { useSettings } from '../../app/useSettings';
import { AvailabilityBadge } from './AvailabilityBadge';
import { ReadinessPanel } from './ReadinessPanel';

interface AthleteHeaderProps {
  athlete: Athlete;
  squads: readonly Squad[];
  /** The availability event in force today, if any. */
  current: AvailabilityEvent | undefined;
  summary: AthleteSummary;
  today: string;
  onEdit: () => void;
  onArchive: (isArchived: boolean) => void;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      {children}
    </Stack>
  );
}

/** Name, squads and the buttons; then who the athlete is and how ready they are today. */
export function AthleteHeader({
  athlete,
  squads,
  current,
  summary,
  today,
  onEdit,
  onArchive,
}: AthleteHeaderProps) {
  const { t } = useTranslation('athletes');
  const { language } = useSettings();
  const memberOf = squads.filter((squad) => athlete.squadIds.includes(squad.id));
  const age = athlete.birthDate
    ? `${ageInYears(athlete.birthDate, today)} (${formatDate(athlete.birthDate, language, 'd MMM yyyy')})`
    : t('common:none');
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Group gap="sm">
          <Title order={2}>{athlete.name}</Title>
          {athlete.isArchived ? <Badge color="gray">{t('archived')}</Badge> : null}
        </Group>
        <Group>
          <Button variant="default" onClick={onEdit}>
            {t('common:edit')}
          </Button>
          <Button variant="light" color="gray" onClick={() => onArchive(!athlete.isArchived)}>
            {athlete.isArchived ? t('unarchive') : t('archive')}
          </Button>
        </Group>
      </Group>
      <Paper withBorder p="md">
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
              <Fact label={t('age')}>
                <Text>{age}</Text>
              </Fact>
              <Fact label={t('trainingAgeYears')}>
                <Text>{formatNumber(athlete.trainingAgeYears, language, 2)}</Text>
              </Fact>
              <Fact label={t('position')}>
                <Text>{athlete.position || t('common:none')}</Text>
              </Fact>
              <Fact label={t('sport')}>
                <Text>{athlete.sport || t('common:none')}</Text>
              </Fact>
              <Fact label={t('squads')}>
                <Group gap={6}>
                  {memberOf.length === 0 ? <Text>{t('squadsNone')}</Text> : null}
                  {memberOf.map((squad) => (
                    <Badge key={squad.id} color={squad.colour} variant="dot">
                      {squad.name}
                    </Badge>
                  ))}
                </Group>
              </Fact>
              <Fact label={t('availabilityNow')}>
                <Group gap={6}>
                  <AvailabilityBadge kind={current?.kind} />
                </Group>
              </Fact>
            </SimpleGrid>
            {athlete.notes ? (
              <Text mt="sm" size="sm" c="dimmed">
                {athlete.notes}
              </Text>
            ) : null}
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <ReadinessPanel summary={summary} />
          </Grid.Col>
        </Grid>
      </Paper>
    </Stack>
  );
}
