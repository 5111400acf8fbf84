import { Button, Card, Center, Container, Group, Progress, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/model';
import { appDb } from '../../db/app-db';
import { saveSettings } from '../../db';
import { useSettings } from '../../app/useSettings';
import { useLoadDemoTeam } from './useLoadDemoTeam';

/** First run with an empty database: load the demo team or start empty. */
export function WelcomePage() {
  const { t } = useTranslation('welcome');
  const navigate = useNavigate();
  const settings = useSettings();
  const { loadDemo, progressPercent } = useLoadDemoTeam();
  const isLoading = progressPercent !== null;

  async function handleLoadDemo() {
    if (await loadDemo()) await navigate('/today');
  }
  async function handleStartEmpty() {
    await saveSettings(appDb, settings);
    await navigate('/athletes');
  }
  function handleLanguage(value: string) {
    void saveSettings(appDb, { ...settings, language: value as Language });
  }

  return (
    <Center mih="100vh" bg="gray.0">
      <Container size={820} py="xl">
        <Stack gap="lg">
          <Group justify="space-between" align="flex-start">
            <Title order={1}>{t('title')}</Title>
            <SegmentedControl
              aria-label={t('language')}
              value={settings.language}
              onChange={handleLanguage}
              data={[
                { value: 'en', label: 'English' },
                { value: 'nl', label: 'Nederlands' },
              ]}
            />
          </Group>
          <Text size="lg">{t('intro')}</Text>
          <SimpleGrid cols={2} spacing="lg">
            <Card withBorder padding="lg">
              <Stack justify="space-between" h="100%">
                <Stack gap="xs">
                  <Title order={3}>{t('demoTitle')}</Title>
                  <Text c="dimmed">{t('demoBody')}</Text>
                </Stack>
                <Button size="md" onClick={() => void handleLoadDemo()} loading={isLoading}>
                  {t('loadDemo')}
                </Button>
              </Stack>
            </Card>
            <Card withBorder padding="lg">
              <Stack justify="space-between" h="100%">
                <Stack gap="xs">
                  <Title order={3}>{t('emptyTitle')}</Title>
                  <Text c="dimmed">{t('emptyBody')}</Text>
                </Stack>
                <Button size="md" variant="default" onClick={() => void handleStartEmpty()} disabled={isLoading}>
                  {t('startEmpty')}
                </Button>
              </Stack>
            </Card>
          </SimpleGrid>
          {isLoading ? (
            <Stack gap={4}>
              <Text size="sm">{t('loadingDemo', { percent: progressPercent })}</Text>
              <Progress value={progressPercent} aria-label={t('loadingDemo', { percent: progressPercent })} />
            </Stack>
          ) : null}
        </Stack>
      </Container>
    </Center>
  );
}
