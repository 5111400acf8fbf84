import {
  AthleteSchema,
  AvailabilityEventSchema,
  BlockSchema,
  SeasonSchema,
  SessionSchema,
  SquadSchema,
  WellnessEntrySchema,
  type Athlete,
  type AvailabilityEvent,
  type Block,
  type Season,
  type Session,
  type Squad,
  type WellnessEntry,
} from '@shared/model';
import { mapCheckinConstraintError } from './checkin-conflicts';
import { bulkAddInChunks, createProgress, type ProgressCallback } from './chunked-write';
import type { CoachDatabase } from './database';
import type { RowIssue } from './errors';
import { throwIfIssues, validateRows } from './validation';

/** A whole team as the demo generator (or a restore) hands it over. */
export interface TeamData {
  squads: readonly Squad[];
  athletes: readonly Athlete[];
  sessions: readonly Session[];
  wellness: readonly WellnessEntry[];
  availability: readonly AvailabilityEvent[];
  seasons: readonly Season[];
  blocks: readonly Block[];
}

type ParsedTeam = { [Key in keyof TeamData]: TeamData[Key][number][] };

/** True when there are neither athletes nor squads (a first start: offer the demo team). */
export async function isDatabaseEmpty(db: CoachDatabase): Promise<boolean> {
  return db.transaction('r', db.athletes, db.squads, async () => {
    const [athletes, squads] = await Promise.all([db.athletes.count(), db.squads.count()]);
    return athletes === 0 && squads === 0;
  });
}

/**
 * Validates the whole team, then writes it in one transaction with bulkAdd in chunks, calling
 * `onProgress(done, total)` after each chunk. Any invalid row throws a ValidationError (path
 * prefixed with the table, index within that table); a duplicate id or check-in aborts the lot.
 * Returns the number of rows written.
 */
export async function loadTeam(
  db: CoachDatabase,
  team: TeamData,
  onProgress?: ProgressCallback,
): Promise<number> {
  const parsed = parseTeam(team);
  const total = Object.values(parsed).reduce((sum, rows) => sum + rows.length, 0);
  const progress = createProgress(total, onProgress);
  const tables = [db.squads, db.athletes, db.seasons, db.blocks, db.sessions, db.wellness, db.availability];
  await db.transaction('rw', tables, async () => {
    await bulkAddInChunks(db.squads, parsed.squads, progress);
    await bulkAddInChunks(db.athletes, parsed.athletes, progress);
    await bulkAddInChunks(db.seasons, parsed.seasons, progress);
    await bulkAddInChunks(db.blocks, parsed.blocks, progress);
    await bulkAddInChunks(db.sessions, parsed.sessions, progress);
    await bulkAddInChunks(db.wellness, parsed.wellness, progress, mapCheckinConstraintError);
    await bulkAddInChunks(db.availability, parsed.availability, progress);
  });
  return total;
}

/**
 * Deletes every record in one transaction. The coach's settings (language, thresholds) are kept
 * unless `includeSettings` is true.
 */
export async function clearDatabase(
  db: CoachDatabase,
  { includeSettings = false }: { includeSettings?: boolean } = {},
): Promise<void> {
  const tables = db.tables.filter((table) => includeSettings || table.name !== db.settings.name);
  await db.transaction('rw', tables, () => Promise.all(tables.map((table) => table.clear())));
}

function parseTeam(team: TeamData): ParsedTeam {
  const issues: RowIssue[] = [];
  const parsed: ParsedTeam = {
    squads: validateRows(SquadSchema, team.squads, issues, 'squads'),
    athletes: validateRows(AthleteSchema, team.athletes, issues, 'athletes'),
    seasons: validateRows(SeasonSchema, team.seasons, issues, 'seasons'),
    blocks: validateRows(BlockSchema, team.blocks, issues, 'blocks'),
    sessions: validateRows(SessionSchema, team.sessions, issues, 'sessions'),
    wellness: validateRows(WellnessEntrySchema, team.wellness, issues, 'wellness'),
    availability: validateRows(AvailabilityEventSchema, team.availability, issues, 'availability'),
  };
  throwIfIssues(issues);
  return parsed;
}
