import { useMemo } from 'react';
import { Area, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { ChartRange, HrvPoint, HrvSeries } from './series';
import { AXIS_LABEL_STYLE, COLOURS, TICK_STYLE, Y_AXIS_WIDTH, chartMargin } from './chart-style';
import { ChartCard } from './ChartCard';
import { ChartLegend, type LegendEntry } from './ChartLegend';
import { ChartTooltipBox, type TooltipRow } from './ChartTooltipBox';
import { DotPath } from './chart-shapes';
import { dayAxisProps } from './day-axis';
import { useChartFormat } from './useChartFormat';

const HEIGHT = 220;
const RANGE_COLOUR = '#d0ebff';

/**
 * Morning ln RMSSD as daily points, its 7-day mean and normal range (SCIENCE.md; Plews et al. 2012,
 * 2014), with resting heart rate on its own axis where it was measured.
 */
export function HrvChart({ series, range }: { series: HrvSeries; range: ChartRange }) {
  const { t } = useTranslation('charts');
  const format = useChartFormat();
  const { points, hasHrv, hasRestingHr } = series;
  const byDay = useMemo(() => new Map(points.map((point) => [point.day, point])), [points]);
  const dots = useMemo(() => points.map((point) => ({ day: point.day, value: point.lnRmssd })), [points]);
  const hrvLegend: LegendEntry[] = [
    { label: t('hrvReading'), colour: COLOURS.hrv, mark: 'dot' },
    { label: t('hrvMean7'), colour: COLOURS.hrvMean, mark: 'line' },
    { label: t('normalRange'), colour: RANGE_COLOUR, mark: 'band' },
  ];
  const heartLegend: LegendEntry[] = [{ label: t('restingHr'), colour: COLOURS.restingHr, mark: 'line' }];
  const legend = [...(hasHrv ? hrvLegend : []), ...(hasRestingHr ? heartLegend : [])];
  const rowsFor = (point: HrvPoint): TooltipRow[] => [
    ...(hasHrv
      ? [
          { label: t('hrvReading'), value: `${format.number(point.lnRmssd, 2)} ln ms`, colour: COLOURS.hrv },
          {
            label: t('hrvMean7'),
            value: `${format.number(point.lnRmssdMean7, 2)} ln ms`,
            colour: COLOURS.hrvMean,
          },
          {
            label: t('normalRange'),
            value: point.normalRange
              ? `${format.number(point.normalRange[0], 2)} – ${format.number(point.normalRange[1], 2)}`
              : format.number(null),
            colour: RANGE_COLOUR,
          },
        ]
      : []),
    ...(hasRestingHr
      ? [
          {
            label: t('restingHr'),
            value: `${format.number(point.restingHrBpm)} bpm`,
            colour: COLOURS.restingHr,
          },
        ]
      : []),
  ];
  // Resting HR gets the right axis beside HRV, or the left one when it is alone.
  const heartAxis = hasHrv ? 'right' : 'left';
  return (
    <ChartCard
      name="hrv"
      title={t('hrvTitle')}
      range={range}
      height={HEIGHT}
      reasonIfEmpty={series.reasonIfEmpty}
      legend={<ChartLegend entries={legend} />}
      note={hasHrv ? t('hrvNote') : null}
      sampling={series.isDownsampled ? { points: points.length, days: series.dayCount } : null}
    >
      {(width) => (
        <ComposedChart
          width={width}
          height={HEIGHT}
          data={points}
          margin={chartMargin(hasHrv && hasRestingHr)}
        >
          <CartesianGrid vertical={false} stroke={COLOURS.grid} yAxisId={hasHrv ? 'ln' : 'bpm'} />
          <XAxis {...dayAxisProps(range, width, format.tick)} />
          {hasHrv ? (
            <YAxis
              yAxisId="ln"
              width={Y_AXIS_WIDTH}
              domain={series.lnDomain ?? [0, 1]}
              allowDataOverflow
              tick={TICK_STYLE}
              tickFormatter={(value: number) => format.number(value, 1)}
              label={{ value: t('lnAxis'), angle: -90, position: 'insideLeft', style: AXIS_LABEL_STYLE }}
            />
          ) : null}
          {hasRestingHr ? (
            <YAxis
              yAxisId="bpm"
              orientation={heartAxis}
              width={Y_AXIS_WIDTH}
              domain={series.restingHrDomain ?? [40, 80]}
              allowDataOverflow
              tick={TICK_STYLE}
              tickFormatter={(value: number) => format.number(value)}
              label={{
                value: t('bpmAxis'),
                angle: hasHrv ? 90 : -90,
                position: hasHrv ? 'insideRight' : 'insideLeft',
                style: AXIS_LABEL_STYLE,
              }}
            />
          ) : null}
          {hasHrv ? (
            <Area
              yAxisId="ln"
              dataKey="normalRange"
              stroke="none"
              fill={RANGE_COLOUR}
              fillOpacity={0.8}
              isAnimationActive={false}
              activeDot={false}
            />
          ) : null}
          {hasRestingHr ? (
            <Line
              yAxisId="bpm"
              dataKey="restingHrBpm"
              stroke={COLOURS.restingHr}
              strokeWidth={1.25}
              strokeOpacity={0.8}
              dot={false}
              connectNulls
              isAnimationActive={false}
            />
          ) : null}
          {hasHrv ? (
            <DotPath points={dots} yAxisId="ln" colour={COLOURS.hrv} size={points.length > 120 ? 3 : 5} />
          ) : null}
          {hasHrv ? (
            <Line
              yAxisId="ln"
              dataKey="lnRmssdMean7"
              stroke={COLOURS.hrvMean}
              strokeWidth={2.5}
              dot={false}
              isAnimationActive={false}
            />
          ) : null}
          <Tooltip
            isAnimationActive={false}
            content={({ active, label }) => {
              const point = active && typeof label === 'number' ? byDay.get(label) : undefined;
              return point ? <ChartTooltipBox title={format.day(point.day)} rows={rowsFor(point)} /> : null;
            }}
          />
        </ComposedChart>
      )}
    </ChartCard>
  );
}
