import { ColorSwatch, Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BLOCK_FOCUSES, type BlockFocus } from '@shared/model';
import { BLOCK_FOCUS_COLOURS } from './block-focus-colours';
import { focusLabel } from './timeline-format';

function isBlockFocus(value: string | null): value is BlockFocus {
  return BLOCK_FOCUSES.some((focus) => focus === value);
}

/** The block focus, each option with its timeline colour. */
export function FocusSelect({
  value,
  onChange,
}: {
  value: BlockFocus;
  onChange: (focus: BlockFocus) => void;
}) {
  const { t } = useTranslation('planTimeline');
  return (
    <Select
      label={t('focus')}
      data={BLOCK_FOCUSES.map((focus) => ({ value: focus, label: focusLabel(t, focus) }))}
      value={value}
      onChange={(next) => {
        if (isBlockFocus(next)) onChange(next);
      }}
      allowDeselect={false}
      leftSection={<ColorSwatch color={BLOCK_FOCUS_COLOURS[value]} size={12} withShadow={false} />}
      renderOption={({ option }) => (
        <Group gap="xs" wrap="nowrap">
          {isBlockFocus(option.value) ? (
            <ColorSwatch color={BLOCK_FOCUS_COLOURS[option.value]} size={12} withShadow={false} />
          ) : null}
          {option.label}
        </Group>
      )}
      w={200}
    />
  );
}
