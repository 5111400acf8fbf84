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
import {
  loadAxis,
  type ChartRange,
  type LoadPoint,
  type LoadProjection,
  type LoadSeries,
  type ProjectedLoadPoint,
} from './series';
import { AXIS_LABEL_STYLE, COLOURS, TICK_STYLE, Y_AXIS_WIDTH, chartMargin } from './chart-style';
import { STIMULUS_COLOURS } from './stimulus-colours';
import { ChartCard } from './ChartCard';
import { ChartLegend, type LegendEntry } from './ChartLegend';
import { ChartTooltipBox, type TooltipRow } from './ChartTooltipBox';
import { StackedDayBars } from './chart-shapes';
import { dayAxisProps } from './day-axis';
import { useChartFormat, type ChartFormat } from './useChartFormat';
import { PROJECTION_DASH, TODAY_LABEL_STYLE, TODAY_LINE } from './projection-style';
import { useProjectedLoadTooltipRows } from './useProjectedLoadTooltipRows';

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

interface LoadChartProps {
  series: LoadSeries;
  range: ChartRange;
  /** The plan's projection after today (dashed lines, hatched bars); null or absent without a plan. */
  projection?: LoadProjection | null;
}

/**
 * Daily load bars coloured by stimulus with EWMA acute and chronic load, and under them the EWMA
 * ratio on its own axis over the settings' bands (SCIENCE.md: always show acute and chronic beside
 * the ratio, and say which variant it is). With a projection, the same lines continue dashed after
 * today over the planned load.
 */
export function LoadChart({ series, range, projection = null }: LoadChartProps) {
  const { t } = useTranslation('charts');
  const format = useChartFormat();
  const tooltipRows = useTooltipRows();
  const projectedRows = useProjectedLoadTooltipRows();
  const { points, bands } = series;
  const byDay = useMemo(() => new Map(points.map((point) => [point.day, point])), [points]);
  const projected = useMemo(
    () => new Map((projection?.points ?? []).map((point) => [point.day, point])),
    [projection],
  );
  const data = useMemo<(LoadPoint | ProjectedLoadPoint)[]>(
    () => (projection ? [...points, ...projection.points] : points),
    [points, projection],
  );
  const days = useMemo(() => points.map((point) => ({ day: point.day, values: point.stimulusAu })), [points]);
  const plannedDays = useMemo(
    () =>
      (projection?.points ?? [])
        .filter((point) => point.plannedAu > 0)
        .map((point) => ({ day: point.day, values: point.plannedStimulusAu })),
    [projection],
  );
  const loadScale = loadAxis(Math.max(series.maxLoadAu, projection?.maxLoadAu ?? 0));
  const maxRatio = Math.max(series.maxRatio ?? 0, projection?.maxRatio ?? 0);
  const ratioMax = Math.min(RATIO_AXIS_CAP, Math.max(2, Math.ceil(maxRatio * 2) / 2));
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
    ...(projection
      ? [
          ...(plannedDays.length > 0
            ? [{ label: t('plannedLoadLegend'), colour: COLOURS.axis, mark: 'hatched' } as const]
            : []),
          { label: t('projectedLegend'), colour: COLOURS.axis, mark: 'dashed' } as const,
        ]
      : []),
  ];
  const bandsNote = t('ratioBands', {
    low: format.number(bands.low, 2),
    high: format.number(bands.high, 2),
    danger: format.number(bands.danger, 2),
  });
  const note = projection ? `${bandsNote} ${t('projectedNote')}` : bandsNote;
  const todayLine = projection ? <ReferenceLine x={projection.todayDay} {...TODAY_LINE} /> : null;
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
            data={data}
            margin={chartMargin(false)}
            syncId={SYNC_ID}
            syncMethod="value"
          >
            <CartesianGrid vertical={false} stroke={COLOURS.grid} />
            <XAxis {...dayAxisProps(range, width, format.tick, { hide: true })} />
            <YAxis
              {...yAxis}
              domain={loadScale.domain}
              ticks={loadScale.ticks}
              tickFormatter={(value: number) => format.number(value)}
              label={{ value: t('loadAxis'), angle: -90, position: 'insideLeft', style: AXIS_LABEL_STYLE }}
            />
            <StackedDayBars days={days} colours={BAR_COLOURS} />
            {plannedDays.length > 0 ? (
              <StackedDayBars days={plannedDays} colours={BAR_COLOURS} isPlanned />
            ) : null}
            {projection ? (
              <ReferenceLine
                x={projection.todayDay}
                {...TODAY_LINE}
                label={{ value: t('todayLine'), position: 'insideTopRight', style: TODAY_LABEL_STYLE }}
              />
            ) : null}
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
            {projection ? (
              <>
                <Line
                  dataKey="projectedChronicAu"
                  stroke={COLOURS.chronic}
                  strokeWidth={2.5}
                  {...PROJECTION_DASH}
                />
                <Line
                  dataKey="projectedAcuteAu"
                  stroke={COLOURS.acute}
                  strokeWidth={2}
                  {...PROJECTION_DASH}
                />
              </>
            ) : null}
            <Tooltip
              isAnimationActive={false}
              content={({ active, label }) => {
                if (!active || typeof label !== 'number') return null;
                const point = byDay.get(label);
                if (point)
                  return <ChartTooltipBox title={format.day(point.day)} rows={tooltipRows(point, format)} />;
                const planned = projected.get(label);
                return planned ? (
                  <ChartTooltipBox
                    title={`${format.day(planned.day)} · ${t('projectedLegend')}`}
                    rows={projectedRows(planned, format)}
                  />
                ) : null;
              }}
            />
          </ComposedChart>
          <ComposedChart
            width={width}
            height={RATIO_HEIGHT}
            data={data}
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
            {todayLine}
            <Line
              dataKey="ratio"
              stroke={COLOURS.ratio}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
            {projection ? (
              <Line dataKey="projectedRatio" stroke={COLOURS.ratio} strokeWidth={2} {...PROJECTION_DASH} />
            ) : null}
            <Tooltip isAnimationActive={false} content={() => null} />
          </ComposedChart>
        </>
      )}
    </ChartCard>
  );
}
