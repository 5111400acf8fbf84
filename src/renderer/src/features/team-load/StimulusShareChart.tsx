import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/model';
import { formatDate } from '../../i18n/format';
import { AXIS_LABEL_STYLE, COLOURS, TICK_STYLE, Y_AXIS_WIDTH, chartMargin } from '../../charts/chart-style';
import { ChartLegend, type LegendEntry } from '../../charts/ChartLegend';
import { ChartTooltipBox } from '../../charts/ChartTooltipBox';
import { useChartFormat } from '../../charts/useChartFormat';
import type { StimulusSharePoint, StimulusShareSeries } from './team-load-series';
import { TeamLoadCard } from './TeamLoadCard';
import { useWeekTitle } from './useWeekTitle';
import { weekAxisProps } from './week-axis';
import { partialWeekShape } from './partial-week-shape';

const HEIGHT = 296;
const OTHER_COLOUR = '#ced4da';
const WEEK_BACKGROUND = '#f8f9fa';

const PARTS = [
  { key: 'strengthPercent', text: 'shareStrength', colour: COLOURS.strength },
  { key: 'endurancePercent', text: 'shareEndurance', colour: COLOURS.endurance },
  { key: 'otherPercent', text: 'shareOther', colour: OTHER_COLOUR },
] as const;

interface StimulusShareChartProps {
  series: StimulusShareSeries;
  language: Language;
  emptyMessage: string | null;
}

/** Per week, the share of the squad's load that is strength, endurance and the rest (100 % stacks). */
export function StimulusShareChart({ series, language, emptyMessage }: StimulusShareChartProps) {
  const { t } = useTranslation('teamLoad');
  const format = useChartFormat();
  const weekTitle = useWeekTitle(language);
  const shape = partialWeekShape(series.points);
  const { points } = series;
  const title = t('shareTitle');
  const first = points[0];
  const last = points.at(-1);
  const label = t('chartLabel', {
    title,
    from: first ? formatDate(first.weekStart, language) : '',
    to: last ? formatDate(last.endDate, language) : '',
  });
  const stimulusNames = (stimuli: readonly string[]) =>
    stimuli.map((stimulus) => t(`common:stimulus_${stimulus}`)).join(', ');
  const legend: LegendEntry[] = PARTS.map((part) => ({
    label: t(part.text),
    colour: part.colour,
    mark: 'block',
  }));
  const note = t('shareNote', {
    strength: stimulusNames(series.strengthStimuli),
    endurance: stimulusNames(series.enduranceStimuli),
    strengthPercent: format.number(series.windowStrengthPercent),
    endurancePercent: format.number(series.windowEndurancePercent),
  });
  const tooltipRows = (point: StimulusSharePoint) =>
    point.totalAu > 0
      ? [
          ...PARTS.map((part) => ({
            label: t(part.text),
            value: `${format.number(point[part.key])} %`,
            colour: part.colour,
          })),
          { label: t('total'), value: `${format.number(point.totalAu)} AU` },
        ]
      : [{ label: t('total'), value: t('noLoad') }];
  return (
    <TeamLoadCard
      name="stimulus-share"
      title={title}
      label={label}
      height={HEIGHT}
      emptyMessage={emptyMessage}
      legend={<ChartLegend entries={legend} />}
      notes={[note]}
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
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
            tick={TICK_STYLE}
            tickFormatter={(value: number) => format.number(value)}
            label={{ value: t('shareAxis'), angle: -90, position: 'insideLeft', style: AXIS_LABEL_STYLE }}
          />
          {PARTS.map((part, layer) => (
            <Bar
              key={part.key}
              stackId="share"
              name={t(part.text)}
              dataKey={part.key}
              fill={part.colour}
              isAnimationActive={false}
              background={layer === 0 ? { fill: WEEK_BACKGROUND } : false}

              shape={shape}
            />
          ))}
          <Tooltip
            isAnimationActive={false}
            cursor={{ fill: 'rgba(33, 37, 41, 0.06)' }}
            content={({ active, payload }) => {
              const point = active ? (payload[0]?.payload as StimulusSharePoint | undefined) : undefined;
              return point ? <ChartTooltipBox title={weekTitle(point)} rows={tooltipRows(point)} /> : null;
            }}
          />
        </BarChart>
      )}
    </TeamLoadCard>
  );
}
