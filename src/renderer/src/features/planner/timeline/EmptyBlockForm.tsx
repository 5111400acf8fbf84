import { useState, type SubmitEvent } from 'react';
import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { BlockFocus } from '@shared/model';
import { errorText } from '../../../app/error-text';
import { appDb } from '../../../db/app-db';
import { saveBlock } from '../../../db/plan-repo';
import { useLanguage } from '../../readiness/useLanguage';
import type { AddBlockDialogProps } from './AddBlockDialog';
import { checkBlockForm } from './block-form';
import { FocusSelect } from './FocusSelect';
import { PlanDateInput } from './PlanDateInput';
import { focusLabel, rangeProblemText } from './timeline-format';
import { blockEndDate, nextBlockStart } from './timeline-geometry';

const DEFAULT_WEEKS = 4;

/** A block without sessions: focus, name and dates (the coach plans its sessions in the week view). */
export function EmptyBlockForm({ season, blocks, onClose, onAdded }: AddBlockDialogProps) {
  const { t } = useTranslation('planTimeline');
  const language = useLanguage();
  const [focus, setFocus] = useState<BlockFocus>('strength');
  const [typedName, setTypedName] = useState<string | null>(null);
  const [startDate, setStartDate] = useState<string | null>(() => nextBlockStart(season, blocks));
  const [endDate, setEndDate] = useState<string | null>(() => {
    const end = blockEndDate(nextBlockStart(season, blocks), DEFAULT_WEEKS);
    return end > season.endDate ? season.endDate : end;
  });
  const [hasTriedSave, setHasTriedSave] = useState(false);
  const [isSaving, setIsSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const name = typedName ?? t('emptyBlockName', { focus: focusLabel(t, focus) });
  const check = checkBlockForm({ name, focus, startDate, endDate, notes: '' }, undefined, blocks, season);
  const required = (isMissing: boolean) => (isMissing && hasTriedSave ? t('common:required') : null);

  const handleSubmit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setHasTriedSave(true);
    if (!check.changes) return;
    setIsSaving(true);
    try {
      const block = await saveBlock(appDb, { ...check.changes, seasonId: season.id });
      notifications.show({ color: 'teal', message: t('emptyBlockAdded', { name: block.name }) });
      onAdded?.(block.startDate);
      onClose();
    } catch (error) {
      setSaveError(errorText(error));
      setIsSaving(false);
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <Stack gap="md">
        <Group gap="md" align="flex-start" wrap="nowrap">
          <FocusSelect value={focus} onChange={setFocus} />
          <TextInput
            label={t('blockName')}
            value={name}
            onChange={(event) => setTypedName(event.currentTarget.value)}
            error={required(check.nameMissing)}
            maxLength={80}
            style={{ flex: 1 }}
          />
        </Group>
        <Group gap="md" align="flex-start">
          <PlanDateInput
            label={t('startDate')}
            value={startDate}
            onChange={setStartDate}
            error={required(check.startMissing)}
            minDate={season.startDate}
            maxDate={season.endDate}
          />
          <PlanDateInput
            label={t('endDate')}
            value={endDate}
            onChange={setEndDate}
            error={required(check.endMissing) ?? check.rangeProblem !== null}
            minDate={season.startDate}
            maxDate={season.endDate}
          />
        </Group>
        {check.rangeProblem ? (
          <Text size="sm" c="red.8" role="alert" mt={-8}>
            {rangeProblemText(check.rangeProblem, t, language)}
          </Text>
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
            {t('addEmptyBlock')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
