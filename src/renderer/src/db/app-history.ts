import { HistoryDatabase } from './history-database';

/** The app's one undo-history connection; components reach it through repositories and hooks. */
export const appHistory = new HistoryDatabase();
