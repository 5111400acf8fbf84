import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface UndoOfferProps {
  text: string;
  onUndo: () => void;
}

/** The body of the notification after a bulk change: what it was, and its Undo button. */
export function UndoOffer({ text, onUndo }: UndoOfferProps) {
  const { t } = useTranslation('history');
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm" data-testid="undo-offer">
      <Text size="sm">{text}</Text>
      <Button size="xs" variant="light" onClick={onUndo} style={{ flexShrink: 0 }}>
        {t('undoButton')}
      </Button>
    </Group>
  );
}
