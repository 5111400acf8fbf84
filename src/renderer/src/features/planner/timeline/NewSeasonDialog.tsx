import { useState, type SubmitEvent } from 'react';
import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Squad } from '@shared/model';
import { errorText } from '../../../app/error-text';
import { useSettings } from '../../../app/useSettings';
import { appDb } from '../../../db/app-db';
import { addSeasonWithBlocks, listSeasonsForSquad } from '../../../db/plan-repo';
import { useLanguage } from '../../readiness/useLanguage';
import { PlanDateInput } from './PlanDateInput';
import {
  buildEmptySeason,
  buildSeasonPlan,
  defaultSeasonName,
  defaultTemplateSequence,
  nextMondayAfter,
} from './season-builder';
import { checkNewSeasonForm, seasonsSharedBy, type NewSeasonForm } from './season-form';
import { formatRange } from './timeline-format';
import { blockEndDate } from './timeline-geometry';
import { TemplateScaleNote, useTemplateScale } from './TemplateScaleNote';
import { TemplateSequenceEditor, type SequenceItem } from './TemplateSequenceEditor';
import { useBlockTemplates } from './useBlockTemplates';

interface NewSeasonDialogProps {
  squad: Squad;
  today: string;
  onCreated: (seasonId: string) => void;
  onClose: () => void;
}

/** Weeks of an empty season by default (about a season from pre-season to the last match). */
const EMPTY_SEASON_WEEKS = 40;

/**
 * A new season for the squad: name, first Monday, and blocks back to back from an ordered list of
 * templates (with all their planned sessions), or an empty season to an end date. Written at once.
 */
export function NewSeasonDialog({ squad, today, onCreated, onClose }: NewSeasonDialogProps) {
  const { t } = useTranslation('planTimeline');
  const language = useLanguage();
  const settings = useSettings();
  const templates = useBlockTemplates();
  const existing = useLiveQuery(() => listSeasonsForSquad(appDb, squad.id), [squad.id], []);
  const [startDate, setStartDate] = useState<string | null>(() => nextMondayAfter(today));
  const [typedName, setTypedName] = useState<string | null>(null);
  const [mode, setMode] = useState<NewSeasonForm['mode']>('templates');
  const [items, setItems] = useState<SequenceItem[]>(() =>
    defaultTemplateSequence(templates.builtIn).map((template) => ({ key: crypto.randomUUID(), template })),
  );
  const [typedEnd, setTypedEnd] = useState<string | null>(null);
  const [hasTriedSave, setHasTriedSave] = useState(false);
  const [isSaving, setIsSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const name = typedName ?? (startDate === null ? squad.name : defaultSeasonName(squad.name, startDate));
  const endDate = typedEnd ?? (startDate === null ? null : blockEndDate(startDate, EMPTY_SEASON_WEEKS));
  const form: NewSeasonForm = {
    name,
    startDate,
    mode,
    templates: items.map((item) => item.template),
    endDate,
  };
  const check = checkNewSeasonForm(form, seasonsSharedBy(existing, squad.id));
  const shown = (isShown: boolean, text: string) => (isShown && hasTriedSave ? text : null);
  const scale = useTemplateScale(squad.id, startDate, today, form.templates, settings);

  const handleSubmit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setHasTriedSave(true);
    if (!check.isValid || startDate === null) return;
    setIsSaving(true);
    try {
      const newId = () => crypto.randomUUID();
      const input = { name, squadId: squad.id, startDate, newId };
      const plan =
        mode === 'templates'
          ? buildSeasonPlan({ ...input, templates: form.templates, scaleFactor: scale?.factor ?? 1 })
          : buildEmptySeason({ ...input, endDate: endDate ?? startDate });
      const season = await addSeasonWithBlocks(appDb, plan.season, plan.blocks, plan.sessions);
      notifications.show({
        color: 'teal',
        message: t('seasonCreated', { name: season.name, count: plan.blocks.length }),
      });
      onCreated(season.id);
      onClose();
    } catch (error) {
      setSaveError(errorText(error));
      setIsSaving(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('newSeasonTitle', { squad: squad.name })} size="xl" centered>
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack gap="md">
          <Group gap="md" align="flex-start" wrap="nowrap">
            <TextInput
              label={t('seasonName')}
              value={name}
              onChange={(event) => setTypedName(event.currentTarget.value)}
              error={shown(check.nameMissing, t('common:required'))}
              maxLength={80}
              style={{ flex: 1 }}
              data-autofocus
            />
            <PlanDateInput
              label={t('startMonday')}
              value={startDate}
              onChange={setStartDate}
              isMondayOnly
              error={
                check.startNotMonday ? t('problemNotMonday') : shown(check.startMissing, t('common:required'))
              }
            />
          </Group>
          <SegmentedControl
            value={mode}
            onChange={(value) => setMode(value === 'empty' ? 'empty' : 'templates')}
            data={[
              { value: 'templates', label: t('fillFromTemplates') },
              { value: 'empty', label: t('emptySeason') },
            ]}
            aria-label={t('newSeasonMode')}
            w="fit-content"
          />
          {mode === 'templates' ? (
            <TemplateSequenceEditor
              items={items}
              templates={templates}
              startDate={check.startNotMonday ? null : startDate}
              onChange={setItems}
              error={shown(check.noTemplates, t('problemNoTemplates'))}
            />
          ) : null}
          {mode === 'templates' ? (
            <TemplateScaleNote scale={scale} />
          ) : (
            <PlanDateInput
              label={t('endDate')}
              value={endDate}
              onChange={setTypedEnd}
              error={
                check.endBeforeStart
                  ? t('problemEndBeforeStart')
                  : shown(check.endMissing, t('common:required'))
              }
            />
          )}
          <SeasonOutcome check={check} startDate={startDate} />
          {check.overlapping.length > 0 ? (
            <Alert color="yellow" title={t('overlapWarningTitle')}>
              {t('overlapWarning', {
                seasons: check.overlapping
                  .map(
                    (season) =>
                      `${season.name} (${formatRange(season, language)}${season.squadId === undefined ? ` · ${t('planner:clubWide')}` : ''})`,
                  )
                  .join(', '),
              })}
            </Alert>
          ) : null}
          {saveError ? (
            <Alert color="red" title={t('notSaved')}>
              {saveError}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:cancel')}
            </Button>
            <Button type="submit" loading={isSaving}>
              {t('createSeason')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function SeasonOutcome({
  check,
  startDate,
}: {
  check: ReturnType<typeof checkNewSeasonForm>;
  startDate: string | null;
}) {
  const { t } = useTranslation('planTimeline');
  const language = useLanguage();
  if (startDate === null || check.endDate === null || check.endDate < startDate) return null;
  const range = formatRange({ startDate, endDate: check.endDate }, language);
  return (
    <Text size="sm" fw={500} role="status" data-testid="new-season-outcome">
      {check.totalWeeks > 0
        ? t('seasonOutcomeBlocks', { range, weeks: check.totalWeeks })
        : t('seasonOutcomeEmpty', { range })}
    </Text>
  );
}
