import type { ReactNode } from 'react';
import { Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { ChartRange, EmptyReason } from './series';
import { useChartFormat } from './useChartFormat';
import { EmptyChart } from './EmptyChart';

interface ChartCardProps {
  /** `data-testid="chart-<name>"`. */
  name: string;
  title: string;
  range: ChartRange;
  /** Drawing height of the chart (the empty state keeps it, so the page does not jump). */
  height: number;
  reasonIfEmpty: EmptyReason | null;
  legend?: ReactNode;
  /** Shown between the title and the chart, also when the chart is empty (today's figures). */
  header?: ReactNode;
  /** One line under the chart: what the numbers mean, which defaults are adjustable. */
  note?: ReactNode;
  /** Days drawn and days in the range, when fewer are drawn. */
  sampling?: { points: number; days: number } | null;
  /** Draws the chart at the measured width. */
  children: (width: number) => ReactNode;
}

/** A titled card around one chart: legend, the chart or the reason it is empty, and a note. */
export function ChartCard(props: ChartCardProps) {
  const { name, title, range, height, reasonIfEmpty, legend, header, note, sampling, children } = props;
  const { t } = useTranslation('charts');
  const format = useChartFormat();
  const { ref, width } = useElementSize();
  const label = t('chartLabel', { title, from: format.day(range.startDay), to: format.day(range.endDay) });
  return (
    <Paper withBorder p="md" component="figure" m={0} data-testid={`chart-${name}`} aria-label={label}>
      <Stack gap={6}>
        <Group justify="space-between" align="baseline" gap="xs">
          <Title order={3} size="h5">
            {title}
          </Title>
          {reasonIfEmpty === null && legend ? legend : null}
        </Group>
        {header}
        <Box ref={ref} h={height} pos="relative">
          {reasonIfEmpty !== null ? (
            <EmptyChart reason={reasonIfEmpty} />
          ) : width > 0 ? (
            children(Math.floor(width))
          ) : null}
        </Box>
        {reasonIfEmpty === null && (note || sampling) ? (
          <Text size="xs" c="dimmed" component="figcaption">
            {note}
            {note && sampling ? ' ' : null}
            {sampling ? t('downsampled', { points: sampling.points, days: sampling.days }) : null}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
