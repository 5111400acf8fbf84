import { useId } from 'react';
import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EnterDirection } from './grid-navigation';

interface EnterDirectionControlProps {
  value: EnterDirection;
  onChange: (direction: string) => void;
}

/** Column-wise entry (Enter moves down) or row-wise entry (Enter moves to the next cell of the row). */
export function EnterDirectionControl({ value, onChange }: EnterDirectionControlProps) {
  const { t } = useTranslation('log');
  const labelId = useId();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={labelId}>
        {t('enterDirectionLabel')}
      </Text>
      <SegmentedControl
        aria-labelledby={labelId}
        value={value}
        onChange={onChange}
        data={[
          { value: 'down', label: t('enterDown') },
          { value: 'across', label: t('enterAcross') },
        ]}
      />
    </Stack>
  );
}
