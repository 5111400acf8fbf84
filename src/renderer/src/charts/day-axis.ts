import type { XAxisProps } from 'recharts';
import { dayTicks, type ChartRange, type DayTicks } from './series';
import { TICK_STYLE } from './chart-style';

/** About one tick label per this many pixels. */
const PIXELS_PER_TICK = 84;

/**
 * The x axis every athlete chart shares: day numbers from the range's first to its last day (half a
 * day of room on each side for the bars), with Monday or month ticks that fit the width.
 */
export function dayAxisProps(
  range: ChartRange,
  width: number,
  tick: (day: number, unit: DayTicks['unit']) => string,
  options: { hide?: boolean; endExclusive?: boolean } = {},
): XAxisProps {
  const { ticks, unit } = dayTicks(
    range.startDay,
    range.endDay,
    Math.max(2, Math.floor(width / PIXELS_PER_TICK)),
  );
  // A chart of moments (fractional days) runs from the first midnight to the last; its ticks sit at
  // midday so they line up with the day-centred ticks of the other charts.
  const domain: [number, number] = options.endExclusive
    ? [range.startDay, range.endDay + 1]
    : [range.startDay - 0.5, range.endDay + 0.5];
  return {
    dataKey: 'day',
    type: 'number',
    scale: 'linear',
    domain,
    allowDataOverflow: true,
    ticks: options.endExclusive ? ticks.map((day) => day + 0.5) : ticks,
    tickFormatter: (value: number) => tick(value, unit),
    tick: TICK_STYLE,
    tickLine: false,
    interval: 0,
    height: options.hide ? 0 : 22,
    hide: options.hide ?? false,
  };
}
