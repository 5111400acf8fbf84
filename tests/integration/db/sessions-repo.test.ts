import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import {
  RecordNotFoundError,
  ValidationError,
  addSessions,
  countSessions,
  deleteSession,
  listSessionsAt,
  listSessionsForAthlete,
  updateSession,
} from '../../../src/renderer/src/db';
import { sessionDraft, useFreshDatabase } from './test-database';

const database = useFreshDatabase();

describe('addSessions', () => {
  it('writes every session with an id and the schema defaults', async () => {
    const added = await addSessions(database(), [
      sessionDraft('a1', '2025-03-01'),
      { athleteId: 'a2', date: '2025-03-01', durationMin: 30, sessionRpe: 3 },
    ]);
    expect(added).toHaveLength(2);
    expect(new Set(added.map((session) => session.id)).size).toBe(2);
    expect(added[1]).toMatchObject({ stimulus: 'other', source: 'manual', notes: '' });
    expect(await countSessions(database())).toBe(2);
  });

  it('writes nothing when one row is invalid and names its index and field', async () => {
    const batch = [
      sessionDraft('a1', '2025-03-01'),
      sessionDraft('a2', '2025-03-01', { durationMin: 0 }),
      sessionDraft('a3', '2025-02-30'),
    ];
    const error: unknown = await addSessions(database(), batch).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([
      { index: 1, path: 'durationMin', message: 'Duration must be more than 0 min' },
      { index: 2, path: 'date', message: 'Expected a date as YYYY-MM-DD' },
    ]);
    expect(await countSessions(database())).toBe(0);
  });

  it('is all or nothing when the write itself fails', async () => {
    const [existing] = await addSessions(database(), [sessionDraft('a1', '2025-03-01')]);
    // Force a primary-key clash on the second row of the next batch.
    const randomUUID = vi
      .spyOn(crypto, 'randomUUID')
      .mockReturnValueOnce('00000000-0000-4000-8000-000000000001')
      .mockReturnValueOnce(existing!.id as ReturnType<typeof crypto.randomUUID>);
    await expect(
      addSessions(database(), [sessionDraft('a1', '2025-03-02'), sessionDraft('a1', '2025-03-03')]),
    ).rejects.toThrow();
    randomUUID.mockRestore();
    expect(await countSessions(database())).toBe(1);
  });
});

describe('listSessionsForAthlete', () => {
  async function seed(): Promise<void> {
    await addSessions(database(), [
      sessionDraft('a1', '2025-03-03', { startTime: '18:00' }),
      sessionDraft('a1', '2025-03-01'),
      sessionDraft('a1', '2025-03-03', { startTime: '07:30' }),
      sessionDraft('a1', '2025-03-05'),
      sessionDraft('a2', '2025-03-03'),
      sessionDraft('a10', '2025-03-03'),
    ]);
  }

  it('reads one athlete through the [athleteId+date] index, by date then start time', async () => {
    await seed();
    const where = vi.spyOn(database().sessions, 'where');
    const sessions = await listSessionsForAthlete(database(), 'a1');
    expect(where).toHaveBeenCalledWith('[athleteId+date]');
    expect(sessions.map((s) => [s.date, s.startTime])).toEqual([
      ['2025-03-01', undefined],
      ['2025-03-03', '07:30'],
      ['2025-03-03', '18:00'],
      ['2025-03-05', undefined],
    ]);
  });

  it('keeps to an inclusive date range, open at either end', async () => {
    await seed();
    const dates = async (range: { from?: string; to?: string }): Promise<string[]> =>
      (await listSessionsForAthlete(database(), 'a1', range)).map((s) => s.date);
    expect(await dates({ from: '2025-03-03', to: '2025-03-05' })).toEqual([
      '2025-03-03',
      '2025-03-03',
      '2025-03-05',
    ]);
    expect(await dates({ to: '2025-03-02' })).toEqual(['2025-03-01']);
    expect(await dates({ from: '2025-03-04' })).toEqual(['2025-03-05']);
    expect(await dates({ from: '2025-03-06' })).toEqual([]);
  });
});

describe('updateSession and deleteSession', () => {
  it('updates a validated session and deletes it', async () => {
    const [session] = await addSessions(database(), [sessionDraft('a1', '2025-03-01')]);
    const updated = await updateSession(database(), { ...session!, sessionRpe: 8 });
    expect((await listSessionsForAthlete(database(), 'a1'))[0]).toEqual(updated);
    await expect(updateSession(database(), { ...updated, sessionRpe: 11 })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await deleteSession(database(), updated.id);
    expect(await countSessions(database())).toBe(0);
  });

  it('refuses to update a session that is gone', async () => {
    const [session] = await addSessions(database(), [sessionDraft('a1', '2025-03-01')]);
    await deleteSession(database(), session!.id);
    await expect(updateSession(database(), session!)).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await countSessions(database())).toBe(0);
  });
});

describe('listSessionsAt', () => {
  it("finds the chosen athletes' sessions at that date and start time, and only those", async () => {
    await addSessions(database(), [
      sessionDraft('a1', '2025-03-01', { startTime: '06:15' }),
      sessionDraft('a2', '2025-03-01', { startTime: '06:15', sessionRpe: 8 }),
      sessionDraft('a3', '2025-03-01', { startTime: '06:15' }),
      sessionDraft('a1', '2025-03-01', { startTime: '17:00' }),
      sessionDraft('a1', '2025-03-02', { startTime: '06:15' }),
      sessionDraft('a2', '2025-03-01'),
    ]);
    const atTime = await listSessionsAt(database(), ['a2', 'a1'], '2025-03-01', '06:15');
    expect(atTime.map((session) => [session.athleteId, session.sessionRpe])).toEqual([
      ['a1', 6],
      ['a2', 8],
    ]);
    const withoutTime = await listSessionsAt(database(), ['a1', 'a2'], '2025-03-01', undefined);
    expect(withoutTime.map((session) => session.athleteId)).toEqual(['a2']);
    expect(await listSessionsAt(database(), [], '2025-03-01', '06:15')).toEqual([]);
  });
});
