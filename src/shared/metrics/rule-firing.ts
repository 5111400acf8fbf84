import { addDays } from '../time/local-date';
import type { AthleteMetrics } from './athlete-metrics';
import type { AthleteMetricsInput } from './inputs';
import { assessReadiness } from './readiness';
import type { ReadinessRuleId } from './readiness-types';

/** How often one rule fired for a group of athletes over the days up to a date. */
export interface RuleFiring {
  ruleId: ReadinessRuleId;
  fromDate: string;
  toDate: string;
  dayCount: number;
  athleteCount: number;
  /** Athletes the rule fired for on at least one of the days. */
  flaggedAthleteCount: number;
  /** Days on which it fired for at least one athlete. */
  flaggedDayCount: number;
  /** Athlete-days it fired on. */
  flaggedAthleteDayCount: number;
}

/**
 * How often `ruleId` gave a reason for these athletes on each of the `dayCount` days ending on
 * `toDate` (SCIENCE.md, "Readiness today": judge a rule by how often it fires, Robertson et al.
 * 2017). A day after an athlete's metrics end is not counted for them.
 */
export function countRuleFiring(
  athletes: Iterable<{ metrics: AthleteMetrics; input: AthleteMetricsInput }>,
  ruleId: ReadinessRuleId,
  toDate: string,
  dayCount: number,
): RuleFiring {
  const fromDate = addDays(toDate, -(dayCount - 1));
  const flaggedDays = new Set<string>();
  let athleteCount = 0;
  let flaggedAthleteCount = 0;
  let flaggedAthleteDayCount = 0;
  for (const { metrics, input } of athletes) {
    athleteCount += 1;
    let isFlagged = false;
    for (let offset = 0; offset < dayCount; offset += 1) {
      const date = addDays(fromDate, offset);
      if (date > metrics.asOf) break;
      const readiness = assessReadiness(metrics, input, date);
      if (!readiness.reasons.some((reason) => reason.ruleId === ruleId)) continue;
      isFlagged = true;
      flaggedDays.add(date);
      flaggedAthleteDayCount += 1;
    }
    if (isFlagged) flaggedAthleteCount += 1;
  }
  return {
    ruleId,
    fromDate,
    toDate,
    dayCount,
    athleteCount,
    flaggedAthleteCount,
    flaggedDayCount: flaggedDays.size,
    flaggedAthleteDayCount,
  };
}
