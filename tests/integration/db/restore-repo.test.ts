import { STREAMED_BACKUP_FORMAT_VERSION } from '@shared/backup';
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@shared/model';
import {
  BACKUP_TABLE_NAMES,
  BackupFileError,
  ValidationError,
  WRITE_CHUNK_SIZE,
  clearDatabase,
  exportDatabase,
  loadTeam,
  readBackup,
  restoreDatabase,
  saveAthlete,
  saveSettings,
  writeBackup,
  type BackupFileProblem,
  type CoachDatabase,
  type DatabaseBackup,
} from '../../../src/renderer/src/db';
import { smallTeam } from './team-fixture';
import { useFreshDatabase } from './test-database';

const database = useFreshDatabase();
const EXPORTED_AT = '2025-03-05T10:00:00.000Z';

/** Every table's rows (in key order), to compare a database before and after. */
async function snapshot(db: CoachDatabase): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(
    await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const)),
  );
}

/** A database with a row in every table, and its backup as text. */
async function fillAndExport(db: CoachDatabase, extraSessions = 0): Promise<string> {
  await loadTeam(db, smallTeam(extraSessions));
  await saveSettings(db, { ...defaultSettings(), language: 'nl' });
  await db.plannedSessions.add({
    id: 'p1',
    blockId: 'b1',
    date: '2025-01-07',
    startTime: '18:00',
    stimulus: 'endurance',
    durationMin: 45,
    targetRpe: 4,
    title: 'Tempo run',
    description: '',
    athleteIds: ['a1'],
  });
  return exportDatabase(db, EXPORTED_AT);
}

/** The backup text with `change` applied to its parsed form. */
function edited(text: string, change: (backup: DatabaseBackup) => void): string {
  const backup = JSON.parse(text) as DatabaseBackup;
  change(backup);
  return JSON.stringify(backup);
}

function table(backup: DatabaseBackup, name: string): Record<string, unknown>[] {
  return backup.tables[name] as Record<string, unknown>[];
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => new Error('expected a rejection'),
    (error: unknown) => error,
  );
}

describe('restoreDatabase', () => {
  it('round-trips: export, clear, restore gives identical tables, with counts and progress', async () => {
    const db = database();
    const text = await fillAndExport(db, WRITE_CHUNK_SIZE + 5);
    const before = await snapshot(db);
    await clearDatabase(db, { includeSettings: true });
    const calls: Array<[number, number]> = [];

    const counts = await restoreDatabase(db, text, (done, total) => calls.push([done, total]));

    expect(await snapshot(db)).toEqual(before);
    const expected = {
      squads: 1,
      athletes: 2,
      seasons: 1,
      blocks: 1,
      plannedSessions: 1,
      sessions: WRITE_CHUNK_SIZE + 6,
    };
    expect(counts).toMatchObject({ ...expected, wellness: 1, availability: 1, settings: 1 });
    const total = WRITE_CHUNK_SIZE + 15;
    expect(calls.at(-1)).toEqual([total, total]);
    expect(calls.map(([done]) => done)).toEqual(calls.map(([done]) => done).sort((a, b) => a - b));
  });

  it('replaces what was there: records missing from the backup are gone', async () => {
    const db = database();
    const text = await fillAndExport(db);
    const newcomer = await saveAthlete(db, { name: 'Newcomer' });
    await db.sessions.add({ ...smallTeam().sessions[0]!, id: 'later', athleteId: newcomer.id });
    await restoreDatabase(db, text);
    expect(await db.athletes.get(newcomer.id)).toBeUndefined();
    expect(await db.sessions.get('later')).toBeUndefined();
    expect(await db.athletes.count()).toBe(2);
  });

  it('restores a table missing from the file (added to the database later) as empty', async () => {
    const db = database();
    const text = edited(await fillAndExport(db), (backup) => delete backup.tables.plannedSessions);
    expect((await restoreDatabase(db, text)).plannedSessions).toBe(0);
    expect(await db.plannedSessions.count()).toBe(0);
    expect(await db.athletes.count()).toBe(2);
  });

  it('covers every table of the database', () => {
    expect([...BACKUP_TABLE_NAMES].sort()).toEqual(
      database()
        .tables.map((t) => t.name)
        .sort(),
    );
  });
});

