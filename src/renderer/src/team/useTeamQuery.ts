import { startTransition, useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { appDb } from '../db/app-db';
import { TeamClient, type TeamProgress } from './team-client';
import type { TeamQuery, TeamQueryResult } from './team-protocol';

let sharedClient: TeamClient | null = null;

/** The app's one team metrics service, started on first use and kept for the session. */
export function getTeamClient(): TeamClient {
  sharedClient ??= new TeamClient(appDb);
  return sharedClient;
}

export interface TeamQueryState<Q extends TeamQuery> {
  /** The latest answer (kept while a newer one is computed). */
  data: TeamQueryResult<Q> | undefined;
  /** True while the answer shown is for another query than the current one. */
  isStale: boolean;
  /** While the service reads the database for the first time. */
  progress: TeamProgress | null;
  error: Error | null;
}

interface Answer<Q extends TeamQuery> {
  key: string;
  revision: number;
  data: TeamQueryResult<Q>;
}

/** Asks the team service `query`, and asks again whenever the data behind the answer changes. */
export function useTeamQuery<Q extends TeamQuery>(query: Q): TeamQueryState<Q> {
  const client = getTeamClient();
  const subscribe = useCallback((listener: () => void) => client.subscribe(listener), [client]);
  const revision = useSyncExternalStore(subscribe, () => client.getRevision());
  const progress = useSyncExternalStore(subscribe, () => client.getProgress());
  const [answer, setAnswer] = useState<Answer<Q> | undefined>(undefined);
  const [error, setError] = useState<Error | null>(null);
  const answered = useRef<{ key: string; revision: number } | null>(null);
  const key = JSON.stringify(query);
  useEffect(() => {
    const last = answered.current;
    if (last && last.key === key && last.revision >= revision) return;
    let isCurrent = true;
    client.query(JSON.parse(key) as Q).then(
      ({ result, revision: answeredRevision }) => {
        if (!isCurrent) return;
        answered.current = { key, revision: answeredRevision };
        // A transition: a club-size answer renders in slices, never in one long task.
        startTransition(() => {
          setAnswer({ key, revision: answeredRevision, data: result });
          setError(null);
        });
      },
      (reason: unknown) => {
        if (isCurrent) setError(reason instanceof Error ? reason : new Error(String(reason)));
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [client, key, revision]);
  return { data: answer?.data, isStale: answer !== undefined && answer.key !== key, progress, error };
}
