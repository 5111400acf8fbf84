import { useState } from 'react';
import { Alert, Button, Group, Modal, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../db/history-database';
import { HISTORY_LIMIT } from '../../db/history-repo';
import { useSettings } from '../../app/useSettings';
import { formatMoment } from '../../i18n/format';
import { changeText, countsText, upperFirst } from '../history/history-text';
import { useHistory } from '../history/useHistory';
import { useReturnTo } from '../history/useReturnTo';

/**
 * The last bulk changes (imports, restores, "clear all", undos) with what each did, and a way back
 * to just before any of them, after a confirmation.
 */
export function HistorySection({ isHighlighted }: { isHighlighted: boolean }) {
  const { t } = useTranslation('history');
  const { language } = useSettings();
  const entries = useHistory();
  const { returnTo, percent } = useReturnTo();
  const [chosen, setChosen] = useState<HistoryEntry | null>(null);

  async function handleConfirm(entry: HistoryEntry) {
    await returnTo(entry);
    setChosen(null);
  }

  return (
    <Paper
      withBorder
      p="md"
      id="history"
      tabIndex={-1}
      style={{ outline: isHighlighted ? '3px solid var(--mantine-color-teal-filled)' : undefined }}
    >
      <Title order={3} size="h4" mb="xs">
        {t('historyTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('historyHint', { limit: HISTORY_LIMIT })}
      </Text>
      {entries && entries.length === 0 ? <Text size="sm">{t('historyEmpty')}</Text> : null}
      {entries && entries.length > 0 ? (
        <Table aria-label={t('historyTitle')} striped withTableBorder verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('historyWhen')}</Table.Th>
              <Table.Th>{t('historyWhat')}</Table.Th>
              <Table.Th>{t('historyCounts')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry, index) => (
              <Table.Tr key={entry.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatMoment(entry.createdAt, language)}
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{upperFirst(changeText(entry, t))}</Table.Td>
                <Table.Td>{countsText(entry.counts, t, language) || '—'}</Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="xs"
                    variant={index === 0 ? 'light' : 'default'}
                    onClick={() => setChosen(entry)}
                    disabled={percent !== null}
                  >
                    {index === 0 ? t('undoButton') : t('historyReturn')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      {chosen ? (
        <ReturnConfirmModal
          entry={chosen}
          percent={percent}
          onConfirm={() => void handleConfirm(chosen)}
          onCancel={() => setChosen(null)}
        />
      ) : null}
    </Paper>
  );
}

interface ReturnConfirmModalProps {
  entry: HistoryEntry;
  percent: number | null;
  onConfirm: () => void;
  onCancel: () => void;
}

function ReturnConfirmModal({ entry, percent, onConfirm, onCancel }: ReturnConfirmModalProps) {
  const { t } = useTranslation('history');
  const { language } = useSettings();
  const isWriting = percent !== null;
  const close = () => {
    if (!isWriting) onCancel();
  };
  return (
    <Modal
      opened
      onClose={close}
      title={t('historyConfirmTitle')}
      closeOnClickOutside={!isWriting}
      closeOnEscape={!isWriting}
      withCloseButton={!isWriting}
    >
      <Stack>
        <Text>
          {t('historyConfirmBody', {
            moment: formatMoment(entry.createdAt, language),
            change: changeText(entry, t),
          })}
        </Text>
        <Alert color="teal">{t('historyConfirmSafe')}</Alert>
        {isWriting ? (
          <Stack gap={4}>
            <Text size="sm">{t('historyProgress', { percent })}</Text>
            <Progress value={percent} aria-label={t('historyProgress', { percent })} />
          </Stack>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={isWriting}>
            {t('historyCancel')}
          </Button>
          <Button color="orange" onClick={onConfirm} loading={isWriting}>
            {t('historyConfirmButton')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
