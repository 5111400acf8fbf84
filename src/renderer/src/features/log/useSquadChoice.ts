import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Squad } from '@shared/model';
import { appDb } from '../../db/app-db';
import { listSquads } from '../../db';

/** The squad value that stands for every active athlete. */
export const ALL_ATHLETES = '__all__';

/** The squad chosen last on any log page, so the next page opens on the same squad. */
let lastSquadId: string | null = null;

export interface SquadChoice {
  squads: Squad[] | undefined;
  /** Undefined while the squads load, so that a grid does not first show everyone and then the squad. */
  squadId: string | undefined;
  setSquadId: (squadId: string) => void;
}

/** Squads (live) and the chosen one; until the coach chooses, the squad used last, else the first. */
export function useSquadChoice(): SquadChoice {
  const squads = useLiveQuery(() => listSquads(appDb), []);
  const [chosen, setChosen] = useState<string | null>(() => lastSquadId);
  const isKnown = (id: string | null): id is string =>
    id !== null && (id === ALL_ATHLETES || (squads ?? []).some((squad) => squad.id === id));
  const fallback = squads === undefined ? undefined : (squads[0]?.id ?? ALL_ATHLETES);
  const squadId = isKnown(chosen) ? chosen : fallback;
  const setSquadId = (id: string) => {
    lastSquadId = id;
    setChosen(id);
  };
  return { squads, squadId, setSquadId };
}
