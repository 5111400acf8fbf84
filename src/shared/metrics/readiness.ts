import type { RecoveryClass, Settings } from '../model/settings';
import { toLocalMinute } from '../time/local-date';
import type { AthleteMetrics } from './athlete-metrics';
import type { AthleteMetricsInput } from './inputs';
import {
  availabilityReasons,
  combinedSignalReasons,
  heartReasons,
  planningNotes,
  ratioReasons,
  recentDataReasons,
  recoveryReasons,
  trendReasons,
  wellnessReasons,
  type ReadinessContext,
} from './readiness-rules';
import {
  compareSeverity,
  statusFromReasons,
  type ClassReadiness,
  type Readiness,
  type ReadinessReason,
} from './readiness-types';
import { recoveryStateAt, type RecoveryState } from './recovery-phase';
import { dayIndex } from './series';
import { returnFromBreakFromMetrics, stimulusRecencyFromMetrics } from './athlete-lookups';

const SIGNAL_RULES = [
  availabilityReasons,
  wellnessReasons,
  heartReasons,
  ratioReasons,
  trendReasons,
] as const;
const NOTE_RULES = [recoveryReasons, planningNotes] as const;

/** At most this much excess counts, so one extreme value never outweighs a second flag. */
const MAX_EXCESS = 9.9;

/**
 * How far a reason is past its threshold, in comparable steps: SDs for z-scores and HRV (the normal
 * range is 1 SD wide), tenths for a ratio, 5 bpm for resting HR, days for sustained fatigue and
 * missing data. Used only to order athletes and reasons, never to decide a status.
 */
export function reasonExcess(reason: ReadinessReason): number {
  const { value, threshold } = reason;
  if (reason.ruleId === 'availability') return reason.severity === 'red' ? MAX_EXCESS : 0;
  if (value === null || threshold === null) return 0;
  let excess = 0;
  switch (reason.ruleId) {
    case 'wellness-composite':
    case 'wellness-item':
      excess = threshold - value;
      break;
    case 'acwr-danger':
      excess = (value - threshold) * 10;
      break;
    case 'hrv-below-range': {
      const width = reason.params.rangeHigh - threshold;
      excess = width > 0 ? (threshold - value) / width : 0;
      break;
    }
    case 'resting-hr-high':
      excess = (value - threshold) / 5;
      break;
    case 'sustained-fatigue':
    case 'no-recent-data':
      excess = value - threshold;
      break;
    default:
      excess = 0;
  }
  return Math.min(MAX_EXCESS, Math.max(0, excess));
}

/** Each red or amber reason counts 10 plus its excess: more flags first, then the stronger ones. */
function severityScoreOf(reasons: readonly ReadinessReason[]): number {
  let score = 0;
  for (const candidate of reasons) {
    if (candidate.severity === 'red' || candidate.severity === 'amber') score += 10 + reasonExcess(candidate);
  }
  return score;
}

function compareReasons(a: ReadinessReason, b: ReadinessReason): number {
  return compareSeverity(a.severity, b.severity) || reasonExcess(b) - reasonExcess(a);
}

/** Hard work of a class: advised against in its acute phase, with care in regeneration (SCIENCE.md). */
export function classReadinessOf(recoveryClass: RecoveryClass, recovery: RecoveryState): ClassReadiness {
  const session = recovery.lastHardSession;
  const phase = recovery.phase;
  if (session === null || phase === null || phase === 'adaptation') {
    return { recoveryClass, phase, status: 'green', hardFromMinute: null };
  }
  return {
    recoveryClass,
    phase,
    status: phase === 'acute' ? 'red' : 'amber',
    hardFromMinute: session.adaptationFromMinute,
  };
}

/** Each class's recovery state at a local minute, from that class's own hard sessions. */
export function recoveryByClassAt(
  metrics: AthleteMetrics,
  atMinute: number,
): Record<RecoveryClass, RecoveryState> {
  return {
    strength: recoveryStateAt(metrics.hardSessionsByClass.strength, atMinute),
    endurance: recoveryStateAt(metrics.hardSessionsByClass.endurance, atMinute),
  };
}

/**
 * Readiness on `date` (SCIENCE.md, "Readiness today"). The status comes only from the athlete's
 * individual signals: red for injured, ill or unavailable, composite wellness z ≤ −2, or amber
 * signals from two sources; grey without a check-in or session in the last 3 days; amber for one
 * signal; green otherwise. Recovery phases say per stimulus class what hard work fits (`readyFor`,
 * judged at `atTime`, default settings.readiness.morningTime) and never change the status; ratio
 * bands, monotony and detraining are planning notes. Grey shows no phase and no ratio: nothing is
 * known. `date` must not be after `metrics.asOf`.
 */
export function assessReadiness(
  metrics: AthleteMetrics,
  input: AthleteMetricsInput,
  date: string,
  atTime?: string,
): Readiness {
  const settings: Settings = metrics.settings;
  if (date > metrics.asOf)
    throw new RangeError(`Readiness on ${date} needs metrics up to that day (have ${metrics.asOf})`);
  const time = atTime ?? settings.readiness.morningTime;
  const recoveryByClass = recoveryByClassAt(metrics, toLocalMinute(date, time));
  const returning = returnFromBreakFromMetrics(metrics, input.availability, date);
  const context: ReadinessContext = {
    metrics,
    input,
    date,
    index: dayIndex(metrics.axis, date),
    recoveryByClass,
    returning,
    recency: stimulusRecencyFromMetrics(metrics, date),
    settings,
  };
  const noData = recentDataReasons(context);
  // Grey: nothing is known, so no phase, no ratio and no return; an injury still counts.
  const isUnknown = noData.length > 0;
  const signals = isUnknown ? availabilityReasons(context) : SIGNAL_RULES.flatMap((rule) => rule(context));
  const reasons = (
    isUnknown
      ? [...signals, ...noData]
      : [...combinedSignalReasons(signals), ...signals, ...NOTE_RULES.flatMap((rule) => rule(context))]
  ).sort(compareReasons);
  return {
    date,
    atTime: time,
    status: statusFromReasons(reasons),
    reasons,
    severityScore: severityScoreOf(reasons),
    readyFor: isUnknown
      ? null
      : {
          strength: classReadinessOf('strength', recoveryByClass.strength),
          endurance: classReadinessOf('endurance', recoveryByClass.endurance),
        },
    recoveryByClass,
    returning: isUnknown ? null : returning,
  };
}
