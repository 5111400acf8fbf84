import { CoachDatabase } from './database';

/** The app's one database connection; components reach it through repositories and hooks. */
export const appDb = new CoachDatabase();
