import type { ReactNode } from 'react';
import { Group, Loader, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface GridPanelProps {
  /** The squad's athletes; undefined while they load. */
  athleteCount: number | undefined;
  /** One line above the grid, e.g. "12 present, 0 absent". */
  countText: string;
  children: ReactNode;
}

/** The frame every log grid sits in: loading, an empty squad, or the grid with its count line. */
export function GridPanel({ athleteCount, countText, children }: GridPanelProps) {
  const { t } = useTranslation('log');
  if (athleteCount === undefined) return <Loader size="sm" aria-label={t('common:loading')} />;
  if (athleteCount === 0) return <Text c="dimmed">{t('emptySquad')}</Text>;
  return (
    <Paper withBorder p="md">
      <Group justify="flex-end" mb={4}>
        <Text size="sm" c="dimmed">
          {countText}
        </Text>
      </Group>
      {children}
    </Paper>
  );
}
