import type { Block, PlannedSession, Season } from '@shared/model';
import { audienceOf, comparePlanned, type PlanAthlete } from '@shared/planning/plan-context';
import { projectAthlete, type AthleteProjection } from '@shared/planning/projection';
import type { Settings } from '@shared/model';
import type { AthleteMetricsInput } from '@shared/metrics';
import { projectionHorizon } from '../../charts/series';

/**
 * The plan as one athlete's page sees it: which planned sessions are theirs and the projection of
 * their loads to the last of them (pure, so it is unit-tested without a database).
 */

/** The athlete as the planner sees them: the engine's input with their name and squads. */
export function toPlanAthlete(
  input: AthleteMetricsInput,
  athlete: { name: string; squadIds: readonly string[] },
): PlanAthlete {
  return { ...input, name: athlete.name, squadIds: [...athlete.squadIds] };
}

/**
 * The athlete's planned sessions, in date order: those naming them, else those of one of their
 * squads (a session of a block counts for its season's squad, or for everyone in a club-wide season).
 */
export function plannedSessionsForAthlete(
  planned: readonly PlannedSession[],
  athlete: PlanAthlete,
  blocks: readonly Pick<Block, 'id' | 'seasonId'>[],
  seasons: readonly Pick<Season, 'id' | 'squadId'>[],
): PlannedSession[] {
  const seasonOfBlock = new Map(blocks.map((block) => [block.id, block.seasonId]));
  const squadOfSeason = new Map(seasons.map((season) => [season.id, season.squadId]));
  return planned
    .filter((session) => {
      const seasonId = session.blockId === undefined ? undefined : seasonOfBlock.get(session.blockId);
      const squadId = session.squadId ?? (seasonId === undefined ? undefined : squadOfSeason.get(seasonId));
      const audience = audienceOf({ athleteIds: session.athleteIds, squadId }, [athlete]);
      return audience.length > 0;
    })
    .sort(comparePlanned);
}

export interface AthletePlanProjection {
  /** The last projected day: the last planned date, at most 12 weeks ahead. */
  horizon: string;
  projection: AthleteProjection;
}

/**
 * The projection of the athlete's record plus their planned sessions after `today` to the horizon
 * (shared/planning/projection); null when nothing is planned after today.
 */
export function projectAthletePlan(
  athlete: PlanAthlete,
  planned: readonly PlannedSession[],
  today: string,
  settings: Settings,
): AthletePlanProjection | null {
  const upcoming = planned.filter((session) => session.date > today);
  const horizon = projectionHorizon(upcoming, today);
  if (horizon === null) return null;
  return { horizon, projection: projectAthlete(athlete, upcoming, today, horizon, settings) };
}