describe('readBackup: every row is checked before anything is written', () => {
  it('refuses invalid rows of any table, listing table, index and field, and leaves the data intact', async () => {
    const db = database();
    const text = await fillAndExport(db);
    const before = await snapshot(db);
    const broken = edited(text, (backup) => {
      table(backup, 'sessions')[0]!.sessionRpe = 12;
      table(backup, 'athletes')[1]!.name = '';
      table(backup, 'settings')[0]!.language = 'fr';
    });

    const error = await caught(restoreDatabase(db, broken));

    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([
      { index: 1, path: 'athletes.name', message: 'Name is required' },
      { index: 0, path: 'sessions.sessionRpe', message: 'RPE must be between 0 and 10' },
      expect.objectContaining({ index: 0, path: 'settings.language' }),
    ]);
    expect(await snapshot(db)).toEqual(before);
  });

  it.each([
    [
      'a session of an athlete not in the backup',
      (backup: DatabaseBackup) => (table(backup, 'sessions')[0]!.athleteId = 'ghost'),
      { index: 0, path: 'sessions.athleteId' },
    ],
    [
      'a check-in of an athlete not in the backup',
      (backup: DatabaseBackup) => (table(backup, 'wellness')[0]!.athleteId = 'ghost'),
      { index: 0, path: 'wellness.athleteId' },
    ],
    [
      'an availability event of an athlete not in the backup',
      (backup: DatabaseBackup) => (table(backup, 'availability')[0]!.athleteId = 'ghost'),
      { index: 0, path: 'availability.athleteId' },
    ],
    [
      'a second check-in of one athlete on one day',
      (backup: DatabaseBackup) =>
        table(backup, 'wellness').push({ ...table(backup, 'wellness')[0], id: 'w2', mood: 2 }),
      { index: 1, path: 'wellness.date' },
    ],
    [
      'an id used twice in a table',
      (backup: DatabaseBackup) => table(backup, 'availability').push({ ...table(backup, 'availability')[0] }),
      { index: 1, path: 'availability.id' },
    ],
  ])('refuses %s', async (_name, change, issue) => {
    const db = database();
    const text = await fillAndExport(db);
    const before = await snapshot(db);
    const error = await caught(restoreDatabase(db, edited(text, change)));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([expect.objectContaining(issue)]);
    expect(await snapshot(db)).toEqual(before);
  });

  it.each<[string, (text: string) => string, BackupFileProblem]>([
    ['text that is not JSON', () => 'athlete,date,rpe\nAnna,2025-03-01,6', 'not-json'],
    ['an empty file', () => '', 'not-json'],
    ['JSON that is not an object', () => '[1, 2, 3]', 'not-a-backup'],
    ['JSON of another app', () => JSON.stringify({ athletes: [] }), 'not-a-backup'],
    [
      'a backup without its tables',
      (text) => edited(text, (b) => delete (b as Partial<DatabaseBackup>).tables),
      'not-a-backup',
    ],
    [
      'a backup with an unknown table',
      (text) => edited(text, (b) => (b.tables.coaches = [])),
      'not-a-backup',
    ],
    [
      'a backup with a table that is not a list',
      (text) => edited(text, (b) => ((b.tables as Record<string, unknown>).athletes = {})),
      'not-a-backup',
    ],
    [
      'a newer backup format',
      (text) => edited(text, (b) => (b.formatVersion = STREAMED_BACKUP_FORMAT_VERSION + 1)),
      'newer-version',
    ],
    ['a newer database version', (text) => edited(text, (b) => (b.schemaVersion += 1)), 'newer-version'],
  ])('refuses %s as a file problem, writing nothing', async (_name, makeFile, problem) => {
    const db = database();
    const text = await fillAndExport(db);
    const before = await snapshot(db);
    const error = await caught(restoreDatabase(db, makeFile(text)));
    expect(error).toBeInstanceOf(BackupFileError);
    expect((error as BackupFileError).problem).toBe(problem);
    expect(await snapshot(db)).toEqual(before);
  });

  it('summarises a good file without touching the database', async () => {
    const db = database();
    const text = await fillAndExport(db);
    await clearDatabase(db, { includeSettings: true });
    const backup = readBackup(db, text);
    expect(backup).toMatchObject({ exportedAt: EXPORTED_AT, formatVersion: 1, schemaVersion: 2 });
    expect(backup.counts).toEqual({
      squads: 1,
      athletes: 2,
      seasons: 1,
      blocks: 1,
      plannedSessions: 1,
      blockTemplates: 0,
      planAcknowledgements: 0,
      sessions: 1,
      wellness: 1,
      availability: 1,
      settings: 1,
    });
    expect(await db.athletes.count()).toBe(0);
  });
});

describe('writeBackup: all or nothing', () => {
  it('rolls back the clear and every earlier table when a late write fails', async () => {
    const db = database();
    const text = await fillAndExport(db);
    const checked = readBackup(db, text);
    // Another team on this computer; the backup's writes must not leave a mix of the two.
    await clearDatabase(db, { includeSettings: true });
    await loadTeam(db, {
      ...smallTeam(),
      athletes: smallTeam().athletes.map((a) => ({ ...a, name: `Old ${a.name}` })),
    });
    const before = await snapshot(db);
    // Past the checks of readBackup: the database itself refuses the second row with this id,
    // after the clear and after thousands of sessions were written in the same transaction.
    const many = Array.from({ length: WRITE_CHUNK_SIZE * 2 }, (_, n) => ({
      ...checked.rows.sessions[0]!,
      id: `n${n}`,
    }));
    const availability = [...checked.rows.availability, checked.rows.availability[0]!];
    const rows = { ...checked.rows, sessions: many, availability };
    const progress: number[] = [];

    const error = await caught(writeBackup(db, { ...checked, rows }, (done) => progress.push(done)));

    expect(error).toBeInstanceOf(Dexie.BulkError);
    expect(progress.at(-1)).toBeGreaterThan(WRITE_CHUNK_SIZE * 2);
    expect(await snapshot(db)).toEqual(before);
  });
});
