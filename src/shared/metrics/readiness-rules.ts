import { WELLNESS_ITEMS } from '../model/wellness';
import { RECOVERY_CLASSES, type Settings } from '../model/settings';
import { fromLocalMinute } from '../time/local-date';
import { hasSufficientHistory, historyDaysAt, type AthleteMetrics } from './athlete-metrics';
import type { AthleteMetricsInput } from './inputs';
import {
  reason,
  type ReadinessReason,
  type ReadinessRuleId,
  type RecoveryReasonParams,
  SIGNAL_SOURCES,
  type SignalSource,
} from './readiness-types';
import type { RecoveryState } from './recovery-phase';
import type { RecoveryClass } from '../model/settings';
import { valueAt } from './series';
import type { ReturnFromBreak, StimulusRecency } from './training-gaps';
import { daysSinceLastRecord } from './athlete-lookups';
import { itemBaselineAt } from './wellness-series';

/** What every readiness rule reads. `index` is the date's place on the metrics axis. */
export interface ReadinessContext {
  metrics: AthleteMetrics;
  input: AthleteMetricsInput;
  date: string;
  index: number;
  recoveryByClass: Record<RecoveryClass, RecoveryState>;
  returning: ReturnFromBreak | null;
  recency: StimulusRecency;
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

function recoveryParams(recoveryClass: RecoveryClass, recovery: RecoveryState): RecoveryReasonParams | null {
  const session = recovery.lastHardSession;
  if (session === null) return null;
  const end = fromLocalMinute(session.endMinute);
  const adaptation = fromLocalMinute(session.adaptationFromMinute);
  const params: RecoveryReasonParams = {
    recoveryClass,
    stimulus: session.stimulus,
    sessionDate: session.date,
    sessionEndDate: end.date,
    sessionEndTime: end.time,
    ageFactor: session.ageFactor,
    adaptationDate: adaptation.date,
    adaptationTime: adaptation.time,
  };
  if (recovery.nextPhaseFromMinute !== null) {
    const next = fromLocalMinute(recovery.nextPhaseFromMinute);
    params.nextPhaseDate = next.date;
    params.nextPhaseTime = next.time;
  }
  return params;
}

/**
 * Per stimulus class in its acute or regeneration phase, a note saying which session started the
 * clock and when hard work of that class is fine again (SCIENCE.md, "Ready for what"). A phase never
 * changes the status: it says what kind of hard work fits today, not whether the athlete is fit.
 */
export function recoveryReasons({ recoveryByClass }: ReadinessContext): ReadinessReason[] {
  const reasons: ReadinessReason[] = [];
  for (const recoveryClass of RECOVERY_CLASSES) {
    const recovery = recoveryByClass[recoveryClass];
    const params = recoveryParams(recoveryClass, recovery);
    const session = recovery.lastHardSession;
    if (params === null || session === null || recovery.hoursSinceEnd === null) continue;
    const hours = round(recovery.hoursSinceEnd, 1);
    if (recovery.phase === 'acute') {
      const boundary = (session.regenerationFromMinute - session.endMinute) / 60;
      reasons.push(reason('recovery-acute', 'info', hours, boundary, params));
    } else if (recovery.phase === 'regeneration') {
      const boundary = (session.adaptationFromMinute - session.endMinute) / 60;
      reasons.push(reason('recovery-regeneration', 'info', hours, boundary, params));
    }
  }
  return reasons;
}

/**
 * EWMA ratio (the default variant) with a complete chronic window: ≥ 1.5 is an amber load spike;
 * 1.3–1.5 and < 0.8 are planning notes (SCIENCE.md: they say what to plan, not who may train hard).
 */
export function ratioReasons({ metrics, index, settings }: ReadinessContext): ReadinessReason[] {
  const historyDays = historyDaysAt(metrics, index);
  if (historyDays === 0) return [];
  if (!hasSufficientHistory(metrics, index)) {
    return [reason('insufficient-history', 'info', historyDays, settings.load.minHistoryDays, {})];
  }
  const ratio = valueAt(metrics.load.acwrEwma, index);
  if (ratio === null) return [];
  // Unrounded: the screen rounds once, as it rounds the same loads elsewhere.
  const params = {
    acuteAu: metrics.load.ewmaAcuteAu[index] ?? 0,
    chronicAu: metrics.load.ewmaChronicAu[index] ?? 0,
    variant: 'ewma' as const,
  };
  const { ratioDanger, ratioHigh, ratioLow } = settings.load;
  if (ratio >= ratioDanger) return [reason('acwr-danger', 'amber', ratio, ratioDanger, params)];
  if (ratio >= ratioHigh) return [reason('acwr-high', 'info', ratio, ratioHigh, params)];
  if (ratio < ratioLow) return [reason('acwr-low', 'info', ratio, ratioLow, params)];
  return [];
}

/**
 * Today's check-in against the athlete's own 28-day baseline (Saw 2016): composite z ≤ −1.5 amber,
 * ≤ −2 red; a single item z ≤ −2 amber (SCIENCE.md, "Readiness today").
 */
export function wellnessReasons({ metrics, index, settings }: ReadinessContext): ReadinessReason[] {
  const { wellness } = metrics;
  if (wellness.hasCheckin[index] !== 1) return [reason('no-checkin-today', 'info', null, null, {})];
  const reasons: ReadinessReason[] = [];
  const { compositeZAmberAtOrBelow, compositeZRedAtOrBelow, itemZAmberAtOrBelow } = settings.wellness;
  const compositeZ = valueAt(wellness.compositeZ, index);
  if (compositeZ !== null && compositeZ <= compositeZAmberAtOrBelow) {
    const isRed = compositeZ <= compositeZRedAtOrBelow;
    reasons.push(
      reason(
        'wellness-composite',
        isRed ? 'red' : 'amber',
        compositeZ,
        isRed ? compositeZRedAtOrBelow : compositeZAmberAtOrBelow,
        {
          score: valueAt(wellness.composite, index) ?? 0,
          baselineMean: round(valueAt(wellness.compositeBaselineMean, index) ?? 0, 1),
        },
      ),
    );
  }
  for (const item of WELLNESS_ITEMS) {
    const z = valueAt(wellness.itemZ[item], index);
    if (z === null || z > itemZAmberAtOrBelow) continue;
    reasons.push(
      reason('wellness-item', 'amber', z, itemZAmberAtOrBelow, {
        item,
        score: valueAt(wellness.items[item], index) ?? 0,
        baselineMean: round(itemBaselineAt(wellness, item, index, settings.wellness)?.mean ?? 0, 1),
      }),
    );
  }
  const hasBaseline =
    valueAt(wellness.compositeBaselineMean, index) !== null ||
    WELLNESS_ITEMS.some((item) => itemBaselineAt(wellness, item, index, settings.wellness) !== null);
  if (!hasBaseline)
    reasons.push(reason('no-wellness-baseline', 'info', null, settings.wellness.baselineMinCheckins, {}));
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
        { rangeHigh: valueAt(hrv.normalRangeHigh, index) ?? 0 },
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
        {},
      ),
    );
  }
  return reasons;
}

