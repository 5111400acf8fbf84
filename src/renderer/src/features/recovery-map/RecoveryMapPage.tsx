import { useMemo } from 'react';
import { Alert, Group, Paper, ScrollArea, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { RECOVERY_CLASSES, RecoveryClassSchema } from '@shared/model';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { SquadFilter } from '../../components/SquadFilter';
import { useScreenParams } from '../../app/useScreenParams';
import { useAsOfDate } from '../../app/useAsOfDate';
import { formatDate } from '../../i18n/format';
import { useSettings } from '../../app/useSettings';
import { useTeamQuery } from '../../team/useTeamQuery';
import { isInSquad } from '../../team/team-entry';
import { EmptyTeam } from '../today/EmptyTeam';
import { TeamLoading } from '../today/TeamLoading';
import { RecoveryMapLegend } from './RecoveryMapLegend';
import { RecoveryMapRowView } from './RecoveryMapRowView';

/** Athletes × days coloured by recovery phase, so a coach sees who can take a hard session on which day. */
export function RecoveryMapPage() {
  const { t } = useTranslation('recoveryMap');
  const settings = useSettings();
  const { language } = settings;
  const { params, setParams } = useScreenParams();
  const { asOf: date, today } = useAsOfDate();
  const squadId = params.get('squad');
  const parsedClass = RecoveryClassSchema.safeParse(params.get('class'));
  const recoveryClass = parsedClass.success ? parsedClass.data : 'strength';
  const { data: view, progress, error } = useTeamQuery({ type: 'recovery-map', date, today });
  const rows = useMemo(() => (view?.rows ?? []).filter((row) => isInSquad(row, squadId)), [view, squadId]);
  const hasHardSession = rows.some((row) =>
    row.hardSessions.some((session) => session.classes.includes(recoveryClass)),
  );

  return (
    <Stack gap="md">
      <PageHeader
        title={t('title')}
        description={t('description', { time: settings.readiness.morningTime })}
      />
      <Group align="flex-end" gap="md">
        <SquadFilter squadId={squadId} onChange={(next) => setParams({ squad: next })} />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('classLabel')}
          </Text>
          <SegmentedControl
            aria-label={t('classLabel')}
            value={recoveryClass}
            onChange={(value) => setParams({ class: value === 'strength' ? null : value })}
            data={RECOVERY_CLASSES.map((value) => ({ value, label: t(`readiness:class_${value}`) }))}
          />
        </Stack>
      </Group>
      <RecoveryMapLegend />
      {error ? <Alert color="red">{error.message}</Alert> : null}
      {view === undefined ? (
        <TeamLoading progress={progress} />
      ) : view.rows.length === 0 ? (
        <EmptyTeam />
      ) : (
        <Paper withBorder>
          <ScrollArea>
            <Table
              // Fixed layout: the 17 day columns share the width evenly, so the map fits at 1280 px.
              layout="fixed"
              miw={840}
              aria-label={t('title')}
              horizontalSpacing={4}
              verticalSpacing={2}
              withRowBorders={false}
              highlightOnHover
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={150}>{t('columnAthlete')}</Table.Th>
                  {view.dates.map((day, offset) => (
                    <Table.Th
                      key={day}
                      ta="center"
                      fz="xs"
                      fw={offset === view.dateOffset ? 800 : 500}
                      c={offset > view.dateOffset ? 'dimmed' : undefined}
                      title={
                        offset === view.dateOffset
                          ? t('today')
                          : offset > view.dateOffset
                            ? t('future')
                            : undefined
                      }
                      style={{ whiteSpace: 'nowrap' }}
                    >
                      {formatDate(day, language, 'EEEEEE')}
                      <br />
                      {formatDate(day, language, 'd MMM')}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <RecoveryMapRowView
                    key={row.athleteId}
                    row={row}
                    dates={view.dates}
                    dateOffset={view.dateOffset}
                    language={language}
                    recoveryClass={recoveryClass}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
          {rows.length === 0 ? (
            <Text c="dimmed" p="md">
              {t('noneInSquad')}
            </Text>
          ) : null}
        </Paper>
      )}
      {view && rows.length > 0 && !hasHardSession ? <Text c="dimmed">{t('noHardSessions')}</Text> : null}
      <Text size="xs" c="dimmed">
        {t('ageScaled')}
      </Text>
    </Stack>
  );
}
