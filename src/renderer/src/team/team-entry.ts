import type { Athlete, Settings } from '@shared/model';
import {
  computeAthleteMetrics,
  type AthleteMetrics,
  type AthleteMetricsInput,
  type MetricsAvailability,
  type MetricsCheckin,
  type MetricsSession,
} from '@shared/metrics';

/** One athlete of the team as the team views read it: who they are, their records and their series. */
export interface TeamEntry {
  athlete: Athlete;
  input: AthleteMetricsInput;
  metrics: AthleteMetrics;
}

/** The records of one athlete, as read from the database. */
export interface AthleteRecordSet {
  sessions: readonly MetricsSession[];
  wellness: readonly MetricsCheckin[];
  availability: readonly MetricsAvailability[];
}

/** The engine input of one athlete. */
export function toMetricsInput(athlete: Athlete, records: AthleteRecordSet): AthleteMetricsInput {
  return {
    athleteId: athlete.id,
    trainingAgeYears: athlete.trainingAgeYears,
    ...(athlete.birthDate === undefined ? {} : { birthDate: athlete.birthDate }),
    sessions: records.sessions,
    wellness: records.wellness,
    availability: records.availability,
  };
}

/** Computes the athlete's series up to `asOf` (SCIENCE.md; the engine in src/shared/metrics). */
export function buildTeamEntry(
  athlete: Athlete,
  records: AthleteRecordSet,
  asOf: string,
  settings: Settings,
): TeamEntry {
  const input = toMetricsInput(athlete, records);
  return { athlete, input, metrics: computeAthleteMetrics(input, asOf, settings) };
}

/** Is the athlete in the squad (null = every squad)? */
export function isInSquad(athlete: Pick<Athlete, 'squadIds'>, squadId: string | null): boolean {
  return squadId === null || athlete.squadIds.includes(squadId);
}
