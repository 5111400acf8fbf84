import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  DuplicateCheckinError,
  ValidationError,
  addWellnessEntries,
  countSessions,
  countWellness,
  importSessions,
  importWellness,
  listAthletes,
  listSessionsForAthlete,
  saveAthlete,
  setAthleteArchived,
  type ImportedSessionRow,
} from '../../../src/renderer/src/db';
import { useFreshDatabase } from './test-database';

const database = useFreshDatabase();

function row(athlete: string, date: string, extra: Partial<ImportedSessionRow> = {}): ImportedSessionRow {
  return { athlete, date, durationMin: 45, sessionRpe: 5, stimulus: 'endurance', ...extra };
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.catch((caught: unknown) => caught);
}

describe('importSessions', () => {
  it('creates only the confirmed athletes and resolves names case-insensitively', async () => {
    const anna = await saveAthlete(database(), { name: 'Anna Smith' });
    const progress: Array<[number, number]> = [];
    const result = await importSessions(
      database(),
      {
        newAthleteNames: ['Chris Lee', 'ANNA SMITH'],
        rows: [
          row('  anna smith ', '2025-03-01'),
          row('chris lee', '2025-03-01'),
          row(anna.id, '2025-03-02'),
        ],
      },
      (done, total) => progress.push([done, total]),
    );
    expect(result).toEqual({ athletesCreated: 1, rowsWritten: 3 });
    expect(progress).toEqual([[3, 3]]);
    const roster = await listAthletes(database());
    expect(roster.map((a) => a.name)).toEqual(['Anna Smith', 'Chris Lee']);
    const annaSessions = await listSessionsForAthlete(database(), anna.id);
    expect(annaSessions.map((s) => [s.date, s.source])).toEqual([
      ['2025-03-01', 'import'],
      ['2025-03-02', 'import'],
    ]);
    expect(annaSessions[0]).not.toHaveProperty('athlete');
  });

  it('writes nothing when a row names an athlete that was not confirmed', async () => {
    await saveAthlete(database(), { name: 'Anna Smith' });
    const batch = {
      newAthleteNames: ['Chris Lee'],
      rows: [row('Anna Smith', '2025-03-01'), row('Dana', '2025-03-01')],
    };
    const error = await failure(importSessions(database(), batch));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toMatchObject([{ index: 1, path: 'athlete' }]);
    expect(await countSessions(database())).toBe(0);
    expect((await listAthletes(database())).map((a) => a.name)).toEqual(['Anna Smith']);
  });

  it('writes nothing when a row is invalid, naming every problem', async () => {
    const batch = {
      newAthleteNames: ['Chris Lee'],
      rows: [
        row('Chris Lee', '2025-03-01'),
        row('Chris Lee', '2025-03-02', { sessionRpe: 15 }),
        row('Nobody', 'x'),
      ],
    };
    const error = await failure(importSessions(database(), batch));
    expect((error as ValidationError).issues.map((issue) => [issue.index, issue.path])).toEqual([
      [1, 'sessionRpe'],
      [2, 'athlete'],
      [2, 'date'],
    ]);
    expect(await listAthletes(database())).toEqual([]);
  });

  it('refuses a name shared by two active athletes but prefers the one active namesake', async () => {
    const first = await saveAthlete(database(), { name: 'Sam' });
    const second = await saveAthlete(database(), { name: 'sam' });
    const error = await failure(
      importSessions(database(), { newAthleteNames: [], rows: [row('Sam', '2025-03-01')] }),
    );
    expect((error as ValidationError).issues[0]?.message).toMatch(/matches 2 athletes/);
    await setAthleteArchived(database(), second.id, true);
    await importSessions(database(), { newAthleteNames: [], rows: [row('SAM', '2025-03-01')] });
    expect(await listSessionsForAthlete(database(), first.id)).toHaveLength(1);
  });
});

describe('importWellness', () => {
  it('refuses check-ins that clash with stored ones and writes nothing, new athletes included', async () => {
    const anna = await saveAthlete(database(), { name: 'Anna Smith' });
    await addWellnessEntries(database(), [{ athleteId: anna.id, date: '2025-03-01', mood: 3 }]);
    const batch = {
      newAthleteNames: ['Chris Lee'],
      rows: [
        { athlete: 'Chris Lee', date: '2025-03-01', mood: 4 },
        { athlete: 'anna smith', date: '2025-03-01', mood: 5 },
      ],
    };
    const error = await failure(importWellness(database(), batch));
    expect(error).toBeInstanceOf(DuplicateCheckinError);
    expect((error as DuplicateCheckinError).conflicts).toEqual([{ athleteId: anna.id, date: '2025-03-01' }]);
    expect(await countWellness(database())).toBe(1);
    expect(await listAthletes(database())).toHaveLength(1);
  });

  it('imports check-ins and creates the confirmed athletes', async () => {
    const batch = {
      newAthleteNames: ['Chris Lee'],
      rows: [
        { athlete: 'Chris Lee', date: '2025-03-01', hrvRmssdMs: 62 },
        { athlete: 'chris lee', date: '2025-03-02', restingHrBpm: 51 },
      ],
    };
    expect(await importWellness(database(), batch)).toEqual({ athletesCreated: 1, rowsWritten: 2 });
    expect(await countWellness(database())).toBe(2);
  });
});
