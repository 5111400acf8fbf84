import { COLOURS } from './chart-style';

/**
 * How the plan's projection is drawn on the athlete charts: the record's colours, dashed after today
 * (the class and test id let a test or a person find the projected paths).
 */
export const PROJECTION_DASH = {
  strokeDasharray: '6 4',
  dot: false,
  isAnimationActive: false,
  connectNulls: false,
  className: 'projection-line',
  'data-testid': 'projection-line',
} as const;

/** The vertical "today" line between the record and the projection. */
export const TODAY_LINE = { stroke: COLOURS.axis, strokeDasharray: '2 3', strokeWidth: 1 } as const;

/** The "today" line's label at the top of a chart. */
export const TODAY_LABEL_STYLE = { fontSize: 11, fill: COLOURS.axis } as const;
