import { useEffect, useRef, useState } from 'react';
import {
  Box,
  Button,
  FileButton,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '@shared/ipc/contract';
import { appDb } from '../../db/app-db';
import { saveSettings } from '../../db';
import { getHost, type StoragePersistence } from '../../host';
import { PageHeader } from '../../components/PageHeader';
import { useSettings } from '../../app/useSettings';
import { RestoreConfirmModal } from './RestoreConfirmModal';
import { RestoreErrorAlert } from './RestoreErrorAlert';
import { useRestoreBackup } from './useRestoreBackup';
import { useSectionFocus } from './useSectionFocus';
import { ThresholdsSection } from './ThresholdsSection';
import { AutoBackupsSection } from './AutoBackupsSection';
import { useBackupFailureText } from './useBackupFailureText';
import { errorText } from '../../app/error-text';
import { useClearAll } from './useClearAll';
import { HistorySection } from './HistorySection';

/**
 * Language, data location, backup and restore, the thresholds behind readiness, and a guarded "clear
 * everything". `?section=<id>` scrolls to a section (language, data, thresholds-…, clear).
 */
export function SettingsPage() {
  const { t } = useTranslation('settings');
  const settings = useSettings();
  const navigate = useNavigate();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [persistence, setPersistence] = useState<StoragePersistence | null>(null);
  const host = getHost();
  const restore = useRestoreBackup();
  // Lets the same file be chosen again after a refusal or a cancel.
  const resetFileRef = useRef<() => void>(null);
  const highlightedId = useSectionFocus();
  const failureText = useBackupFailureText();
  const clearAll = useClearAll();

  useEffect(() => {
    void host.getAppInfo().then(setInfo);
    void host.persistStorage().then(setPersistence);
  }, [host]);

  /** The streamed backup (never one string) to a file the coach picks; any failure is shown. */
  async function handleBackup() {
    const stamp = new Date().toISOString().slice(0, 10);
    try {
      const result = await host.backups.saveToFile(`coach-backup-${stamp}.ndjson`);
      if (result.isSaved) notifications.show({ color: 'teal', message: t('backupSaved') });
    } catch (error) {
      notifications.show({
        color: 'red',
        message: t('backupFailed', { reason: failureText(errorText(error)) }),
      });
    }
  }

  async function handleRestoreFile(file: File | null) {
    await restore.chooseFile(file);
    resetFileRef.current?.();
  }

  async function handleClear() {
    if (!window.confirm(t('clearConfirm'))) return;
    if (!(await clearAll())) return;
    notifications.show({ message: t('cleared') });
    await navigate('/welcome');
  }

  return (
    <Stack maw={900}>
      <PageHeader title={t('title')} description={t('description')} />
      <Paper
        withBorder
        p="md"
        id="language"
        tabIndex={-1}
        style={highlightStyle(highlightedId === 'language')}
      >
        <Title order={3} size="h4" mb="xs">
          {t('languageTitle')}
        </Title>
        <SegmentedControl
          aria-label={t('languageTitle')}
          value={settings.language}
          onChange={(value) => void saveSettings(appDb, { ...settings, language: value })}
          data={[
            { value: 'en', label: 'English' },
            { value: 'nl', label: 'Nederlands' },
          ]}
        />
        <Text size="sm" c="dimmed" mt="xs">
          {t('languageHint')}
        </Text>
      </Paper>
      <Paper withBorder p="md" id="data" tabIndex={-1} style={highlightStyle(highlightedId === 'data')}>
        <Title order={3} size="h4" mb="sm">
          {t('dataTitle')}
        </Title>
        <SimpleGrid cols={3} mb="md">
          <Fact label={t('dataDir')} value={host.kind === 'browser' ? t('dataDir_browser') : info?.dataDir} />
          <Fact label={t('version')} value={info?.version} />
          <Fact label={t('host')} value={t(`host_${host.kind}`)} />
        </SimpleGrid>
        {persistence !== null && persistence !== 'not-applicable' ? (
          <Stack gap={0} mb="md" data-testid="storage-persistence" data-status={persistence}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t('persistence')}
            </Text>
            <Text c={persistence === 'granted' ? undefined : 'orange.8'}>
              {t(`persistence_${persistence}`)}
            </Text>
          </Stack>
        ) : null}
        <Group>
          <Button variant="light" onClick={() => void handleBackup()}>
            {t('backup')}
          </Button>
          <FileButton
            onChange={(file) => void handleRestoreFile(file)}
            accept=".json,.ndjson,application/json,application/x-ndjson"
            resetRef={resetFileRef}
          >
            {(props) => (
              <Button variant="default" {...props}>
                {t('restore')}
              </Button>
            )}
          </FileButton>
        </Group>
        <Text size="sm" c="dimmed" mt="xs">
          {t('backupHint')} {t('restoreHint')}
        </Text>
        {restore.error ? (
          <Box mt="md">
            <RestoreErrorAlert error={restore.error} />
          </Box>
        ) : null}
      </Paper>
      <AutoBackupsSection
        language={settings.language}
        isBrowser={host.kind === 'browser'}
        onRestore={(id) => void restore.chooseStored(id)}
      />
      {restore.pending ? (
        <RestoreConfirmModal
          pending={restore.pending}
          onConfirm={() => void restore.confirm()}
          onCancel={restore.cancel}
        />
      ) : null}
      <ThresholdsSection language={settings.language} highlightedId={highlightedId} />
      <HistorySection isHighlighted={highlightedId === 'history'} />
      <Paper withBorder p="md" id="clear" tabIndex={-1} style={highlightStyle(highlightedId === 'clear')}>
        <Title order={3} size="h4" mb="xs">
          {t('clearTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('clearHint')}
        </Text>
        <Button color="red" variant="outline" onClick={() => void handleClear()}>
          {t('clearButton')}
        </Button>
      </Paper>
    </Stack>
  );
}

function highlightStyle(isHighlighted: boolean) {
  return { outline: isHighlighted ? '3px solid var(--mantine-color-teal-filled)' : undefined };
}

function Fact({ label, value }: { label: string; value: string | undefined }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text style={{ overflowWrap: 'anywhere' }}>{value ?? '…'}</Text>
    </Stack>
  );
}
