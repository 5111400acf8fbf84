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
