import { Group, Text } from '@mantine/core';

/** How a legend entry is drawn: a block, a line, a dashed line, a band, a dot, a marker or a hatched (planned) block. */
export type LegendMark = 'block' | 'line' | 'dashed' | 'band' | 'dot' | 'marker' | 'hatched';

export interface LegendEntry {
  label: string;
  colour: string;
  mark: LegendMark;
}

function Swatch({ colour, mark }: Pick<LegendEntry, 'colour' | 'mark'>) {
  return (
    <svg width={18} height={10} aria-hidden="true" style={{ flex: 'none' }}>
      {mark === 'block' ? <rect x={3} y={0} width={12} height={10} rx={2} fill={colour} /> : null}
      {mark === 'band' ? <rect x={0} y={1} width={18} height={8} fill={colour} stroke="#ced4da" /> : null}
      {mark === 'line' ? <line x1={0} x2={18} y1={5} y2={5} stroke={colour} strokeWidth={2.5} /> : null}
      {mark === 'dashed' ? (
        <line x1={0} x2={18} y1={5} y2={5} stroke={colour} strokeWidth={2} strokeDasharray="4 3" />
      ) : null}
      {mark === 'dot' ? <circle cx={9} cy={5} r={3.5} fill={colour} /> : null}
      {mark === 'marker' ? <path d="M5 0 L13 0 L9 8 Z" fill={colour} /> : null}
      {mark === 'hatched' ? (
        <>
          <rect
            x={3}
            y={0}
            width={12}
            height={10}
            rx={2}
            fill={colour}
            fillOpacity={0.45}
            stroke="#868e96"
            strokeWidth={0.5}
          />
          <path d="M3 7l4-4M7 10l8-8M12 10l3-3" stroke="#ffffff" strokeWidth={1.5} />
        </>
      ) : null}
    </svg>
  );
}

/** A chart's legend as text beside colour marks (never colour alone). */
export function ChartLegend({ entries }: { entries: readonly LegendEntry[] }) {
  return (
    <Group gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }} justify="flex-end">
      {entries.map((entry) => (
        <Group key={entry.label} gap={4} component="li" wrap="nowrap">
          <Swatch colour={entry.colour} mark={entry.mark} />
          <Text size="xs" c="gray.8">
            {entry.label}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
