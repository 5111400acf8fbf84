import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { AvailabilityEvent } from '@shared/model';
import { appDb } from '../../db/app-db';
import { availabilityOn, listAthletes } from '../../db';
import type { GridAthlete } from './team-grid';
import { ALL_ATHLETES } from './useSquadChoice';

const NO_AVAILABILITY: Map<string, AvailabilityEvent> = new Map();

/**
 * The active (not archived) athletes of a squad, by name, with their availability on `date`.
 * Undefined while the roster (or the squad, `squadId` undefined) loads.
 */
export function useGridAthletes(squadId: string | undefined, date: string | null): GridAthlete[] | undefined {
  const athletes = useLiveQuery(() => listAthletes(appDb), []);
  const availability = useLiveQuery(
    () => (date ? availabilityOn(appDb, date) : Promise.resolve(NO_AVAILABILITY)),
    [date],
  );
  return useMemo(() => {
    if (!athletes || squadId === undefined) return undefined;
    return athletes
      .filter((athlete) => !athlete.isArchived)
      .filter((athlete) => squadId === ALL_ATHLETES || athlete.squadIds.includes(squadId))
      .map((athlete) => ({
        id: athlete.id,
        name: athlete.name,
        availabilityKind: availability?.get(athlete.id)?.kind,
      }));
  }, [athletes, availability, squadId]);
}
