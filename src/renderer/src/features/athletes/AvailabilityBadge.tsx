import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AvailabilityKind } from '@shared/model';

const COLOURS: Record<AvailabilityKind | 'available', string> = {
  available: 'teal',
  injured: 'red',
  ill: 'orange',
  unavailable: 'gray',
  modified: 'yellow',
};

/** Availability in words and colour (never colour alone). */
export function AvailabilityBadge({ kind }: { kind: AvailabilityKind | undefined }) {
  const { t } = useTranslation();
  const key = kind ?? 'available';
  return (
    <Badge color={COLOURS[key]} variant={kind ? 'filled' : 'light'}>
      {t(`common:availability_${key}`)}
    </Badge>
  );
}
