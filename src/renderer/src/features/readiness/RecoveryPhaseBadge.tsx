import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecoveryPhase } from '@shared/metrics';
import { fromLocalMinute } from '@shared/time/local-date';
import { formatNumber } from '../../i18n/format';
import { formatWeekdayTime } from './reason-text';
import { useLanguage } from './useLanguage';

/** What the badge reads of a `RecoveryState`: plain data, as it arrives from the team worker. */
interface RecoveryPhaseView {
  phase: RecoveryPhase | null;
  nextPhase: RecoveryPhase | null;
  /** Local minute (time/local-date `toLocalMinute`) the next phase starts at. */
  nextPhaseFromMinute: number | null;
  hoursUntilNextPhase: number | null;
}

interface RecoveryPhaseBadgeProps {
  recovery: RecoveryPhaseView;
  /** Badge above a small line, for table cells. */
  compact?: boolean;
}

const PHASE_COLOURS: Record<RecoveryPhase, string> = {
  acute: 'red',
  regeneration: 'yellow',
  adaptation: 'teal',
};

/** The recovery phase after the last hard session, and when the next one starts ("adaptation from Thu 09:00 (in 14 h)"). */
export function RecoveryPhaseBadge({ recovery, compact = false }: RecoveryPhaseBadgeProps) {
  const { t } = useTranslation('readiness');
  const language = useLanguage();
  const { phase, nextPhase, nextPhaseFromMinute, hoursUntilNextPhase } = recovery;
  if (phase === null) {
    return (
      <Text size="sm" c="dimmed" data-phase="none">
        {t('phase_none')}
      </Text>
    );
  }
  let next: string | null = null;
  if (nextPhase !== null && nextPhaseFromMinute !== null) {
    const { date, time } = fromLocalMinute(nextPhaseFromMinute);
    next = t('nextPhase', {
      phase: t(`phaseInline_${nextPhase}`),
      when: formatWeekdayTime(date, time, language),
      hours:
        hoursUntilNextPhase === null
          ? t('common:none')
          : formatNumber(Math.max(0, hoursUntilNextPhase), language, 0),
    });
  }
  const badge = (
    <Badge
      color={PHASE_COLOURS[phase]}
      variant="light"
      size={compact ? 'sm' : 'md'}
      data-phase={phase}
      title={t('recoveryLabel', { phase: t(`phaseInline_${phase}`) })}
    >
      {t(`phase_${phase}`)}
    </Badge>
  );
  const nextText = next ? (
    <Text size={compact ? 'xs' : 'sm'} c="dimmed">
      {next}
    </Text>
  ) : null;
  if (compact) {
    return (
      <Stack gap={2} align="flex-start">
        {badge}
        {nextText}
      </Stack>
    );
  }
  return (
    <Group gap="xs">
      {badge}
      {nextText}
    </Group>
  );
}
