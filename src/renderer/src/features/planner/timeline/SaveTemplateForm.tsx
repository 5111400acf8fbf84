import { useState, type SubmitEvent } from 'react';
import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Block, PlannedSession } from '@shared/model';
import { templateFromBlock } from '@shared/planning/templates';
import { errorText } from '../../../app/error-text';
import { appDb } from '../../../db/app-db';
import { saveTemplate } from '../../../db/plan-repo';

interface SaveTemplateFormProps {
  block: Block;
  plannedSessions: readonly PlannedSession[];
  onDone: () => void;
  onCancel: () => void;
}

/** Saves a block's planned sessions as one of the coach's templates, under a name. */
export function SaveTemplateForm({ block, plannedSessions, onDone, onCancel }: SaveTemplateFormProps) {
  const { t } = useTranslation('planTimeline');
  const [name, setName] = useState(block.name);
  const [hasTriedSave, setHasTriedSave] = useState(false);
  const [isSaving, setIsSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const preview = templateFromBlock(block, plannedSessions, { id: 'preview', name: block.name });

  const handleSubmit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setHasTriedSave(true);
    if (name.trim() === '') return;
    setIsSaving(true);
    try {
      const template = templateFromBlock(block, plannedSessions, {
        id: crypto.randomUUID(),
        name: name.trim(),
      });
      await saveTemplate(appDb, template);
      notifications.show({ color: 'teal', message: t('templateSaved', { name: template.name }) });
      onDone();
    } catch (caught) {
      setError(errorText(caught));
      setIsSaving(false);
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <Stack gap="md">
        <Text size="sm">
          {t('saveAsTemplateBody', { count: preview.sessions.length, weeks: preview.weeks })}
        </Text>
        <TextInput
          label={t('templateName')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={hasTriedSave && name.trim() === '' ? t('common:required') : null}
          maxLength={80}
          data-autofocus
        />
        {error ? (
          <Alert color="red" title={t('notSaved')}>
            {error}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={isSaving}>
            {t('saveTemplate')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
