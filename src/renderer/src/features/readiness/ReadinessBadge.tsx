import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReadinessStatus } from '@shared/metrics';
import { STATUS_LOOK } from './status-look';

interface ReadinessBadgeProps {
  status: ReadinessStatus;
  size?: 'sm' | 'md' | 'lg';
}

/** Readiness in colour, shape and word; its accessible name is the word ("Ready", "Not ready"). */
export function ReadinessBadge({ status, size = 'md' }: ReadinessBadgeProps) {
  const { t } = useTranslation('readiness');
  const word = t(`status_${status}`);
  const { color, glyph } = STATUS_LOOK[status];
  return (
    <Badge
      role="img"
      aria-label={word}
      title={t(`statusHint_${status}`)}
      data-status={status}
      color={color}
      variant="filled"
      autoContrast
      size={size}
      leftSection={
        <span aria-hidden="true" style={{ fontWeight: 800 }}>
          {glyph}
        </span>
      }
    >
      {word}
    </Badge>
  );
}
