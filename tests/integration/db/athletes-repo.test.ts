import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  RecordNotFoundError,
  ValidationError,
  createAthletesByName,
  getAthlete,
  listAthletes,
  listSquads,
  saveAthlete,
  saveSquad,
  setAthleteArchived,
} from '../../../src/renderer/src/db';
import { athleteDraft, useFreshDatabase } from './test-database';

const database = useFreshDatabase();

describe('athletes', () => {
  it('creates an athlete with an id and the schema defaults', async () => {
    const saved = await saveAthlete(database(), athleteDraft('  Anna Smith '));
    expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(saved).toMatchObject({ name: 'Anna Smith', squadIds: [], isArchived: false, trainingAgeYears: 0 });
    expect(await getAthlete(database(), saved.id)).toEqual(saved);
  });

  it('updates an athlete when the input has an id', async () => {
    const created = await saveAthlete(database(), athleteDraft('Anna'));
    await saveAthlete(database(), { ...created, position: 'Wing' });
    expect(await listAthletes(database())).toEqual([{ ...created, position: 'Wing' }]);
  });

  it('lists athletes sorted by name in locale order', async () => {
    for (const name of ['Zoë', 'émile', 'Bob', 'anna', 'Player 10', 'Player 2']) {
      await saveAthlete(database(), athleteDraft(name));
    }
    const names = (await listAthletes(database())).map((athlete) => athlete.name);
    expect(names).toEqual(['anna', 'Bob', 'émile', 'Player 2', 'Player 10', 'Zoë']);
  });

  it('hides archived athletes unless asked, and restores them', async () => {
    const kept = await saveAthlete(database(), athleteDraft('Kept'));
    const gone = await saveAthlete(database(), athleteDraft('Gone'));
    await setAthleteArchived(database(), gone.id, true);
    expect((await listAthletes(database())).map((a) => a.id)).toEqual([kept.id]);
    const all = await listAthletes(database(), { includeArchived: true });
    expect(all.map((a) => [a.name, a.isArchived])).toEqual([
      ['Gone', true],
      ['Kept', false],
    ]);
    await setAthleteArchived(database(), gone.id, false);
    expect(await listAthletes(database())).toHaveLength(2);
  });

  it('refuses to archive an athlete that does not exist', async () => {
    await expect(setAthleteArchived(database(), 'nobody', true)).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it('refuses an invalid athlete and writes nothing', async () => {
    const error: unknown = await saveAthlete(database(), athleteDraft('   ')).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([
      { index: 0, path: 'name', message: 'Name is required' },
    ]);
    expect(await database().athletes.count()).toBe(0);
  });
});

describe('squads', () => {
  it('saves and lists squads sorted by name', async () => {
    await saveSquad(database(), { name: 'U18', colour: '#336699' });
    const first = await saveSquad(database(), { name: 'First team', colour: '#aa0000' });
    await saveSquad(database(), { ...first, colour: '#00aa00' });
    const squads = await listSquads(database());
    expect(squads.map((squad) => [squad.name, squad.colour])).toEqual([
      ['First team', '#00aa00'],
      ['U18', '#336699'],
    ]);
  });

  it('refuses a squad with a bad colour', async () => {
    await expect(saveSquad(database(), { name: 'U18', colour: 'blue' })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await listSquads(database())).toEqual([]);
  });
});

describe('createAthletesByName', () => {
  it('creates minimal athletes once per distinct name in one go', async () => {
    const created = await createAthletesByName(database(), ['Anna', ' anna ', 'Bob']);
    expect(created.map((athlete) => athlete.name)).toEqual(['Anna', 'Bob']);
    expect(await database().athletes.count()).toBe(2);
  });

  it('writes nothing when one name is unusable', async () => {
    const error: unknown = await createAthletesByName(database(), ['Anna', '']).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]).toMatchObject({ index: 1, path: 'name' });
    expect(await database().athletes.count()).toBe(0);
  });
});
