import { useMemo } from 'react';
import { Alert, Group, Paper, SegmentedControl, Select, Stack, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { appDb } from '../../db/app-db';
import { listSquads } from '../../db';
import { todayLocalDate } from '../../i18n/format';
import { useSettings } from '../../app/useSettings';
import { useTeamQuery } from '../../team/useTeamQuery';
import { countByStatus } from '../../team/today-view';
import { isInSquad } from '../../team/team-entry';
import { LogDateInput } from '../log/LogDateInput';
import { EmptyTeam } from './EmptyTeam';
import { StatusCounts } from './StatusCounts';
import { SparklineLegend } from './SparklineLegend';
import { TodayAthleteRow } from './TodayAthleteRow';
import { TeamLoading } from './TeamLoading';
import { useProgressiveCount } from './useProgressiveCount';

const ALL = 'all';
// Small enough that one chunk of rows stays well under a 50 ms task on a club laptop.
const ROWS_PER_FRAME = 20;

/** The morning screen: every athlete's readiness for hard training with its reasons, worst first. */
export function TodayPage() {
  const { t } = useTranslation('today');
  const { language } = useSettings();
  const [params, setParams] = useSearchParams();
  const today = todayLocalDate();
  const date = params.get('date') ?? today;
  const squadId = params.get('squad') ?? ALL;
  const isReadyOnly = params.get('show') === 'ready';
  const squads = useLiveQuery(() => listSquads(appDb), []);
  const { data: rows, progress, error } = useTeamQuery({ type: 'today', date, today });

  const inSquad = useMemo(
    () => (rows ?? []).filter((row) => isInSquad(row, squadId === ALL ? null : squadId)),
    [rows, squadId],
  );
  const shown = useMemo(
    () => (isReadyOnly ? inSquad.filter((row) => row.status === 'green') : inSquad),
    [inSquad, isReadyOnly],
  );
  const counts = useMemo(() => countByStatus(inSquad), [inSquad]);
  const renderedCount = useProgressiveCount(shown.length, ROWS_PER_FRAME);

  function setParam(name: string, value: string | null) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === null) next.delete(name);
        else next.set(name, value);
        return next;
      },
      { replace: true },
    );
  }

  const squadOptions = [
    { value: ALL, label: t('allSquads') },
    ...(squads ?? []).map((squad) => ({ value: squad.id, label: squad.name })),
  ];

  return (
    <Stack gap="md">
      <PageHeader title={t('title')} description={t('description')} />
      <Group align="flex-end" gap="md">
        <LogDateInput value={date} onChange={(value) => setParam('date', value === today ? null : value)} />
        <Select
          label={t('squad')}
          data={squadOptions}
          value={squadId}
          onChange={(value) => setParam('squad', value === null || value === ALL ? null : value)}
          allowDeselect={false}
          w={220}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('show')}
          </Text>
          <SegmentedControl
            aria-label={t('show')}
            value={isReadyOnly ? 'ready' : ALL}
            onChange={(value) => setParam('show', value === 'ready' ? 'ready' : null)}
            data={[
              { value: ALL, label: t('showAll') },
              { value: 'ready', label: t('showReady') },
            ]}
          />
        </Stack>
        {rows ? (
          <Text size="sm" c="dimmed" ml="auto">
            {t('athletes', { count: inSquad.length })}
          </Text>
        ) : null}
      </Group>
      {error ? <Alert color="red">{t('error', { message: error.message })}</Alert> : null}
      {rows === undefined ? (
        <TeamLoading progress={progress} />
      ) : rows.length === 0 ? (
        <EmptyTeam />
      ) : (
        <>
          <StatusCounts counts={counts} />
          <Paper withBorder>
            <Table aria-label={t('title')} verticalSpacing="sm" horizontalSpacing="md">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w="18%">{t('columnAthlete')}</Table.Th>
                  <Table.Th w={130}>{t('columnStatus')}</Table.Th>
                  <Table.Th>{t('columnReasons')}</Table.Th>
                  <Table.Th w="17%">{t('columnRecovery')}</Table.Th>
                  <Table.Th w={230} title={t('ratioHint')}>
                    {t('columnRatio')}
                    <SparklineLegend />
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.slice(0, renderedCount).map((row) => (
                  <TodayAthleteRow key={row.athleteId} row={row} language={language} />
                ))}
              </Table.Tbody>
            </Table>
            {shown.length === 0 ? (
              <Text c="dimmed" p="md">
                {inSquad.length === 0 ? t('noneInSquad') : t('noneReady')}
              </Text>
            ) : null}
          </Paper>
        </>
      )}
    </Stack>
  );
}
