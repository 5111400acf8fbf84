import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClassReadiness } from '@shared/metrics';
import { RECOVERY_CLASSES, type RecoveryClass } from '@shared/model';
import { formatLocalMinute } from './reason-text';
import { STATUS_LOOK } from './status-look';
import { useLanguage } from './useLanguage';

interface ReadyForBadgesProps {
  /** Per class; null when readiness is unknown (grey): no phase is shown then. */
  readyFor: Record<RecoveryClass, ClassReadiness> | null;
  /** One line per class with the phase spelt out (athlete page) instead of two chips (Today). */
  isDetailed?: boolean;
}

/**
 * "Ready for what" (SCIENCE.md): per stimulus class a chip, "Strength ✓" or "Endurance from Thu
 * 10:15", in the class's colour and glyph; its title says the phase and what it means.
 */
export function ReadyForBadges({ readyFor, isDetailed = false }: ReadyForBadgesProps) {
  const { t } = useTranslation('readiness');
  const language = useLanguage();
  if (readyFor === null) {
    return (
      <Text size="sm" c="dimmed" data-testid="ready-for-unknown">
        {t('readyForUnknown')}
      </Text>
    );
  }
  const chips = RECOVERY_CLASSES.map((recoveryClass) => {
    const { status, hardFromMinute, phase } = readyFor[recoveryClass];
    const names = { class: t(`class_${recoveryClass}`), classLower: t(`classLower_${recoveryClass}`) };
    const when = hardFromMinute === null ? '' : formatLocalMinute(hardFromMinute, language);
    const label = status === 'green' ? t('readyForOk', names) : t('readyForFrom', { ...names, when });
    const hint = t(`readyForHint_${status}`, { ...names, when });
    const { color, glyph } = STATUS_LOOK[status];
    return (
      <Group key={recoveryClass} gap={6} wrap="nowrap">
        <Badge
          color={color}
          variant={status === 'green' ? 'light' : 'filled'}
          autoContrast
          size={isDetailed ? 'md' : 'sm'}
          title={hint}
          data-testid={`ready-for-${recoveryClass}`}
          data-status={status}
          data-phase={phase ?? 'none'}
          leftSection={
            status === 'green' ? undefined : (
              <span aria-hidden="true" style={{ fontWeight: 800 }}>
                {glyph}
              </span>
            )
          }
          style={{ textTransform: 'none' }}
        >
          {label}
        </Badge>
        {isDetailed ? (
          <Text size="sm" c="dimmed">
            {phase === null ? t('phase_none') : t(`phase_${phase}`)}
          </Text>
        ) : null}
      </Group>
    );
  });
  return (
    <Stack gap={4} align="flex-start" aria-label={t('readyForLabel')}>
      {chips}
    </Stack>
  );
}
