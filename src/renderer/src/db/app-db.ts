import { trackChanges } from './change-tracker';
import { CoachDatabase } from './database';

/** The app's one database connection; components reach it through repositories and hooks. */
export const appDb = new CoachDatabase();

/** Every write to {@link appDb}: automatic backups run when something changed. */
export const appDbChanges = trackChanges(appDb);
