import {
  CartesianGrid,
  ComposedChart,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { XAxisProps } from 'recharts';
import type { ReactElement } from 'react';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/model';
import { formatDate } from '../../i18n/format';
import {
  AXIS_LABEL_STYLE,
  COLOURS,
  TICK_STYLE,
  Y_AXIS_WIDTH,
  chartMargin,
  niceCeiling,
} from '../../charts/chart-style';
import { ChartLegend, type LegendEntry } from '../../charts/ChartLegend';
import { ChartTooltipBox } from '../../charts/ChartTooltipBox';
import { useChartFormat, type ChartFormat } from '../../charts/useChartFormat';
import type { TeamLoadView } from '../../team/team-load-view';
import { buildSquadRatioSeries, type SquadRatioPoint, type SquadRatioSeries } from './team-load-series';
import { TeamLoadCard } from './TeamLoadCard';

const LOAD_HEIGHT = 130;
const RATIO_HEIGHT = 160;
const GAP = 6;
/** About one date label per this many pixels. */
const PIXELS_PER_TICK = 84;
const SYNC_ID = 'squad-ratio';

function xAxisProps(series: SquadRatioSeries, format: ChartFormat, hide: boolean): XAxisProps {
  const first = series.points[0]?.day ?? 0;
  const last = series.points.at(-1)?.day ?? 0;
  return {
    dataKey: 'day',
    type: 'number',
    domain: [first, last],
    ticks: series.ticks.ticks,
    tickFormatter: (value: number) => format.tick(value, series.ticks.unit),
    tick: TICK_STYLE,
    tickLine: false,
    interval: 0,
    height: hide ? 0 : 22,
    hide,
  };
}

function useTooltip(format: ChartFormat): (point: SquadRatioPoint) => ReactElement {
  const { t } = useTranslation('teamLoad');
  return (point) => (
    <ChartTooltipBox
      title={format.day(point.day)}
      rows={[
        { label: t('acuteLegend'), value: `${format.number(point.acuteAu)} AU`, colour: COLOURS.acute },
        { label: t('chronicLegend'), value: `${format.number(point.chronicAu)} AU`, colour: COLOURS.chronic },
        { label: t('ratioLegend'), value: format.number(point.ratio, 2), colour: COLOURS.ratio },
        { label: t('inMean'), value: format.number(point.athleteCount) },
      ]}
    />
  );
}

interface SquadRatioChartProps {
  view: TeamLoadView;
  language: Language;
  emptyMessage: string | null;
}

/**
 * The squad mean EWMA acute and chronic load (top) and the mean EWMA ratio over the adjustable band
 * (bottom), on one time axis (SCIENCE.md, "Present ratios responsibly": both loads beside the ratio,
 * the variant named, the band called adjustable).
 */
export function SquadRatioChart({ view, language, emptyMessage }: SquadRatioChartProps) {
  const { t } = useTranslation('teamLoad');
  const format = useChartFormat();
  const tooltip = useTooltip(format);
  const title = t('ratioTitle');
  const { thresholds, ratioOnDate } = view;
  const bands = { low: format.number(thresholds.ratioLow, 2), high: format.number(thresholds.ratioHigh, 2) };
  const danger = format.number(thresholds.ratioDanger, 2);
  const label = t('chartLabel', {
    title,
    from: view.days[0] ? formatDate(view.days[0].date, language) : '',
    to: formatDate(view.request.date, language),
  });
  const legend: LegendEntry[] = [
    { label: t('acuteLegend'), colour: COLOURS.acute, mark: 'line' },
    { label: t('chronicLegend'), colour: COLOURS.chronic, mark: 'line' },
    { label: t('ratioLegend'), colour: COLOURS.ratio, mark: 'line' },
    { label: t('bandLegend', bands), colour: COLOURS.bandGood, mark: 'band' },
    { label: t('dangerLegend', { danger }), colour: COLOURS.flag, mark: 'dashed' },
  ];
  const notes = [
    t('ratioVariant', { ...bands, danger }),
    t('ratioMembers', {
      days: thresholds.minHistoryDays,
      counted: ratioOnDate.counted,
      count: view.athleteCount,
    }),
  ];
  return (
    <TeamLoadCard
      name="squad-ratio"
      title={title}
      label={label}
      height={LOAD_HEIGHT + GAP + RATIO_HEIGHT}
      emptyMessage={emptyMessage}
      legend={<ChartLegend entries={legend} />}
      notes={notes}
    >
      {(width) => {
        const series = buildSquadRatioSeries(
          view,
          Math.max(2, Math.floor((width - Y_AXIS_WIDTH) / PIXELS_PER_TICK)),
        );
        const loadMax = niceCeiling(series.loadMaxAu * 1.05);
        const content = ({ active, label: day }: { active?: boolean; label?: unknown }) => {
          const point =
            active && typeof day === 'number'
              ? series.points.find((candidate) => candidate.day === day)
              : undefined;
          return point ? tooltip(point) : null;
        };
        return (
          <>
            <LineChart
              width={width}
              height={LOAD_HEIGHT}
              data={series.points}
              margin={{ ...chartMargin(false), bottom: 8 }}
              syncId={SYNC_ID}
            >
              <CartesianGrid vertical={false} stroke={COLOURS.grid} />
              <XAxis {...xAxisProps(series, format, true)} />
              <YAxis
                width={Y_AXIS_WIDTH}
                domain={[0, loadMax]}
                ticks={[0, loadMax / 2, loadMax]}
                tick={TICK_STYLE}
                tickFormatter={(value: number) => format.number(value)}
                label={{ value: t('loadAxis'), angle: -90, position: 'insideLeft', style: AXIS_LABEL_STYLE }}
              />
              <Line
                dataKey="chronicAu"
                stroke={COLOURS.chronic}
                strokeWidth={2}
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
              <Tooltip isAnimationActive={false} content={content} />
            </LineChart>
            <div style={{ height: GAP }} />
            {series.hasRatio ? (
              <ComposedChart
                width={width}
                height={RATIO_HEIGHT}
                data={series.points}
                margin={chartMargin(false)}
                syncId={SYNC_ID}
              >
                <CartesianGrid vertical={false} stroke={COLOURS.grid} />
                <XAxis {...xAxisProps(series, format, false)} />
                <YAxis
                  width={Y_AXIS_WIDTH}
                  domain={[0, series.ratioMax]}
                  ticks={series.ratioTicks}
                  allowDataOverflow
                  tick={TICK_STYLE}
                  tickFormatter={(value: number) => format.number(value, 1)}
                  label={{
                    value: t('ratioAxis'),
                    angle: -90,
                    position: 'insideLeft',
                    style: AXIS_LABEL_STYLE,
                  }}
                />
                <ReferenceArea
                  y1={series.bands.low}
                  y2={series.bands.high}
                  fill={COLOURS.bandGood}
                  fillOpacity={0.8}
                  ifOverflow="hidden"
                />
                <ReferenceLine
                  y={series.bands.danger}
                  stroke={COLOURS.flag}
                  strokeDasharray="4 3"
                  ifOverflow="hidden"
                />
                <Line
                  dataKey="ratio"
                  stroke={COLOURS.ratio}
                  strokeWidth={2}
                  dot={false}
                  connectNulls={false}
                  isAnimationActive={false}
                />
                <Tooltip isAnimationActive={false} content={content} />
              </ComposedChart>
            ) : (
              <Text
                size="sm"
                c="gray.7"
                bg="gray.0"
                p="md"
                h={RATIO_HEIGHT}
                style={{ borderRadius: 'var(--mantine-radius-sm)' }}
              >
                {t('noRatio', { days: thresholds.minHistoryDays })}
              </Text>
            )}
          </>
        );
      }}
    </TeamLoadCard>
  );
}
