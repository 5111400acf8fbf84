import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import type { AthleteDraft, SessionDraft, WellnessDraft } from '../../../src/renderer/src/db';
import { CoachDatabase } from '../../../src/renderer/src/db';

/**
 * Registers a fresh, uniquely named fake-indexeddb database per test (deleted afterwards) and
 * returns a getter for it.
 */
export function useFreshDatabase(): () => CoachDatabase {
  let db: CoachDatabase | undefined;
  beforeEach(() => {
    db = new CoachDatabase(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    await db?.delete();
    db = undefined;
  });
  return () => {
    if (!db) throw new Error('The test database is only available inside a test');
    return db;
  };
}

/** A minimal athlete form. */
export function athleteDraft(name: string, extra: Partial<AthleteDraft> = {}): AthleteDraft {
  return { name, ...extra };
}

/** A valid session of `athleteId` on `date`. */
export function sessionDraft(
  athleteId: string,
  date: string,
  extra: Partial<SessionDraft> = {},
): SessionDraft {
  return { athleteId, date, durationMin: 60, sessionRpe: 6, stimulus: 'skill', ...extra };
}

/** A valid check-in of `athleteId` on `date`. */
export function checkinDraft(
  athleteId: string,
  date: string,
  extra: Partial<WellnessDraft> = {},
): WellnessDraft {
  return { athleteId, date, sleepQuality: 4, fatigue: 3, soreness: 3, stress: 4, mood: 4, ...extra };
}
