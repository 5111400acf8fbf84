import { useMemo } from 'react';
import { Alert, Group, Loader, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useScreenParams } from '../../app/useScreenParams';
import { useSettings } from '../../app/useSettings';
import { PageHeader } from '../../components/PageHeader';
import { todayLocalDate } from '../../i18n/format';
import { ExportPdfButton } from '../../print/ExportPdfButton';
import { usePdfLabels } from '../../print/usePdfLabels';
import { useLanguage } from '../readiness/useLanguage';
import { NewSeasonButton } from './timeline/NewSeasonButton';
import { seasonOptionLabel } from './timeline/timeline-format';
import { SeasonTimeline } from './timeline/SeasonTimeline';
import { ReturningAthletesPanel } from './ramp/ReturningAthletesPanel';
import { PlanVersusActualTable } from './PlanVersusActualTable';
import { PlanWarningsPanel } from './PlanWarningsPanel';
import { ProjectionChart } from './ProjectionChart';
import { WeekPlanner } from './WeekPlanner';
import { usePlanAnalysis, usePlanAthletes, usePlanRecords } from './usePlan';
import { chooseWeekStart } from './week-model';

/**
 * The periodisation planner of one squad: its season's blocks on a timeline, one week of planned
 * sessions, the rule checks live as the plan changes, plan versus actual, the projected load, and the
 * athletes returning from a break. Squad, season and week are kept in the address.
 */
export function PlannerPage() {
  const { t } = useTranslation('planner');
  const language = useLanguage();
  const settings = useSettings();
  const { params, setParams } = useScreenParams();
  const today = todayLocalDate();
  const records = usePlanRecords(params.get('squad'), params.get('season'), today);
  const season = records?.season ?? null;
  const athletes = usePlanAthletes(
    records?.squad?.id,
    season ? [season.startDate, today].sort()[0] : undefined,
  );
  const analysis = usePlanAnalysis(records, athletes, settings, today);
  const weekStart = season ? chooseWeekStart(params.get('week'), season, today) : null;
  const sessionsById = useMemo(
    () => new Map((records?.plannedSessions ?? []).map((session) => [session.id, session])),
    [records?.plannedSessions],
  );

  if (records === undefined) return <Loader aria-label={t('loading')} />;
  const { squad, squads } = records;
  if (!squad) {
    return (
      <>
        <PageHeader title={t('title')} description={t('description')} />
        <Alert color="gray">{t('noSquads')}</Alert>
      </>
    );
  }

  const seasonLabel = (option: { name: string; startDate: string; endDate: string; squadId?: string }) =>
    seasonOptionLabel(option, language, t('clubWide'));

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <>
            {season ? (
              <SeasonPdfButton squadName={squad.name} seasonId={season.id} seasonName={season.name} />
            ) : null}
            <NewSeasonButton
              squad={squad}
              today={today}
              onCreated={(seasonId) => setParams({ season: seasonId, week: null })}
            />
          </>
        }
      />
      <Group gap="md" align="flex-end">
        <Select
          label={t('common:squad')}
          data={squads.map((option) => ({ value: option.id, label: option.name }))}
          value={squad.id}
          onChange={(value) => setParams({ squad: value, season: null, week: null })}
          allowDeselect={false}
          w={220}
        />
        <Select
          label={t('season')}
          data={records.seasons.map((option) => ({ value: option.id, label: seasonLabel(option) }))}
          value={season?.id ?? null}
          onChange={(value) => setParams({ season: value, week: null })}
          placeholder={t('noSeasonPlaceholder')}
          allowDeselect={false}
          style={{ flex: '1 1 420px', maxWidth: 640 }}
          comboboxProps={{ width: 'target' }}
          data-testid="season-select"
        />
      </Group>
      {!season || weekStart === null ? (
        <Stack gap="sm" align="flex-start">
          <Text>{t('noSeason', { squad: squad.name })}</Text>
          <NewSeasonButton
            squad={squad}
            today={today}
            variant="filled"
            onCreated={(seasonId) => setParams({ season: seasonId, week: null })}
          />
        </Stack>
      ) : (
        <>
          <SeasonTimeline
            squad={squad}
            season={season}
            blocks={records.blocks}
            plannedSessions={records.plannedSessions}
            settings={settings}
            today={today}
            selectedWeekStart={weekStart}
            onSelectWeek={(week) => setParams({ week })}
          />
          <WeekPlanner
            squad={squad}
            season={season}
            blocks={records.blocks}
            plannedSessions={records.plannedSessions}
            athletes={athletes ?? []}
            analysis={analysis}
            weekStart={weekStart}
            today={today}
            onWeekChange={(week) => setParams({ week })}
          />
          <PlanWarningsPanel
            warnings={analysis?.warnings}
            weekStart={weekStart}
            seasonId={season.id}
            sessionsById={sessionsById}
            blocks={records.blocks}
            athletes={athletes ?? []}
            acknowledgements={records.acknowledgements}
          />
          <ProjectionChart
            analysis={analysis}
            athletes={athletes ?? []}
            weekStart={weekStart}
            today={today}
          />
          <PlanVersusActualTable analysis={analysis} athletes={athletes ?? []} weekStart={weekStart} />
          <ReturningAthletesPanel
            squad={squad}
            season={season}
            athletes={athletes ?? []}
            settings={settings}
            today={today}
          />
        </>
      )}
    </Stack>
  );
}

function SeasonPdfButton({
  squadName,
  seasonId,
  seasonName,
}: {
  squadName: string;
  seasonId: string;
  seasonName: string;
}) {
  const { labels, suggestedName } = usePdfLabels({ squadName, seasonName });
  return (
    <ExportPdfButton request={{ kind: 'season', seasonId }} suggestedName={suggestedName} labels={labels} />
  );
}
