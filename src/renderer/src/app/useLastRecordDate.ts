import { useLiveQuery } from 'dexie-react-hooks';
import { appDb } from '../db/app-db';
import { lastRecordDate, type LastRecordOptions } from '../db';

/**
 * The last day with a session or check-in (of a squad, on or before a date), live; undefined while
 * loading, null without any record.
 */
export function useLastRecordDate({ squadId = null, onOrBefore }: LastRecordOptions = {}):
  string | null | undefined {
  return useLiveQuery(
    () => lastRecordDate(appDb, { squadId, ...(onOrBefore ? { onOrBefore } : {}) }),
    [squadId, onOrBefore],
  );
}
