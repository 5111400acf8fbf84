import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

const ACTIONS = {
  athletes: { to: '/athletes', text: 'actionAddAthletes' },
  session: { to: '/log/team', text: 'actionLogSession' },
  import: { to: '/import', text: 'actionImport' },
  demo: { to: '/welcome', text: 'actionDemo' },
} as const;

/** Nothing to draw for the whole team: who is missing, and where to go to fill the screen. */
export function TeamLoadEmpty({ kind }: { kind: 'noAthletes' | 'noSessions' }) {
  const { t } = useTranslation('teamLoad');
  const actions =
    kind === 'noAthletes'
      ? [ACTIONS.athletes, ACTIONS.import, ACTIONS.demo]
      : [ACTIONS.session, ACTIONS.import, ACTIONS.demo];
  return (
    <Paper withBorder p="xl" data-testid="team-load-empty">
      <Stack gap="sm" maw={620}>
        <Title order={3}>{kind === 'noAthletes' ? t('emptyTitle') : t('emptyNoSessionsTitle')}</Title>
        <Text c="dimmed">{kind === 'noAthletes' ? t('emptyBody') : t('emptyNoSessionsBody')}</Text>
        <Group mt="sm">
          {actions.map((action, index) => (
            <Button
              key={action.to}
              component={Link}
              to={action.to}
              variant={index === 0 ? 'filled' : 'default'}
            >
              {t(action.text)}
            </Button>
          ))}
        </Group>
      </Stack>
    </Paper>
  );
}
