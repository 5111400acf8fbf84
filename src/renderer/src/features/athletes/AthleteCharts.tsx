import { useMemo, useState } from 'react';
import { Group, SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Season } from '@shared/model';
import {
  buildDetrainingSeries,
  buildFitnessProjection,
  buildFitnessSeries,
  buildHrvSeries,
  buildLoadProjection,
  buildLoadSeries,
  buildRecoveryStrips,
  buildWellnessSeries,
  chartRange,
  extendRangeToHorizon,
  seasonCovering,
  type RangeKind,
} from '../../charts/series';
import { LoadChart } from '../../charts/LoadChart';
import { RecoveryStrip } from '../../charts/RecoveryStrip';
import { FitnessChart } from '../../charts/FitnessChart';
import { WellnessChart } from '../../charts/WellnessChart';
import { HrvChart } from '../../charts/HrvChart';
import { DetrainingPanel } from '../../charts/DetrainingPanel';
import type { AthleteComputed } from './useAthleteMetrics';
import type { AthletePlanProjection } from './athlete-plan';
import { RangeSelector } from './RangeSelector';

interface AthleteChartsProps {
  computed: AthleteComputed;
  seasons: readonly Season[];
  today: string;
  /** The plan's projection after today: every chart's x range then runs to its horizon. */
  plan?: AthletePlanProjection | null;
}

/** Every chart of the athlete over one selectable period; the series are built once per change. */
export function AthleteCharts({ computed, seasons, today, plan = null }: AthleteChartsProps) {
  const { t } = useTranslation('athletes');
  const [rangeKind, setRangeKind] = useState<RangeKind>('12w');
  const { metrics, input, summary } = computed;
  const season = useMemo(() => seasonCovering(seasons, today), [seasons, today]);
  const range = useMemo(
    () => extendRangeToHorizon(chartRange(metrics, rangeKind, today, season), today, plan?.horizon ?? null),
    [metrics, rangeKind, today, season, plan],
  );
  const series = useMemo(
    () => ({
      load: buildLoadSeries(metrics, range),
      strips: buildRecoveryStrips(metrics, range),
      fitness: buildFitnessSeries(metrics, range),
      wellness: buildWellnessSeries(metrics, range),
      hrv: buildHrvSeries(metrics, range),
      detraining: buildDetrainingSeries(metrics, input, range),
      loadProjection: plan ? buildLoadProjection(plan.projection, range) : null,
      fitnessProjection: plan ? buildFitnessProjection(plan.projection, range) : null,
    }),
    [metrics, input, range, plan],
  );
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center">
        <Title order={3} size="h4">
          {t('trendsTitle')}
        </Title>
        <RangeSelector value={rangeKind} range={range} onChange={setRangeKind} />
      </Group>
      <LoadChart series={series.load} range={range} projection={series.loadProjection} />
      <RecoveryStrip strips={series.strips} range={range} />
      <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="sm">
        <FitnessChart series={series.fitness} range={range} projection={series.fitnessProjection} />
        <DetrainingPanel series={series.detraining} range={range} recency={summary.recency} />
        <WellnessChart series={series.wellness} range={range} />
        <HrvChart series={series.hrv} range={range} />
      </SimpleGrid>
    </Stack>
  );
}
