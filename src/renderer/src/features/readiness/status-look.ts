import type { ReadinessStatus, ReasonSeverity } from '@shared/metrics';

/**
 * Colour AND a shape for every status and severity: a coach who cannot tell red from green still
 * reads ✓, !, ✕ and ? (and the word beside them).
 */
export const STATUS_LOOK: Readonly<
  Record<ReadinessStatus | ReasonSeverity, { color: string; glyph: string }>
> = {
  green: { color: 'teal', glyph: '✓' },
  amber: { color: 'yellow', glyph: '!' },
  red: { color: 'red', glyph: '✕' },
  grey: { color: 'gray', glyph: '?' },
  info: { color: 'gray', glyph: 'i' },
};
