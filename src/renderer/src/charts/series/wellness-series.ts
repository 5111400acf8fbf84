import { dateAt, valueAt, type AthleteMetrics } from '@shared/metrics';
import { WELLNESS_ITEMS, type WellnessItem } from '@shared/model';
import type { ChartRange } from './range';
import { rangeDayCount } from './range';
import {
  MAX_DRAWN_POINTS,
  extentOf,
  hasDefinedIn,
  selectDrawnOffsets,
  sliceOptional,
  type DrawnSeries,
} from './sampling';

/** One item on one day: its 1–5 score and its z against the athlete's own baseline. */
export interface ItemValue {
  score: number | null;
  z: number | null;
}

/** One drawn day of the wellness chart (SCIENCE.md, "Wellness and HRV"; Saw et al. 2016). */
export interface WellnessPoint {
  day: number;
  date: string;
  /** Sum of the five items (5–25) and its baseline: mean and SD of the previous 28 days. */
  composite: number | null;
  baselineMean: number | null;
  baselineSd: number | null;
  compositeZ: number | null;
  items: Record<WellnessItem, ItemValue>;
}

export interface WellnessSeries extends DrawnSeries<WellnessPoint> {
  /**
   * The baseline band in z units: the baseline mean ± 1 SD is z −1 … +1 on every day, so the band
   * is drawn there (a day inside it is within one SD of the athlete's own normal).
   */
  band: { low: number; high: number };
  /** The settings' flags: composite or item z at or below these is amber and red. */
  zAmber: number;
  zRed: number;
  /** The z axis: the band, the red flag and every z drawn, rounded out to whole units. */
  zDomain: [number, number];
}

function itemValues(metrics: AthleteMetrics, index: number): Record<WellnessItem, ItemValue> {
  const { items, itemZ } = metrics.wellness;
  const value = (item: WellnessItem): ItemValue => ({
    score: valueAt(items[item], index),
    z: valueAt(itemZ[item], index),
  });
  return {
    sleepQuality: value('sleepQuality'),
    fatigue: value('fatigue'),
    soreness: value('soreness'),
    stress: value('stress'),
    mood: value('mood'),
  };
}

function hasCheckinIn(metrics: AthleteMetrics, range: ChartRange): boolean {
  const { hasCheckin } = metrics.wellness;
  for (let index = range.startIndex; index <= range.endIndex; index += 1) {
    if (hasCheckin[index] === 1) return true;
  }
  return false;
}

/** Why nothing can be drawn: no check-in at all, none in the range, or no baseline yet. */
function emptyReason(metrics: AthleteMetrics, range: ChartRange): WellnessSeries['reasonIfEmpty'] {
  if (rangeDayCount(range) === 0 || !metrics.wellness.hasCheckin.includes(1)) return 'noCheckins';
  if (!hasCheckinIn(metrics, range)) return 'noCheckinsInRange';
  const { compositeZ, itemZ } = metrics.wellness;
  const hasZ = [compositeZ, ...WELLNESS_ITEMS.map((item) => itemZ[item])].some((series) =>
    hasDefinedIn(series, range),
  );
  return hasZ ? null : 'noBaseline';
}

/**
 * Composite wellness z with each item's z and the baseline band over the range, as the engine
 * computed them. Above `maxPoints` days the days drawn are an LTTB selection of the composite z.
 */
export function buildWellnessSeries(
  metrics: AthleteMetrics,
  range: ChartRange,
  maxPoints: number = MAX_DRAWN_POINTS,
): WellnessSeries {
  const { wellness } = metrics.settings;
  const dayCount = rangeDayCount(range);
  const band = { low: -1, high: 1 };
  const flags = { zAmber: wellness.compositeZAmberAtOrBelow, zRed: wellness.compositeZRedAtOrBelow };
  const reasonIfEmpty = emptyReason(metrics, range);
  const defaultDomain: [number, number] = [Math.min(-3, Math.floor(flags.zRed) - 1), 2];
  if (reasonIfEmpty !== null) {
    return {
      points: [],
      reasonIfEmpty,
      dayCount,
      isDownsampled: false,
      band,
      ...flags,
      zDomain: defaultDomain,
    };
  }
  const { compositeZ, itemZ } = metrics.wellness;
  const compositeValues = sliceOptional(compositeZ, range);
  const offsets = selectDrawnOffsets([compositeValues], dayCount, maxPoints);
  const zExtent = extentOf(
    compositeValues,
    ...WELLNESS_ITEMS.map((item) => sliceOptional(itemZ[item], range)),
  );
  const zDomain: [number, number] = [
    Math.min(defaultDomain[0], Math.floor(zExtent?.[0] ?? 0)),
    Math.max(defaultDomain[1], Math.ceil(zExtent?.[1] ?? 0)),
  ];
  const points = offsets.map((offset) => {
    const index = range.startIndex + offset;
    return {
      day: metrics.axis.startDay + index,
      date: dateAt(metrics.axis, index),
      composite: valueAt(metrics.wellness.composite, index),
      baselineMean: valueAt(metrics.wellness.compositeBaselineMean, index),
      baselineSd: valueAt(metrics.wellness.compositeBaselineSd, index),
      compositeZ: valueAt(compositeZ, index),
      items: itemValues(metrics, index),
    };
  });
  return {
    points,
    reasonIfEmpty,
    dayCount,
    isDownsampled: points.length < dayCount,
    band,
    ...flags,
    zDomain,
  };
}
