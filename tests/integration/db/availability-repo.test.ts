import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { AvailabilityKind } from '@shared/model';
import {
  ValidationError,
  addAvailabilityEvent,
  availabilityOn,
  deleteAvailabilityEvent,
  listAvailabilityForAthlete,
  updateAvailabilityEvent,
} from '../../../src/renderer/src/db';
import { useFreshDatabase } from './test-database';

const database = useFreshDatabase();

function add(athleteId: string, kind: AvailabilityKind, startDate: string, endDate?: string) {
  return addAvailabilityEvent(database(), { athleteId, kind, startDate, endDate, note: '' });
}

async function kindsOn(date: string): Promise<Record<string, string>> {
  const map = await availabilityOn(database(), date);
  return Object.fromEntries([...map].map(([athleteId, event]) => [athleteId, event.kind]));
}

describe('availabilityOn', () => {
  it('includes events in force on the date, start and end days included', async () => {
    await add('ended', 'ill', '2025-03-01', '2025-03-09');
    await add('starts-today', 'modified', '2025-03-10');
    await add('ends-today', 'unavailable', '2025-03-05', '2025-03-10');
    await add('open-ended', 'injured', '2025-01-01');
    await add('future', 'injured', '2025-03-11', '2025-03-20');
    expect(await kindsOn('2025-03-10')).toEqual({
      'starts-today': 'modified',
      'ends-today': 'unavailable',
      'open-ended': 'injured',
    });
  });

  it('shows the most severe of overlapping events', async () => {
    await add('a1', 'modified', '2025-03-01');
    await add('a1', 'injured', '2025-02-01', '2025-03-31');
    await add('a1', 'ill', '2025-03-05', '2025-03-12');
    await add('a2', 'modified', '2025-03-01');
    await add('a2', 'unavailable', '2025-03-08', '2025-03-08');
    await add('a2', 'ill', '2025-03-09', '2025-03-12');
    expect(await kindsOn('2025-03-08')).toEqual({ a1: 'injured', a2: 'unavailable' });
    expect(await kindsOn('2025-03-10')).toEqual({ a1: 'injured', a2: 'ill' });
    expect(await kindsOn('2025-04-02')).toEqual({ a1: 'modified', a2: 'modified' });
  });
});

describe('availability events', () => {
  it('lists an athlete newest first, updates and deletes', async () => {
    const older = await add('a1', 'ill', '2025-01-10', '2025-01-12');
    const newer = await add('a1', 'injured', '2025-03-01');
    await add('a2', 'ill', '2025-02-01');
    expect((await listAvailabilityForAthlete(database(), 'a1')).map((e) => e.id)).toEqual([
      newer.id,
      older.id,
    ]);
    await updateAvailabilityEvent(database(), { ...newer, endDate: '2025-03-20' });
    expect(await kindsOn('2025-03-21')).toEqual({ a2: 'ill' });
    await deleteAvailabilityEvent(database(), older.id);
    expect(await listAvailabilityForAthlete(database(), 'a1')).toHaveLength(1);
  });

  it('refuses an end before the start', async () => {
    const error: unknown = await add('a1', 'ill', '2025-03-10', '2025-03-09').catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]?.path).toBe('endDate');
    expect(await listAvailabilityForAthlete(database(), 'a1')).toEqual([]);
  });
});
