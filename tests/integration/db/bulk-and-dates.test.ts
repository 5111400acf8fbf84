import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  RecordNotFoundError,
  ValidationError,
  addAvailabilityForAthletes,
  addSessions,
  addWellnessEntries,
  availabilityOn,
  importSessions,
  importWellness,
  lastRecordDate,
  listAthletes,
  listSquads,
  saveAthlete,
  saveSquad,
  setArchivedForAthletes,
  setSquadForAthletes,
} from '../../../src/renderer/src/db';
import { checkinDraft, sessionDraft, useFreshDatabase } from './test-database';

const database = useFreshDatabase();

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.catch((caught: unknown) => caught);
}

async function threeAthletes() {
  const db = database();
  const first = await saveSquad(db, { name: 'First team', colour: '#1c7ed6' });
  const youth = await saveSquad(db, { name: 'Youth', colour: '#2f9e44' });
  const anna = await saveAthlete(db, { name: 'Anna', squadIds: [youth.id] });
  const ben = await saveAthlete(db, { name: 'Ben' });
  const cas = await saveAthlete(db, { name: 'Cas' });
  return { db, first, youth, anna, ben, cas };
}

describe('setSquadForAthletes', () => {
  it('adds every chosen athlete to the squad and keeps their other squads', async () => {
    const { db, first, youth, anna, ben, cas } = await threeAthletes();
    await setSquadForAthletes(db, [anna.id, ben.id], first.id, 'add');
    const byName = new Map((await listAthletes(db)).map((athlete) => [athlete.name, athlete.squadIds]));
    expect(byName.get('Anna')).toEqual([youth.id, first.id]);
    expect(byName.get('Ben')).toEqual([first.id]);
    expect(byName.get('Cas')).toEqual([]);
    expect(cas.squadIds).toEqual([]);
  });

  it('"only" makes it their one squad', async () => {
    const { db, first, anna } = await threeAthletes();
    await setSquadForAthletes(db, [anna.id], first.id, 'only');
    expect((await listAthletes(db)).find((athlete) => athlete.id === anna.id)?.squadIds).toEqual([first.id]);
  });

  it('writes nothing when one athlete is gone', async () => {
    const { db, first, anna } = await threeAthletes();
    const error = await failure(setSquadForAthletes(db, [anna.id, 'gone'], first.id));
    expect(error).toBeInstanceOf(RecordNotFoundError);
    expect((await listAthletes(db)).find((athlete) => athlete.id === anna.id)?.squadIds).not.toContain(
      first.id,
    );
  });
});

describe('setArchivedForAthletes', () => {
  it('archives all chosen athletes at once, and only them', async () => {
    const { db, anna, ben } = await threeAthletes();
    await setArchivedForAthletes(db, [anna.id, ben.id], true);
    expect((await listAthletes(db)).map((athlete) => athlete.name)).toEqual(['Cas']);
    await setArchivedForAthletes(db, [anna.id], false);
    expect((await listAthletes(db)).map((athlete) => athlete.name)).toEqual(['Anna', 'Cas']);
  });
});

describe('addAvailabilityForAthletes', () => {
  it('gives every chosen athlete the same event', async () => {
    const { db, anna, ben, cas } = await threeAthletes();
    await addAvailabilityForAthletes(db, [anna.id, cas.id], {
      kind: 'ill',
      startDate: '2025-03-01',
      endDate: '2025-03-05',
      note: 'flu',
    });
    const on = await availabilityOn(db, '2025-03-03');
    expect(on.get(anna.id)?.kind).toBe('ill');
    expect(on.get(cas.id)?.kind).toBe('ill');
    expect(on.has(ben.id)).toBe(false);
  });

  it('writes nothing for an invalid event', async () => {
    const { db, anna } = await threeAthletes();
    const error = await failure(
      addAvailabilityForAthletes(db, [anna.id], {
        kind: 'ill',
        startDate: '2025-03-05',
        endDate: '2025-03-01',
        note: '',
      }),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((await availabilityOn(db, '2025-03-05')).size).toBe(0);
  });
});

describe('import with a squad for new athletes', () => {
  it('puts the athletes an import creates in the chosen squad; known athletes keep theirs', async () => {
    const { db, first, youth } = await threeAthletes();
    await importSessions(db, {
      newAthleteNames: ['p01', 'p02'],
      newAthleteSquadId: first.id,
      rows: [
        { athlete: 'p01', date: '2020-03-01', durationMin: 60, sessionRpe: 6, stimulus: 'endurance' },
        { athlete: 'Anna', date: '2020-03-01', durationMin: 60, sessionRpe: 6, stimulus: 'endurance' },
        { athlete: 'p02', date: '2020-03-02', durationMin: 60, sessionRpe: 6, stimulus: 'endurance' },
      ],
    });
    await importWellness(db, {
      newAthleteNames: ['p16'],
      newAthleteSquadId: youth.id,
      rows: [
        { athlete: 'p16', date: '2020-03-01', sleepQuality: 3, fatigue: 3, soreness: 3, stress: 3, mood: 3 },
      ],
    });
    const byName = new Map((await listAthletes(db)).map((athlete) => [athlete.name, athlete.squadIds]));
    expect(byName.get('p01')).toEqual([first.id]);
    expect(byName.get('p02')).toEqual([first.id]);
    expect(byName.get('p16')).toEqual([youth.id]);
    expect(byName.get('Anna')).toEqual([youth.id]);
  });

  it('creates a new squad for the new athletes in the same transaction', async () => {
    const db = database();
    await importSessions(db, {
      newAthleteNames: ['p01'],
      newSquad: { name: 'PMData', colour: '#1c7ed6' },
      rows: [{ athlete: 'p01', date: '2020-03-01', durationMin: 60, sessionRpe: 6, stimulus: 'endurance' }],
    });
    const [squad] = await listSquads(db);
    expect(squad?.name).toBe('PMData');
    expect((await listAthletes(db))[0]?.squadIds).toEqual([squad?.id]);
  });

  it('refuses a squad that does not exist and writes nothing', async () => {
    const { db } = await threeAthletes();
    const error = await failure(
      importSessions(db, {
        newAthleteNames: ['p01'],
        newAthleteSquadId: 'gone',
        rows: [{ athlete: 'p01', date: '2020-03-01', durationMin: 60, sessionRpe: 6, stimulus: 'endurance' }],
      }),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((await listAthletes(db)).map((athlete) => athlete.name)).not.toContain('p01');
  });
});

describe('lastRecordDate', () => {
  it('is the newest session or check-in, for a squad and on or before a date', async () => {
    const { db, youth, anna, ben } = await threeAthletes();
    expect(await lastRecordDate(db)).toBeNull();
    await addSessions(db, [sessionDraft(anna.id, '2020-03-10'), sessionDraft(ben.id, '2020-03-20')]);
    await addWellnessEntries(db, [checkinDraft(anna.id, '2020-03-14'), checkinDraft(ben.id, '2020-02-01')]);
    expect(await lastRecordDate(db)).toBe('2020-03-20');
    expect(await lastRecordDate(db, { squadId: youth.id })).toBe('2020-03-14');
    expect(await lastRecordDate(db, { onOrBefore: '2020-03-13' })).toBe('2020-03-10');
    expect(await lastRecordDate(db, { squadId: youth.id, onOrBefore: '2020-03-01' })).toBeNull();
  });
});
