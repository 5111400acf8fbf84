import { WELLNESS_ITEMS } from '../model/wellness';
import type { Settings } from '../model/settings';
import { fromLocalMinute } from '../time/local-date';
import { hasSufficientHistory, historyDaysAt, type AthleteMetrics } from './athlete-metrics';
import type { AthleteMetricsInput } from './inputs';
import { reason, type ReadinessReason } from './readiness-types';
import type { RecoveryState } from './recovery-phase';
import { valueAt } from './series';
import type { ReturnFromBreak } from './training-gaps';
import { daysSinceLastRecord } from './athlete-lookups';
import { itemBaselineAt } from './wellness-series';

/** What every readiness rule reads. `index` is the date's place on the metrics axis. */
export interface ReadinessContext {
  metrics: AthleteMetrics;
  input: AthleteMetricsInput;
  date: string;
  index: number;
  recovery: RecoveryState;
  returning: ReturnFromBreak | null;
  settings: Settings;
}

const round = (value: number, digits: number): number => Number(value.toFixed(digits));

/** An availability event covering the day: injured, ill or unavailable = red; modified = amber. */
export function availabilityReasons({ input, date, settings }: ReadinessContext): ReadinessReason[] {
  return input.availability
    .filter((event) => event.startDate <= date && (event.endDate === undefined || event.endDate >= date))
    .map((event) =>
      reason('availability', settings.readiness.availabilitySeverity[event.kind], null, null, {
        kind: event.kind,
        startDate: event.startDate,
        ...(event.endDate === undefined ? {} : { endDate: event.endDate }),
      }),
    );
}

/** Acute phase = red, regeneration = amber; adaptation is said as information (SCIENCE.md, "Recovery phases"). */
export function recoveryReasons({ recovery }: ReadinessContext): ReadinessReason[] {
  const session = recovery.lastHardSession;
  if (recovery.phase === null || session === null || recovery.hoursSinceEnd === null) return [];
  const end = fromLocalMinute(session.endMinute);
  const params: Record<string, string | number> = {
    sessionDate: session.date,
    sessionEndDate: end.date,
    sessionEndTime: end.time,
    ageFactor: session.ageFactor,
    stimulus: session.stimulus,
  };
  if (recovery.nextPhaseFromMinute !== null) {
    const next = fromLocalMinute(recovery.nextPhaseFromMinute);
    params.nextPhaseDate = next.date;
    params.nextPhaseTime = next.time;
  }
  // When the athlete is ready for hard work again, whatever the phase now.
  const adaptation = fromLocalMinute(session.adaptationFromMinute);
  params.adaptationDate = adaptation.date;
  params.adaptationTime = adaptation.time;
  const hours = round(recovery.hoursSinceEnd, 1);
  const boundaryHours = (session.adaptationFromMinute - session.endMinute) / 60;
  if (recovery.phase === 'acute') {
    return [
      reason(
        'recovery-acute',
        'red',
        hours,
        (session.regenerationFromMinute - session.endMinute) / 60,
        params,
      ),
    ];
  }
  if (recovery.phase === 'regeneration')
    return [reason('recovery-regeneration', 'amber', hours, boundaryHours, params)];
  return [reason('recovery-adaptation', 'info', hours, boundaryHours, params)];
}

/** EWMA ratio (the default variant): ≥ 1.5 red with a complete chronic window, 1.3–1.5 or < 0.8 amber. */
export function ratioReasons({ metrics, index, settings }: ReadinessContext): ReadinessReason[] {
  const historyDays = historyDaysAt(metrics, index);
  if (historyDays === 0) return [];
  if (!hasSufficientHistory(metrics, index)) {
    return [reason('insufficient-history', 'info', historyDays, settings.load.minHistoryDays)];
  }
  const ratio = valueAt(metrics.load.acwrEwma, index);
  if (ratio === null) return [];
  // Unrounded: the screen rounds once, as it rounds the same loads elsewhere.
  const params = {
    acuteAu: metrics.load.ewmaAcuteAu[index] ?? 0,
    chronicAu: metrics.load.ewmaChronicAu[index] ?? 0,
    variant: 'ewma',
  };
  const { ratioDanger, ratioHigh, ratioLow } = settings.load;
  if (ratio >= ratioDanger) return [reason('acwr-danger', 'red', ratio, ratioDanger, params)];
  if (ratio >= ratioHigh) return [reason('acwr-high', 'amber', ratio, ratioHigh, params)];
  if (ratio < ratioLow) return [reason('acwr-low', 'amber', ratio, ratioLow, params)];
  return [];
}

