import { useTranslation } from 'react-i18next';
import { STIMULI } from '@shared/model';
import type { ProjectedLoadPoint } from './series';
import { COLOURS } from './chart-style';
import { STIMULUS_COLOURS } from './stimulus-colours';
import type { TooltipRow } from './ChartTooltipBox';
import type { ChartFormat } from './useChartFormat';

/** The load chart's tooltip on a projected day: the planned load by stimulus and the projected loads and ratio. */
export function useProjectedLoadTooltipRows(): (
  point: ProjectedLoadPoint,
  format: ChartFormat,
) => TooltipRow[] {
  const { t } = useTranslation('charts');
  return (point, format) => [
    {
      label: t('plannedLoad'),
      value: `${format.number(point.plannedAu)} AU (${t('sessions', { count: point.plannedCount })})`,
    },
    ...STIMULI.flatMap((stimulus, index) => {
      const loadAu = point.plannedStimulusAu[index] ?? 0;
      return loadAu > 0
        ? [
            {
              label: t(`common:stimulus_${stimulus}`),
              value: `${format.number(loadAu)} AU`,
              colour: STIMULUS_COLOURS[stimulus],
            },
          ]
        : [];
    }),
    { label: t('acuteLegend'), value: `${format.number(point.projectedAcuteAu)} AU`, colour: COLOURS.acute },
    {
      label: t('chronicLegend'),
      value: `${format.number(point.projectedChronicAu)} AU`,
      colour: COLOURS.chronic,
    },
    { label: t('ratioLegend'), value: format.number(point.projectedRatio, 2), colour: COLOURS.ratio },
  ];
}
