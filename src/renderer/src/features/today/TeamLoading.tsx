import { Group, Loader, Paper, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TeamProgress } from '../../team/team-client';

/** Shown while the team service reads the database for the first time: how far it is. */
export function TeamLoading({ progress }: { progress: TeamProgress | null }) {
  const { t } = useTranslation('today');
  const percent =
    progress && progress.totalAthletes > 0 ? (progress.loadedAthletes / progress.totalAthletes) * 100 : 0;
  return (
    <Paper withBorder p="lg" role="status" aria-live="polite">
      <Stack gap="sm">
        <Group gap="sm">
          <Loader size="sm" />
          <Text>{t('loading')}</Text>
        </Group>
        {progress ? (
          <>
            <Progress value={percent} aria-label={t('loading')} />
            <Text size="sm" c="dimmed">
              {t('loadingProgress', { loaded: progress.loadedAthletes, total: progress.totalAthletes })}
            </Text>
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}
