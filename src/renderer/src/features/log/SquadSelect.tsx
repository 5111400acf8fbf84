import type { Ref } from 'react';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Squad } from '@shared/model';
import { ALL_ATHLETES } from './useSquadChoice';

interface SquadSelectProps {
  squads: readonly Squad[] | undefined;
  value: string | undefined;
  onChange: (squadId: string) => void;
  inputRef?: Ref<HTMLInputElement>;
}

/** The squad whose athletes fill the grid; "All athletes" for a club without squads. */
export function SquadSelect({ squads, value, onChange, inputRef }: SquadSelectProps) {
  const { t } = useTranslation('log');
  const data = [
    ...(squads ?? []).map((squad) => ({ value: squad.id, label: squad.name })),
    { value: ALL_ATHLETES, label: t('allAthletes') },
  ];
  return (
    <Select
      ref={inputRef}
      label={t('common:squad')}
      data={data}
      value={value ?? null}
      onChange={(next) => {
        if (next !== null) onChange(next);
      }}
      allowDeselect={false}
      nothingFoundMessage={t('noSquadFound')}
      w={200}
    />
  );
}
