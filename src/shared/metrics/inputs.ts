import type { Athlete } from '../model/athlete';
import type { AvailabilityEvent } from '../model/availability';
import type { Session } from '../model/session';
import type { WellnessEntry, WellnessValueField } from '../model/wellness';

/** What the engine reads of a session: no ids, so the headless command can pass CSV rows. */
export type MetricsSession = Pick<Session, 'date' | 'startTime' | 'durationMin' | 'sessionRpe' | 'stimulus'>;

/** What the engine reads of a check-in. */
export type MetricsCheckin = Pick<WellnessEntry, 'date' | WellnessValueField>;

/** What the engine reads of an availability event. */
export type MetricsAvailability = Pick<AvailabilityEvent, 'kind' | 'startDate' | 'endDate'>;

/** Everything the engine needs of one athlete. Records may come in any order. */
export interface AthleteMetricsInput {
  athleteId: string;
  birthDate?: Athlete['birthDate'];
  trainingAgeYears: number;
  sessions: readonly MetricsSession[];
  wellness: readonly MetricsCheckin[];
  availability: readonly MetricsAvailability[];
}

/** Records of many athletes, as the database or the demo generator hold them. */
export interface AthleteRecords {
  athletes: readonly Pick<Athlete, 'id' | 'birthDate' | 'trainingAgeYears'>[];
  sessions: readonly (MetricsSession & { athleteId: string })[];
  wellness: readonly (MetricsCheckin & { athleteId: string })[];
  availability: readonly (MetricsAvailability & { athleteId: string })[];
}

/** One engine input per athlete, in the order of `records.athletes`; records of other athletes are left out. */
export function groupRecordsByAthlete(records: AthleteRecords): AthleteMetricsInput[] {
  const inputs = new Map<
    string,
    { sessions: MetricsSession[]; wellness: MetricsCheckin[]; availability: MetricsAvailability[] }
  >();
  for (const athlete of records.athletes)
    inputs.set(athlete.id, { sessions: [], wellness: [], availability: [] });
  for (const session of records.sessions) inputs.get(session.athleteId)?.sessions.push(session);
  for (const checkin of records.wellness) inputs.get(checkin.athleteId)?.wellness.push(checkin);
  for (const event of records.availability) inputs.get(event.athleteId)?.availability.push(event);
  return records.athletes.map((athlete) => ({
    athleteId: athlete.id,
    trainingAgeYears: athlete.trainingAgeYears,
    ...(athlete.birthDate === undefined ? {} : { birthDate: athlete.birthDate }),
    sessions: [],
    wellness: [],
    availability: [],
    ...inputs.get(athlete.id),
  }));
}
