import { ColorSwatch, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BLOCK_FOCUSES } from '@shared/model';
import { BLOCK_FOCUS_COLOURS } from './block-focus-colours';
import { focusLabel } from './timeline-format';

/** The block colours with their focus words. */
export function FocusLegend() {
  const { t } = useTranslation('planTimeline');
  return (
    <Group gap="md" aria-label={t('legendLabel')} role="list">
      {BLOCK_FOCUSES.map((focus) => (
        <Group key={focus} gap={6} role="listitem" wrap="nowrap">
          <ColorSwatch color={BLOCK_FOCUS_COLOURS[focus]} size={12} withShadow={false} aria-hidden />
          <Text fz="xs" c="dimmed">
            {focusLabel(t, focus)}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
