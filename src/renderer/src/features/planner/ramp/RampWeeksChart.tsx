import { Box, Stack, Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { Bar, BarChart, CartesianGrid, ReferenceLine, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { COLOURS, TICK_STYLE, niceCeiling } from '../../../charts/chart-style';
import { ChartLegend } from '../../../charts/ChartLegend';
import { formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../readiness/useLanguage';
import type { RampTableRow } from './ramp-model';

const HEIGHT = 170;
const PLANNED_COLOUR = '#74c0fc';

interface RampWeeksChartProps {
  rows: readonly RampTableRow[];
  preBreakWeeklyLoadAu: number;
}

/** Each ramp week's planned load as a bar, under the pre-break level as a line (never above it). */
export function RampWeeksChart({ rows, preBreakWeeklyLoadAu }: RampWeeksChartProps) {
  const { t } = useTranslation('planRamp');
  const language = useLanguage();
  const { ref, width } = useElementSize();
  const data = rows.map((row) => ({
    week: t('chartWeek', { week: row.weekIndex }),
    plannedLoadAu: row.plannedLoadAu,
  }));
  const maxAu = niceCeiling(Math.max(preBreakWeeklyLoadAu, ...rows.map((row) => row.plannedLoadAu)) * 1.1);
  const preBreakLabel = t('chartPreBreak', { load: formatNumber(preBreakWeeklyLoadAu, language, 0) });
  return (
    <Stack gap={4} component="figure" m={0} aria-label={t('chartLabel')} data-testid="ramp-chart">
      <Box style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: 8 }}>
        <Text size="sm" fw={600}>
          {t('chartTitle')}
        </Text>
        <ChartLegend
          entries={[
            { label: t('chartPlanned'), colour: PLANNED_COLOUR, mark: 'block' },
            { label: preBreakLabel, colour: COLOURS.chronic, mark: 'dashed' },
          ]}
        />
      </Box>
      <Box ref={ref} h={HEIGHT}>
        {width > 0 ? (
          <BarChart
            width={Math.floor(width)}
            height={HEIGHT}
            data={data}
            margin={{ top: 8, right: 16, left: 8, bottom: 0 }}
          >
            <CartesianGrid vertical={false} stroke={COLOURS.grid} />
            <XAxis dataKey="week" tick={TICK_STYLE} tickLine={false} />
            <YAxis
              width={60}
              domain={[0, maxAu]}
              tick={TICK_STYLE}
              tickFormatter={(value: number) => formatNumber(value, language, 0)}
            />
            <Bar dataKey="plannedLoadAu" fill={PLANNED_COLOUR} isAnimationActive={false} maxBarSize={48} />
            <ReferenceLine
              y={preBreakWeeklyLoadAu}
              stroke={COLOURS.chronic}
              strokeWidth={2}
              strokeDasharray="6 4"
              ifOverflow="extendDomain"
            />
          </BarChart>
        ) : null}
      </Box>
    </Stack>
  );
}
