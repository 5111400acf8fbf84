import { useMemo, useRef, useState } from 'react';
import { Box, Group, Paper } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { useSettings } from '../../app/useSettings';
import { appDb } from '../../db/app-db';
import { addWellnessEntries } from '../../db';
import { formatDate, todayLocalDate } from '../../i18n/format';
import { errorText } from '../../app/error-text';
import { saveOnShortcut } from './save-shortcut';
import { GridPanel } from './GridPanel';
import { countRowsNeedingAttention } from './page-attention';
import { useDeferredFocus, focusFirstInvalid } from './useDeferredFocus';
import { focusFirstOpenCell } from './useGridKeyboard';
import { useIssueMessage } from './useIssueMessage';
import { useSquadChoice } from './useSquadChoice';
import { useWellnessAthletes } from './useWellnessAthletes';
import { checkinDateIssue, checkWellnessGrid, editWellnessCell, withoutWellnessRows } from './wellness-grid';
import type { WellnessDrafts, WellnessField, WellnessGridAthlete } from './wellness-grid';
import { EnterDirectionControl } from './EnterDirectionControl';
import { LogDateInput } from './LogDateInput';
import { useEnterDirection } from './useEnterDirection';
import { SaveBar } from './SaveBar';
import { SquadSelect } from './SquadSelect';
import { WellnessGrid } from './WellnessGrid';

/** Morning check-ins for a squad on one day: five items, sleep, HRV and resting HR per athlete. */
export function WellnessCheckinPage() {
  const { t } = useTranslation('log');
  const { language } = useSettings();
  const describeIssue = useIssueMessage();
  const { squads, squadId, setSquadId } = useSquadChoice();
  const [date, setDate] = useState<string | null>(() => todayLocalDate());
  const [drafts, setDrafts] = useState<WellnessDrafts>({});
  const [refusedIds, setRefusedIds] = useState<ReadonlySet<string>>(() => new Set());
  const [hasTriedSave, setHasTriedSave] = useState(false);
  const [isSaving, setIsSaving] = useState(false);
  const pageRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const saveButtonRef = useRef<HTMLButtonElement>(null);
  const athletes = useWellnessAthletes(squadId, date);
  const check = useMemo(
    () => checkWellnessGrid(date ?? '', athletes ?? [], drafts),
    [date, athletes, drafts],
  );

  const focusFirstOpenRow = () => focusFirstOpenCell(gridRef.current, 'sleepHours');
  const requestFocus = useDeferredFocus(focusFirstOpenRow);
  const rowsNeedingAttention = countRowsNeedingAttention(check.rowIssues, hasTriedSave);
  const [enterDirection, setEnterDirection] = useEnterDirection();
  const today = todayLocalDate();
  const dateIssue = checkinDateIssue(date, today);
  // A date after today is refused at once: a check-in is what the athlete reported this morning.
  const dateError =
    dateIssue === 'afterToday'
      ? t('issueCheckinAfterToday', { today: formatDate(today, language) })
      : hasTriedSave && dateIssue === 'required'
        ? describeIssue('date', { code: 'required', message: '' })
        : undefined;
  const attention = [
    ...(dateError !== undefined ? [dateError] : []),
    ...(rowsNeedingAttention > 0 ? [t('rowsNeedAttention', { count: rowsNeedingAttention })] : []),
  ];
  const checkedInCount = (athletes ?? []).filter((athlete) => athlete.checkin !== undefined).length;

  const handleSquadChange = (id: string) => {
    setSquadId(id);
    setRefusedIds(new Set());
    requestFocus(focusFirstOpenRow);
  };
  const handleDateChange = (next: string | null) => {
    setDate(next);
    setRefusedIds(new Set());
  };
  const handleRefusedEdit = (athleteId: string) => {
    setRefusedIds((current) => (current.has(athleteId) ? current : new Set([...current, athleteId])));
  };
  const handleCellChange = (athlete: WellnessGridAthlete, field: WellnessField, text: string) => {
    const result = editWellnessCell(drafts, athlete, field, text);
    if (result.isRefused) handleRefusedEdit(athlete.id);
    else setDrafts(result.drafts);
  };

  const handleSave = async () => {
    if (isSaving || !athletes || check.filledCount === 0) return;
    if (!check.isValid || !date || dateIssue !== undefined) {
      setHasTriedSave(true);
      requestFocus(() => focusFirstInvalid(pageRef.current) || true);
      return;
    }
    setIsSaving(true);
    try {
      const saved = await addWellnessEntries(appDb, check.inputs);
      notifications.show({
        color: 'teal',
        title: t('common:saved'),
        message: t('savedCheckins', { count: saved.length }),
      });
      setDrafts((current) =>
        withoutWellnessRows(
          current,
          athletes.map((athlete) => athlete.id),
        ),
      );
      setHasTriedSave(false);
      setRefusedIds(new Set());
      const savedIds = new Set(saved.map((entry) => entry.athleteId));
      const savedRows = new Set(athletes.flatMap((athlete, row) => (savedIds.has(athlete.id) ? [row] : [])));
      requestFocus(() => focusFirstOpenCell(gridRef.current, 'sleepHours', savedRows) || true);
    } catch (error) {
      // A check-in saved elsewhere meanwhile shows up through the live query and is marked in place.
      setHasTriedSave(true);
      notifications.show({ color: 'red', title: t('nothingSavedTitle'), message: errorText(error) });
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <Box ref={pageRef} onKeyDown={(event) => saveOnShortcut(event, handleSave)}>
      <PageHeader title={t('wellnessTitle')} description={t('wellnessDescription')} />
      {/* Sticky under the app header: the squad and date stay in sight while the coach types. */}
      <Paper
        withBorder
        p="md"
        mb="md"
        shadow="xs"
        data-testid="wellness-header"
        style={{ position: 'sticky', top: 'var(--app-shell-header-offset, 56px)', zIndex: 3 }}
      >
        <Group align="flex-start" gap="md">
          <SquadSelect squads={squads} value={squadId} onChange={handleSquadChange} />
          <LogDateInput value={date} error={dateError} onChange={handleDateChange} />
          <EnterDirectionControl value={enterDirection} onChange={setEnterDirection} />
        </Group>
      </Paper>
      <GridPanel
        athleteCount={athletes?.length}
        countText={t('checkedInCount', { count: checkedInCount, total: athletes?.length ?? 0 })}
      >
        {athletes ? (
          <WellnessGrid
            athletes={athletes}
            drafts={drafts}
            rowIssues={check.rowIssues}
            refusedIds={refusedIds}
            hasTriedSave={hasTriedSave}
            language={language}
            describeIssue={describeIssue}
            containerRef={gridRef}
            saveButtonRef={saveButtonRef}
            enterDirection={enterDirection}
            onCellChange={handleCellChange}
            onRefusedEdit={handleRefusedEdit}
          />
        ) : null}
      </GridPanel>
      <SaveBar
        label={t('saveCheckins', { count: check.filledCount })}
        attention={attention}
        summaryId="wellness-attention"
        isDisabled={check.filledCount === 0}
        isSaving={isSaving}
        buttonRef={saveButtonRef}
        keyboardHint={enterDirection === 'across' ? t('keyboardHintAcross') : undefined}
        onSave={() => void handleSave()}
      />
    </Box>
  );
}
