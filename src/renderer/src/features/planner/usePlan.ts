import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Block, PlanAcknowledgement, PlannedSession, Season, Settings, Squad } from '@shared/model';
import type { PlanAthlete, PlanContext } from '@shared/planning/plan-context';
import { planHorizon, projectPlan, type AthleteProjection } from '@shared/planning/projection';
import type { PlanWarning } from '@shared/planning/plan-warnings';
import { checkPlan } from '@shared/planning/rules';
import { addDays } from '@shared/time/local-date';
import { appDb } from '../../db/app-db';
import {
  listAcknowledgements,
  listBlocks,
  listPlannedSessions,
  listSeasonsForSquad,
  listSquads,
  loadPlanAthletes,
} from '../../db';

/** Days of recorded history the planner reads before the plan (see loadPlanAthletes). */
const HISTORY_DAYS = 365;

/** A squad's seasons and the chosen season's plan, live. */
export interface PlanRecords {
  squads: Squad[];
  squad: Squad | null;
  seasons: Season[];
  season: Season | null;
  blocks: Block[];
  plannedSessions: PlannedSession[];
  acknowledgements: ReadonlyMap<string, PlanAcknowledgement>;
}

/**
 * The plan of `seasonId` (or the squad's season that covers `today`, else its latest) for `squadId`
 * (or the first squad). Undefined while loading.
 */
export function usePlanRecords(
  squadId: string | null,
  seasonId: string | null,
  today: string,
): PlanRecords | undefined {
  return useLiveQuery(async () => {
    const squads = await listSquads(appDb);
    const squad = squads.find((candidate) => candidate.id === squadId) ?? squads[0] ?? null;
    if (!squad)
      return {
        squads,
        squad,
        seasons: [],
        season: null,
        blocks: [],
        plannedSessions: [],
        acknowledgements: new Map(),
      };
    const seasons = await listSeasonsForSquad(appDb, squad.id);
    const season =
      seasons.find((candidate) => candidate.id === seasonId) ??
      seasons.find((candidate) => candidate.startDate <= today && candidate.endDate >= today) ??
      seasons.at(-1) ??
      null;
    if (!season)
      return { squads, squad, seasons, season, blocks: [], plannedSessions: [], acknowledgements: new Map() };
    const [blocks, acknowledgements] = await Promise.all([
      listBlocks(appDb, season.id),
      listAcknowledgements(appDb, season.id),
    ]);
    const plannedSessions = await listPlannedSessions(appDb, {
      blockIds: blocks.map((block) => block.id),
      squadId: squad.id,
      from: season.startDate,
      to: season.endDate,
    });
    return {
      squads,
      squad,
      seasons,
      season,
      blocks,
      plannedSessions,
      acknowledgements: new Map(
        acknowledgements.map((acknowledgement) => [acknowledgement.id, acknowledgement]),
      ),
    };
  }, [squadId, seasonId, today]);
}

/**
 * The squad's active athletes with a year of history before the plan, live; undefined while loading.
 * A live query answers with its previous result until the new one arrives, so each answer is tagged
 * with what it was read for and a stale one (another squad, another start) is not passed on.
 */
export function usePlanAthletes(
  squadId: string | undefined,
  planStart: string | undefined,
): PlanAthlete[] | undefined {
  const key = squadId === undefined || planStart === undefined ? null : `${squadId}|${planStart}`;
  const answer = useLiveQuery(
    async () =>
      squadId === undefined || planStart === undefined
        ? { key, athletes: [] }
        : { key, athletes: await loadPlanAthletes(appDb, squadId, addDays(planStart, -HISTORY_DAYS)) },
    [key],
  );
  return answer?.key === key ? answer.athletes : undefined;
}

export interface PlanAnalysis {
  context: PlanContext;
  projections: Map<string, AthleteProjection>;
  warnings: PlanWarning[];
}

/** The projection (to the season's end) and the rule checks of the plan; recomputed when anything changes. */
export function usePlanAnalysis(
  records: PlanRecords | undefined,
  athletes: readonly PlanAthlete[] | undefined,
  settings: Settings,
  today: string,
): PlanAnalysis | undefined {
  return useMemo(() => {
    if (!records?.season || athletes === undefined) return undefined;
    const context: PlanContext = {
      today,
      settings,
      athletes,
      blocks: records.blocks,
      plannedSessions: records.plannedSessions,
    };
    const horizon = [records.season.endDate, planHorizon(context)].sort().at(-1) ?? today;
    const projections = projectPlan(context, horizon < today ? today : horizon);
    return { context, projections, warnings: checkPlan(context, projections) };
  }, [records, athletes, settings, today]);
}
