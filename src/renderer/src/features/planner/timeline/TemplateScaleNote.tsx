import { useMemo } from 'react';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BlockTemplate, Settings } from '@shared/model';
import { squadChronicWeeklyLoad, templateScale, type TemplateScale } from '@shared/planning/template-scaling';
import { formatDate, formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../readiness/useLanguage';
import { usePlanAthletes } from '../usePlan';

/**
 * How templates are scaled to the squad (shared/planning/template-scaling): its chronic load on the day
 * before the plan starts, or today when that is later. Undefined while the squad's history loads.
 */
export function useTemplateScale(
  squadId: string,
  startDate: string | null,
  today: string,
  templates: readonly BlockTemplate[],
  settings: Settings,
): TemplateScale | undefined {
  const asOf = startDate === null || startDate > today ? today : startDate;
  const athletes = usePlanAthletes(squadId, asOf);
  const squad = useMemo(
    () => (athletes === undefined ? undefined : squadChronicWeeklyLoad(athletes, asOf, settings.load)),
    [athletes, asOf, settings.load],
  );
  return useMemo(
    () => (squad === undefined ? undefined : templateScale(templates, squad)),
    [templates, squad],
  );
}

/** One line under the template choice: loads scaled by how much to what, or kept and why. */
export function TemplateScaleNote({ scale }: { scale: TemplateScale | undefined }) {
  const { t } = useTranslation('planTimeline');
  const language = useLanguage();
  if (scale === undefined) return null;
  const { squad } = scale;
  const text =
    squad === null
      ? t('scaleNoHistory')
      : scale.referenceWeekLoadAu === null
        ? t('scaleNoReference')
        : t('scaleApplied', {
            factor: formatNumber(scale.factor, language, 2),
            squadLoad: formatNumber(squad.weeklyLoadAu, language, 0),
            templateLoad: formatNumber(scale.referenceWeekLoadAu, language, 0),
            count: squad.athleteCount,
            date: formatDate(squad.asOf, language),
          });
  return (
    <Text size="sm" c="dimmed" data-testid="template-scale-note">
      {text}
    </Text>
  );
}
