import type { ReactElement } from 'react';
import { Rectangle, type BarShapeProps } from 'recharts';

/** The week being counted (up to the date) is drawn lighter: it may be partial. */
const PARTIAL_OPACITY = 0.5;

/** A bar shape that draws the bars of partial weeks lighter than the full weeks. */
export function partialWeekShape(
  points: readonly { isPartial: boolean }[],
): (props: BarShapeProps) => ReactElement {
  return function PartialWeekBar(props: BarShapeProps) {
    const isPartial = points[props.originalDataIndex]?.isPartial === true;
    return (
      <Rectangle
        x={props.x}
        y={props.y}
        width={props.width}
        height={props.height}
        fill={props.fill}
        fillOpacity={isPartial ? PARTIAL_OPACITY : 1}
      />
    );
  };
}
