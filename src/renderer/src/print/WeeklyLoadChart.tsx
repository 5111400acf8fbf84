import { Bar, BarChart, CartesianGrid, XAxis, YAxis, type XAxisTickContentProps } from 'recharts';
import { useTranslation } from 'react-i18next';
import { STIMULI, type Language } from '@shared/model';
import { AXIS_LABEL_STYLE, COLOURS, TICK_STYLE, Y_AXIS_WIDTH, niceCeiling } from '../charts/chart-style';
import { STIMULUS_COLOURS } from '../charts/stimulus-colours';
import { formatDate, formatNumber } from '../i18n/format';
import type { PrintWeek } from './print-plan';
import { PRINT_CHART_ATTRIBUTE } from './usePrintReady';
import classes from './print.module.css';

/** Bars of a short period (a block of a few weeks) stay this narrow. */
const MAX_BAR_PX = 64;
/** About one week label per this many pixels. */
const PIXELS_PER_LABEL = 44;

interface WeeklyLoadChartProps {
  weeks: readonly PrintWeek[];
  width: number;
  height: number;
  language: Language;
}

/**
 * Planned load per week stacked by stimulus, drawn once at a fixed size without animation (a PDF
 * is a snapshot: no ResponsiveContainer, nothing that moves after the page says it is ready).
 */
export function WeeklyLoadChart({ weeks, width, height, language }: WeeklyLoadChartProps) {
  const { t } = useTranslation('print');
  const stimuli = STIMULI.filter((_, index) => weeks.some((week) => (week.loadAuByStimulus[index] ?? 0) > 0));
  if (stimuli.length === 0) {
    return (
      <div className={classes.chart} style={{ width, height }} {...{ [PRINT_CHART_ATTRIBUTE]: 'empty' }}>
        <div className={classes.emptyChart}>{t('chartEmpty')}</div>
      </div>
    );
  }
  const byStart = new Map(weeks.map((week) => [week.weekStart, week]));
  const maxAu = Math.max(...weeks.map((week) => week.loadAu));
  const labelEvery = Math.max(0, Math.ceil((weeks.length * PIXELS_PER_LABEL) / (width - Y_AXIS_WIDTH)) - 1);
  const renderTick = ({ x, y, payload }: XAxisTickContentProps) => {
    const week = byStart.get(String(payload.value));
    return (
      <g transform={`translate(${x},${y})`}>
        <text textAnchor="middle" dy={10} fontSize={11} fontWeight={600} fill={COLOURS.axis}>
          {week ? t('weekTick', { number: week.seasonWeek, iso: week.isoWeek }) : ''}
        </text>
        <text textAnchor="middle" dy={23} fontSize={10} fill={COLOURS.axis}>
          {week ? formatDate(week.weekStart, language, 'd MMM') : ''}
        </text>
      </g>
    );
  };
  return (
    <div className={classes.chart} style={{ width, height }} {...{ [PRINT_CHART_ATTRIBUTE]: 'bars' }}>
      <BarChart
        width={width}
        height={height}
        data={[...weeks]}
        margin={{ top: 6, right: 4, bottom: 0, left: 0 }}
        barCategoryGap="22%"
      >
        <CartesianGrid vertical={false} stroke={COLOURS.grid} />
        <XAxis dataKey="weekStart" interval={labelEvery} tick={renderTick} tickLine={false} height={30} />
        <YAxis
          width={Y_AXIS_WIDTH}
          domain={[0, niceCeiling(maxAu * 1.05)]}
          tick={TICK_STYLE}
          tickFormatter={(value: number) => formatNumber(value, language, 0)}
          label={{ value: t('chartAxis'), angle: -90, position: 'insideLeft', style: AXIS_LABEL_STYLE }}
        />
        {stimuli.map((stimulus) => {
          const index = STIMULI.indexOf(stimulus);
          return (
            <Bar
              key={stimulus}
              stackId="load"
              name={t(`common:stimulus_${stimulus}`)}
              dataKey={(week: PrintWeek) => week.loadAuByStimulus[index] ?? 0}
              fill={STIMULUS_COLOURS[stimulus]}
              maxBarSize={MAX_BAR_PX}
              isAnimationActive={false}
            />
          );
        })}
      </BarChart>
    </div>
  );
}
