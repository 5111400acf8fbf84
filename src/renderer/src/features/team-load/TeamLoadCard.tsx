import type { ReactNode } from 'react';
import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';

interface TeamLoadCardProps {
  /** `data-testid="chart-<name>"`. */
  name: string;
  title: string;
  /** The figure's accessible name: what it shows and over which weeks. */
  label: string;
  /** Drawing height (an empty card keeps it, so the page does not jump). */
  height: number;
  /** Why there is nothing to draw; null when there is. */
  emptyMessage: ReactNode;
  legend?: ReactNode;
  /** Lines under the chart: what the numbers are and which limits are adjustable. */
  notes?: readonly ReactNode[];
  /** Draws the chart at the measured width. */
  children: (width: number) => ReactNode;
}

/** A titled figure around one Team load chart: legend, the chart or why it is empty, and notes. */
export function TeamLoadCard({
  name,
  title,
  label,
  height,
  emptyMessage,
  legend,
  notes,
  children,
}: TeamLoadCardProps) {
  const { ref, width } = useElementSize();
  const isEmpty = emptyMessage !== null && emptyMessage !== undefined;
  return (
    <Paper withBorder p="md" component="figure" m={0} data-testid={`chart-${name}`} aria-label={label}>
      <Stack gap={6}>
        <Group justify="space-between" align="baseline" gap="xs">
          <Title order={3} size="h5">
            {title}
          </Title>
          {isEmpty ? null : legend}
        </Group>
        <Box ref={ref} h={height} pos="relative">
          {isEmpty ? (
            <Center h="100%" bg="gray.0" px="md" style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
              <Text size="sm" ta="center" c="gray.7" maw={520}>
                {emptyMessage}
              </Text>
            </Center>
          ) : width > 0 ? (
            children(Math.floor(width))
          ) : null}
        </Box>
        {notes && notes.length > 0 ? (
          <Stack gap={2} component="figcaption">
            {notes.map((note, index) => (
              <Text key={index} size="xs" c="dimmed">
                {note}
              </Text>
            ))}
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}