/** Today's check-in against the athlete's own 28-day baseline (Saw 2016). */
export function wellnessReasons({ metrics, index, settings }: ReadinessContext): ReadinessReason[] {
  const { wellness } = metrics;
  if (wellness.hasCheckin[index] !== 1) return [reason('no-checkin-today', 'info', null, null)];
  const reasons: ReadinessReason[] = [];
  const { zAmberAtOrBelow, zRedAtOrBelow } = settings.wellness;
  const compositeZ = valueAt(wellness.compositeZ, index);
  if (compositeZ !== null && compositeZ <= zAmberAtOrBelow) {
    const isRed = compositeZ <= zRedAtOrBelow;
    reasons.push(
      reason(
        'wellness-composite',
        isRed ? 'red' : 'amber',
        compositeZ,
        isRed ? zRedAtOrBelow : zAmberAtOrBelow,
        {
          score: valueAt(wellness.composite, index) ?? 0,
          baselineMean: round(valueAt(wellness.compositeBaselineMean, index) ?? 0, 1),
        },
      ),
    );
  }
  for (const item of WELLNESS_ITEMS) {
    const z = valueAt(wellness.itemZ[item], index);
    if (z === null || z > zAmberAtOrBelow) continue;
    const isRed = z <= zRedAtOrBelow && settings.readiness.isItemZRedForReadiness;
    reasons.push(
      reason(
        'wellness-item',
        isRed ? 'red' : 'amber',
        z,
        z <= zRedAtOrBelow ? zRedAtOrBelow : zAmberAtOrBelow,
        {
          item,
          score: valueAt(wellness.items[item], index) ?? 0,
          baselineMean: round(itemBaselineAt(wellness, item, index, settings.wellness)?.mean ?? 0, 1),
        },
      ),
    );
  }
  const hasBaseline =
    valueAt(wellness.compositeBaselineMean, index) !== null ||
    WELLNESS_ITEMS.some((item) => itemBaselineAt(wellness, item, index, settings.wellness) !== null);
  if (!hasBaseline)
    reasons.push(reason('no-wellness-baseline', 'info', null, settings.wellness.baselineMinCheckins));
  return reasons;
}

/** HRV 7-day mean below its normal range, resting HR 7-day mean above its threshold: amber. */
export function heartReasons({ metrics, index }: ReadinessContext): ReadinessReason[] {
  const { hrv } = metrics;
  const reasons: ReadinessReason[] = [];
  if (hrv.isBelowNormalRange[index] === 1) {
    reasons.push(
      reason(
        'hrv-below-range',
        'amber',
        valueAt(hrv.lnRmssdMean7, index),
        valueAt(hrv.normalRangeLow, index),
        {
          rangeHigh: valueAt(hrv.normalRangeHigh, index) ?? 0,
        },
      ),
    );
  }
  if (hrv.isRestingHrHigh[index] === 1) {
    reasons.push(
      reason(
        'resting-hr-high',
        'amber',
        valueAt(hrv.restingHrMean7, index),
        valueAt(hrv.restingHrThresholdBpm, index),
      ),
    );
  }
  return reasons;
}

/** Sustained fatigue, monotony > 2 and returning from a break: amber. */
export function trendReasons(context: ReadinessContext): ReadinessReason[] {
  const { metrics, index, settings } = context;
  const reasons: ReadinessReason[] = [];
  if (metrics.fatigue.isSustainedFatigue[index] === 1) {
    const days = metrics.fatigue.flaggedCheckinDays[index] ?? 0;
    reasons.push(
      reason('sustained-fatigue', 'amber', days, settings.fatigue.minFlaggedDays, {
        windowCheckinDays: settings.fatigue.windowCheckinDays,
      }),
    );
  }
  const monotony = valueAt(metrics.load.monotony, index);
  if (monotony !== null && monotony > settings.load.monotonyFlagAbove) {
    reasons.push(reason('monotony-high', 'amber', monotony, settings.load.monotonyFlagAbove));
  }
  const { returning } = context;
  if (returning !== null) {
    reasons.push(
      reason('returning-from-break', 'amber', returning.breakDays, settings.returnToTraining.breakDays, {
        kind: returning.kind,
        ...(returning.availabilityKind === undefined ? {} : { availabilityKind: returning.availabilityKind }),
        breakStartDate: returning.breakStartDate,
        ...(returning.breakEndDate === null ? {} : { breakEndDate: returning.breakEndDate }),
        preBreakChronicWeeklyLoadAu: round(returning.preBreakChronicWeeklyLoadAu, 0),
      }),
    );
  }
  return reasons;
}

/** Grey: neither a check-in nor a session in the last 3 days (today included). */
export function recentDataReasons({ metrics, date, settings }: ReadinessContext): ReadinessReason[] {
  const windowDays = settings.readiness.noDataGreyAfterDays;
  const daysSince = daysSinceLastRecord(metrics, date);
  if (daysSince !== null && daysSince < windowDays) return [];
  return [reason('no-recent-data', 'grey', daysSince, windowDays)];
}
