import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SPARKLINE_ACUTE_COLOUR, SPARKLINE_CHRONIC_COLOUR } from './LoadSparkline';

function Swatch({ colour, label }: { colour: string; label: string }) {
  return (
    <Group gap={4} wrap="nowrap">
      <svg width={14} height={4} aria-hidden>
        <line x1={0} y1={2} x2={14} y2={2} stroke={colour} strokeWidth={2.5} />
      </svg>
      <Text size="xs" c="dimmed" fw={500}>
        {label}
      </Text>
    </Group>
  );
}

/** What the two lines of the row sparklines are. */
export function SparklineLegend() {
  const { t } = useTranslation('today');
  return (
    <Group gap="sm" mt={2}>
      <Swatch colour={SPARKLINE_ACUTE_COLOUR} label={t('legendAcute')} />
      <Swatch colour={SPARKLINE_CHRONIC_COLOUR} label={t('legendChronic')} />
    </Group>
  );
}
