import { useMemo } from 'react';
import { Alert, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { addDays } from '@shared/time/local-date';
import { PageHeader } from '../../components/PageHeader';
import { SquadFilter } from '../../components/SquadFilter';
import { useScreenParams } from '../../app/useScreenParams';
import { useAsOfDate } from '../../app/useAsOfDate';
import { formatDate } from '../../i18n/format';
import { useSettings } from '../../app/useSettings';
import { useTeamQuery } from '../../team/useTeamQuery';
import type { TeamLoadView } from '../../team/team-load-view';
import { TeamLoading } from '../today/TeamLoading';
import { AthleteLoadTable } from './AthleteLoadTable';
import { nextAthleteLoadSort, parseAthleteLoadSort, sortAthleteLoadRows } from './athlete-load-sort';
import { SquadRatioChart } from './SquadRatioChart';
import { StimulusShareChart } from './StimulusShareChart';
import { TeamLoadEmpty } from './TeamLoadEmpty';
import { TEAM_LOAD_WEEK_OPTIONS, parseTeamLoadWeeks, parseWeeklyLoadMode } from './team-load-params';
import { buildStimulusShareSeries, buildWeeklyStimulusSeries, teamLoadEmptyReason } from './team-load-series';
import { WeeklyStimulusChart } from './WeeklyStimulusChart';

/** "This week" as the view counts it, and what its change is measured against (like with like). */
function ThisWeekHint({ view }: { view: TeamLoadView }) {
  const { t } = useTranslation('teamLoad');
  const { language } = useSettings();
  const [olderWeek, previousWeek] = view.previousWeekStarts;
  const lastDay = view.comparedDayCount - 1;
  const weekday = (date: string) => formatDate(date, language, 'EEEE');
  const span = (monday: string) =>
    `${formatDate(monday, language, 'd MMM')} – ${formatDate(addDays(monday, lastDay), language, 'd MMM')}`;
  const isPartial = view.thisWeekDayCount < 7;
  return (
    <Text size="sm" c="dimmed" data-testid="this-week-hint">
      {t(isPartial ? 'thisWeekHintPartial' : 'thisWeekHintFull', {
        from: formatDate(view.thisWeekStart, language),
        to: formatDate(view.request.date, language),
        days: view.thisWeekDayCount,
        firstDay: weekday(view.thisWeekStart),
        lastDay: weekday(view.request.date),
        older: span(olderWeek),
        previous: span(previousWeek),
        percent: view.thresholds.rampWarningPercent,
      })}
    </Text>
  );
}

/**
 * The squad's load over 12, 26 or 52 weeks: weekly load by stimulus, the strength and endurance
 * shares, the mean EWMA ratio with acute and chronic load, and a sortable table per athlete.
 */
export function TeamLoadPage() {
  const { t } = useTranslation('teamLoad');
  const { language } = useSettings();
  const { params, setParams: setParam } = useScreenParams();
  const { asOf: date, today } = useAsOfDate();
  const squadId = params.get('squad');
  const weeks = parseTeamLoadWeeks(params.get('weeks'));
  const mode = parseWeeklyLoadMode(params.get('show'));
  const sort = parseAthleteLoadSort(params.get('sort'), params.get('dir'));
  const {
    data: view,
    isStale,
    progress,
    error,
  } = useTeamQuery({ type: 'team-load', today, date, squadId, weeks });
  const weekly = useMemo(() => (view ? buildWeeklyStimulusSeries(view, mode) : null), [view, mode]);
  const share = useMemo(() => (view ? buildStimulusShareSeries(view) : null), [view]);
  const rows = useMemo(() => (view ? sortAthleteLoadRows(view.athletes, sort) : []), [view, sort]);

  const reason = view ? teamLoadEmptyReason(view) : null;
  const isWholeTeamEmpty =
    view !== undefined && (reason === 'noAthletes' || (reason === 'noSessions' && date === today));
  const chartEmptyMessage =
    reason === null || !view
      ? null
      : t('emptyWindow', { weeks: view.request.weeks, date: formatDate(view.request.date, language) });

  return (
    <Stack gap="md">
      <PageHeader title={t('title')} description={t('description')} />
      <Group align="flex-end" gap="md">
        <SquadFilter squadId={squadId} onChange={(next) => setParam({ squad: next })} />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('period')}
          </Text>
          <SegmentedControl
            aria-label={t('period')}
            value={String(weeks)}
            onChange={(value) => setParam({ weeks: value === '12' ? null : value })}
            data={TEAM_LOAD_WEEK_OPTIONS.map((option) => ({
              value: String(option),
              label: t(`weeks_${option}`),
            }))}
          />
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('show')}
          </Text>
          <SegmentedControl
            aria-label={t('show')}
            value={mode}
            onChange={(value) => setParam({ show: value === 'mean' ? 'mean' : null })}
            data={[
              { value: 'total', label: t('showTotal') },
              { value: 'mean', label: t('showMean') },
            ]}
          />
        </Stack>
        {view ? (
          <Text size="sm" c="dimmed" ml="auto">
            {t('athletes', { count: view.athleteCount })}
          </Text>
        ) : null}
      </Group>
      {error ? <Alert color="red">{t('error', { message: error.message })}</Alert> : null}
      {view === undefined || weekly === null || share === null ? (
        <TeamLoading progress={progress} />
      ) : view.athleteCount === 0 && squadId !== null ? (
        <Paper withBorder p="lg">
          <Text c="dimmed">{t('emptySquad')}</Text>
        </Paper>
      ) : isWholeTeamEmpty ? (
        <TeamLoadEmpty kind={reason === 'noAthletes' ? 'noAthletes' : 'noSessions'} />
      ) : (
        <Stack
          gap="md"
          style={{ opacity: isStale ? 0.6 : 1, transition: 'opacity 120ms' }}
          aria-busy={isStale}
        >
          <ThisWeekHint view={view} />
          <WeeklyStimulusChart
            series={weekly}
            athleteCount={view.athleteCount}
            language={language}
            emptyMessage={chartEmptyMessage}
          />
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            <StimulusShareChart series={share} language={language} emptyMessage={chartEmptyMessage} />
            <SquadRatioChart
              view={view}
              language={language}
              emptyMessage={reason === 'noLoadInWindow' ? null : chartEmptyMessage}
            />
          </SimpleGrid>
          <AthleteLoadTable
            rows={rows}
            thresholds={view.thresholds}
            language={language}
            sort={sort}
            onSort={(column) => {
              const next = nextAthleteLoadSort(sort, column);
              setParam({ sort: next.column, dir: next.direction });
            }}
          />
        </Stack>
      )}
    </Stack>
  );
}
