import Dexie from 'dexie';
import {
  BlockSchema,
  BlockTemplateSchema,
  PlanAcknowledgementSchema,
  PlannedSessionSchema,
  SeasonSchema,
  type Block,
  type BlockTemplate,
  type PlanAcknowledgement,
  type PlannedSession,
  type Season,
} from '@shared/model';
import type { PlanAthlete } from '@shared/planning/plan-context';
import { addDays, daysBetween } from '@shared/time/local-date';
import { compareByName } from './athletes-repo';
import type { CoachDatabase } from './database';
import { RecordNotFoundError } from './errors';
import { parseOne, parseRows } from './validation';

/**
 * Seasons, blocks, planned sessions, the coach's own templates and acknowledged warnings. Every
 * multi-row write (a block from a template, a copied week, a ramp) is one transaction: all or nothing
 * (ARCHITECTURE.md, "The database").
 */

type WithOptionalId<T extends { id: string }> = Omit<T, 'id'> & { id?: string };

function withId<T extends { id?: string }>(draft: T): T & { id: string } {
  return { ...draft, id: draft.id ?? crypto.randomUUID() };
}

/** The seasons planned for a squad, and the club-wide ones (no squad), by start date. */
export async function listSeasonsForSquad(db: CoachDatabase, squadId: string): Promise<Season[]> {
  const seasons = await db.seasons.toArray();
  return seasons
    .filter((season) => season.squadId === undefined || season.squadId === squadId)
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id.localeCompare(b.id));
}

/** Adds or replaces a season after validating it. */
export async function saveSeason(db: CoachDatabase, draft: WithOptionalId<Season>): Promise<Season> {
  const season = parseOne(SeasonSchema, withId(draft));
  await db.seasons.put(season);
  return season;
}

/** Deletes a season with its blocks, their planned sessions and its acknowledgements. */
export async function deleteSeason(db: CoachDatabase, seasonId: string): Promise<void> {
  await db.transaction(
    'rw',
    [db.seasons, db.blocks, db.plannedSessions, db.planAcknowledgements],
    async () => {
      const blockIds = (await db.blocks.where('seasonId').equals(seasonId).toArray()).map(
        (block) => block.id,
      );
      await db.plannedSessions.where('blockId').anyOf(blockIds).delete();
      await db.blocks.bulkDelete(blockIds);
      await db.planAcknowledgements.where('seasonId').equals(seasonId).delete();
      await db.seasons.delete(seasonId);
    },
  );
}

/** Blocks of a season by start date. */
export async function listBlocks(db: CoachDatabase, seasonId: string): Promise<Block[]> {
  const blocks = await db.blocks.where('seasonId').equals(seasonId).toArray();
  return blocks.sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id.localeCompare(b.id));
}

/** Adds or replaces a block after validating it. */
export async function saveBlock(db: CoachDatabase, draft: WithOptionalId<Block>): Promise<Block> {
  const block = parseOne(BlockSchema, withId(draft));
  await db.blocks.put(block);
  return block;
}

/**
 * Moves and/or resizes a block. When its start moves, its planned sessions move by the same number
 * of days (a block is dragged with its content); resizing the end leaves them where they are.
 */
export async function moveBlock(
  db: CoachDatabase,
  blockId: string,
  range: { startDate: string; endDate: string },
): Promise<Block> {
  return db.transaction('rw', [db.blocks, db.plannedSessions], async () => {
    const block = await db.blocks.get(blockId);
    if (!block) throw new RecordNotFoundError('blocks', blockId);
    const moved = parseOne(BlockSchema, { ...block, ...range });
    const shiftDays = daysBetween(block.startDate, moved.startDate);
    if (shiftDays !== 0) {
      const sessions = await db.plannedSessions.where('blockId').equals(blockId).toArray();
      await db.plannedSessions.bulkPut(
        sessions.map((session) => ({ ...session, date: addDays(session.date, shiftDays) })),
      );
    }
    await db.blocks.put(moved);
    return moved;
  });
}

/** Deletes a block and its planned sessions. */
export async function deleteBlock(db: CoachDatabase, blockId: string): Promise<void> {
  await db.transaction('rw', [db.blocks, db.plannedSessions], async () => {
    await db.plannedSessions.where('blockId').equals(blockId).delete();
    await db.blocks.delete(blockId);
  });
}

