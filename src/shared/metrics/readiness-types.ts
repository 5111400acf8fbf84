import type { RecoveryState } from './recovery-phase';
import type { ReturnFromBreak } from './training-gaps';

/** Readiness for hard training today (SCIENCE.md, "Readiness for hard training today"). */
export const READINESS_STATUSES = ['red', 'grey', 'amber', 'green'] as const;
export type ReadinessStatus = (typeof READINESS_STATUSES)[number];

/** A reason's weight; 'info' explains without changing the status. */
export type ReasonSeverity = 'red' | 'grey' | 'amber' | 'info';

/** Every rule a reason can come from; the UI translates `readiness.rule.<id>` and opens its definition. */
export const READINESS_RULE_IDS = [
  'availability',
  'recovery-acute',
  'recovery-regeneration',
  'recovery-adaptation',
  'acwr-danger',
  'acwr-high',
  'acwr-low',
  'insufficient-history',
  'wellness-composite',
  'wellness-item',
  'no-checkin-today',
  'no-wellness-baseline',
  'hrv-below-range',
  'resting-hr-high',
  'sustained-fatigue',
  'monotony-high',
  'returning-from-break',
  'no-recent-data',
] as const;
export type ReadinessRuleId = (typeof READINESS_RULE_IDS)[number];

/** One reason behind a status: what was measured, against what, by which rule. */
export interface ReadinessReason {
  ruleId: ReadinessRuleId;
  severity: ReasonSeverity;
  /** The measured value (a ratio, a z-score, hours, days), or null when the rule is about absence. */
  value: number | null;
  /** The threshold the value crossed, or the baseline it was compared with; null when none applies. */
  threshold: number | null;
  /** Translation key of the sentence, `readiness.rule.<ruleId>`. */
  messageKey: string;
  /** Everything else the sentence needs (item names, dates, times, baseline mean), by name. */
  params: Record<string, string | number>;
}

export interface Readiness {
  date: string;
  /** Local time the recovery phase was judged at (settings.readiness.morningTime unless asked). */
  atTime: string;
  status: ReadinessStatus;
  /** Worst first. */
  reasons: ReadinessReason[];
  recovery: RecoveryState;
  /** The break the athlete is returning from, if any (SCIENCE.md, "return to training"). */
  returning: ReturnFromBreak | null;
}

/**
 * Worst first. Grey ranks above amber: amber reasons computed from days without data would mislead,
 * and a coach cannot clear an athlete nobody has heard from; a red reason (injured, acute phase) is
 * known regardless and stays red.
 */
const SEVERITY_RANK: Record<ReasonSeverity, number> = { red: 0, grey: 1, amber: 2, info: 3 };

export function compareSeverity(a: ReasonSeverity, b: ReasonSeverity): number {
  return SEVERITY_RANK[a] - SEVERITY_RANK[b];
}

/** Status = the worst severity among the reasons; green when none is red, grey or amber. */
export function statusFromReasons(reasons: readonly ReadinessReason[]): ReadinessStatus {
  let status: ReadinessStatus = 'green';
  for (const reason of reasons) {
    if (reason.severity === 'info') continue;
    if (SEVERITY_RANK[reason.severity] < SEVERITY_RANK[status === 'green' ? 'info' : status])
      status = reason.severity;
  }
  return status;
}

export function reason(
  ruleId: ReadinessRuleId,
  severity: ReasonSeverity,
  value: number | null,
  threshold: number | null,
  params: Record<string, string | number> = {},
): ReadinessReason {
  return { ruleId, severity, value, threshold, messageKey: `readiness.rule.${ruleId}`, params };
}
