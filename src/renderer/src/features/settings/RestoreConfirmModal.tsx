import { Alert, Button, Group, Modal, Progress, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BACKUP_TABLE_NAMES } from '../../db';
import { useSettings } from '../../app/useSettings';
import { formatNumber } from '../../i18n/format';
import { formatTimestamp } from './restore-format';
import type { PendingRestore } from './useRestoreBackup';

interface RestoreConfirmModalProps {
  pending: PendingRestore;
  onConfirm: () => void;
  onCancel: () => void;
}

/** What the backup holds and a clear warning; after "Replace everything", the write's progress. */
export function RestoreConfirmModal({ pending, onConfirm, onCancel }: RestoreConfirmModalProps) {
  const { t } = useTranslation('settings');
  const { language } = useSettings();
  const { backup, fileName, percent } = pending;
  const isWriting = percent !== null;
  // The settings row is restored too, but "1 settings" would only puzzle a coach.
  const tables = BACKUP_TABLE_NAMES.filter((name) => name !== 'settings');
  return (
    <Modal
      opened
      onClose={onCancel}
      title={t('restoreTitle')}
      size="lg"
      closeOnClickOutside={!isWriting}
      closeOnEscape={!isWriting}
      withCloseButton={!isWriting}
    >
      <Stack>
        <SimpleGrid cols={2}>
          <Fact label={t('restoreFile')} value={fileName} />
          <Fact label={t('restoreExportedAt')} value={formatTimestamp(backup.exportedAt, language)} />
        </SimpleGrid>
        <Table aria-label={t('restoreTitle')} striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('restoreTable')}</Table.Th>
              <Table.Th ta="right">{t('restoreCount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tables.map((name) => (
              <Table.Tr key={name}>
                <Table.Td>{t(`table_${name}`)}</Table.Td>
                <Table.Td ta="right">{formatNumber(backup.counts[name], language, 0)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Alert color="orange" title={t('restoreWarningTitle')}>
          {t('restoreWarning')}
        </Alert>
        {isWriting ? (
          <Stack gap={4}>
            <Text size="sm">{t('restoreProgress', { percent })}</Text>
            <Progress value={percent} aria-label={t('restoreProgress', { percent })} />
          </Stack>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={isWriting}>
            {t('common:cancel')}
          </Button>
          <Button color="red" onClick={onConfirm} loading={isWriting}>
            {t('restoreConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text style={{ wordBreak: 'break-all' }}>{value}</Text>
    </Stack>
  );
}