/** Creates a block and its planned sessions (from a template) in one transaction. */
export async function addBlockWithSessions(
  db: CoachDatabase,
  block: Block,
  sessions: readonly PlannedSession[],
): Promise<Block> {
  const parsedBlock = parseOne(BlockSchema, block);
  const parsedSessions = parseRows(PlannedSessionSchema, sessions);
  await db.transaction('rw', [db.blocks, db.plannedSessions], async () => {
    await db.blocks.add(parsedBlock);
    await db.plannedSessions.bulkAdd(parsedSessions);
  });
  return parsedBlock;
}

/** The planned sessions of some blocks, and the squad's sessions without a block in [from, to]. */
export async function listPlannedSessions(
  db: CoachDatabase,
  { blockIds, squadId, from, to }: { blockIds: readonly string[]; squadId: string; from: string; to: string },
): Promise<PlannedSession[]> {
  const [inBlocks, loose] = await Promise.all([
    db.plannedSessions
      .where('blockId')
      .anyOf([...blockIds])
      .toArray(),
    db.plannedSessions.where('squadId').equals(squadId).toArray(),
  ]);
  const byId = new Map(inBlocks.map((session) => [session.id, session]));
  for (const session of loose)
    if (session.blockId === undefined && session.date >= from && session.date <= to)
      byId.set(session.id, session);
  return [...byId.values()];
}

/** Validates and writes planned sessions (new ones get an id) in one transaction. */
export async function savePlannedSessions(
  db: CoachDatabase,
  drafts: readonly WithOptionalId<PlannedSession>[],
): Promise<PlannedSession[]> {
  const sessions = parseRows(PlannedSessionSchema, drafts.map(withId));
  await db.transaction('rw', db.plannedSessions, () => db.plannedSessions.bulkPut(sessions));
  return sessions;
}

/** Deletes planned sessions; ids already gone are not an error. */
export async function deletePlannedSessions(db: CoachDatabase, ids: readonly string[]): Promise<void> {
  await db.plannedSessions.bulkDelete([...ids]);
}

/**
 * Copies the planned sessions of the week from `fromWeekStart` to the week from `toWeekStart`, with
 * new ids, in the block that covers each new date when there is one (else the session's own block).
 */
export async function copyWeek(
  db: CoachDatabase,
  {
    sessions,
    fromWeekStart,
    toWeekStart,
    blocks,
  }: {
    sessions: readonly PlannedSession[];
    fromWeekStart: string;
    toWeekStart: string;
    blocks: readonly Block[];
  },
): Promise<PlannedSession[]> {
  const shiftDays = daysBetween(fromWeekStart, toWeekStart);
  const fromWeekEnd = addDays(fromWeekStart, 6);
  const copies = sessions
    .filter((session) => session.date >= fromWeekStart && session.date <= fromWeekEnd)
    .map((session) => {
      const date = addDays(session.date, shiftDays);
      const block = blocks.find((candidate) => candidate.startDate <= date && candidate.endDate >= date);
      return { ...session, id: crypto.randomUUID(), date, blockId: block?.id ?? session.blockId };
    });
  return savePlannedSessions(db, copies);
}

/** The coach's own block templates, by name. */
export async function listCustomTemplates(db: CoachDatabase): Promise<BlockTemplate[]> {
  return db.blockTemplates.orderBy('name').toArray();
}

export async function saveTemplate(db: CoachDatabase, template: BlockTemplate): Promise<BlockTemplate> {
  const parsed = parseOne(BlockTemplateSchema, template);
  await db.blockTemplates.put(parsed);
  return parsed;
}

export async function deleteTemplate(db: CoachDatabase, templateId: string): Promise<void> {
  await db.blockTemplates.delete(templateId);
}

/** Acknowledged warnings of a season. */
export function listAcknowledgements(db: CoachDatabase, seasonId: string): Promise<PlanAcknowledgement[]> {
  return db.planAcknowledgements.where('seasonId').equals(seasonId).toArray();
}

