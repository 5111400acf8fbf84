import { useLiveQuery } from 'dexie-react-hooks';
import type { Session } from '@shared/model';
import { appDb } from '../../db/app-db';
import { listSessionsAt } from '../../db';

const NONE: Session[] = [];

/**
 * The sessions already logged (live) for these athletes on `date` at `startTime` (undefined: logged
 * without a time). Empty while the date is not chosen, and while the answer for a new choice is on
 * its way (a live query first returns its previous answer).
 */
export function useLoggedSessions(
  athleteIds: readonly string[],
  date: string | undefined,
  startTime: string | undefined,
): Session[] {
  const key = `${athleteIds.join(',')}|${date ?? ''}|${startTime ?? ''}`;
  const answer = useLiveQuery(async () => {
    const sessions = date ? await listSessionsAt(appDb, athleteIds, date, startTime) : NONE;
    return { key, sessions };
  }, [key]);
  return answer?.key === key ? answer.sessions : NONE;
}
