import { useLiveQuery } from 'dexie-react-hooks';
import { appHistory } from '../../db/app-history';
import type { HistoryEntry } from '../../db/history-database';
import { listHistory } from '../../db/history-repo';

/** The undo history, newest first, live; undefined while it loads. */
export function useHistory(): HistoryEntry[] | undefined {
  return useLiveQuery(() => listHistory(appHistory), []);
}
