import type { RefObject } from 'react';
import { Button, Group, Kbd, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface SaveBarProps {
  /** "Save 18 sessions". */
  label: string;
  /** Lines that say what needs attention ("2 rows need attention"); empty when all is well. */
  attention: readonly string[];
  summaryId: string;
  isDisabled: boolean;
  isSaving: boolean;
  buttonRef?: RefObject<HTMLButtonElement | null>;
  /** How the keys move in the grid; the column-wise text when not given. */
  keyboardHint?: string;
  onSave: () => void;
}

/** Sticks to the bottom of the page: what still needs attention, above the save button. */
export function SaveBar({
  label,
  attention,
  summaryId,
  isDisabled,
  isSaving,
  buttonRef,
  keyboardHint,
  onSave,
}: SaveBarProps) {
  const { t } = useTranslation('log');
  const hasAttention = attention.length > 0;
  return (
    <Paper withBorder shadow="sm" p="sm" mt="md" style={{ position: 'sticky', bottom: 0, zIndex: 2 }}>
      <Stack gap={6} align="flex-end">
        <div id={summaryId} role="status" aria-live="polite">
          {attention.map((line) => (
            <Text key={line} size="sm" fw={600} c="red.8" ta="right">
              {line}
            </Text>
          ))}
        </div>
        <Group gap="md" justify="flex-end">
          <Text size="xs" c="dimmed">
            {keyboardHint ?? t('keyboardHint')} <Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">Enter</Kbd>{' '}
            {t('saveShortcut')}
          </Text>
          <Button
            ref={buttonRef}
            onClick={onSave}
            disabled={isDisabled}
            loading={isSaving}
            aria-describedby={hasAttention ? summaryId : undefined}
          >
            {label}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
