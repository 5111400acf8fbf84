import { useMemo, useState } from 'react';
import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  Menu,
  Paper,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Block, PlannedSession, Season, Squad } from '@shared/model';
import { plannedLoadAu, type PlanAthlete } from '@shared/planning/plan-context';
import { getISOWeek, parseISO } from 'date-fns';
import { addDays } from '@shared/time/local-date';
import { errorText } from '../../app/error-text';
import { STIMULUS_COLOURS } from '../../charts/stimulus-colours';
import { appDb } from '../../db/app-db';
import { copyWeek, deletePlannedSessions, savePlannedSessions } from '../../db';
import { formatDate, formatNumber } from '../../i18n/format';
import { useLanguage } from '../readiness/useLanguage';
import { CopyWeekDialog } from './CopyWeekDialog';
import { PlannedSessionDialog, type SessionDialogState } from './PlannedSessionDialog';
import type { PlanAnalysis } from './usePlan';
import { seasonWeeks } from './timeline/timeline-geometry';
import { blockOn, sessionsByDay, weekDates, weekPlannedLoadAu } from './week-model';

interface WeekPlannerProps {
  squad: Squad;
  season: Season;
  blocks: readonly Block[];
  plannedSessions: readonly PlannedSession[];
  athletes: readonly PlanAthlete[];
  analysis: PlanAnalysis | undefined;
  weekStart: string;
  today: string;
  onWeekChange: (weekStart: string) => void;
}

/** One week of the plan, Monday first: days × planned sessions, with add, edit, duplicate, delete and copy. */
export function WeekPlanner(props: WeekPlannerProps) {
  const { squad, season, blocks, plannedSessions, athletes, analysis, weekStart, today, onWeekChange } =
    props;
  const { t } = useTranslation('planner');
  const language = useLanguage();
  const [dialog, setDialog] = useState<SessionDialogState | null>(null);
  const [isCopyOpen, setIsCopyOpen] = useState(false);
  const days = useMemo(() => sessionsByDay(plannedSessions, weekStart), [plannedSessions, weekStart]);
  const weekEnd = addDays(weekStart, 6);
  // The season's own week number beside the ISO week, as the printed plan numbers its weeks.
  const seasonWeekList = seasonWeeks(season);
  const seasonIndex = seasonWeekList.findIndex((week) => week.weekStart === weekStart);
  const seasonWeek = seasonIndex < 0 ? null : seasonIndex + 1;
  const block = blockOn(blocks, weekStart) ?? blockOn(blocks, weekEnd);
  const warnedSessionIds = useMemo(() => {
    const severity = new Map<string, 'warning' | 'strong'>();
    for (const warning of analysis?.warnings ?? [])
      for (const id of warning.sessionIds)
        if (severity.get(id) !== 'strong') severity.set(id, warning.severity);
    return severity;
  }, [analysis?.warnings]);
  const athleteNames = useMemo(
    () => new Map(athletes.map((athlete) => [athlete.athleteId, athlete.name])),
    [athletes],
  );

  const duplicate = async (session: PlannedSession) => {
    try {
      const { id: _id, ...copy } = session;
      await savePlannedSessions(appDb, [copy]);
      notifications.show({ color: 'teal', message: t('sessionDuplicated', { title: session.title }) });
    } catch (error) {
      notifications.show({ color: 'red', message: errorText(error) });
    }
  };
  const remove = async (session: PlannedSession) => {
    await deletePlannedSessions(appDb, [session.id]);
    notifications.show({ message: t('sessionDeleted', { title: session.title }) });
  };
  const copyTo = async (toWeekStart: string) => {
    const copies = await copyWeek(appDb, {
      sessions: plannedSessions,
      fromWeekStart: weekStart,
      toWeekStart,
      blocks,
    });
    notifications.show({
      color: 'teal',
      message: t('weekCopied', { count: copies.length, date: formatDate(toWeekStart, language) }),
    });
    onWeekChange(toWeekStart);
  };

  return (
    <Paper withBorder p="md" radius="md" data-testid="week-planner">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Group gap="xs">
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('previousWeek')}
            onClick={() => onWeekChange(addDays(weekStart, -7))}
          >
            ‹
          </ActionIcon>
          <Stack gap={0}>
            <Title order={4} data-testid="week-title">
              {t(seasonWeek === null ? 'weekTitle' : 'weekTitleInSeason', {
                week: getISOWeek(parseISO(weekStart)),
                seasonWeek,
                total: seasonWeekList.length,
                from: formatDate(weekStart, language),
                to: formatDate(weekEnd, language),
              })}
            </Title>
            <Text size="sm" c="dimmed">
              {block
                ? t('weekBlock', { block: block.name, focus: t(`focus_${block.focus}`) })
                : t('weekNoBlock')}
              {' · '}
              {t('weekPlannedLoad', {
                load: formatNumber(weekPlannedLoadAu(plannedSessions, weekStart), language, 0),
              })}
            </Text>
          </Stack>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('nextWeek')}
            onClick={() => onWeekChange(addDays(weekStart, 7))}
          >
            ›
          </ActionIcon>
        </Group>
        <Group gap="xs">
          <Button variant="default" onClick={() => setIsCopyOpen(true)}>
            {t('copyWeek')}
          </Button>
          <Button
            onClick={() =>
              setDialog({ mode: 'add', date: weekStart < today && weekEnd >= today ? today : weekStart })
            }
          >
            {t('addSession')}
          </Button>
        </Group>
      </Group>
      <div className="planner-week-grid" role="table" aria-label={t('weekTableLabel')} style={gridStyle}>
        {weekDates(weekStart).map((date, day) => (
          <Stack
            key={date}
            gap={6}
            role="cell"
            data-testid="week-day"
            data-date={date}
            style={dayStyle(date === today)}
          >
            <Group justify="space-between" gap={4} wrap="nowrap">
              <Text fw={600} size="sm" role="columnheader">
                {formatDate(date, language, language === 'nl' ? 'EEEEEE d MMM' : 'EEE d MMM')}
              </Text>
              <Tooltip label={t('addSessionOn', { date: formatDate(date, language) })}>
                <ActionIcon
                  variant="subtle"
                  size="sm"
                  aria-label={t('addSessionOn', { date: formatDate(date, language) })}
                  onClick={() => setDialog({ mode: 'add', date })}
                >
                  +
                </ActionIcon>
              </Tooltip>
            </Group>
            {(days[day] ?? []).map((session) => (
              <PlannedSessionCard
                key={session.id}
                session={session}
                warning={warnedSessionIds.get(session.id)}
                audience={audienceLabel(session, athleteNames, t)}
                onEdit={() => setDialog({ mode: 'edit', session })}
                onDuplicate={() => void duplicate(session)}
                onDelete={() => void remove(session)}
              />
            ))}
          </Stack>
        ))}
      </div>
      {dialog ? (
        <PlannedSessionDialog
          state={dialog}
          squad={squad}
          season={season}
          blocks={blocks}
          athletes={athletes}
          analysis={analysis}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {isCopyOpen ? (
        <CopyWeekDialog
          fromWeekStart={weekStart}
          season={season}
          onCopy={copyTo}
          onClose={() => setIsCopyOpen(false)}
        />
      ) : null}
    </Paper>
  );
}

