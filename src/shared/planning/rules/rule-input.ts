import type { PlannedSession } from '../../model/plan';
import type { Stimulus } from '../../model/common';
import { toDayNumber } from '../../time/local-date';
import type { PlanAthlete, PlanContext } from '../plan-context';
import type { AthleteProjection, ProjectedSession } from '../projection';

/**
 * What every rule reads: the context, and per athlete their projection and their planned sessions
 * still to come. Built once per check, so the rules share the work.
 */

export const MINUTES_PER_HOUR = 60;
export const MINUTES_PER_DAY = 1440;

export interface AthletePlanView {
  athlete: PlanAthlete;
  projection: AthleteProjection;
  /** Planned sessions with status "planned" (still to come), in date and start-time order. */
  upcoming: readonly PlannedSession[];
  /** Day numbers of the Mondays of the ISO weeks holding one of `upcoming`. */
  upcomingWeekStarts: ReadonlySet<number>;
}

export interface RuleInput {
  context: PlanContext;
  todayDay: number;
  /** In the order of `context.athletes`; athletes without a projection are left out. */
  views: readonly AthletePlanView[];
}

/** Day number of the Monday of the ISO week holding day number `dayNumber` (1970-01-01 was a Thursday). */
export function isoWeekStartDay(dayNumber: number): number {
  return dayNumber - ((((dayNumber + 3) % 7) + 7) % 7);
}

export function buildRuleInput(context: PlanContext, projections: Map<string, AthleteProjection>): RuleInput {
  const views: AthletePlanView[] = [];
  for (const athlete of context.athletes) {
    const projection = projections.get(athlete.athleteId);
    if (!projection) continue;
    const upcoming = projection.planned
      .filter((status) => status.status === 'planned')
      .map((status) => status.planned);
    const upcomingWeekStarts = new Set(upcoming.map((planned) => isoWeekStartDay(toDayNumber(planned.date))));
    views.push({ athlete, projection, upcoming, upcomingWeekStarts });
  }
  return { context, todayDay: toDayNumber(context.today), views };
}

/**
 * A session's key in a warning id: the planned session's id, or for a logged session (which has no
 * id in the engine's input) `actual:<date>:<start time>:<stimulus>`, the same for every athlete of a
 * logged team session.
 */
export function sessionKey(session: ProjectedSession): string {
  return (
    session.plannedSessionId ?? `actual:${session.date}:${session.startTime ?? 'none'}:${session.stimulus}`
  );
}

/** The stimulus sets of the interference settings, as quick look-ups. */
export interface StimulusClasses {
  isStrength: (stimulus: Stimulus) => boolean;
  isEndurance: (stimulus: Stimulus) => boolean;
}

export function stimulusClasses(settings: PlanContext['settings']): StimulusClasses {
  const strength = new Set(settings.interference.strengthStimuli);
  const endurance = new Set(settings.interference.enduranceStimuli);
  return {
    isStrength: (stimulus) => strength.has(stimulus),
    isEndurance: (stimulus) => endurance.has(stimulus),
  };
}

/** Findings of one rule, one per athlete, grouped by warning id (athletes in the order found). */
export interface FindingGroup<T> {
  athleteIds: string[];
  findings: T[];
}

export function groupFindings<T extends { id: string; athleteId: string }>(
  findings: Iterable<T>,
): Map<string, FindingGroup<T>> {
  const groups = new Map<string, FindingGroup<T> & { athleteSet: Set<string> }>();
  for (const finding of findings) {
    const group = groups.get(finding.id);
    if (!group) {
      const athleteIds = [finding.athleteId];
      groups.set(finding.id, { athleteIds, athleteSet: new Set(athleteIds), findings: [finding] });
    } else {
      if (!group.athleteSet.has(finding.athleteId)) {
        group.athleteSet.add(finding.athleteId);
        group.athleteIds.push(finding.athleteId);
      }
      group.findings.push(finding);
    }
  }
  return groups;
}

/** The finding with the highest `score` (the first of equals). */
export function worstOf<T>(findings: readonly T[], score: (finding: T) => number): T {
  let worst = findings[0];
  if (worst === undefined) throw new RangeError('worstOf: no findings');
  let worstScore = score(worst);
  for (const finding of findings) {
    const value = score(finding);
    if (value > worstScore) {
      worst = finding;
      worstScore = value;
    }
  }
  return worst;
}

/** Whole AU at most `valueAu` (a limit to stay under), tolerant of rounding just below a whole number. */
export function floorAu(valueAu: number): number {
  return Math.max(0, Math.floor(valueAu + 1e-9));
}

/** Sum of the projection's daily loads (AU) on day numbers `fromDay` … `fromDay + days − 1` (0 off the axis). */
export function sumProjectedLoadAu(projection: AthleteProjection, fromDay: number, days: number): number {
  const { dailyLoadAu } = projection.daily;
  const from = fromDay - projection.axis.startDay;
  let sum = 0;
  for (let i = Math.max(0, from); i < Math.min(from + days, projection.axis.length); i += 1)
    sum += dailyLoadAu[i] ?? 0;
  return sum;
}
