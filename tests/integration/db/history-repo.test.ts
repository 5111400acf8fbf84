import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '@shared/model';
import {
  importSessions,
  loadTeam,
  saveSettings,
  type CoachDatabase,
  type ImportedSessionRow,
} from '../../../src/renderer/src/db';
import { HistoryDatabase } from '../../../src/renderer/src/db/history-database';
import {
  HISTORY_LIMIT,
  SNAPSHOT_CHUNK_SIZE,
  SnapshotFailedError,
  UndoUnavailableError,
  listHistory,
  loadSnapshot,
  recordSnapshot,
  returnToBefore,
  runWithSnapshot,
  takeSnapshot,
} from '../../../src/renderer/src/db/history-repo';
import { smallTeam } from './team-fixture';
import { useFreshDatabase } from './test-database';

const database = useFreshDatabase();
let historyDb: HistoryDatabase | undefined;
beforeEach(() => {
  historyDb = new HistoryDatabase(`history-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await historyDb?.delete();
  historyDb = undefined;
});
function history(): HistoryDatabase {
  if (!historyDb) throw new Error('The history database is only available inside a test');
  return historyDb;
}

/** Every table's rows (in key order), to compare a database before and after. */
async function everyTable(db: CoachDatabase): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(
    await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const)),
  );
}

/** A database with a row in every table the team fixture fills, plus settings. */
async function fill(db: CoachDatabase, extraSessions = 0): Promise<void> {
  await loadTeam(db, smallTeam(extraSessions));
  await saveSettings(db, { ...defaultSettings(), language: 'nl' });
}

function row(athlete: string, date: string): ImportedSessionRow {
  return { athlete, date, durationMin: 45, sessionRpe: 5, stimulus: 'endurance' };
}

/** An import of `sessions.csv` behind a snapshot, as the import screen runs it. */
function importBehindSnapshot(db: CoachDatabase) {
  return runWithSnapshot(
    db,
    history(),
    { kind: 'import', label: 'sessions.csv' },
    () =>
      importSessions(db, {
        newAthleteNames: ['Chris Lee'],
        rows: [
          row('Anna Smith', '2025-04-01'),
          row('Chris Lee', '2025-04-01'),
          row('Chris Lee', '2025-04-02'),
        ],
        newSquad: { name: 'Juniors', colour: '#1c7ed6' },
      }),
    (result) => ({ sessions: result.rowsWritten, athletes: result.athletesCreated }),
  );
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => new Error('expected a failure'),
    (caught: unknown) => caught,
  );
}

describe('undo of an import', () => {
  it('leaves every table exactly as before the import, and the undo can itself be undone', async () => {
    const db = database();
    await fill(db);
    const before = await everyTable(db);

    const { entry } = await importBehindSnapshot(db);
    const afterImport = await everyTable(db);
    expect(afterImport.sessions).toHaveLength(before.sessions!.length + 3);
    expect(afterImport.athletes).toHaveLength(3);
    expect(afterImport.squads).toHaveLength(2);
    expect(entry.counts).toEqual({ sessions: 3, athletes: 1 });
    expect(entry.snapshotCounts.sessions).toBe(before.sessions!.length);

    const undo = await returnToBefore(db, history(), entry.id);
    expect(await everyTable(db)).toEqual(before);
    expect(undo.kind).toBe('undo');
    expect(undo.undid).toEqual({ kind: 'import', label: 'sessions.csv', createdAt: entry.createdAt });

    const listed = await listHistory(history());
    expect(listed.map((item) => item.kind)).toEqual(['undo', 'import']);
    expect(listed[1]!.counts).toEqual({ sessions: 3, athletes: 1 });

    // The undo's own snapshot is the state after the import: returning to it redoes the import.
    const redo = await returnToBefore(db, history(), undo.id);
    expect(await everyTable(db)).toEqual(afterImport);
    expect(redo.undid).toEqual({
      kind: 'undo',
      label: 'sessions.csv',
      createdAt: undo.createdAt,
      undid: undo.undid,
    });
  });

  it('undoes an import into an empty database back to empty', async () => {
    const db = database();
    const before = await everyTable(db);
    const { entry } = await runWithSnapshot(
      db,
      history(),
      { kind: 'import', label: 'sessions.csv' },
      () => importSessions(db, { newAthleteNames: ['Anna Smith'], rows: [row('Anna Smith', '2025-04-01')] }),
      (result) => ({ sessions: result.rowsWritten }),
    );
    expect(await db.sessions.count()).toBe(1);
    await returnToBefore(db, history(), entry.id);
    expect(await everyTable(db)).toEqual(before);
    expect(await db.athletes.count()).toBe(0);
  });
});

describe('the history', () => {
  it(`keeps the last ${HISTORY_LIMIT} entries and drops the oldest with its snapshot`, async () => {
    const db = database();
    await fill(db);
    const entries = [];
    for (let n = 1; n <= HISTORY_LIMIT + 2; n++) {
      entries.push(
        await recordSnapshot(history(), await takeSnapshot(db), { kind: 'clear', label: `change ${n}` }),
      );
    }
    const listed = await listHistory(history());
    expect(listed).toHaveLength(HISTORY_LIMIT);
    expect(listed.map((entry) => entry.label)).toEqual(
      Array.from({ length: HISTORY_LIMIT }, (_, index) => `change ${HISTORY_LIMIT + 2 - index}`),
    );
    // The two oldest are gone, snapshot rows included; the third oldest is still whole.
    for (const dropped of entries.slice(0, 2)) {
      expect(await failure(loadSnapshot(history(), dropped.id))).toBeInstanceOf(UndoUnavailableError);
      expect(await history().snapshotChunks.where('entryId').equals(dropped.id).count()).toBe(0);
    }
    const kept = await loadSnapshot(history(), entries[2]!.id);
    expect(kept.rows).toEqual(await everyTable(db));
  });

  it('stores a large snapshot in chunks and reads it back whole', { timeout: 20_000 }, async () => {
    const db = database();
    await fill(db, SNAPSHOT_CHUNK_SIZE * 2 + 10);
    const entry = await recordSnapshot(history(), await takeSnapshot(db), {
      kind: 'restore',
      label: 'b.json',
    });
    expect(await history().snapshotChunks.where('entryId').equals(entry.id).count()).toBeGreaterThanOrEqual(
      3,
    );
    expect((await loadSnapshot(history(), entry.id)).rows).toEqual(await everyTable(db));
  });

  it('does not make the change when the snapshot cannot be stored, and says so', async () => {
    const db = database();
    await fill(db);
    const before = await everyTable(db);
    history().close();
    let hasRun = false;
    const caught = await failure(
      runWithSnapshot(
        db,
        history(),
        { kind: 'clear', label: '' },
        async () => {
          hasRun = true;
          await Promise.all(db.tables.map((table) => table.clear()));
        },
        () => ({}),
      ),
    );
    expect(caught).toBeInstanceOf(SnapshotFailedError);
    expect(hasRun).toBe(false);
    expect(await everyTable(db)).toEqual(before);
  });

  it('drops the entry of a change that failed (nothing happened to undo)', async () => {
    const db = database();
    await fill(db);
    const caught = await failure(
      runWithSnapshot(
        db,
        history(),
        { kind: 'import', label: 'bad.csv' },
        () => importSessions(db, { newAthleteNames: [], rows: [row('Nobody', '2025-04-01')] }),
        () => ({}),
      ),
    );
    expect(caught).toBeInstanceOf(Error);
    expect(await listHistory(history())).toEqual([]);
    expect(await history().snapshotChunks.count()).toBe(0);
  });

  it('refuses a snapshot from another database version and changes nothing', async () => {
    const db = database();
    await fill(db);
    const { entry } = await importBehindSnapshot(db);
    await history().entries.update(entry.id, { schemaVersion: db.verno + 1 });
    const afterImport = await everyTable(db);
    const caught = await failure(returnToBefore(db, history(), entry.id));
    expect(caught).toBeInstanceOf(UndoUnavailableError);
    expect((caught as UndoUnavailableError).problem).toBe('other-version');
    expect(await everyTable(db)).toEqual(afterImport);
  });
});

describe('an undo is atomic', () => {
  it('leaves the database unchanged when it fails half way through its writes', async () => {
    const db = database();
    await fill(db);
    const { entry } = await importBehindSnapshot(db);
    const afterImport = await everyTable(db);
    let calls = 0;
    const caught = await failure(
      returnToBefore(db, history(), entry.id, () => {
        calls += 1;
        // Every table is cleared and the first one refilled by now (in the transaction): fail here.
        throw new Error('the laptop died');
      }),
    );
    expect(caught).toEqual(new Error('the laptop died'));
    expect(calls).toBe(1);
    expect(await everyTable(db)).toEqual(afterImport);
    // The failed undo left no entry of its own; the import can still be undone.
    expect((await listHistory(history())).map((item) => item.kind)).toEqual(['import']);
    await returnToBefore(db, history(), entry.id);
    expect(await db.sessions.count()).toBe(afterImport.sessions!.length - 3);
  });

  it('leaves the database unchanged when a stored row is refused by the database', async () => {
    const db = database();
    await fill(db);
    const { entry } = await importBehindSnapshot(db);
    const afterImport = await everyTable(db);
    // A damaged snapshot: a second check-in of the same athlete on the same day (a unique index).
    const chunk = await history().snapshotChunks.get(`${entry.id}/wellness/0`);
    if (!chunk) throw new Error('The snapshot has no check-ins');
    const first = chunk.rows[0] as { id: string };
    await history().snapshotChunks.put({ ...chunk, rows: [...chunk.rows, { ...first, id: 'w-copy' }] });
    const caught = await failure(returnToBefore(db, history(), entry.id));
    expect(caught).toBeInstanceOf(Error);
    expect(await everyTable(db)).toEqual(afterImport);
  });
});
