import { Button, Center, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { EmptyReason } from './series';

/** Where the coach goes to fill each kind of empty chart. */
const ACTIONS: Record<EmptyReason, readonly ('session' | 'checkin' | 'import')[]> = {
  noRecords: ['session', 'checkin', 'import'],
  noSessions: ['session', 'import'],
  noCheckins: ['checkin', 'import'],
  noCheckinsInRange: ['checkin'],
  noBaseline: ['checkin', 'import'],
  noHrv: ['checkin', 'import'],
  noHardSessions: ['session'],
  noStrengthOrEndurance: ['session'],
};

const ROUTES = {
  session: { to: '/log/single', text: 'actionLogSession' },
  checkin: { to: '/log/wellness', text: 'actionCheckin' },
  import: { to: '/import', text: 'actionImport' },
} as const;

/** What a chart shows instead of a blank: why it is empty and what to do about it. */
export function EmptyChart({ reason }: { reason: EmptyReason }) {
  const { t } = useTranslation('charts');
  return (
    <Center h="100%" bg="gray.0" style={{ borderRadius: 'var(--mantine-radius-sm)' }} px="md">
      <Stack gap="xs" align="center" maw={560}>
        <Text size="sm" ta="center" c="gray.7" data-empty-reason={reason}>
          {t(`empty_${reason}`)}
        </Text>
        <Group gap="xs" justify="center">
          {ACTIONS[reason].map((action) => (
            <Button key={action} component={Link} to={ROUTES[action].to} size="compact-sm" variant="light">
              {t(ROUTES[action].text)}
            </Button>
          ))}
        </Group>
      </Stack>
    </Center>
  );
}
