import { useMemo } from 'react';
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
import { WELLNESS_ITEMS } from '@shared/model';
import type { ChartRange, WellnessPoint, WellnessSeries } from './series';
import {
  AXIS_LABEL_STYLE,
  COLOURS,
  ITEM_COLOURS,
  TICK_STYLE,
  Y_AXIS_WIDTH,
  chartMargin,
} from './chart-style';
import { ChartCard } from './ChartCard';
import { ChartLegend, type LegendEntry } from './ChartLegend';
import { ChartTooltipBox, type TooltipRow } from './ChartTooltipBox';
import { DotPath } from './chart-shapes';
import { dayAxisProps } from './day-axis';
import { useChartFormat } from './useChartFormat';

const HEIGHT = 220;
const BAND_COLOUR = '#c3fae8';

/**
 * Composite wellness z (SCIENCE.md: judged against the athlete's own 28-day baseline) with each
 * item's z as thin lines, the baseline band (mean ± 1 SD = z −1 … +1) and the red flag.
 */
export function WellnessChart({ series, range }: { series: WellnessSeries; range: ChartRange }) {
  const { t } = useTranslation('charts');
  const format = useChartFormat();
  const { points } = series;
  const byDay = useMemo(() => new Map(points.map((point) => [point.day, point])), [points]);
  const dots = useMemo(() => points.map((point) => ({ day: point.day, value: point.compositeZ })), [points]);
  const legend: LegendEntry[] = [
    { label: t('compositeLegend'), colour: COLOURS.composite, mark: 'line' },
    ...WELLNESS_ITEMS.map((item): LegendEntry => ({
      label: t(`item_${item}`),
      colour: ITEM_COLOURS[item],
      mark: 'line',
    })),
    { label: t('baselineBand'), colour: BAND_COLOUR, mark: 'band' },
    {
      label: t('redFlagLegend', { value: format.number(series.zRed, 1) }),
      colour: COLOURS.flag,
      mark: 'dashed',
    },
  ];
  const rowsFor = (point: WellnessPoint): TooltipRow[] => [
    { label: t('compositeLegend'), value: format.number(point.compositeZ, 2), colour: COLOURS.composite },
    {
      label: t('compositeRaw'),
      value: t('compositeScore', {
        score: format.number(point.composite),
        mean: format.number(point.baselineMean, 1),
        sd: format.number(point.baselineSd, 1),
      }),
    },
    ...WELLNESS_ITEMS.map((item) => ({
      label: t(`item_${item}`),
      value: `${format.number(point.items[item].score)} (z ${format.number(point.items[item].z, 2)})`,
      colour: ITEM_COLOURS[item],
    })),
  ];
  return (
    <ChartCard
      name="wellness"
      title={t('wellnessTitle')}
      range={range}
      height={HEIGHT}
      reasonIfEmpty={series.reasonIfEmpty}
      legend={<ChartLegend entries={legend} />}
      note={t('wellnessNote', { amber: format.number(series.zAmber, 1), red: format.number(series.zRed, 1) })}
      sampling={series.isDownsampled ? { points: points.length, days: series.dayCount } : null}
    >
      {(width) => (
        <ComposedChart width={width} height={HEIGHT} data={points} margin={chartMargin(false)}>
          <CartesianGrid vertical={false} stroke={COLOURS.grid} />
          <XAxis {...dayAxisProps(range, width, format.tick)} />
          <YAxis
            yAxisId="z"
            width={Y_AXIS_WIDTH}
            domain={series.zDomain}
            allowDataOverflow
            tick={TICK_STYLE}
            tickFormatter={(value: number) => format.number(value, 1)}
            label={{ value: t('wellnessAxis'), angle: -90, position: 'insideLeft', style: AXIS_LABEL_STYLE }}
          />
          <ReferenceArea
            yAxisId="z"
            y1={series.band.low}
            y2={series.band.high}
            fill={BAND_COLOUR}
            fillOpacity={0.6}
          />
          <ReferenceLine yAxisId="z" y={series.zRed} stroke={COLOURS.flag} strokeDasharray="5 3" />
          {WELLNESS_ITEMS.map((item) => (
            <Line
              key={item}
              yAxisId="z"
              dataKey={(point: WellnessPoint) => point.items[item].z}
              stroke={ITEM_COLOURS[item]}
              strokeWidth={1}
              strokeOpacity={0.55}
              dot={false}
              connectNulls
              isAnimationActive={false}
            />
          ))}
          <Line
            yAxisId="z"
            dataKey="compositeZ"
            stroke={COLOURS.composite}
            strokeWidth={2.5}
            dot={false}
            connectNulls
            isAnimationActive={false}
          />
          <DotPath points={dots} yAxisId="z" colour={COLOURS.composite} size={points.length > 120 ? 3 : 5} />
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
