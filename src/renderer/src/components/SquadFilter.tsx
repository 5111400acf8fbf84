import { Select } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { appDb } from '../db/app-db';
import { listSquads } from '../db';

/** The value of "All squads". */
export const ALL_SQUADS = 'all';

interface SquadFilterProps {
  /** A squad id, or null for every squad. */
  squadId: string | null;
  onChange: (squadId: string | null) => void;
}

/** "Squad: All squads / <each squad>" for the team screens. */
export function SquadFilter({ squadId, onChange }: SquadFilterProps) {
  const { t } = useTranslation();
  const squads = useLiveQuery(() => listSquads(appDb), []);
  return (
    <Select
      label={t('common:squad')}
      data={[
        { value: ALL_SQUADS, label: t('common:allSquads') },
        ...(squads ?? []).map((squad) => ({ value: squad.id, label: squad.name })),
      ]}
      value={squadId ?? ALL_SQUADS}
      onChange={(value) => onChange(value === null || value === ALL_SQUADS ? null : value)}
      allowDeselect={false}
      w={220}
    />
  );
}
