import { useMemo, useState, type SubmitEvent } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Block, PlannedSession, Season } from '@shared/model';
import { errorText } from '../../../app/error-text';
import { appDb } from '../../../db/app-db';
import { deleteBlock, updateBlock } from '../../../db/plan-repo';
import { useLanguage } from '../../readiness/useLanguage';
import { blockForm, checkBlockForm, sessionShift, type BlockForm } from './block-form';
import { ConfirmBlockDelete } from './ConfirmBlockDelete';
import { FocusSelect } from './FocusSelect';
import { PlanDateInput } from './PlanDateInput';
import { SaveTemplateForm } from './SaveTemplateForm';
import { formatRange, formatWeeks, rangeProblemText } from './timeline-format';

interface BlockDialogProps {
  block: Block;
  season: Season;
  blocks: readonly Block[];
  plannedSessions: readonly PlannedSession[];
  onClose: () => void;
}

type View = 'edit' | 'delete' | 'template';

/**
 * A block from the keyboard: name, focus, dates (its planned sessions move with its start, as when
 * it is dragged), notes; delete it with its sessions; save it as a template.
 */
export function BlockDialog({ block, season, blocks, plannedSessions, onClose }: BlockDialogProps) {
  const { t } = useTranslation('planTimeline');
  const language = useLanguage();
  const [view, setView] = useState<View>('edit');
  const [form, setForm] = useState<BlockForm>(() => blockForm(block));
  const [hasTriedSave, setHasTriedSave] = useState(false);
  const [isSaving, setIsSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const check = useMemo(
    () => checkBlockForm(form, block.id, blocks, season),
    [form, block.id, blocks, season],
  );
  const sessionCount = plannedSessions.filter((session) => session.blockId === block.id).length;
  const shift = check.changes ? sessionShift(block, check.changes, plannedSessions) : null;
  const update = (patch: Partial<BlockForm>) => setForm((current) => ({ ...current, ...patch }));
  const show = (isShown: boolean, text: string) => (isShown && hasTriedSave ? text : null);

  const handleSubmit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setHasTriedSave(true);
    if (!check.changes) return;
    setIsSaving(true);
    try {
      await updateBlock(appDb, block.id, check.changes);
      notifications.show({ color: 'teal', message: t('blockSaved', { name: check.changes.name }) });
      onClose();
    } catch (error) {
      setSaveError(errorText(error));
      setIsSaving(false);
    }
  };

  const title =
    view === 'delete'
      ? t('deleteBlockTitle')
      : view === 'template'
        ? t('saveAsTemplateTitle')
        : t('blockDialogTitle');
  return (
    <Modal opened onClose={onClose} title={title} size="lg" centered>
      {view === 'delete' ? (
        <ConfirmBlockDelete
          name={block.name}
          sessionCount={sessionCount}
          onConfirm={async () => {
            await deleteBlock(appDb, block.id);
            notifications.show({ message: t('blockDeleted', { name: block.name, count: sessionCount }) });
            onClose();
          }}
          onCancel={() => setView('edit')}
        />
      ) : view === 'template' ? (
        <SaveTemplateForm
          block={block}
          plannedSessions={plannedSessions}
          onDone={onClose}
          onCancel={() => setView('edit')}
        />
      ) : (
        <form onSubmit={(event) => void handleSubmit(event)} noValidate>
          <Stack gap="md">
            <Group gap="md" align="flex-start" wrap="nowrap">
              <TextInput
                label={t('blockName')}
                value={form.name}
                onChange={(event) => update({ name: event.currentTarget.value })}
                error={show(check.nameMissing, t('common:required'))}
                maxLength={80}
                style={{ flex: 1 }}
                data-autofocus
              />
              <FocusSelect value={form.focus} onChange={(focus) => update({ focus })} />
            </Group>
            <Group gap="md" align="flex-start">
              <PlanDateInput
                label={t('startDate')}
                value={form.startDate}
                onChange={(startDate) => update({ startDate })}
                error={show(check.startMissing, t('common:required'))}
                minDate={season.startDate}
                maxDate={season.endDate}
              />
              <PlanDateInput
                label={t('endDate')}
                value={form.endDate}
                onChange={(endDate) => update({ endDate })}
                error={show(check.endMissing, t('common:required')) ?? check.rangeProblem !== null}
                minDate={season.startDate}
                maxDate={season.endDate}
              />
              {form.startDate !== null && form.endDate !== null && form.endDate >= form.startDate ? (
                <Text size="sm" c="dimmed" pt={30}>
                  {t('blockLength', {
                    weeks: formatWeeks({ startDate: form.startDate, endDate: form.endDate }, language),
                  })}
                </Text>
              ) : null}
            </Group>
            {check.rangeProblem ? (
              <Text size="sm" c="red.8" role="alert" mt={-8}>
                {rangeProblemText(check.rangeProblem, t, language)}
              </Text>
            ) : null}
            <Text size="sm" c="dimmed" role="status">
              {t('seasonBounds', { range: formatRange(season, language) })}{' '}
              {shift && shift.shiftDays !== 0 && sessionCount > 0
                ? t('sessionsMoveWithStart', { count: sessionCount })
                : ''}
            </Text>
            {shift && shift.outsideCount > 0 ? (
              <Alert color="yellow" variant="light">
                {t('sessionsOutsideBlock', { count: shift.outsideCount })}
              </Alert>
            ) : null}
            <Textarea
              label={t('common:notes')}
              value={form.notes}
              onChange={(event) => update({ notes: event.currentTarget.value })}
              autosize
              minRows={2}
              maxLength={2000}
            />
            {saveError ? (
              <Alert color="red" title={t('notSaved')}>
                {saveError}
              </Alert>
            ) : null}
            <Group justify="space-between">
              <Group gap="xs">
                <Button variant="subtle" color="red" onClick={() => setView('delete')}>
                  {t('deleteBlock')}
                </Button>
                <Button variant="default" onClick={() => setView('template')}>
                  {t('saveAsTemplate')}
                </Button>
              </Group>
              <Group gap="xs">
                <Button variant="default" onClick={onClose}>
                  {t('common:cancel')}
                </Button>
                <Button type="submit" loading={isSaving}>
                  {t('common:save')}
                </Button>
              </Group>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
