import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { verifyBackupStream } from '@shared/backup';
import { defaultSettings } from '@shared/model';
import {
  BackupFileError,
  BackupInterruptedError,
  ValidationError,
  exportDatabaseChunks,
  loadTeam,
  readBackup,
  readBackupChunks,
  saveSettings,
  trackChanges,
  writeBackup,
  type CoachDatabase,
} from '../../../src/renderer/src/db';
import { smallTeam } from './team-fixture';
import { useFreshDatabase } from './test-database';

const database = useFreshDatabase();
const EXPORTED_AT = '2026-12-02T15:00:00.000Z';
const V1_FIXTURE = new URL('../../fixtures/backup-v1.json', import.meta.url);

async function fill(db: CoachDatabase, extraSessions = 0): Promise<void> {
  await loadTeam(db, smallTeam(extraSessions));
  await saveSettings(db, { ...defaultSettings(), language: 'nl' });
  await db.plannedSessions.add({
    id: 'p1',
    blockId: 'b1',
    squadId: 'q1',
    date: '2025-01-07',
    startTime: '18:00',
    stimulus: 'endurance',
    durationMin: 45,
    targetRpe: 4,
    title: 'Tempo run',
    description: '',
    athleteIds: ['a1'],
  });
  await db.planAcknowledgements.add({
    id: 'w1',
    seasonId: 'season1',
    note: 'ok',
    acknowledgedAt: EXPORTED_AT,
  });
}

async function collect(pieces: AsyncIterable<string>): Promise<string[]> {
  const all: string[] = [];
  for await (const piece of pieces) all.push(piece);
  return all;
}

async function* from(pieces: readonly string[]): AsyncGenerator<string> {
  for (const piece of pieces) yield await Promise.resolve(piece);
}

async function snapshot(db: CoachDatabase): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(
    await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const)),
  );
}

/** The streamed backup with `change` applied to the parsed row lines of one table. */
function editRows(text: string, table: string, change: (row: Record<string, unknown>) => void): string {
  return text
    .split('\n')
    .map((line) => {
      if (!line.startsWith(`["${table}",`)) return line;
      const [name, row] = JSON.parse(line) as [string, Record<string, unknown>];
      change(row);
      return JSON.stringify([name, row]);
    })
    .join('\n');
}

// Thousands of rows through fake-indexeddb: seconds on a loaded machine.
describe('exportDatabaseChunks', { timeout: 30_000 }, () => {
  it('streams every table in pieces of whole lines that check out, and restores to the same tables', async () => {
    const db = database();
    await fill(db, 1_500);
    const pieces = await collect(
      exportDatabaseChunks(db, { exportedAt: EXPORTED_AT, pageSize: 300, chunkChars: 20_000 }),
    );
    expect(pieces.length).toBeGreaterThan(5);
    for (const piece of pieces) expect(piece.endsWith('\n')).toBe(true);
    const summary = await verifyBackupStream(from(pieces));
    expect(summary.counts).toMatchObject({ athletes: 2, sessions: 1_501, plannedSessions: 1, settings: 1 });
    const before = await snapshot(db);
    const backup = await readBackupChunks(db, from(pieces));
    await db.sessions.clear();
    await writeBackup(db, backup);
    expect(await snapshot(db)).toEqual(before);
  });

  it('stops with a retryable error when the data changes while it is read', async () => {
    const db = database();
    const changes = trackChanges(db);
    await fill(db, 1_500);
    const pieces = exportDatabaseChunks(db, {
      exportedAt: EXPORTED_AT,
      pageSize: 500,
      chunkChars: 1,
      changes,
    });
    await pieces.next();
    await db.sessions.put({ ...smallTeam().sessions[0]!, id: 'late' });
    const error = await collect(pieces).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(BackupInterruptedError);
    expect((error as BackupInterruptedError).isRetryable).toBe(true);
  });
});

