import type { Athlete } from '../model/athlete';
import type { Block, PlannedSession } from '../model/plan';
import type { Settings } from '../model/settings';
import type { AthleteMetricsInput } from '../metrics/inputs';
import { computeSessionLoadAu } from '../metrics/session-load';

/**
 * What the planner reasons about: one squad's athletes with their recorded history, the blocks and
 * the planned sessions. Pure data, so the rules, the projection and the ramp run anywhere (page,
 * worker, Node bench) and are unit-tested with hand-made plans.
 */

/** An athlete as the planner sees them: the engine's input plus name and squads. */
export interface PlanAthlete extends AthleteMetricsInput {
  name: string;
  squadIds: Athlete['squadIds'];
}

export interface PlanContext {
  /**
   * The first day of the plan: days before it are the record (actual sessions), days from it on are
   * the plan. A planned session on `today` counts as planned until a matching session is logged.
   */
  today: string;
  settings: Settings;
  /** The athletes the plan is for (a squad's active athletes). */
  athletes: readonly PlanAthlete[];
  blocks: readonly Block[];
  plannedSessions: readonly PlannedSession[];
}

/** Planned session load (AU) = target RPE × duration (Foster 2001), as for a logged session. */
export function plannedLoadAu(planned: Pick<PlannedSession, 'targetRpe' | 'durationMin'>): number {
  return computeSessionLoadAu(planned.targetRpe, planned.durationMin);
}

/**
 * Who a planned session is for: the athletes it names, else the athletes of its squad, else every
 * athlete of the plan. Athletes not in `athletes` (archived, another squad) are left out.
 */
export function audienceOf(
  planned: Pick<PlannedSession, 'athleteIds' | 'squadId'>,
  athletes: readonly PlanAthlete[],
): PlanAthlete[] {
  if (planned.athleteIds !== undefined && planned.athleteIds.length > 0) {
    const named = new Set(planned.athleteIds);
    return athletes.filter((athlete) => named.has(athlete.athleteId));
  }
  const { squadId } = planned;
  if (squadId !== undefined) return athletes.filter((athlete) => athlete.squadIds.includes(squadId));
  return [...athletes];
}

/** Every athlete's planned sessions, in date and start-time order (athletes without any get []). */
export function plannedSessionsByAthlete(
  plannedSessions: readonly PlannedSession[],
  athletes: readonly PlanAthlete[],
): Map<string, PlannedSession[]> {
  const byAthlete = new Map<string, PlannedSession[]>(athletes.map((athlete) => [athlete.athleteId, []]));
  for (const planned of [...plannedSessions].sort(comparePlanned)) {
    for (const athlete of audienceOf(planned, athletes)) byAthlete.get(athlete.athleteId)?.push(planned);
  }
  return byAthlete;
}

/** Date, then start time, then id: the order of a day's column in the week view. */
export function comparePlanned(
  a: Pick<PlannedSession, 'date' | 'startTime' | 'id'>,
  b: Pick<PlannedSession, 'date' | 'startTime' | 'id'>,
): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.startTime !== b.startTime) return a.startTime < b.startTime ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
