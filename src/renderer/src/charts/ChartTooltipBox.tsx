import { Group, Paper, Stack, Text } from '@mantine/core';

export interface TooltipRow {
  label: string;
  value: string;
  colour?: string;
}

/** The box a chart shows on hover: the day, then one line per value with its colour mark. */
export function ChartTooltipBox({ title, rows }: { title: string; rows: readonly TooltipRow[] }) {
  return (
    <Paper shadow="sm" withBorder p="xs" style={{ pointerEvents: 'none' }}>
      <Stack gap={2}>
        <Text size="xs" fw={700}>
          {title}
        </Text>
        {rows.map((row) => (
          <Group key={row.label} gap={6} wrap="nowrap">
            <span
              aria-hidden="true"
              style={{
                width: 8,
                height: 8,
                borderRadius: 2,
                background: row.colour ?? 'transparent',
                flex: 'none',
              }}
            />
            <Text size="xs" c="gray.8" style={{ whiteSpace: 'nowrap' }}>
              {row.label}: <b>{row.value}</b>
            </Text>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
