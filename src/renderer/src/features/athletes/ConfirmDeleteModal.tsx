import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/error-text';

interface ConfirmDeleteModalProps {
  title: string;
  body: string;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}

/** "Delete this …?" with what goes and that it cannot be undone; the record stays on Cancel. */
export function ConfirmDeleteModal({ title, body, onConfirm, onClose }: ConfirmDeleteModalProps) {
  const { t } = useTranslation('athletes');
  const [isDeleting, setIsDeleting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const handleConfirm = async () => {
    setIsDeleting(true);
    try {
      await onConfirm();
      onClose();
    } catch (caught) {
      setError(errorText(caught));
      setIsDeleting(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={title} centered>
      <Stack gap="md">
        <Text size="sm">{body}</Text>
        {error ? (
          <Alert color="red" title={t('notSaved')}>
            {error}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:cancel')}
          </Button>
          <Button color="red" loading={isDeleting} onClick={() => void handleConfirm()} data-autofocus>
            {t('common:delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
