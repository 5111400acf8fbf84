import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Season } from '@shared/model';
import { addDays, startOfIsoWeek } from '@shared/time/local-date';
import { errorText } from '../../app/error-text';
import { formatDate } from '../../i18n/format';
import { LogDateInput } from '../log/LogDateInput';
import { useLanguage } from '../readiness/useLanguage';

interface CopyWeekDialogProps {
  fromWeekStart: string;
  season: Season;
  onCopy: (toWeekStart: string) => Promise<void>;
  onClose: () => void;
}

/** Copies every planned session of the week to another week (any day of it picks the week). */
export function CopyWeekDialog({ fromWeekStart, season, onCopy, onClose }: CopyWeekDialogProps) {
  const { t } = useTranslation('planner');
  const language = useLanguage();
  const [target, setTarget] = useState<string | null>(addDays(fromWeekStart, 7));
  const [error, setError] = useState<string | null>(null);
  const [isCopying, setIsCopying] = useState(false);
  const toWeekStart = target ? startOfIsoWeek(target) : null;
  const problem =
    toWeekStart === null
      ? t('copyWeekPickDate')
      : toWeekStart === fromWeekStart
        ? t('copyWeekSameWeek')
        : toWeekStart > season.endDate || addDays(toWeekStart, 6) < season.startDate
          ? t('copyWeekOutsideSeason', { season: season.name })
          : null;
  const copy = async () => {
    if (problem !== null || toWeekStart === null) return;
    setIsCopying(true);
    try {
      await onCopy(toWeekStart);
      onClose();
    } catch (copyError) {
      setError(errorText(copyError));
      setIsCopying(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={t('copyWeekTitle')} centered>
      <Stack gap="md">
        <Text size="sm">
          {t('copyWeekFrom', {
            from: formatDate(fromWeekStart, language),
            to: formatDate(addDays(fromWeekStart, 6), language),
          })}
        </Text>
        <LogDateInput value={target} onChange={setTarget} />
        {toWeekStart && problem === null ? (
          <Text size="sm" c="dimmed">
            {t('copyWeekTo', {
              from: formatDate(toWeekStart, language),
              to: formatDate(addDays(toWeekStart, 6), language),
            })}
          </Text>
        ) : (
          <Text size="sm" c="red">
            {problem}
          </Text>
        )}
        {error ? <Alert color="red">{error}</Alert> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button onClick={() => void copy()} disabled={problem !== null} loading={isCopying}>
            {t('copyWeekConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
