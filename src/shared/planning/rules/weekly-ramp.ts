import type { PlannedSession } from '../../model/plan';
import { fromDayNumber, toDayNumber } from '../../time/local-date';
import { comparePlanned } from '../plan-context';
import type { PlanWarningFor } from '../plan-warnings';
import {
  floorAu,
  groupFindings,
  sumProjectedLoadAu,
  worstOf,
  type AthletePlanView,
  type RuleInput,
} from './rule-input';

/**
 * Ramp (SCIENCE.md, "Load"; Nielsen 2014): per athlete and ISO week holding a planned session still
 * to come, the week's projected load (logged days as done, the rest as planned) above the mean of the
 * two ISO weeks before by more than load.weeklyRampWarningPercent. One warning per week.
 */

const DAYS_PER_WEEK = 7;

interface RampFinding {
  id: string;
  athleteId: string;
  weekStartDay: number;
  weekLoadAu: number;
  previousMeanAu: number;
  percentAbove: number;
  sessions: readonly PlannedSession[];
}

function findRamps(view: AthletePlanView, percentLimit: number): RampFinding[] {
  const { projection } = view;
  const findings: RampFinding[] = [];
  for (const weekStartDay of view.upcomingWeekStarts) {
    const weekLoadAu = sumProjectedLoadAu(projection, weekStartDay, DAYS_PER_WEEK);
    const previousSumAu = sumProjectedLoadAu(projection, weekStartDay - 2 * DAYS_PER_WEEK, 2 * DAYS_PER_WEEK);
    // week > mean × (1 + p/100) without dividing, so exactly +p % is not a warning.
    if (previousSumAu <= 0 || weekLoadAu * 200 <= previousSumAu * (100 + percentLimit)) continue;
    const previousMeanAu = previousSumAu / 2;
    const weekEndDay = weekStartDay + DAYS_PER_WEEK - 1;
    findings.push({
      id: `weekly-ramp:${fromDayNumber(weekStartDay)}`,
      athleteId: view.athlete.athleteId,
      weekStartDay,
      weekLoadAu,
      previousMeanAu,
      percentAbove: (weekLoadAu / previousMeanAu - 1) * 100,
      sessions: view.upcoming.filter((planned) => {
        const day = toDayNumber(planned.date);
        return day >= weekStartDay && day <= weekEndDay;
      }),
    });
  }
  return findings;
}

export function checkWeeklyRamp(input: RuleInput): PlanWarningFor<'weekly-ramp'>[] {
  const percentLimit = input.context.settings.load.weeklyRampWarningPercent;
  const findings = input.views.flatMap((view) => findRamps(view, percentLimit));
  return [...groupFindings(findings).values()].map(({ athleteIds, findings: group }) => {
    const worst = worstOf(group, (finding) => finding.percentAbove);
    const weekStart = fromDayNumber(worst.weekStartDay);
    const sessions = new Map<string, PlannedSession>();
    for (const finding of group) for (const planned of finding.sessions) sessions.set(planned.id, planned);
    return {
      id: worst.id,
      rule: 'weekly-ramp' as const,
      severity: 'warning',
      date: weekStart,
      sessionIds: [...sessions.values()].sort(comparePlanned).map((planned) => planned.id),
      athleteIds,
      values: {
        percentAbove: worst.percentAbove,
        weekLoadAu: worst.weekLoadAu,
        previousMeanAu: worst.previousMeanAu,
        athleteId: worst.athleteId,
        weeklyRampWarningPercent: percentLimit,
      },
      fix: {
        kind: 'reduce-week-load' as const,
        weekStart,
        maxLoadAu: floorAu((worst.previousMeanAu * (100 + percentLimit)) / 100),
        athleteId: worst.athleteId,
      },
    };
  });
}
