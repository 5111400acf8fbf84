import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  DuplicateCheckinError,
  ValidationError,
  WRITE_CHUNK_SIZE,
  clearDatabase,
  countSessions,
  getSettings,
  isDatabaseEmpty,
  loadTeam,
  saveSettings,
  saveSquad,
} from '../../../src/renderer/src/db';
import { defaultSettings } from '@shared/model';
import { smallTeam } from './team-fixture';
import { useFreshDatabase } from './test-database';

const database = useFreshDatabase();

async function tableCounts(): Promise<Record<string, number>> {
  const db = database();
  return Object.fromEntries(
    await Promise.all(db.tables.map(async (t) => [t.name, await t.count()] as const)),
  );
}

describe('isDatabaseEmpty', () => {
  it('is true with neither athletes nor squads', async () => {
    expect(await isDatabaseEmpty(database())).toBe(true);
    await saveSquad(database(), { name: 'U18', colour: '#336699' });
    expect(await isDatabaseEmpty(database())).toBe(false);
  });
});

describe('loadTeam', () => {
  it('writes every table and reports progress after each chunk up to the total', async () => {
    const calls: Array<[number, number]> = [];
    const extra = WRITE_CHUNK_SIZE * 2 + 10;
    const written = await loadTeam(database(), smallTeam(extra), (done, total) => calls.push([done, total]));
    const total = 7 + 1 + extra;
    expect(written).toBe(total);
    expect(calls.every(([, reportedTotal]) => reportedTotal === total)).toBe(true);
    expect(calls.at(-1)).toEqual([total, total]);
    // One call per non-empty table, sessions in three chunks.
    expect(calls).toHaveLength(6 + 3);
    const dones = calls.map(([done]) => done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(await countSessions(database())).toBe(1 + extra);
    expect(await isDatabaseEmpty(database())).toBe(false);
  });

  it('writes nothing when a row is invalid, naming its table, index and field', async () => {
    const team = smallTeam();
    const sessions = [...team.sessions, { ...team.sessions[0]!, id: 's2', sessionRpe: 12 }];
    const error: unknown = await loadTeam(database(), { ...team, sessions }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toMatchObject([{ index: 1, path: 'sessions.sessionRpe' }]);
    expect(Object.values(await tableCounts()).every((count) => count === 0)).toBe(true);
  });

  it('rolls everything back when a later table fails to write', async () => {
    const team = smallTeam();
    const wellness = [...team.wellness, { ...team.wellness[0]!, id: 'w2' }];
    await expect(loadTeam(database(), { ...team, wellness })).rejects.toBeInstanceOf(DuplicateCheckinError);
    expect(await isDatabaseEmpty(database())).toBe(true);
    expect(await countSessions(database())).toBe(0);
  });
});

describe('clearDatabase', () => {
  it('deletes every record but keeps the settings unless asked', async () => {
    const settings = { ...defaultSettings(), language: 'nl' as const };
    await saveSettings(database(), settings);
    await loadTeam(database(), smallTeam());
    await clearDatabase(database());
    const counts = await tableCounts();
    expect(counts).toMatchObject({ athletes: 0, sessions: 0, wellness: 0, settings: 1 });
    expect(await getSettings(database())).toEqual(settings);
    await clearDatabase(database(), { includeSettings: true });
    expect((await tableCounts()).settings).toBe(0);
  });
});
