import { useState } from 'react';
import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { appDb } from '../../db/app-db';
import { setAthleteArchived } from '../../db';
import { useAsOfDate } from '../../app/useAsOfDate';
import { useSettings } from '../../app/useSettings';
import { EmptyChart } from '../../charts/EmptyChart';
import { AthleteFormModal } from './AthleteFormModal';
import { AthleteCharts } from './AthleteCharts';
import { AthleteHeader } from './AthleteHeader';
import { AvailabilityPanel } from './AvailabilityPanel';
import { RecordTabs } from './RecordTabs';
import { availabilityInForce } from './availability-today';
import { useAthleteMetrics, useAthleteRecords } from './useAthleteMetrics';
import { useAthleteProjection } from './useAthleteProjection';

/**
 * One athlete: who they are and how ready they are on the as-of date, their charts over a chosen period, their
 * availability, and every session and check-in (editable). The engine runs once per change of the
 * athlete's records; everything on the page reads that one result.
 */
export function AthleteDetailPage() {
  const { t } = useTranslation('athletes');
  const settings = useSettings();
  const { athleteId = '' } = useParams();
  const [isEditing, setIsEditing] = useState(false);
  // The app-wide as-of date: the page shows the athlete as they were on it (today by default).
  const { asOf: today, isToday, today: realToday } = useAsOfDate();
  const records = useAthleteRecords(athleteId);
  const computed = useAthleteMetrics(records, settings, today);
  const projection = useAthleteProjection(records, computed, settings, realToday);
  // The plan runs on from the real today; on a past date the charts end on that date.
  const plan = isToday ? projection : null;

  if (!records) return <Text c="dimmed">{t('common:loading')}</Text>;
  const { athlete } = records;
  if (!athlete || !computed) {
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

  const hasRecords = computed.metrics.axis.length > 0;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/athletes" size="sm">
        ← {t('backToRoster')}
      </Anchor>
      <AthleteHeader
        athlete={athlete}
        squads={records.squads}
        current={availabilityInForce(records.availability, today)}
        summary={computed.summary}
        today={today}
        onEdit={() => setIsEditing(true)}
        onArchive={(isArchived) => void handleArchive(isArchived)}
      />
      {hasRecords ? (
        <AthleteCharts
          key={athlete.id}
          computed={computed}
          seasons={records.seasons}
          today={today}
          plan={plan}
        />
      ) : (
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('trendsTitle')}
          </Title>
          <Paper withBorder p="md" h={180} data-testid="athlete-empty">
            <EmptyChart reason="noRecords" />
          </Paper>
        </Stack>
      )}
      <AvailabilityPanel athleteId={athlete.id} />
      <RecordTabs key={athlete.id} sessions={records.sessions} checkins={records.wellness} />
      {isEditing ? (
        <AthleteFormModal
          isOpen
          athlete={athlete}
          squads={records.squads}
          onClose={() => setIsEditing(false)}
        />
      ) : null}
    </Stack>
  );
}
