import { useMemo, useRef, useState, type SubmitEvent } from 'react';
import { Button, Group, Paper, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { appDb } from '../../db/app-db';
import { addSessions, listAthletes } from '../../db';
import { todayLocalDate } from '../../i18n/format';
import { errorText } from '../../app/error-text';
import { saveOnShortcut } from './save-shortcut';
import { shownMessages } from './page-attention';
import { checkSingleSession, type SingleSessionForm } from './single-session';
import { useIssueMessage } from './useIssueMessage';
import { SessionFields } from './SessionFields';

const EMPTY_ENTRY = { athleteId: null, rpe: '', notes: '' } as const;

/** Log one session of one athlete (source "manual"). */
export function SingleSessionPage() {
  const { t } = useTranslation('log');
  const describeIssue = useIssueMessage();
  const athletes = useLiveQuery(() => listAthletes(appDb), []);
  const [form, setForm] = useState<SingleSessionForm>(() => ({
    ...EMPTY_ENTRY,
    date: todayLocalDate(),
    startTime: '',
    stimulus: 'other',
    durationMin: '',
  }));
  const [hasTriedSave, setHasTriedSave] = useState(false);
  const [isSaving, setIsSaving] = useState(false);
  const athleteRef = useRef<HTMLInputElement>(null);
  const check = useMemo(() => checkSingleSession(form), [form]);
  const errors = shownMessages(check.issues, hasTriedSave, (field, issue) => describeIssue(field, issue));
  const errorCount = Object.keys(errors).length;
  const athleteOptions = (athletes ?? [])
    .filter((athlete) => !athlete.isArchived)
    .map((athlete) => ({ value: athlete.id, label: athlete.name }));
  const update = (patch: Partial<SingleSessionForm>) => setForm((current) => ({ ...current, ...patch }));

  const handleSave = async () => {
    if (isSaving) return;
    if (!check.input) {
      setHasTriedSave(true);
      return;
    }
    const name = athleteOptions.find((option) => option.value === form.athleteId)?.label ?? '';
    setIsSaving(true);
    try {
      await addSessions(appDb, [check.input]);
      notifications.show({
        color: 'teal',
        title: t('common:saved'),
        message: t('savedSessionFor', { name }),
      });
      setForm((current) => ({ ...current, ...EMPTY_ENTRY }));
      setHasTriedSave(false);
      athleteRef.current?.focus();
    } catch (error) {
      notifications.show({ color: 'red', title: t('nothingSavedTitle'), message: errorText(error) });
    } finally {
      setIsSaving(false);
    }
  };
  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void handleSave();
  };

  return (
    <>
      <PageHeader title={t('singleTitle')} description={t('singleDescription')} />
      {athletes !== undefined && athleteOptions.length === 0 ? (
        <Text c="dimmed">{t('noAthletes')}</Text>
      ) : (
        <Paper withBorder p="md" maw={880}>
          <form onSubmit={handleSubmit} onKeyDown={(event) => saveOnShortcut(event, handleSave)} noValidate>
            <Stack gap="md">
              <Select
                ref={athleteRef}
                label={t('common:athlete')}
                placeholder={t('athletePlaceholder')}
                data={athleteOptions}
                value={form.athleteId}
                onChange={(athleteId) => update({ athleteId })}
                searchable
                nothingFoundMessage={t('noAthleteFound')}
                error={errors.athlete}
                w={320}
                autoFocus
              />
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
                  />
                }
              />
              <Textarea
                label={t('common:notes')}
                placeholder={t('notesPlaceholder')}
                value={form.notes}
                error={errors.notes}
                onChange={(event) => update({ notes: event.currentTarget.value })}
                autosize
                minRows={2}
              />
              <Group justify="flex-end" gap="md">
                <Text size="sm" fw={600} c="red.8" role="status" aria-live="polite">
                  {errorCount > 0 ? t('fieldsNeedAttention', { count: errorCount }) : ''}
                </Text>
                <Button type="submit" loading={isSaving}>
                  {t('saveSession')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      )}
    </>
  );
}
