import type { AvailabilityKind } from '../model/availability';
import type { Stimulus } from '../model/common';
import type { RecoveryClass } from '../model/settings';
import type { WellnessItem } from '../model/wellness';
import type { RecoveryPhase, RecoveryState } from './recovery-phase';
import type { ReturnFromBreak } from './training-gaps';

/** Readiness for hard training today (SCIENCE.md, "Readiness today"). */
export const READINESS_STATUSES = ['red', 'grey', 'amber', 'green'] as const;
export type ReadinessStatus = (typeof READINESS_STATUSES)[number];

/** A reason's weight; 'info' explains (a planning note, a recovery phase) without changing the status. */
export type ReasonSeverity = 'red' | 'grey' | 'amber' | 'info';

/**
 * Where an individual signal comes from: two amber signals from different sources on one day make
 * the status red (SCIENCE.md, "Readiness today").
 */
export const SIGNAL_SOURCES = ['wellness', 'heart', 'load'] as const;
export type SignalSource = (typeof SIGNAL_SOURCES)[number];

/** What the sentence of a recovery reason needs: the session that started the class's clock. */
export interface RecoveryReasonParams {
  recoveryClass: RecoveryClass;
  stimulus: Stimulus;
  sessionDate: string;
  sessionEndDate: string;
  sessionEndTime: string;
  ageFactor: number;
  nextPhaseDate?: string;
  nextPhaseTime?: string;
  /** When hard work of the class is fine again. */
  adaptationDate: string;
  adaptationTime: string;
}

export interface RatioReasonParams {
  acuteAu: number;
  chronicAu: number;
  variant: 'ewma' | 'rolling' | 'uncoupled';
}

export interface WellnessReasonParams {
  score: number;
  baselineMean: number;
}

/** The parameters of each rule's reason: a misspelt key is a compile error, not a "–" on screen. */
export interface ReasonParamsByRule {
  availability: { kind: AvailabilityKind; startDate: string; endDate?: string };
  'recovery-acute': RecoveryReasonParams;
  'recovery-regeneration': RecoveryReasonParams;
  'acwr-danger': RatioReasonParams;
  'acwr-high': RatioReasonParams;
  'acwr-low': RatioReasonParams;
  'insufficient-history': Record<string, never>;
  'wellness-composite': WellnessReasonParams;
  'wellness-item': WellnessReasonParams & { item: WellnessItem };
  'no-checkin-today': Record<string, never>;
  'no-wellness-baseline': Record<string, never>;
  'hrv-below-range': { rangeHigh: number };
  'resting-hr-high': Record<string, never>;
  'sustained-fatigue': { windowCheckinDays: number };
  'combined-signals': { sources: SignalSource[] };
  'monotony-high': { strainAu: number | null };
  detraining: { recoveryClass: RecoveryClass };
  'returning-from-break': {
    kind: ReturnFromBreak['kind'];
    /** ongoing: no session since; ramp: back and building up (amber); complete: load back at its pre-break level. */
    stage: 'ongoing' | 'ramp' | 'complete';
    availabilityKind?: AvailabilityKind;
    breakStartDate: string;
    breakEndDate?: string;
    preBreakChronicWeeklyLoadAu: number;
  };
  'no-recent-data': Record<string, never>;
}

/** Every rule a reason can come from; the UI translates `readiness.rule.<id>` and opens its definition. */
export type ReadinessRuleId = keyof ReasonParamsByRule;

export const READINESS_RULE_IDS = [
  'availability',
  'combined-signals',
  'wellness-composite',
  'wellness-item',
  'hrv-below-range',
  'resting-hr-high',
  'acwr-danger',
  'sustained-fatigue',
  'returning-from-break',
  'no-recent-data',
  'recovery-acute',
  'recovery-regeneration',
  'acwr-high',
  'acwr-low',
  'monotony-high',
  'detraining',
  'insufficient-history',
  'no-checkin-today',
  'no-wellness-baseline',
] as const satisfies readonly ReadinessRuleId[];

interface ReasonBase {
  severity: ReasonSeverity;
  /** The measured value (a ratio, a z-score, hours, days), or null when the rule is about absence. */
  value: number | null;
  /** The threshold the value crossed, or the baseline it was compared with; null when none applies. */
  threshold: number | null;
  /** Translation key of the sentence, `readiness.rule.<ruleId>`. */
  messageKey: string;
}

/** The reason of one rule (of each rule, for a union of ids). */
export type ReasonOf<Id extends ReadinessRuleId> = Id extends ReadinessRuleId
  ? ReasonBase & { ruleId: Id; params: ReasonParamsByRule[Id] }
  : never;

/** One reason behind a status: what was measured, against what, by which rule. */
export type ReadinessReason = ReasonOf<ReadinessRuleId>;

/** Where an athlete is for hard work of one class (SCIENCE.md, "Ready for what"). */
export interface ClassReadiness {
  recoveryClass: RecoveryClass;
  /** Null when no hard session of the class has ended yet. */
  phase: RecoveryPhase | null;
  /** acute = red (hard work advised against), regeneration = amber (with care), else green. */
  status: 'red' | 'amber' | 'green';
  /** Local minute from which hard work of the class is fine (adaptation); null when it already is. */
  hardFromMinute: number | null;
}

export interface Readiness {
  date: string;
  /** Local time the recovery phases were judged at (settings.readiness.morningTime unless asked). */
  atTime: string;
  status: ReadinessStatus;
  /** Worst first; within a severity the strongest deviation first. */
  reasons: ReadinessReason[];
  /**
   * How far past their thresholds the status reasons are, for ordering athletes of one status: each
   * red or amber reason counts 10 plus its excess (in SDs or tenths of a ratio, at most 9.9).
   */
  severityScore: number;
  /** Per stimulus class: the phase now and when hard work is fine. Null when the status is grey. */
  readyFor: Record<RecoveryClass, ClassReadiness> | null;
  /** Per class, the recovery state at `atTime` (the details behind `readyFor`). */
  recoveryByClass: Record<RecoveryClass, RecoveryState>;
  /** The break the athlete is returning from, if any (SCIENCE.md, "return to training"). */
  returning: ReturnFromBreak | null;
}

/**
 * Worst first. Grey ranks above amber: amber reasons computed from days without data would mislead,
 * and a coach cannot clear an athlete nobody has heard from; a red reason (injured, ill) is known
 * regardless and stays red.
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
    if (status === 'green' || SEVERITY_RANK[reason.severity] < SEVERITY_RANK[status])
      status = reason.severity;
  }
  return status;
}

/** A reason of rule `ruleId`; its params are checked against that rule's type. */
export function reason<Id extends ReadinessRuleId>(
  ruleId: Id,
  severity: ReasonSeverity,
  value: number | null,
  threshold: number | null,
  params: ReasonParamsByRule[Id],
): ReasonOf<Id> {
  const made: ReasonBase & { ruleId: Id; params: ReasonParamsByRule[Id] } = {
    ruleId,
    severity,
    value,
    threshold,
    messageKey: `readiness.rule.${ruleId}`,
    params,
  };
  // A single id: the conditional type resolves to exactly this shape.
  return made as ReasonOf<Id>;
}
