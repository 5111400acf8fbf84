import { useMemo, useState } from 'react';
import { Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { Bar, CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { PlanAthlete } from '@shared/planning/plan-context';
import { addDays } from '@shared/time/local-date';
import { useSettings } from '../../app/useSettings';
import { COLOURS, TICK_STYLE } from '../../charts/chart-style';
import { formatDate, formatNumber } from '../../i18n/format';
import { useLanguage } from '../readiness/useLanguage';
import type { PlanAnalysis } from './usePlan';
import { projectionPoints } from './week-model';

const SQUAD = 'squad';
/** Weeks shown before and after the selected week. */
const WEEKS_BEFORE = 4;
const WEEKS_AFTER = 5;
const HEIGHT = 260;

interface ProjectionChartProps {
  analysis: PlanAnalysis | undefined;
  athletes: readonly PlanAthlete[];
  weekStart: string;
  today: string;
}

/**
 * EWMA acute and chronic load and their ratio around the selected week: solid up to today (the
 * record), dashed after it (the record plus the plan, through the same engine), for the squad's mean
 * or one athlete.
 */
export function ProjectionChart({ analysis, athletes, weekStart, today }: ProjectionChartProps) {
  const { t } = useTranslation('planner');
  const language = useLanguage();
  const settings = useSettings();
  const [who, setWho] = useState<string>(SQUAD);
  const { ref, width } = useElementSize();
  const from = addDays(weekStart, -7 * WEEKS_BEFORE);
  const to = addDays(weekStart, 7 * WEEKS_AFTER - 1);
  const points = useMemo(() => {
    if (!analysis) return [];
    const projections =
      who === SQUAD
        ? [...analysis.projections.values()]
        : [analysis.projections.get(who)].filter((projection) => projection !== undefined);
    return projectionPoints(projections, from, to, today);
  }, [analysis, who, from, to, today]);
  const isEmpty = points.every(
    (point) => point.dailyLoadAu === 0 && (point.projectedAcuteAu ?? point.acuteAu ?? 0) === 0,
  );
  const tick = (date: string) => formatDate(date, language, 'd MMM');
  const number = (value: unknown, digits: number) =>
    typeof value === 'number' && Number.isFinite(value) ? formatNumber(value, language, digits) : '–';

  return (
    <Paper withBorder p="md" radius="md" data-testid="projection-chart">
      <Group justify="space-between" align="flex-end" mb="xs">
        <Stack gap={0}>
          <Title order={4}>{t('projectionTitle')}</Title>
          <Text size="sm" c="dimmed">
            {t('projectionDescription')}
          </Text>
        </Stack>
        <Select
          aria-label={t('projectionWho')}
          data={[
            { value: SQUAD, label: t('projectionSquadMean') },
            ...athletes.map((athlete) => ({ value: athlete.athleteId, label: athlete.name })),
          ]}
          value={who}
          onChange={(value) => setWho(value ?? SQUAD)}
          allowDeselect={false}
          searchable
          w={240}
        />
      </Group>
      <div ref={ref} style={{ height: HEIGHT }}>
        {isEmpty ? (
          <Text size="sm" c="dimmed">
            {t('projectionEmpty')}
          </Text>
        ) : width > 0 ? (
          <ComposedChart
            width={Math.floor(width)}
            height={HEIGHT}
            data={points}
            margin={{ top: 18, right: 8, left: 8, bottom: 0 }}
          >
            <CartesianGrid stroke={COLOURS.grid} vertical={false} />
            <XAxis dataKey="date" tickFormatter={tick} tick={TICK_STYLE} minTickGap={24} />
            <YAxis
              yAxisId="load"
              tick={TICK_STYLE}
              width={60}
              tickFormatter={(value: number) => number(value, 0)}
            />
            <YAxis
              yAxisId="ratio"
              orientation="right"
              tick={TICK_STYLE}
              width={44}
              domain={[0, (max: number) => Math.max(2, Math.ceil(max * 4) / 4)]}
              tickFormatter={(value: number) => number(value, 1)}
            />
            <Tooltip
              labelFormatter={(label) => (typeof label === 'string' ? formatDate(label, language) : '')}
              formatter={(value, name) => [
                number(value, String(name).includes('ratio') ? 2 : 0),
                String(name),
              ]}
            />
            <Bar
              yAxisId="load"
              dataKey="dailyLoadAu"
              name={t('projectionDailyLoad')}
              fill="#adb5bd"
              isAnimationActive={false}
            />
            <ReferenceLine
              yAxisId="ratio"
              y={settings.load.ratioDanger}
              stroke={COLOURS.flag}
              strokeDasharray="2 4"
            />
            <ReferenceLine
              yAxisId="load"
              x={today}
              stroke="#495057"
              label={{ value: t('today'), position: 'top', fontSize: 11 }}
            />
            <Line
              yAxisId="load"
              dataKey="acuteAu"
              name={t('projectionAcute')}
              stroke={COLOURS.acute}
              dot={false}
              strokeWidth={2}
              isAnimationActive={false}
              connectNulls={false}
            />
            <Line
              yAxisId="load"
              dataKey="projectedAcuteAu"
              name={t('projectionAcutePlanned')}
              stroke={COLOURS.acute}
              strokeDasharray="6 4"
              dot={false}
              strokeWidth={2}
              isAnimationActive={false}
              className="projection-line"
            />
            <Line
              yAxisId="load"
              dataKey="chronicAu"
              name={t('projectionChronic')}
              stroke={COLOURS.chronic}
              dot={false}
              strokeWidth={2}
              isAnimationActive={false}
            />
            <Line
              yAxisId="load"
              dataKey="projectedChronicAu"
              name={t('projectionChronicPlanned')}
              stroke={COLOURS.chronic}
              strokeDasharray="6 4"
              dot={false}
              strokeWidth={2}
              isAnimationActive={false}
              className="projection-line"
            />
            <Line
              yAxisId="ratio"
              dataKey="ratio"
              name={t('projectionRatio')}
              stroke={COLOURS.ratio}
              dot={false}
              strokeWidth={1.5}
              isAnimationActive={false}
            />
            <Line
              yAxisId="ratio"
              dataKey="projectedRatio"
              name={t('projectionRatioPlanned')}
              stroke={COLOURS.ratio}
              strokeDasharray="6 4"
              dot={false}
              strokeWidth={1.5}
              isAnimationActive={false}
              className="projection-line"
            />
          </ComposedChart>
        ) : null}
      </div>
      <Text size="xs" c="dimmed" mt={4}>
        {t('projectionNote', { danger: formatNumber(settings.load.ratioDanger, language, 2) })}
      </Text>
    </Paper>
  );
}
