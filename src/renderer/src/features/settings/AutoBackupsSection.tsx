import { Alert, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { BackupResult } from '@shared/ipc/contract';
import type { Language } from '@shared/model';
import { errorText } from '../../app/error-text';
import { formatMoment, formatNumber } from '../../i18n/format';
import { useBackupFailureText } from './useBackupFailureText';
import { useAutomaticBackups } from './useAutomaticBackups';

/** "1.2 MB" / "1,2 MB": the size of a backup in the coach's number format. */
export function formatSize(bytes: number, language: Language): string {
  if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), language, 0)} kB`;
  return `${formatNumber(bytes / (1024 * 1024), language, 1)} MB`;
}

/**
 * Settings' automatic backups: where they go, the last result (a failure in red, in the coach's
 * language), "Back up now", and the list with date, size and counts, each with "Restore this".
 */
export function AutoBackupsSection({
  language,
  isBrowser,
  onRestore,
}: {
  language: Language;
  isBrowser: boolean;
  onRestore: (id: string) => void;
}) {
  const { t } = useTranslation('settings');
  const failureText = useBackupFailureText();
  const auto = useAutomaticBackups();
  const count = (value: number | undefined) => formatNumber(value ?? 0, language, 0);

  async function handleBackUpNow() {
    try {
      const entry = await auto.backUpNow();
      notifications.show({
        color: 'teal',
        message: t('autoMade', {
          athletes: count(entry.counts.athletes),
          sessions: count(entry.counts.sessions),
          checkins: count(entry.counts.wellness),
        }),
      });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('autoFailedTitle'),
        message: failureText(errorText(error)),
      });
    }
  }

  async function handleChooseFolder() {
    try {
      await auto.chooseFolder();
    } catch (error) {
      notifications.show({ color: 'red', message: failureText(errorText(error)) });
    }
  }

  const folder = auto.status?.folder ?? null;
  return (
    <Paper withBorder p="md" id="automatic-backups" tabIndex={-1}>
      <Title order={3} size="h4" mb="xs">
        {t('autoTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {isBrowser ? t('autoHint_browser') : t('autoHint')}
      </Text>
      <Stack gap="sm">
        <Group align="flex-end" justify="space-between">
          <Stack gap={0}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t('autoFolder')}
            </Text>
            <Text style={{ overflowWrap: 'anywhere' }} data-testid="backup-folder">
              {folder === null
                ? t('autoFolder_browser')
                : auto.status?.isDefaultFolder
                  ? t('autoFolderDefault', { folder })
                  : folder}
            </Text>
          </Stack>
          <Group>
            {auto.canChooseFolder ? (
              <Button variant="default" onClick={() => void handleChooseFolder()}>
                {t('autoChooseFolder')}
              </Button>
            ) : null}
            <Button variant="light" loading={auto.isBusy} onClick={() => void handleBackUpNow()}>
              {t('autoNow')}
            </Button>
          </Group>
        </Group>
        <LastResult result={auto.status?.lastResult ?? null} language={language} />
        {auto.listError ? (
          <Alert color="red">{t('autoListFailed', { reason: failureText(errorText(auto.listError)) })}</Alert>
        ) : null}
        {auto.entries !== null && auto.entries.length === 0 ? <Text size="sm">{t('autoNone')}</Text> : null}
        {auto.entries !== null && auto.entries.length > 0 ? (
          <Table.ScrollContainer minWidth={560}>
            <Table striped aria-label={t('autoTitle')} data-testid="automatic-backups">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('autoMadeAt')}</Table.Th>
                  <Table.Th ta="right">{t('autoSize')}</Table.Th>
                  <Table.Th ta="right">{t('autoAthletes')}</Table.Th>
                  <Table.Th ta="right">{t('autoSessions')}</Table.Th>
                  <Table.Th ta="right">{t('autoCheckins')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {auto.entries.map((entry) => (
                  <Table.Tr key={entry.id}>
                    <Table.Td>{formatMoment(entry.createdAt, language)}</Table.Td>
                    <Table.Td ta="right">{formatSize(entry.sizeBytes, language)}</Table.Td>
                    <Table.Td ta="right">{count(entry.counts.athletes)}</Table.Td>
                    <Table.Td ta="right">{count(entry.counts.sessions)}</Table.Td>
                    <Table.Td ta="right">{count(entry.counts.wellness)}</Table.Td>
                    <Table.Td ta="right">
                      <Button size="compact-sm" variant="default" onClick={() => onRestore(entry.id)}>
                        {t('autoRestore')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
      </Stack>
    </Paper>
  );
}

function LastResult({ result, language }: { result: BackupResult | null; language: Language }) {
  const { t } = useTranslation('settings');
  const failureText = useBackupFailureText();
  if (!result) return null;
  const time = formatMoment(result.at, language);
  if (result.ok)
    return (
      <Text size="sm" data-testid="backup-last-result" data-status="ok">
        {t('autoLast')}: {t('autoLastOk', { time })}
      </Text>
    );
  return (
    <Alert color="red" title={t('autoFailedTitle')} data-testid="backup-last-result" data-status="failed">
      {t('autoLastFailed', { time })}: {failureText(result.error ?? '')}
    </Alert>
  );
}
