import { useMemo, useRef, useState } from 'react';
import type { Session } from '@shared/model';
import { Box, Paper } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { useSettings } from '../../app/useSettings';
import { appDb } from '../../db/app-db';
import { addSessions, listSessionsAt } from '../../db';
import { formatDate, todayLocalDate } from '../../i18n/format';
import { saveOnShortcut } from './save-shortcut';
import { GridPanel } from './GridPanel';
import { countRowsNeedingAttention, shownMessages } from './page-attention';
import { checkSessionHeader, type SessionHeader } from './session-header';
import {
  checkTeamGrid,
  withDurationOverride,
  withoutRows,
  withPresence,
  withRpe,
  type TeamDrafts,
} from './team-grid';
import { errorText } from '../../app/error-text';
import { useDeferredFocus, focusFirstInvalid } from './useDeferredFocus';
import { useGridAthletes } from './useGridAthletes';
import { focusFirstOpenCell } from './useGridKeyboard';
import { useIssueMessage } from './useIssueMessage';
import { useSquadChoice } from './useSquadChoice';
import { groupLoggedSessions } from './logged-sessions';
import { useLoggedSessions } from './useLoggedSessions';
import { AlreadyLoggedNotice } from './AlreadyLoggedNotice';
import { DuplicateSessionDialog } from './DuplicateSessionDialog';
import { SaveBar } from './SaveBar';
import { SessionFields } from './SessionFields';
import { SquadSelect } from './SquadSelect';
import { TeamSessionGrid } from './TeamSessionGrid';