/** Keeps the coach's acknowledgement of a warning, with their note (replaces an earlier one). */
export async function acknowledgeWarning(
  db: CoachDatabase,
  input: { warningId: string; seasonId: string; note: string; now?: Date },
): Promise<PlanAcknowledgement> {
  const acknowledgement = parseOne(PlanAcknowledgementSchema, {
    id: input.warningId,
    seasonId: input.seasonId,
    note: input.note,
    acknowledgedAt: (input.now ?? new Date()).toISOString(),
  });
  await db.planAcknowledgements.put(acknowledgement);
  return acknowledgement;
}

export async function removeAcknowledgement(db: CoachDatabase, warningId: string): Promise<void> {
  await db.planAcknowledgements.delete(warningId);
}

/**
 * The squad's active athletes as the planner sees them: their sessions from `historyFrom` on and
 * their availability. The planner needs loads only, so check-ins are not read (SCIENCE.md's EWMA
 * forgets a day after a year to within 1e-11, so a year of history before the plan is exact enough).
 */
export async function loadPlanAthletes(
  db: CoachDatabase,
  squadId: string,
  historyFrom: string,
): Promise<PlanAthlete[]> {
  const athletes = (await db.athletes.where('squadIds').equals(squadId).toArray())
    .filter((athlete) => !athlete.isArchived)
    .sort(compareByName);
  return Promise.all(
    athletes.map(async (athlete) => {
      const [sessions, availability] = await Promise.all([
        db.sessions
          .where('[athleteId+date]')
          .between([athlete.id, historyFrom], [athlete.id, Dexie.maxKey], true, true)
          .toArray(),
        db.availability.where('athleteId').equals(athlete.id).toArray(),
      ]);
      return {
        athleteId: athlete.id,
        name: athlete.name,
        squadIds: athlete.squadIds,
        trainingAgeYears: athlete.trainingAgeYears,
        ...(athlete.birthDate === undefined ? {} : { birthDate: athlete.birthDate }),
        sessions,
        wellness: [],
        availability,
      };
    }),
  );
}

/**
 * Creates a season with its blocks and their planned sessions in one transaction (a new season
 * filled from templates): everything is validated first, and a bad row writes nothing.
 */
export async function addSeasonWithBlocks(
  db: CoachDatabase,
  season: Season,
  blocks: readonly Block[],
  sessions: readonly PlannedSession[],
): Promise<Season> {
  const parsedSeason = parseOne(SeasonSchema, season);
  const parsedBlocks = parseRows(BlockSchema, blocks, 'blocks');
  const parsedSessions = parseRows(PlannedSessionSchema, sessions, 'sessions');
  await db.transaction('rw', [db.seasons, db.blocks, db.plannedSessions], async () => {
    await db.seasons.add(parsedSeason);
    await db.blocks.bulkAdd(parsedBlocks);
    await db.plannedSessions.bulkAdd(parsedSessions);
  });
  return parsedSeason;
}

/**
 * Edits a block in one transaction: its dates as {@link moveBlock} (planned sessions move with its
 * start), then its name, focus and notes.
 */
export async function updateBlock(
  db: CoachDatabase,
  blockId: string,
  changes: Pick<Block, 'name' | 'focus' | 'notes' | 'startDate' | 'endDate'>,
): Promise<Block> {
  return db.transaction('rw', [db.blocks, db.plannedSessions], async () => {
    const moved = await moveBlock(db, blockId, { startDate: changes.startDate, endDate: changes.endDate });
    return saveBlock(db, { ...moved, name: changes.name, focus: changes.focus, notes: changes.notes });
  });
}

/**
 * Adds a return ramp's planned sessions and, when the coach chose to extend the season to hold them,
 * the season's new dates, in one transaction: everything is validated first, and a failure leaves
 * neither the season stretched nor half a ramp.
 */
export async function saveRamp(
  db: CoachDatabase,
  sessions: readonly WithOptionalId<PlannedSession>[],
  extendedSeason?: Season,
): Promise<PlannedSession[]> {
  const parsedSeason = extendedSeason ? parseOne(SeasonSchema, extendedSeason) : undefined;
  const parsedSessions = parseRows(PlannedSessionSchema, sessions.map(withId));
  await db.transaction('rw', [db.seasons, db.plannedSessions], async () => {
    if (parsedSeason) await db.seasons.put(parsedSeason);
    await db.plannedSessions.bulkPut(parsedSessions);
  });
  return parsedSessions;
}
