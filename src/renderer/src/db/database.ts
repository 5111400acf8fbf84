import Dexie, { type EntityTable } from 'dexie';
import type {
  Athlete,
  AvailabilityEvent,
  Block,
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
  settings!: EntityTable<SettingsRow, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    // Strict durability: a logged session survives a power cut on a club laptop.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      athletes: 'id, name, *squadIds',
      squads: 'id, name',
      // Per-athlete queries use the [athleteId+date] prefix; a separate athleteId index would only
      // slow every write (measured: each index costs ~10–15 % of bulk-import throughput).
      sessions: 'id, date, [athleteId+date]',
      // One check-in per athlete per day, enforced by the unique compound index.
      wellness: 'id, date, &[athleteId+date]',
      availability: 'id, athleteId, [athleteId+startDate]',
      seasons: 'id, startDate',
      blocks: 'id, seasonId, startDate',
      plannedSessions: 'id, blockId, squadId, date',
      settings: 'id',
    });
  }
}
