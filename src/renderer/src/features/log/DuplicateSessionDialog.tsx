import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/model';
import type { LoggedSessionGroup } from './logged-sessions';
import { LoggedSessionsList } from './LoggedSessionsList';

interface DuplicateSessionDialogProps {
  isOpen: boolean;
  /** "12 sessions are already logged for this squad on Wed 2 Dec 2026 at 06:15." */
  loggedText: string;
  groups: readonly LoggedSessionGroup[];
  /** How many sessions saving would add. */
  addCount: number;
  language: Language;
  onCancel: () => void;
  onSaveAnyway: () => void;
}

/**
 * Asked before a team session is saved a second time: shows what is already logged and lets the
 * coach save deliberately (a second session at the same time) or go back. Cancel has the focus.
 */
export function DuplicateSessionDialog({
  isOpen,
  loggedText,
  groups,
  addCount,
  language,
  onCancel,
  onSaveAnyway,
}: DuplicateSessionDialogProps) {
  const { t } = useTranslation('log');
  return (
    <Modal opened={isOpen} onClose={onCancel} title={t('duplicateTitle')} size="lg">
      <Stack gap="sm">
        <Text size="sm">{loggedText}</Text>
        <LoggedSessionsList groups={groups} language={language} />
        <Text size="sm">{t('duplicateQuestion', { count: addCount })}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} data-autofocus>
            {t('common:cancel')}
          </Button>
          <Button color="orange" onClick={onSaveAnyway}>
            {t('saveAnyway', { count: addCount })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
