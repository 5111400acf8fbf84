import Dexie from 'dexie';
import type { CoachDatabase } from './database';

export interface LastRecordOptions {
  /** Only athletes of this squad; all athletes when absent or null. */
  squadId?: string | null;
  /** Only records dated on or before this day. */
  onOrBefore?: string;
}

/**
 * The latest day on which any (matching) athlete has a session or a wellness check-in, or null
 * when there is none. Reads the newest record per athlete through `[athleteId+date]`: a few dozen
 * index lookups, never a scan of the season.
 */
export async function lastRecordDate(
  db: CoachDatabase,
  { squadId = null, onOrBefore }: LastRecordOptions = {},
): Promise<string | null> {
  return db.transaction('r', db.athletes, db.sessions, db.wellness, async () => {
    const athletes = await db.athletes.toArray();
    const ids = athletes
      .filter((athlete) => squadId === null || athlete.squadIds.includes(squadId))
      .map((athlete) => athlete.id);
    const upper = onOrBefore ?? Dexie.maxKey;
    const newest = await Promise.all(
      ids.flatMap((id) =>
        [db.sessions, db.wellness].map((table) =>
          table.where('[athleteId+date]').between([id, Dexie.minKey], [id, upper], true, true).last(),
        ),
      ),
    );
    let latest: string | null = null;
    for (const record of newest) {
      if (record && (latest === null || record.date > latest)) latest = record.date;
    }
    return latest;
  });
}
