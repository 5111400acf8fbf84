import { useMemo, useState, type SubmitEvent } from 'react';
import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { BlockTemplate, Language } from '@shared/model';
import type { TFunction } from 'i18next';
import { errorText } from '../../../app/error-text';
import { todayLocalDate } from '../../../i18n/format';
import { appDb } from '../../../db/app-db';
import { addBlockWithSessions, deleteTemplate } from '../../../db/plan-repo';
import { useLanguage } from '../../readiness/useLanguage';
import type { AddBlockDialogProps } from './AddBlockDialog';
import { checkTemplatePlacement, type PlacementProblem } from './block-form';
import { PlanDateInput } from './PlanDateInput';
import { buildBlockFromTemplate } from './season-builder';
import { focusLabel, formatRange, rangeProblemText } from './timeline-format';
import { blockEndDate, nextBlockStart, type DateRange } from './timeline-geometry';
import { TemplatePicker } from './TemplatePicker';
import { TemplateScaleNote, useTemplateScale } from './TemplateScaleNote';
import { useBlockTemplates } from './useBlockTemplates';

/** A block from a template: which template, its first Monday and its name; Apply writes block and sessions at once. */
export function TemplateBlockForm({
  squad,
  season,
  blocks,
  settings,
  onClose,
  onAdded,
}: AddBlockDialogProps) {
  const { t } = useTranslation('planTimeline');
  const language = useLanguage();
  const templates = useBlockTemplates();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [startDate, setStartDate] = useState<string | null>(() => nextBlockStart(season, blocks));
  const [typedName, setTypedName] = useState<string | null>(null);
  const [hasTriedSave, setHasTriedSave] = useState(false);
  const [isSaving, setIsSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const template =
    templates.all.find((candidate) => candidate.id === chosenId) ?? templates.builtIn[0] ?? null;
  const name = typedName ?? template?.name ?? '';
  const chosen = useMemo(() => (template ? [template] : []), [template]);
  const scale = useTemplateScale(squad.id, startDate, todayLocalDate(), chosen, settings);
  const problem = template ? checkTemplatePlacement(startDate, template.weeks, blocks, season) : null;
  const placedRange =
    template && startDate !== null ? { startDate, endDate: blockEndDate(startDate, template.weeks) } : null;

  const problemText =
    problem && (hasTriedSave || problem.kind !== 'missing')
      ? placementText(problem, { range: placedRange ?? season, season }, t, language)
      : null;

  const handleSubmit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setHasTriedSave(true);
    if (!template || startDate === null || problem || name.trim() === '') return;
    setIsSaving(true);
    try {
      const newId = () => crypto.randomUUID();
      const planned = buildBlockFromTemplate({
        template,
        seasonId: season.id,
        squadId: squad.id,
        startDate,
        name,
        newId,
        scaleFactor: scale?.factor ?? 1,
      });
      await addBlockWithSessions(appDb, planned.block, planned.sessions);
      notifications.show({
        color: 'teal',
        message: t('blockAdded', { name: planned.block.name, count: planned.sessions.length }),
      });
      onAdded?.(startDate);
      onClose();
    } catch (error) {
      setSaveError(errorText(error));
      setIsSaving(false);
    }
  };
  const handleDelete = async (doomed: BlockTemplate) => {
    await deleteTemplate(appDb, doomed.id);
    if (chosenId === doomed.id) setChosenId(null);
    notifications.show({ message: t('templateDeleted', { name: doomed.name }) });
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <Stack gap="md">
        <TemplatePicker
          templates={templates}
          value={template?.id ?? null}
          onChange={setChosenId}
          settings={settings}
          onDelete={handleDelete}
        />
        <Group gap="md" align="flex-start">
          <PlanDateInput
            label={t('startMonday')}
            value={startDate}
            onChange={setStartDate}
            isMondayOnly
            minDate={season.startDate}
            maxDate={season.endDate}
            error={problemText !== null}
          />
          <TextInput
            label={t('blockName')}
            value={name}
            onChange={(event) => setTypedName(event.currentTarget.value)}
            error={hasTriedSave && name.trim() === '' ? t('common:required') : null}
            maxLength={80}
            style={{ flex: 1 }}
          />
        </Group>
        {problemText !== null ? (
          <Text size="sm" c="red.8" role="alert" mt={-8}>
            {problemText}
          </Text>
        ) : null}
        {template && placedRange ? (
          <Text size="sm" role="status">
            {t('templateBlockSummary', {
              focus: focusLabel(t, template.focus),
              weeks: template.weeks,
              range: formatRange(placedRange, language),
              count: template.sessions.length,
            })}
          </Text>
        ) : null}
        {template ? <TemplateScaleNote scale={scale} /> : null}
        {saveError ? (
          <Alert color="red" title={t('notSaved')}>
            {saveError}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={isSaving} disabled={!template}>
            {t('applyTemplate')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function placementText(
  problem: PlacementProblem,
  placed: { range: DateRange; season: DateRange },
  t: TFunction,
  language: Language,
): string {
  if (problem.kind === 'missing') return t('common:required');
  if (problem.kind === 'notMonday') return t('problemNotMonday');
  if (problem.kind === 'outsideSeason')
    return t('problemBlockOutsideSeason', {
      range: formatRange(placed.range, language),
      season: formatRange(placed.season, language),
    });
  return rangeProblemText(problem, t, language);
}
