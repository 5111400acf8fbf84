import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { clearDatabase, getSettings, saveAthlete, saveSettings } from '../../../src/renderer/src/db';
import { isFirstRun } from '../../../src/renderer/src/db/first-run';
import { useFreshDatabase } from './test-database';

const database = useFreshDatabase();

describe('isFirstRun', () => {
  it('is a first run only until the coach has chosen (settings saved) or has athletes', async () => {
    expect(await isFirstRun(database())).toBe(true);
    await saveSettings(database(), await getSettings(database()));
    expect(await isFirstRun(database())).toBe(false);
  });

  it('is not a first run once athletes exist, even without a settings row', async () => {
    await saveAthlete(database(), { name: 'Eva' });
    expect(await isFirstRun(database())).toBe(false);
  });

  it('clearing the data keeps the settings, so the roster (not the welcome) opens next', async () => {
    await saveSettings(database(), await getSettings(database()));
    await saveAthlete(database(), { name: 'Eva' });
    await clearDatabase(database());
    expect(await isFirstRun(database())).toBe(false);
  });
});
