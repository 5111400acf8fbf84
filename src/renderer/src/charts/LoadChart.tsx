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
import { STIMULI } from '@shared/model';
import type { ChartRange, LoadPoint, LoadSeries } from './series';
import { AXIS_LABEL_STYLE, COLOURS, TICK_STYLE, Y_AXIS_WIDTH, chartMargin, niceCeiling } from './chart-style';
import { STIMULUS_COLOURS } from './stimulus-colours';
import { ChartCard } from './ChartCard';
import { ChartLegend, type LegendEntry } from './ChartLegend';
import { ChartTooltipBox, type TooltipRow } from './ChartTooltipBox';
import { StackedDayBars } from './chart-shapes';
import { dayAxisProps } from './day-axis';
import { useChartFormat, type ChartFormat } from './useChartFormat';

const LOAD_HEIGHT = 200;
const RATIO_HEIGHT = 110;
const BAR_COLOURS = STIMULI.map((stimulus) => STIMULUS_COLOURS[stimulus]);
/** Early in a history the ratio can be several times 1; the axis stops here and the line is clipped. */
const RATIO_AXIS_CAP = 3;
/** Hovering one panel shows the day in the other. */
const SYNC_ID = 'athlete-load';

function useTooltipRows(): (point: LoadPoint, format: ChartFormat) => TooltipRow[] {
  const { t } = useTranslation('charts');
  return (point, format) => [
    {
      label: t('dailyLoad'),
      value: `${format.number(point.totalAu)} AU (${t('sessions', { count: point.sessionCount })})`,
    },
    ...STIMULI.flatMap((stimulus, index) => {
      const loadAu = point.stimulusAu[index] ?? 0;
      return loadAu > 0
        ? [
            {
              label: t(`common:stimulus_${stimulus}`),
              value: `${format.number(loadAu)} AU`,
              colour: STIMULUS_COLOURS[stimulus],
            },
          ]
        : [];
    }),
    { label: t('acuteLegend'), value: `${format.number(point.acuteAu)} AU`, colour: COLOURS.acute },
    { label: t('chronicLegend'), value: `${format.number(point.chronicAu)} AU`, colour: COLOURS.chronic },
    { label: t('ratioLegend'), value: format.number(point.ratio, 2), colour: COLOURS.ratio },
  ];
}

/**
 * Daily load bars coloured by stimulus with EWMA acute and chronic load, and under them the EWMA
 * ratio on its own axis over the settings' bands (SCIENCE.md: always show acute and chronic beside
 * the ratio, and say which variant it is).
 */
export function LoadChart({ series, range }: { series: LoadSeries; range: ChartRange }) {
  const { t } = useTranslation('charts');
  const format = useChartFormat();
  const tooltipRows = useTooltipRows();
  const { points, bands } = series;
  const byDay = useMemo(() => new Map(points.map((point) => [point.day, point])), [points]);
  const days = useMemo(() => points.map((point) => ({ day: point.day, values: point.stimulusAu })), [points]);
  const loadMax = niceCeiling(series.maxLoadAu * 1.05);
  const ratioMax = Math.min(RATIO_AXIS_CAP, Math.max(2, Math.ceil((series.maxRatio ?? 0) * 2) / 2));
  const legend: LegendEntry[] = [
    ...STIMULI.filter((_, index) => points.some((point) => (point.stimulusAu[index] ?? 0) > 0)).map(
      (stimulus): LegendEntry => ({
        label: t(`common:stimulus_${stimulus}`),
        colour: STIMULUS_COLOURS[stimulus],
        mark: 'block',
      }),
    ),
    { label: t('acuteLegend'), colour: COLOURS.acute, mark: 'line' },
    { label: t('chronicLegend'), colour: COLOURS.chronic, mark: 'line' },
    { label: t('ratioLegend'), colour: COLOURS.ratio, mark: 'line' },
  ];
  const note = t('ratioBands', {
    low: format.number(bands.low, 2),
    high: format.number(bands.high, 2),
    danger: format.number(bands.danger, 2),
  });
  const yAxis = { width: Y_AXIS_WIDTH, allowDataOverflow: true, tick: TICK_STYLE } as const;
  return (
    <ChartCard
      name="load"
      title={t('loadTitle')}
      range={range}
      height={LOAD_HEIGHT + RATIO_HEIGHT}
      reasonIfEmpty={series.reasonIfEmpty}
      legend={<ChartLegend entries={legend} />}
      note={note}
      sampling={series.isDownsampled ? { points: points.length, days: series.dayCount } : null}
    >
      {(width) => (
        <>
          <ComposedChart
            width={width}
            height={LOAD_HEIGHT}
            data={points}
            margin={chartMargin(false)}
            syncId={SYNC_ID}
            syncMethod="value"
          >
            <CartesianGrid vertical={false} stroke={COLOURS.grid} />
            <XAxis {...dayAxisProps(range, width, format.tick, { hide: true })} />
            <YAxis
              {...yAxis}
              domain={[0, loadMax]}
              tickFormatter={(value: number) => format.number(value)}
              label={{ value: t('loadAxis'), angle: -90, position: 'insideLeft', style: AXIS_LABEL_STYLE }}
            />
            <StackedDayBars days={days} colours={BAR_COLOURS} />
            <Line
              dataKey="chronicAu"
              stroke={COLOURS.chronic}
              strokeWidth={2.5}
              dot={false}
              isAnimationActive={false}
            />
            <Line
              dataKey="acuteAu"
              stroke={COLOURS.acute}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
            <Tooltip
              isAnimationActive={false}
              content={({ active, label }) => {
                const point = active && typeof label === 'number' ? byDay.get(label) : undefined;
                return point ? (
                  <ChartTooltipBox title={format.day(point.day)} rows={tooltipRows(point, format)} />
                ) : null;
              }}
            />
          </ComposedChart>
          <ComposedChart
            width={width}
            height={RATIO_HEIGHT}
            data={points}
            margin={chartMargin(false)}
            syncId={SYNC_ID}
            syncMethod="value"
          >
            <XAxis {...dayAxisProps(range, width, format.tick)} />
            <YAxis
              {...yAxis}
              domain={[0, ratioMax]}
              ticks={[0, bands.low, bands.high, bands.danger]}
              tickFormatter={(value: number) => format.number(value, 1)}
              label={{ value: t('ratioAxis'), angle: -90, position: 'insideLeft', style: AXIS_LABEL_STYLE }}
            />
            <ReferenceArea
              y1={bands.low}
              y2={bands.high}
              fill={COLOURS.bandGood}
              fillOpacity={0.8}
              ifOverflow="hidden"
            />
            <ReferenceArea
              y1={bands.high}
              y2={bands.danger}
              fill={COLOURS.bandAmber}
              fillOpacity={0.8}
              ifOverflow="hidden"
            />
            <ReferenceArea
              y1={bands.danger}
              y2={ratioMax}
              fill={COLOURS.bandRed}
              fillOpacity={0.8}
              ifOverflow="hidden"
            />
            <ReferenceLine y={1} stroke={COLOURS.grid} />
            <Line
              dataKey="ratio"
              stroke={COLOURS.ratio}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
            <Tooltip isAnimationActive={false} content={() => null} />
          </ComposedChart>
        </>
      )}
    </ChartCard>
  );
}
