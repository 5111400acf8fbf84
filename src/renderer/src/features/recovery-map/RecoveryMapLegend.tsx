import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PHASE_STYLES } from './phase-style';
import { HardSessionDot } from './HardSessionDot';

/** What the colours, letters and dots mean. */
export function RecoveryMapLegend() {
  const { t } = useTranslation('recoveryMap');
  return (
    <Group gap="lg" aria-label={t('legend')} role="list">
      {PHASE_STYLES.map((style) => (
        <Group key={style.key} gap={6} role="listitem" wrap="nowrap">
          <Box
            w={22}
            h={22}
            bg={style.background}
            c={style.colour}
            style={{ borderRadius: 4, display: 'grid', placeItems: 'center', fontWeight: 700, fontSize: 12 }}
            aria-hidden
          >
            {style.glyph}
          </Box>
          <Text size="sm">{t(style.key)}</Text>
        </Group>
      ))}
      <Group gap={6} role="listitem" wrap="nowrap">
        <HardSessionDot />
        <Text size="sm">{t('hardSessionMark')}</Text>
      </Group>
    </Group>
  );
}