const gridStyle = {
  display: 'grid',
  gridTemplateColumns: 'repeat(7, minmax(0, 1fr))',
  gap: 8,
} as const;

function dayStyle(isToday: boolean) {
  return {
    minHeight: 140,
    padding: 6,
    borderRadius: 6,
    background: isToday ? 'var(--mantine-color-teal-0)' : 'var(--mantine-color-gray-0)',
  } as const;
}

type Translate = ReturnType<typeof useTranslation>['t'];

/** "Squad" or the athletes it is for. */
export function audienceLabel(
  session: PlannedSession,
  athleteNames: ReadonlyMap<string, string>,
  t: Translate,
): string {
  const ids = session.athleteIds ?? [];
  if (ids.length === 0) return t('planner:audienceSquad');
  const names = ids.map((id) => athleteNames.get(id) ?? '?');
  return names.length <= 2 ? names.join(', ') : t('planner:audienceCount', { count: names.length });
}

interface PlannedSessionCardProps {
  session: PlannedSession;
  warning: 'warning' | 'strong' | undefined;
  audience: string;
  onEdit: () => void;
  onDuplicate: () => void;
  onDelete: () => void;
}

function PlannedSessionCard({
  session,
  warning,
  audience,
  onEdit,
  onDuplicate,
  onDelete,
}: PlannedSessionCardProps) {
  const { t } = useTranslation('planner');
  const language = useLanguage();
  const colour = STIMULUS_COLOURS[session.stimulus];
  return (
    <Card
      withBorder
      padding={6}
      radius="sm"
      data-testid="planned-session"
      data-session-id={session.id}
      data-warning={warning ?? 'none'}
      style={{
        borderLeft: `4px solid ${colour}`,
        outline: warning
          ? `2px solid var(--mantine-color-${warning === 'strong' ? 'red' : 'orange'}-6)`
          : undefined,
      }}
    >
      <Group justify="space-between" gap={2} wrap="nowrap" align="flex-start">
        <Text
          size="sm"
          fw={600}
          component="button"
          type="button"
          onClick={onEdit}
          style={{ all: 'unset', cursor: 'pointer', overflowWrap: 'break-word', hyphens: 'auto' }}
          lang={language}
          aria-label={t('editSessionLabel', { title: session.title, time: session.startTime })}
        >
          {session.startTime} {session.title}
        </Text>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="subtle" size="xs" aria-label={t('sessionActions', { title: session.title })}>
              ⋯
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={onEdit}>{t('edit')}</Menu.Item>
            <Menu.Item onClick={onDuplicate}>{t('duplicate')}</Menu.Item>
            <Menu.Item color="red" onClick={onDelete}>
              {t('delete')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
      <Group gap={4} mt={2}>
        <Badge size="xs" variant="light" style={{ color: colour, background: `${colour}1a` }}>
          {t(`common:stimulus_${session.stimulus}`)}
        </Badge>
        {warning ? (
          <Badge size="xs" color={warning === 'strong' ? 'red' : 'orange'} variant="filled">
            {warning === 'strong' ? t('strongWarningShort') : t('warningShort')}
          </Badge>
        ) : null}
      </Group>
      <Text size="xs" c="dimmed" mt={2}>
        {t('sessionNumbers', {
          duration: formatNumber(session.durationMin, language, 0),
          rpe: formatNumber(session.targetRpe, language),
          load: formatNumber(plannedLoadAu(session), language, 0),
        })}
      </Text>
      <Text size="xs" c="dimmed">
        {audience}
      </Text>
    </Card>
  );
}
