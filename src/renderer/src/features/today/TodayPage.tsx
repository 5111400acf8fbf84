import { useMemo } from 'react';
import { Alert, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { SquadFilter } from '../../components/SquadFilter';
import { NoRecentDataNotice } from '../../components/NoRecentDataNotice';
import { useScreenParams } from '../../app/useScreenParams';
import { useAsOfDate } from '../../app/useAsOfDate';
import { useSettings } from '../../app/useSettings';
import { useTeamQuery } from '../../team/useTeamQuery';
import { countByStatus } from '../../team/today-view';
import { isInSquad } from '../../team/team-entry';
import { EmptyTeam } from './EmptyTeam';
import { StatusCounts } from './StatusCounts';
import { SparklineLegend } from './SparklineLegend';
import { TodayAthleteRow } from './TodayAthleteRow';
import { TeamLoading } from './TeamLoading';
import { useProgressiveCount } from './useProgressiveCount';
import classes from './today-grid.module.css';

const ALL = 'all';
// Small enough that one chunk of rows stays well under a 50 ms task on a club laptop.
const ROWS_PER_FRAME = 12;
/** Above this many rows, off-screen rows skip layout until scrolled to (a club, not a team). */
const LAZY_ROWS_FROM = 100;

/** The morning screen: every athlete's readiness for hard training with its reasons, worst first. */
export function TodayPage() {
  const { t } = useTranslation('today');
  const { language } = useSettings();
  const { params, setParams } = useScreenParams();
  const { asOf: date, today } = useAsOfDate();
  const squadId = params.get('squad');
  const isReadyOnly = params.get('show') === 'ready';
  const { data: rows, progress, error } = useTeamQuery({ type: 'today', date, today });

  const inSquad = useMemo(() => (rows ?? []).filter((row) => isInSquad(row, squadId)), [rows, squadId]);
  const shown = useMemo(
    () => (isReadyOnly ? inSquad.filter((row) => row.status === 'green') : inSquad),
    [inSquad, isReadyOnly],
  );
  const counts = useMemo(() => countByStatus(inSquad), [inSquad]);
  const renderedCount = useProgressiveCount(shown.length, ROWS_PER_FRAME);

  return (
    <Stack gap="md">
      <PageHeader title={t('title')} description={t('description')} />
      <Group align="flex-end" gap="md">
        <SquadFilter squadId={squadId} onChange={(next) => setParams({ squad: next })} />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('show')}
          </Text>
          <SegmentedControl
            aria-label={t('show')}
            value={isReadyOnly ? 'ready' : ALL}
            onChange={(value) => setParams({ show: value === 'ready' ? 'ready' : null })}
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
      <NoRecentDataNotice squadId={squadId} />
      {rows === undefined ? (
        <TeamLoading progress={progress} />
      ) : rows.length === 0 ? (
        <EmptyTeam />
      ) : (
        <>
          <StatusCounts counts={counts} />
          <Paper withBorder>
            <div role="table" aria-label={t('title')} className={classes.grid}>
              <div role="rowgroup">
                <div role="row" className={`${classes.row} ${classes.head}`}>
                  <div role="columnheader" className={classes.cell}>
                    {t('columnAthlete')}
                  </div>
                  <div role="columnheader" className={classes.cell}>
                    {t('columnStatus')}
                  </div>
                  <div role="columnheader" className={classes.cell}>
                    {t('columnReasons')}
                  </div>
                  <div role="columnheader" className={classes.cell}>
                    {t('columnRecovery')}
                  </div>
                  <div role="columnheader" className={classes.cell} title={t('ratioHint')}>
                    {t('columnRatio')}
                    <SparklineLegend />
                  </div>
                </div>
              </div>
              <div role="rowgroup" className={shown.length > LAZY_ROWS_FROM ? classes.lazyBody : undefined}>
                {shown.slice(0, renderedCount).map((row) => (
                  <TodayAthleteRow key={row.athleteId} row={row} language={language} />
                ))}
              </div>
            </div>
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
