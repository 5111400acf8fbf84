import Dexie from 'dexie';
import { AvailabilityEventSchema, type AvailabilityEvent, type AvailabilityKind } from '@shared/model';
import { compareText } from './compare';
import type { CoachDatabase } from './database';
import { RecordNotFoundError } from './errors';
import { parseOne } from './validation';

/** An availability event as the form sends it: the repository gives it its id. */
export type AvailabilityDraft = Omit<AvailabilityEvent, 'id'>;

/** Which event shows when several overlap: a higher number wins. */
export const AVAILABILITY_SEVERITY: Readonly<Record<AvailabilityKind, number>> = {
  injured: 4,
  ill: 3,
  unavailable: 2,
  modified: 1,
};

/** Validates and stores a new event; returns it with its id. */
export async function addAvailabilityEvent(
  db: CoachDatabase,
  input: AvailabilityDraft,
): Promise<AvailabilityEvent> {
  const event = parseOne(AvailabilityEventSchema, { ...input, id: crypto.randomUUID() });
  await db.transaction('rw', db.availability, () => db.availability.add(event));
  return event;
}

/**
 * The same event (kind, dates, note) for every athlete of `athleteIds`, validated and stored in one
 * transaction: all or none. Returns the stored events.
 */
export async function addAvailabilityForAthletes(
  db: CoachDatabase,
  athleteIds: readonly string[],
  input: Omit<AvailabilityDraft, 'athleteId'>,
): Promise<AvailabilityEvent[]> {
  const events = athleteIds.map((athleteId) =>
    parseOne(AvailabilityEventSchema, { ...input, athleteId, id: crypto.randomUUID() }),
  );
  await db.transaction('rw', db.athletes, db.availability, async () => {
    const athletes = await db.athletes.bulkGet([...athleteIds]);
    athletes.forEach((athlete, index) => {
      if (!athlete) throw new RecordNotFoundError('athletes', athleteIds[index] ?? '');
    });
    await db.availability.bulkAdd(events);
  });
  return events;
}

/** Replaces a stored event after validating it; throws RecordNotFoundError when it is gone. */
export async function updateAvailabilityEvent(
  db: CoachDatabase,
  event: AvailabilityEvent,
): Promise<AvailabilityEvent> {
  const parsed = parseOne(AvailabilityEventSchema, event);
  await db.transaction('rw', db.availability, async () => {
    if ((await db.availability.get(parsed.id)) === undefined) {
      throw new RecordNotFoundError('availability', parsed.id);
    }
    await db.availability.put(parsed);
  });
  return parsed;
}

/** Deletes an event; deleting one that is already gone is not an error. */
export async function deleteAvailabilityEvent(db: CoachDatabase, id: string): Promise<void> {
  await db.availability.delete(id);
}

/** An athlete's events, newest start date first (read through `[athleteId+startDate]`). */
export async function listAvailabilityForAthlete(
  db: CoachDatabase,
  athleteId: string,
): Promise<AvailabilityEvent[]> {
  const events = await db.availability
    .where('[athleteId+startDate]')
    .between([athleteId, Dexie.minKey], [athleteId, Dexie.maxKey], true, true)
    .toArray();
  return events.reverse();
}

/**
 * The event in force for each athlete on `date` (startDate ≤ date and no endDate or endDate ≥ date),
 * keyed by athlete id. When several are in force the most severe wins (injured > ill > unavailable >
 * modified), then the latest start.
 */
export async function availabilityOn(
  db: CoachDatabase,
  date: string,
): Promise<Map<string, AvailabilityEvent>> {
  // There is no startDate-only index; events are few (a handful per athlete per season).
  const active = await db.availability
    .filter((event) => event.startDate <= date && (event.endDate === undefined || event.endDate >= date))
    .toArray();
  const byAthlete = new Map<string, AvailabilityEvent>();
  for (const event of active) {
    const current = byAthlete.get(event.athleteId);
    if (!current || outranks(event, current)) byAthlete.set(event.athleteId, event);
  }
  return byAthlete;
}

function outranks(candidate: AvailabilityEvent, current: AvailabilityEvent): boolean {
  const bySeverity = AVAILABILITY_SEVERITY[candidate.kind] - AVAILABILITY_SEVERITY[current.kind];
  if (bySeverity !== 0) return bySeverity > 0;
  return (compareText(candidate.startDate, current.startDate) || compareText(candidate.id, current.id)) > 0;
}
