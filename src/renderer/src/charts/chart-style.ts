import type { Margin } from 'recharts';

/**
 * Layout shared by the athlete charts: the same axis widths on every chart, so charts of one width
 * stacked one above the other (load, ratio, recovery phases) put a day at the same x.
 */
export const Y_AXIS_WIDTH = 60;
const EDGE = 8;

/** Chart margins: the same left axis width everywhere, a little room on the right without a right axis. */
export function chartMargin(hasRightAxis: boolean): Margin {
  return { top: 8, bottom: 0, left: EDGE, right: hasRightAxis ? EDGE : 2 * EDGE };
}

/** Line and band colours (stimulus colours are in stimulus-colours.ts). */
export const COLOURS = {
  acute: '#212529',
  chronic: '#7048e8',
  ratio: '#d6336c',
  bandGood: '#d3f9d8',
  bandAmber: '#fff3bf',
  bandRed: '#ffe3e3',
  ctl: '#1971c2',
  atl: '#e8590c',
  tsb: '#2f9e44',
  composite: '#212529',
  hrv: '#1971c2',
  hrvMean: '#0b3d91',
  restingHr: '#e8590c',
  acutePhase: '#fa5252',
  regenerationPhase: '#ffd43b',
  adaptationPhase: '#96f2d7',
  strength: '#1971c2',
  endurance: '#2f9e44',
  flag: '#e03131',
  grid: '#e9ecef',
  axis: '#495057',
} as const;

/** The five wellness items, each a quiet colour so the composite stays the line to read. */
export const ITEM_COLOURS = {
  sleepQuality: '#4dabf7',
  fatigue: '#ff922b',
  soreness: '#f06595',
  stress: '#9775fa',
  mood: '#38d9a9',
} as const;

/** Tick text of every axis. */
export const TICK_STYLE = { fontSize: 12, fill: COLOURS.axis } as const;

/** Axis label text. */
export const AXIS_LABEL_STYLE = { fontSize: 12, fill: COLOURS.axis, textAnchor: 'middle' } as const;

/** The smallest maximum of a load axis (AU): below it, decayed loads would label every tick "0". */
const MIN_AXIS_CEILING = 10;

/**
 * Round up to a readable axis maximum: 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × a power of ten, and at
 * least 10 (a load decayed to 1e-90 AU long after the last session still gets a readable axis).
 */
export function niceCeiling(value: number): number {
  if (!(value > MIN_AXIS_CEILING)) return MIN_AXIS_CEILING;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((candidate) => candidate * power >= value) ?? 10;
  return step * power;
}
