import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AvailabilityKind } from '@shared/model';

const BADGE_COLOURS: Record<AvailabilityKind, string> = {
  injured: 'red',
  ill: 'orange',
  unavailable: 'gray',
  modified: 'yellow',
};

/** Badges keep their whole text; the table widens the name column instead. */
const FULL_BADGE = { root: { flexShrink: 0, overflow: 'visible' }, label: { overflow: 'visible' } } as const;

interface AthleteNameCellProps {
  name: string;
  availabilityKind?: AvailabilityKind;
  isMuted?: boolean;
}

/** The athlete's name with their availability on the day in words (never colour alone). */
export function AthleteNameCell({ name, availabilityKind, isMuted = false }: AthleteNameCellProps) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" fw={500} c={isMuted ? 'dimmed' : undefined} style={{ whiteSpace: 'nowrap' }}>
        {name}
      </Text>
      {availabilityKind ? (
        <Badge size="xs" variant="light" color={BADGE_COLOURS[availabilityKind]} styles={FULL_BADGE}>
          {t(`common:availability_${availabilityKind}`)}
        </Badge>
      ) : null}
    </Group>
  );
}
