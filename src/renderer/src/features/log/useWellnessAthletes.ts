import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { WellnessEntry } from '@shared/model';
import { appDb } from '../../db/app-db';
import { listWellnessOnDate } from '../../db';
import { useGridAthletes } from './useGridAthletes';
import type { WellnessGridAthlete } from './wellness-grid';

const NO_CHECKINS: WellnessEntry[] = [];

/** The squad's active athletes with the check-in each already has on `date` (live). */
export function useWellnessAthletes(squadId: string | undefined, date: string | null): WellnessGridAthlete[] | undefined {
  const athletes = useGridAthletes(squadId, date);
  const checkins = useLiveQuery(() => (date ? listWellnessOnDate(appDb, date) : NO_CHECKINS), [date]);
  return useMemo(() => {
    if (!athletes || !checkins) return undefined;
    const byAthlete = new Map(checkins.map((entry) => [entry.athleteId, entry]));
    return athletes.map((athlete) => ({ ...athlete, checkin: byAthlete.get(athlete.id) }));
  }, [athletes, checkins]);
}
