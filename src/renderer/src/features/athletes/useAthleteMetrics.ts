import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  computeAthleteMetrics,
  summariseAthlete,
  type AthleteMetrics,
  type AthleteMetricsInput,
  type AthleteSummary,
} from '@shared/metrics';
import type {
  Athlete,
  AvailabilityEvent,
  Season,
  Session,
  Settings,
  Squad,
  WellnessEntry,
} from '@shared/model';
import { appDb } from '../../db/app-db';
import {
  getAthlete,
  listAvailabilityForAthlete,
  listSessionsForAthlete,
  listSquads,
  listWellnessForAthlete,
} from '../../db';

/** Everything the athlete page reads, live: any change to these records re-runs the query. */
export interface AthleteRecords {
  athlete: Athlete | undefined;
  squads: Squad[];
  /** Oldest first (as the repository sorts them). */
  sessions: Session[];
  wellness: WellnessEntry[];
  /** Newest start first. */
  availability: AvailabilityEvent[];
  seasons: Season[];
}

/** One athlete's records and the squads and seasons around them; undefined while loading. */
export function useAthleteRecords(athleteId: string): AthleteRecords | undefined {
  return useLiveQuery(async () => {
    const [athlete, squads, sessions, wellness, availability, seasons] = await Promise.all([
      getAthlete(appDb, athleteId),
      listSquads(appDb),
      listSessionsForAthlete(appDb, athleteId),
      listWellnessForAthlete(appDb, athleteId),
      listAvailabilityForAthlete(appDb, athleteId),
      // Seasons are few (one a year or so): no repository query of their own yet.
      appDb.seasons.toArray(),
    ]);
    return { athlete, squads, sessions, wellness, availability, seasons };
  }, [athleteId]);
}

export interface AthleteComputed {
  input: AthleteMetricsInput;
  metrics: AthleteMetrics;
  summary: AthleteSummary;
}

/**
 * The engine's series and today's summary for one athlete, computed once per change of records,
 * settings or day (never per render: charts and the header share this one result).
 */
export function useAthleteMetrics(
  records: AthleteRecords | undefined,
  settings: Settings,
  today: string,
): AthleteComputed | null {
  return useMemo(() => {
    const athlete = records?.athlete;
    if (!records || !athlete) return null;
    const input: AthleteMetricsInput = {
      athleteId: athlete.id,
      trainingAgeYears: athlete.trainingAgeYears,
      ...(athlete.birthDate === undefined ? {} : { birthDate: athlete.birthDate }),
      sessions: records.sessions,
      wellness: records.wellness,
      availability: records.availability,
    };
    const metrics = computeAthleteMetrics(input, today, settings);
    return { input, metrics, summary: summariseAthlete(metrics, input, today) };
  }, [records, settings, today]);
}
