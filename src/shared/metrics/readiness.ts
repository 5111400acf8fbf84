import type { Settings } from '../model/settings';
import { toLocalMinute } from '../time/local-date';
import type { AthleteMetrics } from './athlete-metrics';
import type { AthleteMetricsInput } from './inputs';
import {
  availabilityReasons,
  heartReasons,
  ratioReasons,
  recentDataReasons,
  recoveryReasons,
  trendReasons,
  wellnessReasons,
  type ReadinessContext,
} from './readiness-rules';
import { compareSeverity, statusFromReasons, type Readiness } from './readiness-types';
import { recoveryStateAt } from './recovery-phase';
import { dayIndex } from './series';
import { returnFromBreakFromMetrics } from './athlete-lookups';

const RULES = [
  availabilityReasons,
  recoveryReasons,
  ratioReasons,
  wellnessReasons,
  heartReasons,
  trendReasons,
  recentDataReasons,
] as const;

/**
 * Readiness for hard training on `date` (SCIENCE.md, "Readiness for hard training today"): red if any
 * red reason, grey without a check-in or session in the last 3 days, amber if any amber reason, green
 * otherwise; every reason says its rule, value and threshold. The recovery phase is judged at
 * `atTime` (default: settings.readiness.morningTime). `date` must not be after `metrics.asOf`.
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
  const recovery = recoveryStateAt(metrics.hardSessions, toLocalMinute(date, time));
  const returning = returnFromBreakFromMetrics(metrics, input.availability, date);
  const index = dayIndex(metrics.axis, date);
  const context: ReadinessContext = { metrics, input, date, index, recovery, returning, settings };
  const reasons = RULES.flatMap((rule) => rule(context)).sort((a, b) =>
    compareSeverity(a.severity, b.severity),
  );
  return { date, atTime: time, status: statusFromReasons(reasons), reasons, recovery, returning };
}