/** Log one session for a whole squad: a row per athlete, keyboard first, saved in one transaction. */
export function TeamSessionPage() {
  const { t } = useTranslation('log');
  const { language } = useSettings();
  const describeIssue = useIssueMessage();
  const { squads, squadId, setSquadId } = useSquadChoice();
  const [header, setHeader] = useState<SessionHeader>(() => ({
    date: todayLocalDate(),
    startTime: '',
    stimulus: 'other',
    durationMin: '',
  }));
  const [drafts, setDrafts] = useState<TeamDrafts>({});
  const [hasTriedSave, setHasTriedSave] = useState(false);
  const [isSaving, setIsSaving] = useState(false);
  const pageRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const saveButtonRef = useRef<HTMLButtonElement>(null);
  const squadInputRef = useRef<HTMLInputElement>(null);
  const focusFirstRpe = () => focusFirstOpenCell(gridRef.current, 'rpe');
  // The page opens at the top of the header, so the coach tabs through the session's details first.
  const requestFocus = useDeferredFocus(() => {
    squadInputRef.current?.focus();
    return squadInputRef.current !== null;
  });
  const athletes = useGridAthletes(squadId, header.date);
  const check = useMemo(() => checkTeamGrid(header, athletes ?? [], drafts), [header, athletes, drafts]);
  const { date: sessionDate, startTime: sessionTime } = useMemo(() => checkSessionHeader(header), [header]);
  const athleteIds = useMemo(() => (athletes ?? []).map((athlete) => athlete.id), [athletes]);
  const logged = useLoggedSessions(athleteIds, sessionDate, sessionTime);
  const [duplicates, setDuplicates] = useState<Session[] | null>(null);
  const nameOf = (athleteId: string) =>
    athletes?.find((athlete) => athlete.id === athleteId)?.name ?? athleteId;
  const loggedText = (sessions: readonly Session[]) => {
    const first = sessions[0];
    if (!first) return '';
    const date = formatDate(first.date, language);
    return first.startTime === undefined
      ? t('alreadyLoggedNoTime', { count: sessions.length, date })
      : t('alreadyLogged', { count: sessions.length, date, time: first.startTime });
  };

  const headerErrors = shownMessages(check.headerIssues, hasTriedSave, (field, issue) =>
    describeIssue(field, issue),
  );
  const rowsNeedingAttention = countRowsNeedingAttention(check.rowIssues, hasTriedSave);
  const attention = [
    ...(Object.keys(headerErrors).length > 0 ? [t('detailsNeedAttention')] : []),
    ...(rowsNeedingAttention > 0 ? [t('rowsNeedAttention', { count: rowsNeedingAttention })] : []),
  ];
  const presentCount = check.presentCount;
  const absentCount = (athletes?.length ?? 0) - presentCount;

  const handleSquadChange = (id: string) => {
    // The focus stays on the squad: the session's date, time and stimulus come next.
    setSquadId(id);
    setHasTriedSave(false);
  };

  /** Saves the grid; unless `isConfirmed`, first asks when these athletes have sessions at that date and time. */
  const handleSave = async (isConfirmed = false) => {
    if (isSaving || !athletes || presentCount === 0) return;
    if (!check.isValid) {
      setHasTriedSave(true);
      requestFocus(() => focusFirstInvalid(pageRef.current) || true);
      return;
    }
    setIsSaving(true);
    try {
      if (!isConfirmed && sessionDate !== undefined) {
        const already = await listSessionsAt(appDb, athleteIds, sessionDate, sessionTime);
        if (already.length > 0) {
          setDuplicates(already);
          return;
        }
      }
      const saved = await addSessions(appDb, check.inputs);
      notifications.show({
        color: 'teal',
        title: t('common:saved'),
        message: t('savedSessions', { count: saved.length }),
      });
      setDrafts((current) =>
        withoutRows(
          current,
          athletes.map((athlete) => athlete.id),
        ),
      );
      setHasTriedSave(false);
      requestFocus(focusFirstRpe);
    } catch (error) {
      notifications.show({ color: 'red', title: t('nothingSavedTitle'), message: errorText(error) });
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <Box ref={pageRef} onKeyDown={(event) => saveOnShortcut(event, handleSave)}>
      <PageHeader title={t('teamTitle')} description={t('teamDescription')} />
      <Paper withBorder p="md" mb="md">
        <SessionFields
          header={header}
          errors={headerErrors}
          onChange={setHeader}
          leading={
            <SquadSelect
              squads={squads}
              value={squadId}
              onChange={handleSquadChange}
              inputRef={squadInputRef}
            />
          }
        />
      </Paper>
      {logged.length > 0 ? (
        <AlreadyLoggedNotice
          title={loggedText(logged)}
          groups={groupLoggedSessions(logged, nameOf)}
          language={language}
        />
      ) : null}
      <GridPanel
        athleteCount={athletes?.length}
        countText={t('presentCount', { present: presentCount, absent: absentCount })}
      >
        {athletes ? (
          <TeamSessionGrid
            athletes={athletes}
            drafts={drafts}
            rowIssues={check.rowIssues}
            hasTriedSave={hasTriedSave}
            headerDurationText={header.durationMin}
            language={language}
            describeIssue={describeIssue}
            containerRef={gridRef}
            saveButtonRef={saveButtonRef}
            onRpeChange={(id, text) => setDrafts((current) => withRpe(current, id, text))}
            onDurationChange={(id, text) => setDrafts((current) => withDurationOverride(current, id, text))}
            onPresenceChange={(id, isPresent) => setDrafts((current) => withPresence(current, id, isPresent))}
          />
        ) : null}
      </GridPanel>
      <SaveBar
        label={t('saveSessions', { count: presentCount })}
        attention={attention}
        summaryId="team-session-attention"
        isDisabled={presentCount === 0}
        isSaving={isSaving}
        buttonRef={saveButtonRef}
        onSave={() => void handleSave()}
      />
      <DuplicateSessionDialog
        isOpen={duplicates !== null}
        loggedText={loggedText(duplicates ?? [])}
        groups={groupLoggedSessions(duplicates ?? [], nameOf)}
        addCount={presentCount}
        language={language}
        onCancel={() => setDuplicates(null)}
        onSaveAnyway={() => {
          setDuplicates(null);
          void handleSave(true);
        }}
      />
    </Box>
  );
}
