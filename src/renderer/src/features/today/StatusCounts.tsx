import { Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReadinessStatus } from '@shared/metrics';
import { TODAY_STATUS_ORDER } from '../../team/today-view';
import { useSettings } from '../../app/useSettings';
import { ReadinessBadge } from '../readiness/ReadinessBadge';

const COUNT_LABEL: Record<ReadinessStatus, string> = {
  red: 'countRed',
  amber: 'countAmber',
  green: 'countGreen',
  grey: 'countGrey',
};

const COUNT_HINT: Record<ReadinessStatus, string> = {
  red: 'countHintRed',
  amber: 'countHintAmber',
  green: 'countHintGreen',
  grey: 'countHintGrey',
};

/** The number of athletes per status, in the order of the list below, with what each means. */
export function StatusCounts({ counts }: { counts: Record<ReadinessStatus, number> }) {
  const { t } = useTranslation('today');
  const { readiness } = useSettings();
  return (
    <Group gap="sm" grow preventGrowOverflow={false} aria-label={t('columnStatus')} role="list">
      {TODAY_STATUS_ORDER.map((status) => (
        <Paper key={status} withBorder p="sm" role="listitem" data-testid={`count-${status}`}>
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <ReadinessBadge status={status} size="sm" />
            <Text fw={700} fz={26} lh={1} aria-label={t(COUNT_LABEL[status])}>
              {counts[status]}
            </Text>
          </Group>
          <Text size="xs" c="dimmed" mt={4}>
            {t(COUNT_HINT[status], { days: readiness.noDataGreyAfterDays })}
          </Text>
        </Paper>
      ))}
    </Group>
  );
}
