import { Badge, Text } from '@mantine/core';
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
  // Available is the normal case: quiet text, so the exceptions stand out in a long roster.
  if (key === 'available') {
    return (
      <Text size="sm" c="dimmed">
        {t('common:availability_available')}
      </Text>
    );
  }
  return (
    <Badge color={COLOURS[key]} variant="filled">
      {t(`common:availability_${key}`)}
    </Badge>
  );
}
