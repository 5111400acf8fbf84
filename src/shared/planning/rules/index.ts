import type { PlanContext } from '../plan-context';
import { PLAN_RULES, type PlanRule, type PlanWarning } from '../plan-warnings';
import { projectPlan, type AthleteProjection } from '../projection';
import { checkEnduranceBeforeStrength } from './endurance-before-strength';
import { checkFocusDiluted } from './focus-diluted';
import { checkHardInAcutePhase } from './hard-in-acute-phase';
import { checkInterferenceGap } from './interference-gap';
import { checkProjectedRatio, checkProjectedRatioLow } from './projected-ratio';
import { buildRuleInput, type RuleInput } from './rule-input';
import { checkWeeklyRamp } from './weekly-ramp';

export { checkEnduranceBeforeStrength } from './endurance-before-strength';
export { checkFocusDiluted, maxOpposingLoadAu } from './focus-diluted';
export { checkHardInAcutePhase } from './hard-in-acute-phase';
export { checkInterferenceGap, proposedStartMinute } from './interference-gap';
export {
  checkProjectedRatio,
  checkProjectedRatioLow,
  maxDailyLoadForRatio,
  extraDailyLoadForMeanRatio,
} from './projected-ratio';
export { buildRuleInput, type AthletePlanView, type RuleInput } from './rule-input';
export { checkWeeklyRamp } from './weekly-ramp';

const RULE_CHECKS: Record<PlanRule, (input: RuleInput) => PlanWarning[]> = {
  'interference-gap': checkInterferenceGap,
  'endurance-before-strength': checkEnduranceBeforeStrength,
  'focus-diluted': checkFocusDiluted,
  'weekly-ramp': checkWeeklyRamp,
  'hard-in-acute-phase': checkHardInAcutePhase,
  'projected-ratio': checkProjectedRatio,
  'projected-ratio-low': checkProjectedRatioLow,
};

const SEVERITY_ORDER = { strong: 0, warning: 1 } as const;

/** Date, then strong before warning, then the order of PLAN_RULES, then id. */
export function comparePlanWarnings(a: PlanWarning, b: PlanWarning): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const bySeverity = SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
  if (bySeverity !== 0) return bySeverity;
  const byRule = PLAN_RULES.indexOf(a.rule) - PLAN_RULES.indexOf(b.rule);
  if (byRule !== 0) return byRule;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Every rule of PLAN_RULES on the plan (thresholds from `context.settings`), judging only what is
 * still to come: each warning involves a planned session with status "planned" (or, for a week, a
 * week holding one). Athletes for whom the same sessions break the same rule share one warning.
 * `projections` default to `projectPlan(context)`.
 */
export function checkPlan(
  context: PlanContext,
  projections: Map<string, AthleteProjection> = projectPlan(context),
): PlanWarning[] {
  const input = buildRuleInput(context, projections);
  return PLAN_RULES.flatMap((rule) => RULE_CHECKS[rule](input)).sort(comparePlanWarnings);
}
