import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Settings } from '@shared/model';
import { appDb } from '../../db/app-db';
import {
  plannedSessionsForAthlete,
  projectAthletePlan,
  toPlanAthlete,
  type AthletePlanProjection,
} from './athlete-plan';
import type { AthleteComputed, AthleteRecords } from './useAthleteMetrics';

/**
 * The athlete's projection over the plan, live: planned sessions dated after today (theirs, by
 * `audienceOf`) run through the engine with their record. Null while loading or without a plan.
 */
export function useAthleteProjection(
  records: AthleteRecords | undefined,
  computed: AthleteComputed | null,
  settings: Settings,
  today: string,
): AthletePlanProjection | null {
  const plan = useLiveQuery(async () => {
    // Planned sessions after today are few (weeks of a squad's plan), and blocks a handful a season:
    // read them directly, as the page reads seasons.
    const [planned, blocks] = await Promise.all([
      appDb.plannedSessions.where('date').above(today).toArray(),
      appDb.blocks.toArray(),
    ]);
    return { planned, blocks };
  }, [today]);
  return useMemo(() => {
    const athlete = records?.athlete;
    if (!plan || !athlete || !computed || plan.planned.length === 0) return null;
    const planAthlete = toPlanAthlete(computed.input, athlete);
    const planned = plannedSessionsForAthlete(plan.planned, planAthlete, plan.blocks, records.seasons);
    return projectAthletePlan(planAthlete, planned, today, settings);
  }, [plan, records, computed, settings, today]);
}
