import { useMemo, useState, type SubmitEvent } from 'react';
import { Alert, Button, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { WellnessEntry } from '@shared/model';
import { appDb } from '../../db/app-db';
import { DuplicateCheckinError, RecordNotFoundError, updateWellnessEntry } from '../../db';
import { errorText } from '../../app/error-text';
import { useSettings } from '../../app/useSettings';
import { isIssueShown } from '../log/cell-issues';
import { LogDateInput } from '../log/LogDateInput';
import { useIssueMessage } from '../log/useIssueMessage';
import { WELLNESS_FIELDS, checkWellnessGrid, type WellnessRowDraft } from '../log/wellness-grid';
import { CHECKIN_FIELD_LABELS, checkinDraft } from './record-forms';

/**
 * Edits one stored check-in with the check-in grid's rules (features/log/wellness-grid): the same
 * ranges, at least one value, one check-in per athlete per day. Nothing typed is lost on a refusal.
 */
export function EditCheckinModal({ entry, onClose }: { entry: WellnessEntry; onClose: () => void }) {
  const { t } = useTranslation('athletes');
  const { language } = useSettings();
  const describeIssue = useIssueMessage();
  const [date, setDate] = useState<string | null>(entry.date);
  const [draft, setDraft] = useState<WellnessRowDraft>(() => checkinDraft(entry, language));
  const [hasTriedSave, setHasTriedSave] = useState(false);
  const [isSaving, setIsSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  const check = useMemo(
    () =>
      checkWellnessGrid(date ?? entry.date, [{ id: entry.athleteId, name: '' }], {
        [entry.athleteId]: draft,
      }),
    [date, draft, entry],
  );
  const issues = check.rowIssues.get(entry.athleteId) ?? {};
  const isEmpty = check.filledCount === 0;
  const shownDateError = dateError ?? (date ? null : hasTriedSave ? t('log:issueDate') : null);

  const handleSubmit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setHasTriedSave(true);
    const [input] = check.inputs;
    if (!date || !check.isValid || !input) return;
    setIsSaving(true);
    setSaveError(null);
    try {
      await updateWellnessEntry(appDb, { ...input, id: entry.id });
      notifications.show({ color: 'teal', message: t('checkinUpdated') });
      onClose();
    } catch (error) {
      if (error instanceof DuplicateCheckinError) setDateError(t('log:issueAlreadyCheckedIn'));
      else setSaveError(error instanceof RecordNotFoundError ? t('recordGone') : errorText(error));
      setIsSaving(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('editCheckinTitle')} size="auto" centered>
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack gap="md" maw={720}>
          <LogDateInput
            value={date}
            error={shownDateError ?? undefined}
            onChange={(next) => {
              setDate(next);
              setDateError(null);
            }}
          />
          <Text size="xs" c="dimmed">
            {t('log:scaleHint')}
          </Text>
          <SimpleGrid cols={4} spacing="sm">
            {WELLNESS_FIELDS.map((field) => {
              const issue = issues[field];
              return (
                <TextInput
                  key={field}
                  label={t(CHECKIN_FIELD_LABELS[field])}
                  value={draft[field] ?? ''}
                  error={isIssueShown(issue, hasTriedSave) ? describeIssue(field, issue) : undefined}
                  onChange={(event) => {
                    const text = event.currentTarget.value;
                    setDraft((current) => ({ ...current, [field]: text }));
                  }}
                  onFocus={(event) => event.currentTarget.select()}
                  inputMode="decimal"
                  autoComplete="off"
                  data-autofocus={field === 'sleepHours' ? true : undefined}
                />
              );
            })}
          </SimpleGrid>
          {hasTriedSave && isEmpty ? (
            <Alert color="red" title={t('notSaved')}>
              {t('checkinNeedsValue')}
            </Alert>
          ) : null}
          {saveError ? (
            <Alert color="red" title={t('notSaved')}>
              {saveError}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="md">
            <Button variant="default" onClick={onClose}>
              {t('common:cancel')}
            </Button>
            <Button type="submit" loading={isSaving}>
              {t('common:save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