/** Sustained fatigue and returning from a break: amber. */
export function trendReasons(context: ReadinessContext): ReadinessReason[] {
  const { metrics, index, settings, returning } = context;
  const reasons: ReadinessReason[] = [];
  if (metrics.fatigue.isSustainedFatigue[index] === 1) {
    const days = metrics.fatigue.flaggedCheckinDays[index] ?? 0;
    reasons.push(
      reason('sustained-fatigue', 'amber', days, settings.fatigue.minFlaggedDays, {
        windowCheckinDays: settings.fatigue.windowCheckinDays,
      }),
    );
  }
  if (returning !== null) {
    const stage = returnStage(returning, metrics, index);
    reasons.push(
      reason(
        'returning-from-break',
        stage === 'ramp' ? 'amber' : 'info',
        returning.breakDays,
        settings.returnToTraining.breakDays,
        {
          kind: returning.kind,
          stage,
          ...(returning.availabilityKind === undefined
            ? {}
            : { availabilityKind: returning.availabilityKind }),
          breakStartDate: returning.breakStartDate,
          ...(returning.breakEndDate === null ? {} : { breakEndDate: returning.breakEndDate }),
          preBreakChronicWeeklyLoadAu: round(returning.preBreakChronicWeeklyLoadAu, 0),
        },
      ),
    );
  }
  return reasons;
}