describe('readBackupChunks: version 2', () => {
  it('refuses a cut-off stream as damaged, writing nothing', async () => {
    const db = database();
    await fill(db, 100);
    const text = (await collect(exportDatabaseChunks(db, { exportedAt: EXPORTED_AT }))).join('');
    const before = await snapshot(db);
    const cut = text.slice(0, Math.floor(text.length * 0.6));
    const error = await readBackupChunks(db, from([cut])).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BackupFileError);
    expect((error as BackupFileError).problem).toBe('damaged');
    expect(await snapshot(db)).toEqual(before);
  });

  it.each<[string, string, (row: Record<string, unknown>) => void, string, string]>([
    [
      'an athlete in a missing squad',
      'athletes',
      (row) => (row.squadIds = ['q1', 'gone']),
      'athletes.squadIds',
      'No squad "gone" in the backup',
    ],
    [
      'a season of a missing squad',
      'seasons',
      (row) => (row.squadId = 'q9'),
      'seasons.squadId',
      'No squad "q9" in the backup',
    ],
    [
      'a block of a missing season',
      'blocks',
      (row) => (row.seasonId = 'season9'),
      'blocks.seasonId',
      'No season "season9" in the backup',
    ],
    [
      'a planned session of a missing block',
      'plannedSessions',
      (row) => (row.blockId = 'b9'),
      'plannedSessions.blockId',
      'No block "b9" in the backup',
    ],
    [
      'a planned session of a missing squad',
      'plannedSessions',
      (row) => (row.squadId = 'q9'),
      'plannedSessions.squadId',
      'No squad "q9" in the backup',
    ],
    [
      'a planned session for a missing athlete',
      'plannedSessions',
      (row) => (row.athleteIds = ['a1', 'a9']),
      'plannedSessions.athleteIds',
      'No athlete "a9" in the backup',
    ],
    [
      'an acknowledgement of a missing season',
      'planAcknowledgements',
      (row) => (row.seasonId = 's9'),
      'planAcknowledgements.seasonId',
      'No season "s9" in the backup',
    ],
    [
      'a session of a missing athlete',
      'sessions',
      (row) => (row.athleteId = 'a9'),
      'sessions.athleteId',
      'No athlete "a9" in the backup',
    ],
    [
      'a check-in of a missing athlete',
      'wellness',
      (row) => (row.athleteId = 'a9'),
      'wellness.athleteId',
      'No athlete "a9" in the backup',
    ],
    [
      'availability of a missing athlete',
      'availability',
      (row) => (row.athleteId = 'a9'),
      'availability.athleteId',
      'No athlete "a9" in the backup',
    ],
  ])(
    'refuses %s, naming the dangling reference, before anything is replaced',
    async (_name, table, change, path, message) => {
      const db = database();
      await fill(db);
      const text = (await collect(exportDatabaseChunks(db, { exportedAt: EXPORTED_AT }))).join('');
      // Edited rows change the checksum; a hand-edited file is checked the same way once re-sealed.
      const edited = reseal(editRows(text, table, change));
      const before = await snapshot(db);
      const error = await readBackupChunks(db, from([edited])).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues).toContainEqual({ index: 0, path, message });
      expect(await snapshot(db)).toEqual(before);
    },
  );

  it('readBackup takes the same stream as one text', async () => {
    const db = database();
    await fill(db);
    const text = (await collect(exportDatabaseChunks(db, { exportedAt: EXPORTED_AT }))).join('');
    expect(readBackup(db, text).counts).toMatchObject({ athletes: 2, sessions: 1, planAcknowledgements: 1 });
  });
});

describe('readBackupChunks: version 1 (the JSON backups saved before streaming)', () => {
  it('migrates a version-1 file of database version 1 (before the planner tables) and restores it', async () => {
    const db = database();
    const text = await readFile(V1_FIXTURE, 'utf8');
    const pieces = [text.slice(0, 100), text.slice(100, 2_000), text.slice(2_000)];
    const backup = await readBackupChunks(db, from(pieces));
    expect(backup.formatVersion).toBe(1);
    expect(backup.schemaVersion).toBe(1);
    expect(backup.exportedAt).toBe('2025-03-05T10:00:00.000Z');
    expect(backup.counts).toMatchObject({
      athletes: 2,
      squads: 1,
      sessions: 4,
      wellness: 1,
      availability: 1,
      seasons: 1,
      blocks: 1,
      plannedSessions: 1,
      blockTemplates: 0,
      planAcknowledgements: 0,
      settings: 1,
    });
    await writeBackup(db, backup);
    expect((await db.athletes.get('a1'))?.name).toBe('Anna Smith');
    expect((await db.settings.get('app'))?.language).toBe('nl');
    expect(await db.blockTemplates.count()).toBe(0);
  });

  it('still finds dangling references in a version-1 file', async () => {
    const db = database();
    const v1 = JSON.parse(await readFile(V1_FIXTURE, 'utf8')) as {
      tables: { blocks: { seasonId: string }[] };
    };
    v1.tables.blocks[0]!.seasonId = 'lost-season';
    const error = await readBackupChunks(db, from([JSON.stringify(v1)])).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toContainEqual({
      index: 0,
      path: 'blocks.seasonId',
      message: 'No season "lost-season" in the backup',
    });
  });
});

/** Rewrites the trailer's checksum for edited rows (what a careful hand edit would do). */
function reseal(text: string): string {
  const lines = text.trimEnd().split('\n');
  const rows = lines.slice(1, -1);
  let hash = 0x811c9dc5;
  for (const line of rows) {
    for (const char of `${line}\n`) {
      for (let index = 0; index < char.length; index += 1)
        hash = Math.imul(hash ^ char.charCodeAt(index), 0x01000193);
    }
  }
  const trailer = JSON.parse(lines.at(-1)!) as { checksum: string };
  trailer.checksum = `fnv1a32:${(hash >>> 0).toString(16).padStart(8, '0')}`;
  return [...lines.slice(0, -1), JSON.stringify(trailer)].join('\n') + '\n';
}
