import { useMemo } from 'react';
import { CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import {
  fitnessAxis,
  type ChartRange,
  type FitnessPoint,
  type FitnessProjection,
  type FitnessSeries,
  type ProjectedFitnessPoint,
} from './series';
import { AXIS_LABEL_STYLE, COLOURS, TICK_STYLE, Y_AXIS_WIDTH, chartMargin } from './chart-style';
import { ChartCard } from './ChartCard';
import { ChartLegend } from './ChartLegend';
import { ChartTooltipBox } from './ChartTooltipBox';
import { dayAxisProps } from './day-axis';
import { useChartFormat } from './useChartFormat';
import { PROJECTION_DASH, TODAY_LABEL_STYLE, TODAY_LINE } from './projection-style';

const HEIGHT = 200;

interface FitnessChartProps {
  series: FitnessSeries;
  range: ChartRange;
  /** The plan's projection after today (dashed); null or absent without a plan. */
  projection?: FitnessProjection | null;
}

/**
 * Fitness (CTL), fatigue (ATL) and form (TSB) of the Performance Management Chart (Banister 1975);
 * with a projection, the same lines continue dashed after today.
 */
export function FitnessChart({ series, range, projection = null }: FitnessChartProps) {
  const { t } = useTranslation('charts');
  const format = useChartFormat();
  const { points } = series;
  const byDay = useMemo(() => new Map(points.map((point) => [point.day, point])), [points]);
  const projected = useMemo(
    () => new Map((projection?.points ?? []).map((point) => [point.day, point])),
    [projection],
  );
  const data = useMemo<(FitnessPoint | ProjectedFitnessPoint)[]>(
    () => (projection ? [...points, ...projection.points] : points),
    [points, projection],
  );
  const scale = useMemo(() => fitnessAxis(points, projection?.points), [points, projection]);
  const lines = [
    { key: 'ctlAu', projectedKey: 'projectedCtlAu', label: t('ctlLegend'), colour: COLOURS.ctl, width: 2.5 },
    { key: 'atlAu', projectedKey: 'projectedAtlAu', label: t('atlLegend'), colour: COLOURS.atl, width: 1.5 },
    { key: 'tsbAu', projectedKey: 'projectedTsbAu', label: t('tsbLegend'), colour: COLOURS.tsb, width: 1.5 },
  ] as const;
  const legend = [
    ...lines.map((line) => ({ label: line.label, colour: line.colour, mark: 'line' }) as const),
    ...(projection ? [{ label: t('projectedLegend'), colour: COLOURS.axis, mark: 'dashed' } as const] : []),
  ];
  return (
    <ChartCard
      name="fitness"
      title={t('fitnessTitle')}
      range={range}
      height={HEIGHT}
      reasonIfEmpty={series.reasonIfEmpty}
      legend={<ChartLegend entries={legend} />}
      note={projection ? `${t('fitnessNote')} ${t('projectedNote')}` : t('fitnessNote')}
      sampling={series.isDownsampled ? { points: points.length, days: series.dayCount } : null}
    >
      {(width) => (
        <ComposedChart width={width} height={HEIGHT} data={data} margin={chartMargin(false)}>
          <CartesianGrid vertical={false} stroke={COLOURS.grid} />
          <XAxis {...dayAxisProps(range, width, format.tick)} />
          <YAxis
            width={Y_AXIS_WIDTH}
            domain={scale.domain}
            ticks={scale.ticks}
            allowDataOverflow
            tick={TICK_STYLE}
            tickFormatter={(value: number) => format.number(value)}
            label={{ value: t('fitnessAxis'), angle: -90, position: 'insideLeft', style: AXIS_LABEL_STYLE }}
          />
          <ReferenceLine y={0} stroke={COLOURS.axis} strokeWidth={1} />
          {projection ? (
            <ReferenceLine
              x={projection.todayDay}
              {...TODAY_LINE}
              label={{ value: t('todayLine'), position: 'insideTopRight', style: TODAY_LABEL_STYLE }}
            />
          ) : null}
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
          {projection
            ? lines.map((line) => (
                <Line
                  key={line.projectedKey}
                  dataKey={line.projectedKey}
                  stroke={line.colour}
                  strokeWidth={line.width}
                  {...PROJECTION_DASH}
                />
              ))
            : null}
          <Tooltip
            isAnimationActive={false}
            content={({ active, label }) => {
              if (!active || typeof label !== 'number') return null;
              const point = byDay.get(label);
              if (point) {
                const rows = lines.map((line) => ({
                  label: line.label,
                  value: `${format.number(point[line.key])} AU`,
                  colour: line.colour,
                }));
                return <ChartTooltipBox title={format.day(point.day)} rows={rows} />;
              }
              const planned = projected.get(label);
              if (!planned) return null;
              const rows = lines.map((line) => ({
                label: line.label,
                value: `${format.number(planned[line.projectedKey])} AU`,
                colour: line.colour,
              }));
              return (
                <ChartTooltipBox title={`${format.day(planned.day)} · ${t('projectedLegend')}`} rows={rows} />
              );
            }}
          />
        </ComposedChart>
      )}
    </ChartCard>
  );
}
