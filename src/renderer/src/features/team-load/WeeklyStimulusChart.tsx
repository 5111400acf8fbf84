import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { STIMULI, type Language } from '@shared/model';
import { formatDate } from '../../i18n/format';
import {
  AXIS_LABEL_STYLE,
  COLOURS,
  TICK_STYLE,
  Y_AXIS_WIDTH,
  chartMargin,
  niceCeiling,
} from '../../charts/chart-style';
import { STIMULUS_COLOURS } from '../../charts/stimulus-colours';
import { ChartLegend } from '../../charts/ChartLegend';
import { ChartTooltipBox } from '../../charts/ChartTooltipBox';
import { useChartFormat } from '../../charts/useChartFormat';
import type { WeeklyStimulusPoint, WeeklyStimulusSeries } from './team-load-series';
import { TeamLoadCard } from './TeamLoadCard';
import { useWeekTitle } from './useWeekTitle';
import { weekAxisProps } from './week-axis';
import { partialWeekShape } from './partial-week-shape';

const HEIGHT = 280;
const WEEK_BACKGROUND = '#f8f9fa';

interface WeeklyStimulusChartProps {
  series: WeeklyStimulusSeries;
  athleteCount: number;
  language: Language;
  emptyMessage: string | null;
}

/** The squad's weekly load stacked by stimulus, as total or as mean per athlete (AU). */
export function WeeklyStimulusChart({
  series,
  athleteCount,
  language,
  emptyMessage,
}: WeeklyStimulusChartProps) {
  const { t } = useTranslation('teamLoad');
  const format = useChartFormat();
  const weekTitle = useWeekTitle(language);
  const shape = partialWeekShape(series.points);
  const { points, mode } = series;
  const isMean = mode === 'mean';
  const title = isMean ? t('weeklyTitleMean') : t('weeklyTitle');
  const first = points[0];
  const last = points.at(-1);
  const label = t('chartLabel', {
    title,
    from: first ? formatDate(first.weekStart, language) : '',
    to: last ? formatDate(last.endDate, language) : '',
  });
  const unit = isMean ? `AU ${t('perAthlete')}` : 'AU';
  const tooltipRows = (point: WeeklyStimulusPoint) => [
    { label: t('total'), value: `${format.number(point.totalAu)} ${unit}` },
    ...STIMULI.flatMap((stimulus, index) => {
      const loadAu = point.loadAu[index] ?? 0;
      return loadAu > 0
        ? [
            {
              label: t(`common:stimulus_${stimulus}`),
              value: `${format.number(loadAu)} ${unit}`,
              colour: STIMULUS_COLOURS[stimulus],
            },
          ]
        : [];
    }),
  ];
  const notes = [
    t(isMean ? 'weeklyNoteMean' : 'weeklyNote', { count: athleteCount }),
    ...(series.firstLoadWeekStart
      ? [t('historyStarts', { date: formatDate(series.firstLoadWeekStart, language) })]
      : []),
  ];
  const legend = (
    <ChartLegend
      entries={series.stimuli.map((stimulus) => ({
        label: t(`common:stimulus_${stimulus}`),
        colour: STIMULUS_COLOURS[stimulus],
        mark: 'block' as const,
      }))}
    />
  );
  return (
    <TeamLoadCard
      name="weekly-stimulus"
      title={title}
      label={label}
      height={HEIGHT}
      emptyMessage={emptyMessage}
      legend={legend}
      notes={notes}
    >
      {(width) => (
        <BarChart
          width={width}
          height={HEIGHT}
          data={points}
          margin={chartMargin(false)}
          barCategoryGap="18%"
        >
          <CartesianGrid vertical={false} stroke={COLOURS.grid} />
          <XAxis {...weekAxisProps(points.length, width, language)} />
          <YAxis
            width={Y_AXIS_WIDTH}
            domain={[0, niceCeiling(series.maxAu * 1.05)]}
            tick={TICK_STYLE}
            tickFormatter={(value: number) => format.number(value)}
            label={{
              value: isMean ? t('weeklyAxisMean') : t('weeklyAxis'),
              angle: -90,
              position: 'insideLeft',
              style: AXIS_LABEL_STYLE,
            }}
          />
          {series.stimuli.map((stimulus, layer) => {
            const index = STIMULI.indexOf(stimulus);
            return (
              <Bar
                key={stimulus}
                stackId="load"
                name={t(`common:stimulus_${stimulus}`)}
                dataKey={(point: WeeklyStimulusPoint) => point.loadAu[index] ?? 0}
                fill={STIMULUS_COLOURS[stimulus]}
                isAnimationActive={false}
                // One light column per week, so weeks without load still show on the axis.
                background={layer === 0 ? { fill: WEEK_BACKGROUND } : false}

                shape={shape}
              />
            );
          })}
          <Tooltip
            isAnimationActive={false}
            cursor={{ fill: 'rgba(33, 37, 41, 0.06)' }}
            content={({ active, payload }) => {
              const point = active ? (payload[0]?.payload as WeeklyStimulusPoint | undefined) : undefined;
              return point ? <ChartTooltipBox title={weekTitle(point)} rows={tooltipRows(point)} /> : null;
            }}
          />
        </BarChart>
      )}
    </TeamLoadCard>
  );
}
