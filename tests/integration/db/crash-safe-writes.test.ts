import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { defaultSettings, type PlannedSession, type Season } from '@shared/model';
import { addDays } from '@shared/time/local-date';
import {
  ValidationError,
  WRITE_CHUNK_SIZE,
  exportDatabase,
  importSessions,
  importWellness,
  loadTeam,
  readBackup,
  saveSettings,
  writeBackup,
  type CoachDatabase,
  type ImportedSessionRow,
  type ImportedWellnessRow,
} from '../../../src/renderer/src/db';
import { saveRamp } from '../../../src/renderer/src/db/plan-repo';
import { smallTeam } from './team-fixture';
import { useFreshDatabase } from './test-database';

/**
 * Every bulk write is one transaction: when it stops half way (here: the progress callback throws
 * after the first chunk of WRITE_CHUNK_SIZE rows has been written inside the transaction, as a
 * crash would stop it), nothing of it is left in the database.
 */
const database = useFreshDatabase();
const ROWS = WRITE_CHUNK_SIZE + 500;

async function everyTable(db: CoachDatabase): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(
    await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const)),
  );
}

async function fill(db: CoachDatabase): Promise<void> {
  await loadTeam(db, smallTeam());
  await saveSettings(db, defaultSettings());
}

/** A progress callback that stops the write at its first report, and counts its calls. */
function crashAtFirstChunk() {
  const calls: Array<[number, number]> = [];
  return {
    calls,
    onProgress: (done: number, total: number) => {
      calls.push([done, total]);
      throw new Error('power cut');
    },
  };
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => new Error('expected a failure'),
    (caught: unknown) => caught,
  );
}

describe('a bulk write stopped half way leaves nothing behind', () => {
  it('a sessions import, new athletes and new squad included', { timeout: 30_000 }, async () => {
    const db = database();
    await fill(db);
    const before = await everyTable(db);
    const rows: ImportedSessionRow[] = Array.from({ length: ROWS }, (_, n) => ({
      athlete: n % 2 === 0 ? 'Anna Smith' : 'Chris Lee',
      date: addDays('2015-01-01', n),
      durationMin: 45,
      sessionRpe: 5,
      stimulus: 'endurance',
    }));
    const crash = crashAtFirstChunk();
    const batch = { newAthleteNames: ['Chris Lee'], rows, newSquad: { name: 'Juniors', colour: '#1c7ed6' } };
    expect(await failure(importSessions(db, batch, crash.onProgress))).toEqual(new Error('power cut'));
    expect(crash.calls).toEqual([[WRITE_CHUNK_SIZE, ROWS]]);
    expect(await everyTable(db)).toEqual(before);
  });

  it('a check-ins import', { timeout: 30_000 }, async () => {
    const db = database();
    await fill(db);
    const before = await everyTable(db);
    const rows: ImportedWellnessRow[] = Array.from({ length: ROWS }, (_, n) => ({
      athlete: 'Bob Jones',
      date: addDays('2000-01-01', n),
      mood: 3,
    }));
    const crash = crashAtFirstChunk();
    expect(await failure(importWellness(db, { newAthleteNames: [], rows }, crash.onProgress))).toEqual(
      new Error('power cut'),
    );
    expect(crash.calls).toHaveLength(1);
    expect(await everyTable(db)).toEqual(before);
  });

  it('a restore: the data from before it is untouched', { timeout: 30_000 }, async () => {
    const db = database();
    await loadTeam(db, smallTeam(ROWS));
    const backup = readBackup(db, await exportDatabase(db));
    await db.delete();
    await db.open();
    await fill(db);
    const before = await everyTable(db);
    const crash = crashAtFirstChunk();
    expect(await failure(writeBackup(db, backup, crash.onProgress))).toEqual(new Error('power cut'));
    expect(crash.calls).toHaveLength(1);
    expect(await everyTable(db)).toEqual(before);
  });

  it('the demo team load', { timeout: 30_000 }, async () => {
    const db = database();
    const before = await everyTable(db);
    const crash = crashAtFirstChunk();
    expect(await failure(loadTeam(db, smallTeam(ROWS), crash.onProgress))).toEqual(new Error('power cut'));
    expect(crash.calls).toHaveLength(1);
    expect(await everyTable(db)).toEqual(before);
  });
});

describe('a return ramp with its season extension is one write', () => {
  const season: Season = {
    id: 'season1',
    name: '2025',
    startDate: '2025-01-01',
    endDate: '2025-06-30',
    notes: '',
  };
  function rampSession(date: string, extra: Partial<PlannedSession> = {}): PlannedSession {
    return {
      id: crypto.randomUUID(),
      squadId: 'q1',
      date,
      startTime: '18:00',
      stimulus: 'endurance',
      durationMin: 30,
      targetRpe: 3,
      title: 'Return run',
      description: '',
      athleteIds: ['a1'],
      ...extra,
    };
  }

  it('stretches the season and adds the sessions together', async () => {
    const db = database();
    await db.seasons.add(season);
    await saveRamp(db, [rampSession('2025-06-30'), rampSession('2025-07-02')], {
      ...season,
      endDate: '2025-07-02',
    });
    expect((await db.seasons.get('season1'))?.endDate).toBe('2025-07-02');
    expect(await db.plannedSessions.count()).toBe(2);
  });

  it('leaves the season as it was when a session cannot be saved', async () => {
    const db = database();
    await db.seasons.add(season);
    const caught = await failure(
      saveRamp(db, [rampSession('2025-06-30'), rampSession('2025-07-02', { targetRpe: 14 })], {
        ...season,
        endDate: '2025-07-02',
      }),
    );
    expect(caught).toBeInstanceOf(ValidationError);
    expect(await db.seasons.get('season1')).toEqual(season);
    expect(await db.plannedSessions.count()).toBe(0);
  });
});
