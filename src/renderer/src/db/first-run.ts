import type { CoachDatabase } from './database';

/**
 * A first run is a database that has never been set up: no settings row and no athletes. Choosing
 * "Start empty" on the welcome screen saves the settings row, so an empty roster is not a first run.
 */
export async function isFirstRun(db: CoachDatabase): Promise<boolean> {
  const [settingsCount, athleteCount] = await Promise.all([db.settings.count(), db.athletes.count()]);
  return settingsCount === 0 && athleteCount === 0;
}
