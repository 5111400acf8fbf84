import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/error-text';
import { appDb } from '../../db/app-db';
import { acknowledgeWarning } from '../../db';

interface AcknowledgeDialogProps {
  warningId: string;
  seasonId: string;
  /** The warning's sentence, repeated so the coach knows what they accept. */
  title: string;
  initialNote: string;
  onClose: () => void;
}

/** Accepts a warning with a note (why the plan stays as it is); kept, and printed in the PDF. */
export function AcknowledgeDialog({
  warningId,
  seasonId,
  title,
  initialNote,
  onClose,
}: AcknowledgeDialogProps) {
  const { t } = useTranslation('planner');
  const [note, setNote] = useState(initialNote);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    try {
      await acknowledgeWarning(appDb, { warningId, seasonId, note: note.trim() });
      onClose();
    } catch (saveError) {
      setError(errorText(saveError));
    }
  };
  return (
    <Modal opened onClose={onClose} title={t('acknowledgeTitle')} centered size="lg">
      <Stack gap="md">
        <Text size="sm" fw={500}>
          {title}
        </Text>
        <Textarea
          label={t('acknowledgeNote')}
          description={t('acknowledgeNoteHelp')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          autosize
          minRows={3}
          maxLength={2000}
          data-autofocus
        />
        {error ? <Alert color="red">{error}</Alert> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button onClick={() => void save()}>{t('acknowledgeConfirm')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
