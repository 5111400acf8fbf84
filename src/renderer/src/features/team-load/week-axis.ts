import type { XAxisProps } from 'recharts';
import type { Language } from '@shared/model';
import { formatDate } from '../../i18n/format';
import { TICK_STYLE, Y_AXIS_WIDTH } from '../../charts/chart-style';

/** About one week label per this many pixels. */
const PIXELS_PER_LABEL = 64;

/** Every `n`-th week labelled so the labels fit the width ("9 Mar": the week's Monday). */
export function weekLabelInterval(weekCount: number, width: number): number {
  const labels = Math.max(2, Math.floor((width - Y_AXIS_WIDTH) / PIXELS_PER_LABEL));
  return Math.max(0, Math.ceil(weekCount / labels) - 1);
}

/** The x axis of the weekly charts: one category per ISO week, labelled by its Monday. */
export function weekAxisProps(weekCount: number, width: number, language: Language): XAxisProps {
  return {
    dataKey: 'weekStart',
    type: 'category',
    interval: weekLabelInterval(weekCount, width),
    tick: TICK_STYLE,
    tickLine: false,
    tickFormatter: (value: string) => formatDate(value, language, 'd MMM'),
    height: 22,
  };
}
