import { memo } from 'react';

interface LoadSparklineProps {
  acuteAu: readonly number[];
  chronicAu: readonly number[];
  label: string;
  width?: number;
  height?: number;
}

export const SPARKLINE_ACUTE_COLOUR = 'var(--mantine-color-orange-7)';
export const SPARKLINE_CHRONIC_COLOUR = 'var(--mantine-color-blue-7)';

function pathOf(values: readonly number[], max: number, width: number, height: number): string {
  if (values.length === 0) return '';
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  return values
    .map((value, index) => {
      const x = index * step;
      const y = height - 1 - (max > 0 ? (value / max) * (height - 2) : 0);
      return `${index === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join('');
}

/**
 * Acute and chronic load as two small lines on one scale (SCIENCE.md: always show both beside the
 * ratio). Plain SVG: sixty of these must draw in a few milliseconds.
 */
export const LoadSparkline = memo(function LoadSparkline({
  acuteAu,
  chronicAu,
  label,
  width = 100,
  height = 30,
}: LoadSparklineProps) {
  const max = Math.max(0, ...acuteAu, ...chronicAu);
  return (
    <svg
      width={width}
      height={height}
      role="img"
      aria-label={label}
      style={{ display: 'block', overflow: 'visible' }}
    >
      <path
        d={pathOf(chronicAu, max, width, height)}
        fill="none"
        stroke={SPARKLINE_CHRONIC_COLOUR}
        strokeWidth={1.5}
      />
      <path
        d={pathOf(acuteAu, max, width, height)}
        fill="none"
        stroke={SPARKLINE_ACUTE_COLOUR}
        strokeWidth={1.5}
      />
    </svg>
  );
});
