import { Button, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLoadDemoTeam } from '../welcome/useLoadDemoTeam';

/** What an empty roster offers: import a file or load the demo team (adding is in the page header). */
export function EmptyRoster() {
  const { t } = useTranslation('athletes');
  const navigate = useNavigate();
  const { loadDemo, progressPercent } = useLoadDemoTeam();
  return (
    <Card withBorder padding="xl" maw={640}>
      <Stack>
        <Title order={3}>{t('emptyTitle')}</Title>
        <Text c="dimmed">{t('emptyBody')}</Text>
        <Group>
          <Button variant="light" onClick={() => void navigate('/import')}>
            {t('importCsv')}
          </Button>
          <Button variant="default" loading={progressPercent !== null} onClick={() => void loadDemo()}>
            {t('loadDemo')}
          </Button>
        </Group>
        {progressPercent !== null ? <Progress value={progressPercent} /> : null}
      </Stack>
    </Card>
  );
}
