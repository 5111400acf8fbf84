import { useMemo } from 'react';
import { CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { ChartRange, FitnessSeries } from './series';
import { AXIS_LABEL_STYLE, COLOURS, TICK_STYLE, Y_AXIS_WIDTH, chartMargin } from './chart-style';
import { ChartCard } from './ChartCard';
import { ChartLegend } from './ChartLegend';
import { ChartTooltipBox } from './ChartTooltipBox';
import { dayAxisProps } from './day-axis';
import { useChartFormat } from './useChartFormat';

const HEIGHT = 200;

/** Fitness (CTL), fatigue (ATL) and form (TSB) of the Performance Management Chart (Banister 1975). */
export function FitnessChart({ series, range }: { series: FitnessSeries; range: ChartRange }) {
  const { t } = useTranslation('charts');
  const format = useChartFormat();
  const { points } = series;
  const byDay = useMemo(() => new Map(points.map((point) => [point.day, point])), [points]);
  const lines = [
    { key: 'ctlAu', label: t('ctlLegend'), colour: COLOURS.ctl, width: 2.5 },
    { key: 'atlAu', label: t('atlLegend'), colour: COLOURS.atl, width: 1.5 },
    { key: 'tsbAu', label: t('tsbLegend'), colour: COLOURS.tsb, width: 1.5 },
  ] as const;
  return (
    <ChartCard
      name="fitness"
      title={t('fitnessTitle')}
      range={range}
      height={HEIGHT}
      reasonIfEmpty={series.reasonIfEmpty}
      legend={
        <ChartLegend
          entries={lines.map((line) => ({ label: line.label, colour: line.colour, mark: 'line' }))}
        />
      }
      note={t('fitnessNote')}
      sampling={series.isDownsampled ? { points: points.length, days: series.dayCount } : null}
    >
      {(width) => (
        <ComposedChart width={width} height={HEIGHT} data={points} margin={chartMargin(false)}>
          <CartesianGrid vertical={false} stroke={COLOURS.grid} />
          <XAxis {...dayAxisProps(range, width, format.tick)} />
          <YAxis
            width={Y_AXIS_WIDTH}
            tick={TICK_STYLE}
            tickFormatter={(value: number) => format.number(value)}
            label={{ value: t('fitnessAxis'), angle: -90, position: 'insideLeft', style: AXIS_LABEL_STYLE }}
          />
          <ReferenceLine y={0} stroke={COLOURS.axis} strokeWidth={1} />
          {lines.map((line) => (
            <Line
              key={line.key}
              dataKey={line.key}
              stroke={line.colour}
              strokeWidth={line.width}
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
                value: `${format.number(point[line.key])} AU`,
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
