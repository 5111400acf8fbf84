import { AthleteSchema, SquadSchema, type Athlete, type AthleteInput, type Squad } from '@shared/model';
import { normalizeAthleteName } from './athlete-names';
import { compareText } from './compare';
import type { CoachDatabase } from './database';
import { RecordNotFoundError, type RowIssue } from './errors';
import { parseOne, throwIfIssues, validateRows } from './validation';

/** What the athlete form sends: a new athlete has no id yet. */
export type AthleteDraft = Omit<AthleteInput, 'id'> & { id?: string };

/** What the squad form sends: a new squad has no id yet. */
export type SquadDraft = Omit<Squad, 'id'> & { id?: string };

const nameCollator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Orders records by name in the user's locale ("anna" beside "Ánna", "Player 2" before "Player 10"). */
export function compareByName(a: { id: string; name: string }, b: { id: string; name: string }): number {
  return nameCollator.compare(a.name, b.name) || compareText(a.id, b.id);
}

/** The roster sorted by name; archived athletes only when asked for. */
export async function listAthletes(
  db: CoachDatabase,
  { includeArchived = false }: { includeArchived?: boolean } = {},
): Promise<Athlete[]> {
  const athletes = await db.athletes.toArray();
  return athletes.filter((athlete) => includeArchived || !athlete.isArchived).sort(compareByName);
}

/** One athlete, or undefined when there is none with that id. */
export function getAthlete(db: CoachDatabase, id: string): Promise<Athlete | undefined> {
  return db.athletes.get(id);
}

/**
 * Creates the athlete when `input` has no id, otherwise replaces the stored record with `input`
 * (fields left out take their schema defaults). Returns the record as stored.
 */
export async function saveAthlete(db: CoachDatabase, input: AthleteDraft): Promise<Athlete> {
  const athlete = parseOne(AthleteSchema, { ...input, id: input.id ?? crypto.randomUUID() });
  await db.transaction('rw', db.athletes, () => db.athletes.put(athlete));
  return athlete;
}

/** Archives (hides from the roster) or restores an athlete; their history stays. */
export async function setAthleteArchived(db: CoachDatabase, id: string, isArchived: boolean): Promise<void> {
  await db.transaction('rw', db.athletes, async () => {
    const athlete = await db.athletes.get(id);
    if (!athlete) throw new RecordNotFoundError('athletes', id);
    await db.athletes.put({ ...athlete, isArchived });
  });
}

/** How a bulk squad change treats the squads the athletes are already in. */
export type SquadAssignment = 'add' | 'only';

/**
 * Puts every athlete of `ids` in the squad, in one transaction: `add` keeps their other squads,
 * `only` makes it their one squad. Throws RecordNotFoundError (and writes nothing) when the squad or
 * an athlete is gone.
 */
export async function setSquadForAthletes(
  db: CoachDatabase,
  ids: readonly string[],
  squadId: string,
  assignment: SquadAssignment = 'add',
): Promise<void> {
  await db.transaction('rw', db.athletes, db.squads, async () => {
    if ((await db.squads.get(squadId)) === undefined) throw new RecordNotFoundError('squads', squadId);
    const athletes = await db.athletes.bulkGet([...ids]);
    const updated = athletes.map((athlete, index) => {
      if (!athlete) throw new RecordNotFoundError('athletes', ids[index] ?? '');
      const squadIds =
        assignment === 'only'
          ? [squadId]
          : athlete.squadIds.includes(squadId)
            ? athlete.squadIds
            : [...athlete.squadIds, squadId];
      return { ...athlete, squadIds };
    });
    await db.athletes.bulkPut(updated);
  });
}

/** Archives or restores every athlete of `ids` in one transaction (all or none). */
export async function setArchivedForAthletes(
  db: CoachDatabase,
  ids: readonly string[],
  isArchived: boolean,
): Promise<void> {
  await db.transaction('rw', db.athletes, async () => {
    const athletes = await db.athletes.bulkGet([...ids]);
    const updated = athletes.map((athlete, index) => {
      if (!athlete) throw new RecordNotFoundError('athletes', ids[index] ?? '');
      return { ...athlete, isArchived };
    });
    await db.athletes.bulkPut(updated);
  });
}

/** Squads sorted by name. */
export async function listSquads(db: CoachDatabase): Promise<Squad[]> {
  const squads = await db.squads.toArray();
  return squads.sort(compareByName);
}

/** Creates the squad when `input` has no id, otherwise replaces it. Returns the record as stored. */
export async function saveSquad(db: CoachDatabase, input: SquadDraft): Promise<Squad> {
  const squad = parseOne(SquadSchema, { ...input, id: input.id ?? crypto.randomUUID() });
  await db.transaction('rw', db.squads, () => db.squads.put(squad));
  return squad;
}

/**
 * Creates minimal athletes (name only, schema defaults elsewhere) in one transaction, for the
 * importer. Names equal after normalisation are created once. Throws a ValidationError for any
 * unusable name and writes nothing.
 */
export async function createAthletesByName(
  db: CoachDatabase,
  names: readonly string[],
  squadIds: readonly string[] = [],
): Promise<Athlete[]> {
  const issues: RowIssue[] = [];
  const athletes = buildAthletesFromNames(names, issues, '', squadIds);
  throwIfIssues(issues);
  await db.transaction('rw', db.athletes, () => db.athletes.bulkAdd(athletes));
  return athletes;
}

/**
 * Parsed new athletes for `names`, one per distinct normalised name, in first-seen order, each in
 * `squadIds`. Problems are appended to `issues` (index = position in `names`).
 */
export function buildAthletesFromNames(
  names: readonly string[],
  issues: RowIssue[],
  pathPrefix = '',
  squadIds: readonly string[] = [],
): Athlete[] {
  const drafts = names.map((name) => ({ id: crypto.randomUUID(), name, squadIds: [...squadIds] }));
  const parsed = validateRows(AthleteSchema, drafts, issues, pathPrefix);
  const seen = new Set<string>();
  return parsed.filter((athlete) => {
    const key = normalizeAthleteName(athlete.name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
