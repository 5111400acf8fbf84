import { useState } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../app/error-text';

interface ConfirmBlockDeleteProps {
  name: string;
  sessionCount: number;
  onConfirm: () => Promise<void>;
  onCancel: () => void;
}

/** "Delete this block?": says that its planned sessions go with it and that it cannot be undone. */
export function ConfirmBlockDelete({ name, sessionCount, onConfirm, onCancel }: ConfirmBlockDeleteProps) {
  const { t } = useTranslation('planTimeline');
  const [isDeleting, setIsDeleting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const handleConfirm = async () => {
    setIsDeleting(true);
    try {
      await onConfirm();
    } catch (caught) {
      setError(errorText(caught));
      setIsDeleting(false);
    }
  };
  return (
    <Stack gap="md">
      <Text size="sm">{t('deleteBlockBody', { name, count: sessionCount })}</Text>
      {error ? (
        <Alert color="red" title={t('notSaved')}>
          {error}
        </Alert>
      ) : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common:cancel')}
        </Button>
        <Button color="red" loading={isDeleting} onClick={() => void handleConfirm()} data-autofocus>
          {t('deleteBlockConfirm')}
        </Button>
      </Group>
    </Stack>
  );
}
