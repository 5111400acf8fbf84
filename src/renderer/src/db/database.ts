import Dexie, { type EntityTable } from 'dexie';
import type {
  Athlete,
  AvailabilityEvent,
  Block,
  BlockTemplate,
  PlanAcknowledgement,
  PlannedSession,
  Season,
  Session,
  Settings,
  Squad,
  WellnessEntry,
} from '@shared/model';

/** The single settings row. */
export type SettingsRow = Settings & { id: 'app' };

export const DATABASE_NAME = 'coach-dashboard';

/**
 * The athlete database (ARCHITECTURE.md, "The database"). Every schema change adds a new
 * `version(n)` with an `upgrade()` and keeps the older declarations below it.
 */
export class CoachDatabase extends Dexie {
  athletes!: EntityTable<Athlete, 'id'>;
  squads!: EntityTable<Squad, 'id'>;
  sessions!: EntityTable<Session, 'id'>;
  wellness!: EntityTable<WellnessEntry, 'id'>;
  availability!: EntityTable<AvailabilityEvent, 'id'>;
  seasons!: EntityTable<Season, 'id'>;
  blocks!: EntityTable<Block, 'id'>;
  plannedSessions!: EntityTable<PlannedSession, 'id'>;
  blockTemplates!: EntityTable<BlockTemplate, 'id'>;
  planAcknowledgements!: EntityTable<PlanAcknowledgement, 'id'>;
  settings!: EntityTable<SettingsRow, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    // Strict durability: a logged session survives a power cut on a club laptop.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      athletes: 'id, name, *squadIds',
      squads: 'id, name',
      // Every session query is per athlete and date range: the compound index serves them all,
      // including "all of an athlete's sessions" by its prefix. Each extra index costs 10–15 % of
      // bulk-import speed in Chromium (measured), so there is no separate athleteId or date index.
      sessions: 'id, [athleteId+date]',
      // One check-in per athlete per day, enforced by the unique compound index.
      wellness: 'id, date, &[athleteId+date]',
      availability: 'id, athleteId, [athleteId+startDate]',
      seasons: 'id, startDate',
      blocks: 'id, seasonId, startDate',
      plannedSessions: 'id, blockId, squadId, date',
      settings: 'id',
    });
    // Version 2 (the planner): seasons by squad, the coach's own block templates and acknowledged
    // plan warnings. New tables and one new index only: no stored row changes, so no upgrade().
    this.version(2).stores({
      seasons: 'id, squadId, startDate',
      blockTemplates: 'id, name',
      planAcknowledgements: 'id, seasonId',
    });
  }
}
