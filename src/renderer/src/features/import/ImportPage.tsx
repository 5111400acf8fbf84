import { useState } from 'react';
import { Alert, FileInput, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CsvKind } from '@shared/csv';
import { PageHeader } from '../../components/PageHeader';
import { CsvWorkerUnavailableError } from './parse-off-thread';
import { useCsvImport } from './useCsvImport';
import { ImportReport } from './ImportReport';
import { errorText } from '../../app/error-text';

/** CSV import: choose a file, read the report, confirm new athletes, write in one transaction. */
export function ImportPage() {
  const { t } = useTranslation('import');
  const [kind, setKind] = useState<CsvKind>('sessions');
  const [file, setFile] = useState<File | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const { parsed, resolver, loadFile, changeKind, reset } = useCsvImport();

  async function handleFile(chosen: File | null) {
    setFile(chosen);
    setReadError(null);
    if (!chosen) {
      reset();
      return;
    }
    try {
      setKind(await loadFile(chosen, kind));
    } catch (error) {
      setReadError(
        error instanceof CsvWorkerUnavailableError
          ? t('workerUnavailable')
          : t('readError', { message: errorText(error) }),
      );
    }
  }

  function handleKind(value: string) {
    const next = value as CsvKind;
    setKind(next);
    void changeKind(next);
  }

  function handleImportAnother() {
    setFile(null);
    reset();
  }

  return (
    <Stack maw={1100}>
      <PageHeader title={t('title')} description={t('description')} />
      <Paper withBorder p="md">
        <Group align="flex-end" gap="lg">
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('kindLabel')}
            </Text>
            <SegmentedControl
              aria-label={t('kindLabel')}
              value={kind}
              onChange={handleKind}
              data={[
                { value: 'sessions', label: t('kind_sessions') },
                { value: 'wellness', label: t('kind_wellness') },
              ]}
            />
          </Stack>
          <FileInput
            label={t('fileLabel')}
            placeholder={t('filePlaceholder')}
            accept=".csv,text/csv"
            value={file}
            onChange={(chosen) => void handleFile(chosen)}
            clearable
            w={360}
          />
        </Group>
        <Text size="sm" c="dimmed" mt="sm">
          <strong>{t('formatHelpTitle')}:</strong> {t(`formatHelp_${kind}`)} {t('formatHelpSeparators')}
        </Text>
      </Paper>
      {readError ? <Alert color="red">{readError}</Alert> : null}
      {parsed && resolver ? (
        <ImportReport
          key={`${parsed.fileName}-${parsed.kind}`}
          parsed={parsed}
          resolver={resolver}
          onImportAnother={handleImportAnother}
        />
      ) : null}
    </Stack>
  );
}
