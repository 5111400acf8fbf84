import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/** What to do when there is nobody to show yet. */
export function EmptyTeam() {
  const { t } = useTranslation('today');
  return (
    <Paper withBorder p="xl">
      <Stack gap="sm" maw={560}>
        <Title order={3}>{t('emptyTitle')}</Title>
        <Text c="dimmed">{t('emptyBody')}</Text>
        <Group mt="sm">
          <Button component={Link} to="/athletes">
            {t('emptyAddAthletes')}
          </Button>
          <Button component={Link} to="/import" variant="default">
            {t('emptyImport')}
          </Button>
          <Button component={Link} to="/welcome" variant="default">
            {t('emptyDemo')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
