import { useMemo, useState, type SubmitEvent } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Session } from '@shared/model';
import { appDb } from '../../db/app-db';
import { RecordNotFoundError, updateSession } from '../../db';
import { errorText } from '../../app/error-text';
import { useSettings } from '../../app/useSettings';
import { shownMessages } from '../log/page-attention';
import { checkSingleSession, type SingleSessionForm } from '../log/single-session';
import { useIssueMessage } from '../log/useIssueMessage';
import { SessionFields } from '../log/SessionFields';
import { editedSession, sessionForm } from './record-forms';

/**
 * Edits one stored session with the single-session page's fields and checks. A bad value is shown
 * in the dialog and nothing is saved; what was typed stays until the coach fixes it or cancels.
 */
export function EditSessionModal({ session, onClose }: { session: Session; onClose: () => void }) {
  const { t } = useTranslation('athletes');
  const { language } = useSettings();
  const describeIssue = useIssueMessage();
  const [form, setForm] = useState<SingleSessionForm>(() => sessionForm(session, language));
  const [hasTriedSave, setHasTriedSave] = useState(false);
  const [isSaving, setIsSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const check = useMemo(() => checkSingleSession(form), [form]);
  const errors = shownMessages(check.issues, hasTriedSave, (field, issue) => describeIssue(field, issue));
  const errorCount = Object.keys(errors).length;
  const update = (patch: Partial<SingleSessionForm>) => setForm((current) => ({ ...current, ...patch }));

  const handleSubmit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const edited = editedSession(session, check);
    if (!edited) {
      setHasTriedSave(true);
      return;
    }
    setIsSaving(true);
    try {
      await updateSession(appDb, edited);
      notifications.show({ color: 'teal', message: t('sessionUpdated') });
      onClose();
    } catch (error) {
      setSaveError(error instanceof RecordNotFoundError ? t('recordGone') : errorText(error));
      setIsSaving(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('editSessionTitle')} size="auto" centered>
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack gap="md" maw={760}>
          <SessionFields
            header={form}
            errors={errors}
            onChange={(header) => update(header)}
            trailing={
              <TextInput
                label={t('common:rpe')}
                value={form.rpe}
                error={errors.rpe}
                onChange={(event) => update({ rpe: event.currentTarget.value })}
                onFocus={(event) => event.currentTarget.select()}
                inputMode="decimal"
                autoComplete="off"
                w={110}
                data-autofocus
              />
            }
          />
          <Textarea
            label={t('common:notes')}
            value={form.notes}
            error={errors.notes}
            onChange={(event) => update({ notes: event.currentTarget.value })}
            autosize
            minRows={2}
          />
          {saveError ? (
            <Alert color="red" title={t('notSaved')}>
              {saveError}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="md">
            <Text size="sm" fw={600} c="red.8" role="status" aria-live="polite">
              {errorCount > 0 ? t('log:fieldsNeedAttention', { count: errorCount }) : ''}
            </Text>
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
