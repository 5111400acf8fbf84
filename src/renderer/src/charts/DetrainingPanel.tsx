import { useMemo } from 'react';
import { Badge, Group, Text } from '@mantine/core';
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslation } from 'react-i18next';
import type { StimulusRecency } from '@shared/metrics';
import type { ChartRange, DetrainingSeries } from './series';
import { AXIS_LABEL_STYLE, COLOURS, TICK_STYLE, Y_AXIS_WIDTH, chartMargin } from './chart-style';
import { ChartCard } from './ChartCard';
import { ChartLegend } from './ChartLegend';
import { ChartTooltipBox } from './ChartTooltipBox';
import { dayAxisProps } from './day-axis';
import { useChartFormat } from './useChartFormat';

const HEIGHT = 170;

interface DetrainingPanelProps {
  series: DetrainingSeries;
  range: ChartRange;
  /** Today's days since strength and endurance (the engine's summary). */
  recency: StimulusRecency;
}

function RecencyFact({ label, days, isFlagged }: { label: string; days: number | null; isFlagged: boolean }) {
  const { t } = useTranslation('charts');
  const text = days === null ? t('never') : days === 0 ? t('today') : t('daysAgo', { count: days });
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" fw={600}>
        {label}:
      </Text>
      <Text size="sm">{text}</Text>
      {isFlagged ? (
        <Badge color="red" variant="light" size="sm">
          {t('detrainingFlag')}
        </Badge>
      ) : null}
    </Group>
  );
}

/** Days since the last strength and endurance stimulus, today and over the range, with the flag. */
export function DetrainingPanel({ series, range, recency }: DetrainingPanelProps) {
  const { t } = useTranslation('charts');
  const format = useChartFormat();
  const { points, flagDays } = series;
  const byDay = useMemo(() => new Map(points.map((point) => [point.day, point])), [points]);
  const lines = [
    { key: 'daysSinceStrength', label: t('strengthLegend'), colour: COLOURS.strength },
    { key: 'daysSinceEndurance', label: t('enduranceLegend'), colour: COLOURS.endurance },
  ] as const;
  // Whole weeks on the axis: the flag (14 days by default) sits on a tick.
  const maxDays = Math.ceil(series.maxDays / 7) * 7;
  const step = maxDays > 56 ? 28 : maxDays > 28 ? 14 : 7;
  const ticks = Array.from({ length: Math.floor(maxDays / step) + 1 }, (_, index) => index * step);
  const legend = [
    ...lines.map((line) => ({ label: line.label, colour: line.colour, mark: 'line' as const })),
    { label: t('flagLegend', { days: flagDays }), colour: COLOURS.flag, mark: 'dashed' as const },
  ];
  return (
    <ChartCard
      name="detraining"
      title={t('detrainingTitle')}
      range={range}
      height={HEIGHT}
      reasonIfEmpty={series.reasonIfEmpty}
      legend={<ChartLegend entries={legend} />}
      header={
        <Group gap="xl">
          <RecencyFact
            label={t('lastStrength')}
            days={recency.daysSinceStrength}
            isFlagged={recency.isStrengthDetraining}
          />
          <RecencyFact
            label={t('lastEndurance')}
            days={recency.daysSinceEndurance}
            isFlagged={recency.isEnduranceDetraining}
          />
        </Group>
      }
      note={t('detrainingNote')}
      sampling={series.isDownsampled ? { points: points.length, days: series.dayCount } : null}
    >
      {(width) => (
        <ComposedChart width={width} height={HEIGHT} data={points} margin={chartMargin(false)}>
          <CartesianGrid vertical={false} stroke={COLOURS.grid} />
          <XAxis {...dayAxisProps(range, width, format.tick)} />
          <YAxis
            width={Y_AXIS_WIDTH}
            domain={[0, maxDays]}
            ticks={ticks}
            tick={TICK_STYLE}
            label={{ value: t('daysAxis'), angle: -90, position: 'insideLeft', style: AXIS_LABEL_STYLE }}
          />
          <ReferenceArea y1={flagDays} y2={maxDays} fill={COLOURS.bandRed} fillOpacity={0.6} />
          <ReferenceLine y={flagDays} stroke={COLOURS.flag} strokeDasharray="5 3" />
          {lines.map((line) => (
            <Line
              key={line.key}
              dataKey={line.key}
              stroke={line.colour}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          ))}
          <Tooltip
            isAnimationActive={false}
            content={({ active, label }) => {
              const point = active && typeof label === 'number' ? byDay.get(label) : undefined;
              if (!point) return null;
              const rows = lines.map((line) => ({
                label: line.label,
                value: format.number(point[line.key]),
                colour: line.colour,
              }));
              return <ChartTooltipBox title={format.day(point.day)} rows={rows} />;
            }}
          />
        </ComposedChart>
      )}
    </ChartCard>
  );
}
