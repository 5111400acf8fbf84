/** A value (y) axis: the domain drawn and the ticks labelled, all round numbers. */
export interface ValueAxis {
  domain: [number, number];
  ticks: number[];
}

/**
 * The load axis runs to at least this many AU. Long after an athlete's last session the EWMA loads
 * decay towards 0 (1e-90 AU and less); an axis fitted to those would read "0, 0, 0, 0" and scale the
 * lines by 1e90 (invalid SVG paths).
 */
export const MIN_LOAD_AXIS_AU = 100;
/** The fitness axis (CTL, ATL, TSB) spans at least this many AU/day, for the same reason. */
export const MIN_FITNESS_AXIS_SPAN_AU = 20;
/** About this many intervals between ticks. */
const TICK_INTERVALS = 4;
const STEP_FACTORS = [1, 2, 2.5, 5, 10];

/** A round step (1, 2, 2.5 or 5 × a power of ten) that splits `span` into about `intervals` parts. */
function niceStep(span: number, intervals: number): number {
  const raw = span / intervals;
  const power = 10 ** Math.floor(Math.log10(raw));
  const factor = STEP_FACTORS.find((candidate) => candidate * power >= raw - 1e-12) ?? 10;
  return factor * power;
}

/** Rounds away the float noise of repeated steps (0.1 + 0.2). */
function clean(value: number): number {
  const rounded = Number(value.toPrecision(12));
  return Object.is(rounded, -0) ? 0 : rounded;
}

/**
 * A readable axis over [low, high]: it always holds 0, spans at least `minSpan`, starts and ends on
 * a tick, and has about four round steps. Non-finite bounds are read as 0.
 */
export function valueAxis(low: number, high: number, minSpan: number): ValueAxis {
  let lower = Math.min(0, Number.isFinite(low) ? low : 0);
  let upper = Math.max(0, Number.isFinite(high) ? high : 0);
  if (upper - lower < minSpan) {
    if (lower < 0 && upper <= 0) lower = upper - minSpan;
    else upper = lower + minSpan;
  }
  const step = niceStep(upper - lower, TICK_INTERVALS);
  const start = clean(Math.floor(lower / step + 1e-9) * step);
  const end = clean(Math.ceil(upper / step - 1e-9) * step);
  const ticks: number[] = [];
  for (let tick = start; tick <= end + step / 2; tick += step) ticks.push(clean(tick));
  return { domain: [start, end], ticks };
}

/** The left axis of the load chart: 0 to a little above the largest daily, acute or chronic load. */
export function loadAxis(maxLoadAu: number): ValueAxis {
  return valueAxis(0, maxLoadAu * 1.05, MIN_LOAD_AXIS_AU);
}

/** The fitness chart's axis over every CTL, ATL and TSB value drawn (record and projection). */
export function fitnessAxis(
  points: readonly { ctlAu?: number; atlAu?: number; tsbAu?: number }[],
  projected: readonly { projectedCtlAu?: number; projectedAtlAu?: number; projectedTsbAu?: number }[] = [],
): ValueAxis {
  let low = 0;
  let high = 0;
  const take = (value: number | undefined) => {
    if (value === undefined || !Number.isFinite(value)) return;
    if (value < low) low = value;
    if (value > high) high = value;
  };
  for (const point of points) {
    take(point.ctlAu);
    take(point.atlAu);
    take(point.tsbAu);
  }
  for (const point of projected) {
    take(point.projectedCtlAu);
    take(point.projectedAtlAu);
    take(point.projectedTsbAu);
  }
  return valueAxis(low * 1.05, high * 1.05, MIN_FITNESS_AXIS_SPAN_AU);
}
