import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  DuplicateCheckinError,
  ValidationError,
  addWellnessEntries,
  countWellness,
  deleteWellnessEntry,
  listWellnessForAthlete,
  listWellnessOnDate,
  updateWellnessEntry,
} from '../../../src/renderer/src/db';
import { mapCheckinConstraintError } from '../../../src/renderer/src/db/checkin-conflicts';
import { checkinDraft, useFreshDatabase } from './test-database';

const database = useFreshDatabase();

async function refusal(promise: Promise<unknown>): Promise<DuplicateCheckinError> {
  const error: unknown = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(DuplicateCheckinError);
  return error as DuplicateCheckinError;
}

describe('addWellnessEntries', () => {
  it('writes a day of check-ins', async () => {
    const added = await addWellnessEntries(database(), [
      checkinDraft('a1', '2025-03-01'),
      checkinDraft('a2', '2025-03-01'),
    ]);
    expect(added).toHaveLength(2);
    expect((await listWellnessOnDate(database(), '2025-03-01')).map((entry) => entry.athleteId)).toEqual([
      'a1',
      'a2',
    ]);
  });

  it('refuses a check-in on a day that already has one and writes nothing', async () => {
    await addWellnessEntries(database(), [checkinDraft('a1', '2025-03-01')]);
    const error = await refusal(
      addWellnessEntries(database(), [
        checkinDraft('a2', '2025-03-01'),
        checkinDraft('a1', '2025-03-01', { mood: 1 }),
      ]),
    );
    expect(error.conflicts).toEqual([{ athleteId: 'a1', date: '2025-03-01' }]);
    expect(await countWellness(database())).toBe(1);
    expect((await listWellnessForAthlete(database(), 'a1'))[0]?.mood).toBe(4);
  });

  it('refuses two check-ins of one athlete-day in one batch and lists every conflict', async () => {
    await addWellnessEntries(database(), [checkinDraft('a3', '2025-03-02')]);
    const error = await refusal(
      addWellnessEntries(database(), [
        checkinDraft('a1', '2025-03-01'),
        checkinDraft('a2', '2025-03-01'),
        checkinDraft('a1', '2025-03-01'),
        checkinDraft('a3', '2025-03-02'),
      ]),
    );
    expect(error.conflicts).toEqual([
      { athleteId: 'a1', date: '2025-03-01' },
      { athleteId: 'a3', date: '2025-03-02' },
    ]);
    expect(await countWellness(database())).toBe(1);
  });

  it('refuses a check-in without any value', async () => {
    await expect(
      addWellnessEntries(database(), [{ athleteId: 'a1', date: '2025-03-01' }]),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await countWellness(database())).toBe(0);
  });
});

describe('reading, updating and deleting check-ins', () => {
  it('lists an athlete over an inclusive range, by date', async () => {
    await addWellnessEntries(database(), [
      checkinDraft('a1', '2025-03-03'),
      checkinDraft('a1', '2025-03-01'),
      checkinDraft('a1', '2025-03-02'),
      checkinDraft('a2', '2025-03-02'),
    ]);
    const dates = (await listWellnessForAthlete(database(), 'a1', { from: '2025-03-02' })).map((e) => e.date);
    expect(dates).toEqual(['2025-03-02', '2025-03-03']);
  });

  it('updates a check-in but not onto a day that already has one', async () => {
    const [first, second] = await addWellnessEntries(database(), [
      checkinDraft('a1', '2025-03-01'),
      checkinDraft('a1', '2025-03-02'),
    ]);
    const updated = await updateWellnessEntry(database(), { ...first!, fatigue: 1 });
    expect(updated.fatigue).toBe(1);
    const error = await refusal(updateWellnessEntry(database(), { ...second!, date: '2025-03-01' }));
    expect(error.conflicts).toEqual([{ athleteId: 'a1', date: '2025-03-01' }]);
    expect((await listWellnessForAthlete(database(), 'a1')).map((e) => e.date)).toEqual([
      '2025-03-01',
      '2025-03-02',
    ]);
    await deleteWellnessEntry(database(), first!.id);
    expect(await countWellness(database())).toBe(1);
  });
});

describe('mapCheckinConstraintError', () => {
  it("turns the unique index's refusal into a DuplicateCheckinError naming the refused rows", async () => {
    const db = database();
    const rows = [
      { id: 'w1', athleteId: 'a1', date: '2025-03-01', mood: 3 },
      { id: 'w2', athleteId: 'a2', date: '2025-03-01', mood: 3 },
      { id: 'w3', athleteId: 'a1', date: '2025-03-01', mood: 3 },
    ];
    const raw: unknown = await db.wellness.bulkAdd(rows).catch((caught: unknown) => caught);
    expect(raw).toBeInstanceOf(Dexie.BulkError);
    const mapped = mapCheckinConstraintError(raw, rows);
    expect(mapped).toBeInstanceOf(DuplicateCheckinError);
    expect((mapped as DuplicateCheckinError).conflicts).toEqual([{ athleteId: 'a1', date: '2025-03-01' }]);
    const other = new Error('disk full');
    expect(mapCheckinConstraintError(other, rows)).toBe(other);
  });
});
