import { useState } from 'react';
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Squad } from '@shared/model';
import { NewSeasonDialog } from './NewSeasonDialog';

export interface NewSeasonButtonProps {
  squad: Squad;
  today: string;
  onCreated: (seasonId: string) => void;
  /** "filled" on the empty state, "default" in the page header. */
  variant?: 'filled' | 'default';
}

/** "New season" and its dialog. */
export function NewSeasonButton({ squad, today, onCreated, variant = 'default' }: NewSeasonButtonProps) {
  const { t } = useTranslation('planTimeline');
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      <Button variant={variant} onClick={() => setIsOpen(true)} data-testid="new-season">
        {t('newSeason')}
      </Button>
      {isOpen ? (
        <NewSeasonDialog squad={squad} today={today} onCreated={onCreated} onClose={() => setIsOpen(false)} />
      ) : null}
    </>
  );
}