/**
 * Where a return stands. Amber only while the return ramp runs (SCIENCE.md): after the first session
 * back and until the last 7 days' load is back at the pre-break weekly level. An ongoing gap is a
 * note (nothing runs yet, or the athlete trains without logging: a real squad's check-ins went on),
 * and so is a return whose load is back where it was.
 */
export function returnStage(
  returning: ReturnFromBreak,
  metrics: AthleteMetrics,
  index: number,
): 'ongoing' | 'ramp' | 'complete' {
  if (returning.isOngoing) return 'ongoing';
  const lastSevenDaysAu = (metrics.load.acuteMeanAu[index] ?? 0) * 7;
  return returning.preBreakChronicWeeklyLoadAu > 0 && lastSevenDaysAu >= returning.preBreakChronicWeeklyLoadAu
    ? 'complete'
    : 'ramp';
}

/** Planning notes (SCIENCE.md): monotony > 2 with its strain, and days since a class's last stimulus. */
export function planningNotes({ metrics, index, settings, recency }: ReadinessContext): ReadinessReason[] {
  const notes: ReadinessReason[] = [];
  const monotony = valueAt(metrics.load.monotony, index);
  if (monotony !== null && monotony > settings.load.monotonyFlagAbove) {
    notes.push(
      reason('monotony-high', 'info', monotony, settings.load.monotonyFlagAbove, {
        strainAu: valueAt(metrics.load.strainAu, index),
      }),
    );
  }
  const flagDays = settings.returnToTraining.detrainingFlagDays;
  const since: Record<RecoveryClass, number | null> = {
    strength: recency.daysSinceStrength,
    endurance: recency.daysSinceEndurance,
  };
  for (const recoveryClass of RECOVERY_CLASSES) {
    const days = since[recoveryClass];
    if (days !== null && days >= flagDays) {
      notes.push(reason('detraining', 'info', days, flagDays, { recoveryClass }));
    }
  }
  return notes;
}

/** Grey: neither a check-in nor a session in the last 3 days (today included). */
export function recentDataReasons({ metrics, date, settings }: ReadinessContext): ReadinessReason[] {
  const windowDays = settings.readiness.noDataGreyAfterDays;
  const daysSince = daysSinceLastRecord(metrics, date);
  if (daysSince !== null && daysSince < windowDays) return [];
  return [reason('no-recent-data', 'grey', daysSince, windowDays, {})];
}

/** The source of each amber signal that counts towards "two sources = red". */
const SIGNAL_SOURCE_OF: Partial<Record<ReadinessRuleId, SignalSource>> = {
  'wellness-composite': 'wellness',
  'wellness-item': 'wellness',
  'sustained-fatigue': 'wellness',
  'hrv-below-range': 'heart',
  'resting-hr-high': 'heart',
  'acwr-danger': 'load',
};

/**
 * Red when amber signals come from two or more different sources the same day (SCIENCE.md: wellness,
 * HRV / resting HR, load): one noisy measure may mislead, two independent ones agreeing rarely do.
 */
export function combinedSignalReasons(reasons: readonly ReadinessReason[]): ReadinessReason[] {
  const sources = new Set<SignalSource>();
  for (const candidate of reasons) {
    const source = SIGNAL_SOURCE_OF[candidate.ruleId];
    if (source !== undefined && candidate.severity === 'amber') sources.add(source);
  }
  if (sources.size < 2) return [];
  const listed = SIGNAL_SOURCES.filter((source) => sources.has(source));
  return [reason('combined-signals', 'red', listed.length, 2, { sources: listed })];
}
