import { useId } from 'react';
import { DefaultZIndexes, ZIndexLayer, usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';

/**
 * Shapes drawn as one SVG path per series instead of one React element per point: a few thousand
 * bars or dots cost one element each to the browser and nothing to React. They read the chart's
 * scales through recharts' hooks, so they line up with its axes.
 */

/** Pixel x of a day number, or NaN outside a chart. */
type Scale = (value: number) => number;

function useScales(yAxisId: string | number | undefined): { x: Scale; y: Scale } | null {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale(yAxisId);
  if (!xScale || !yScale) return null;
  return { x: (value) => xScale(value) ?? Number.NaN, y: (value) => yScale(value) ?? Number.NaN };
}

const fixed = (value: number): string => value.toFixed(1);

/** Planned bars: the stimulus colours, lighter, under white hatching and a thin grey outline. */
const PLANNED_OPACITY = 0.45;
const PLANNED_OUTLINE = '#868e96';

/** False until the chart has laid out its axes (its first render can map to NaN). */
const isDrawable = (...values: number[]): boolean => values.every(Number.isFinite);

export interface StackedDay {
  day: number;
  /** The stacked values of the day, bottom first; 0 draws nothing. */
  values: readonly number[];
}

/** Stacked day bars, one path per layer, 80 % of a day wide (at least 1 px). */
export function StackedDayBars({
  days,
  colours,
  yAxisId,
  isPlanned = false,
}: {
  days: readonly StackedDay[];
  colours: readonly string[];
  /** The y axis the values are on (the chart's default axis when left out). */
  yAxisId?: string;
  /** Planned days (the projection): lighter and hatched, so they never pass for logged load. */
  isPlanned?: boolean;
}) {
  const scales = useScales(yAxisId);
  const hatchId = `planned-hatch-${useId().replace(/:/g, '')}`;
  if (!scales || days.length === 0) return null;
  const dayWidth = Math.abs(scales.x(1) - scales.x(0));
  const width = Math.max(1, dayWidth * 0.8);
  const paths = colours.map(() => [] as string[]);
  const outlines: string[] = [];
  for (const { day, values } of days) {
    const left = scales.x(day) - width / 2;
    if (!isDrawable(left)) continue;
    let base = 0;
    values.forEach((value, layer) => {
      if (!(value > 0)) return;
      const bottom = scales.y(base);
      const top = scales.y(base + value);
      base += value;
      if (!isDrawable(bottom, top)) return;
      paths[layer]?.push(`M${fixed(left)} ${fixed(bottom)}V${fixed(top)}h${fixed(width)}V${fixed(bottom)}Z`);
    });
    const bottom = scales.y(0);
    const top = scales.y(base);
    if (base > 0 && isDrawable(bottom, top))
      outlines.push(`M${fixed(left)} ${fixed(bottom)}V${fixed(top)}h${fixed(width)}V${fixed(bottom)}Z`);
  }
  // In the bars' layer: above bands (ReferenceArea), below lines.
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.bar}>
      <g className={isPlanned ? 'planned-day-bars' : 'stacked-day-bars'}>
        {paths.map((parts, layer) =>
          parts.length === 0 ? null : (
            <path
              key={colours[layer] ?? layer}
              d={parts.join('')}
              fill={colours[layer]}
              fillOpacity={isPlanned ? PLANNED_OPACITY : undefined}
              data-shape={isPlanned ? 'planned-bars' : 'bars'}
            />
          ),
        )}
        {isPlanned && outlines.length > 0 ? (
          <>
            <defs>
              <pattern
                id={hatchId}
                width={6}
                height={6}
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)"
              >
                <line x1={0} y1={0} x2={0} y2={6} stroke="#ffffff" strokeWidth={2} />
              </pattern>
            </defs>
            <path
              d={outlines.join('')}
              fill={`url(#${hatchId})`}
              stroke={PLANNED_OUTLINE}
              strokeWidth={0.5}
            />
          </>
        ) : null}
      </g>
    </ZIndexLayer>
  );
}

/** One dot per defined value, as a single path of zero-length round-capped strokes. */
export function DotPath({
  points,
  yAxisId,
  colour,
  size = 5,
}: {
  points: readonly { day: number; value: number | null }[];
  yAxisId?: string;
  colour: string;
  size?: number;
}) {
  const scales = useScales(yAxisId);
  if (!scales) return null;
  const parts: string[] = [];
  for (const { day, value } of points) {
    if (value === null) continue;
    const x = scales.x(day);
    const y = scales.y(value);
    if (isDrawable(x, y)) parts.push(`M${fixed(x)} ${fixed(y)}h0`);
  }
  if (parts.length === 0) return null;
  // In the dots' layer: above bands and lines.
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
      <path
        d={parts.join('')}
        stroke={colour}
        strokeWidth={size}
        strokeLinecap="round"
        fill="none"
        data-shape="dots"
      />
    </ZIndexLayer>
  );
}

export interface XSpan {
  from: number;
  to: number;
}

/** Full-height spans of the plot area (fractional day numbers), one path per colour. */
export function XSpans({
  spans,
  colour,
  top = 0,
  height,
}: {
  spans: readonly XSpan[];
  colour: string;
  top?: number;
  height?: number;
}) {
  const xScale = useXAxisScale();
  const plot = usePlotArea();
  if (!xScale || !plot || spans.length === 0) return null;
  const y = plot.y + top;
  const h = height ?? plot.height - top;
  const parts: string[] = [];
  for (const { from, to } of spans) {
    const left = xScale(from) ?? Number.NaN;
    const right = xScale(to) ?? Number.NaN;
    if (isDrawable(left, right, y, h))
      parts.push(`M${fixed(left)} ${fixed(y)}H${fixed(right)}v${fixed(h)}H${fixed(left)}Z`);
  }
  return parts.length === 0 ? null : <path d={parts.join('')} fill={colour} data-shape="spans" />;
}

/** Small downward triangles at the top of the plot area, at fractional day numbers. */
export function TopMarkers({ days, colour }: { days: readonly number[]; colour: string }) {
  const xScale = useXAxisScale();
  const plot = usePlotArea();
  if (!xScale || !plot || days.length === 0) return null;
  const parts: string[] = [];
  for (const day of days) {
    const x = xScale(day) ?? Number.NaN;
    if (isDrawable(x, plot.y)) parts.push(`M${fixed(x - 4)} ${fixed(plot.y)}h8l-4 7Z`);
  }
  return parts.length === 0 ? null : <path d={parts.join('')} fill={colour} data-shape="markers" />;
}
