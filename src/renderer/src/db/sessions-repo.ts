import { SessionSchema, type Session, type SessionInput } from '@shared/model';
import { compareOptionalLast, compareText } from './compare';
import type { CoachDatabase } from './database';
import { athleteDateBounds, type DateRange } from './date-range';
import { RecordNotFoundError } from './errors';
import { parseOne, parseRows } from './validation';

/** A session as the entry grids send it: the repository gives it its id. */
export type SessionDraft = Omit<SessionInput, 'id'>;

/**
 * Validates every session, then writes them all in one transaction (strict durability, set on the
 * database). One bad row throws a ValidationError naming its index and field, and nothing is written.
 */
export async function addSessions(db: CoachDatabase, inputs: readonly SessionDraft[]): Promise<Session[]> {
  const sessions = parseRows(
    SessionSchema,
    inputs.map((input) => ({ ...input, id: crypto.randomUUID() })),
  );
  if (sessions.length === 0) return sessions;
  await db.transaction('rw', db.sessions, () => db.sessions.bulkAdd(sessions));
  return sessions;
}

/** An athlete's sessions in an inclusive date range, by date then start time (read through `[athleteId+date]`). */
export async function listSessionsForAthlete(
  db: CoachDatabase,
  athleteId: string,
  range?: DateRange,
): Promise<Session[]> {
  const [lower, upper] = athleteDateBounds(athleteId, range);
  const sessions = await db.sessions.where('[athleteId+date]').between(lower, upper, true, true).toArray();
  return sessions.sort(compareSessions);
}

/**
 * The sessions of these athletes on `date` that started at `startTime` (with `startTime` undefined:
 * those logged without a time), by athlete. What a team session for these athletes at that date and
 * time would log a second time.
 */
export async function listSessionsAt(
  db: CoachDatabase,
  athleteIds: readonly string[],
  date: string,
  startTime: string | undefined,
): Promise<Session[]> {
  if (athleteIds.length === 0) return [];
  const keys = [...new Set(athleteIds)].map((athleteId) => [athleteId, date]);
  const sessions = await db.sessions.where('[athleteId+date]').anyOf(keys).toArray();
  return sessions.filter((session) => session.startTime === startTime).sort(compareSessions);
}

/** Replaces a stored session after validating it; throws RecordNotFoundError when it is gone. */
export async function updateSession(db: CoachDatabase, session: Session): Promise<Session> {
  const parsed = parseOne(SessionSchema, session);
  await db.transaction('rw', db.sessions, async () => {
    if ((await db.sessions.get(parsed.id)) === undefined)
      throw new RecordNotFoundError('sessions', parsed.id);
    await db.sessions.put(parsed);
  });
  return parsed;
}

/** Deletes a session; deleting one that is already gone is not an error. */
export async function deleteSession(db: CoachDatabase, id: string): Promise<void> {
  await db.sessions.delete(id);
}

/** How many sessions are stored. */
export function countSessions(db: CoachDatabase): Promise<number> {
  return db.sessions.count();
}

/**
 * Date, then start time (sessions without a time after the timed ones of that day), then athlete
 * and id so that the order is stable.
 */
export function compareSessions(a: Session, b: Session): number {
  return (
    compareText(a.date, b.date) ||
    compareOptionalLast(a.startTime, b.startTime) ||
    compareText(a.athleteId, b.athleteId) ||
    compareText(a.id, b.id)
  );
}
