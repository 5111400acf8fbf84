import { Anchor, Badge, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ReturnFromBreak } from '@shared/metrics/training-gaps';
import type { Settings } from '@shared/model';
import type { PlanAthlete } from '@shared/planning/plan-context';
import type { ReturnRamp } from '@shared/planning/return-ramp';
import { formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../readiness/useLanguage';
import { BreakSummary } from './BreakSummary';
import { breakKindOf, isExperiencedAthlete } from './ramp-model';

/** Where the ramp's product defaults are changed. */
const SETTINGS_SECTION = '/settings?section=thresholds-return';

interface RampRuleSummaryProps {
  athlete: PlanAthlete;
  returnFromBreak: ReturnFromBreak;
  settings: Settings;
  ramp: ReturnRamp | null;
}

/**
 * The facts the ramp starts from (break, pre-break chronic weekly load, training age) and the rule
 * in words with the current settings, labelled as adjustable product defaults with their source.
 */
export function RampRuleSummary({ athlete, returnFromBreak, settings, ramp }: RampRuleSummaryProps) {
  const { t } = useTranslation('planRamp');
  const language = useLanguage();
  const rules = settings.returnToTraining;
  const number = (value: number, digits = 1) => formatNumber(value, language, digits);
  const years = number(rules.experiencedTrainingAgeYears);
  const isExperienced = isExperiencedAthlete(athlete.trainingAgeYears, settings);
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Paper withBorder p="sm" radius="sm">
          <Text size="xs" c="dimmed">
            {t('factBreak')}
          </Text>
          <BreakSummary returnFromBreak={returnFromBreak} />
          <Badge variant="light" color={returnFromBreak.kind === 'gap' ? 'gray' : 'orange'} mt={4}>
            {t(`kind_${breakKindOf(returnFromBreak)}`)}
          </Badge>
        </Paper>
        <Paper withBorder p="sm" radius="sm">
          <Text size="xs" c="dimmed">
            {t('factPreBreak')}
          </Text>
          <Text
            size="sm"
            fw={600}
            data-testid="ramp-pre-break"
            data-value={returnFromBreak.preBreakChronicWeeklyLoadAu}
          >
            {t('weeklyLoad', { load: number(returnFromBreak.preBreakChronicWeeklyLoadAu, 0) })}
          </Text>
          <Text size="xs" c="dimmed">
            {t('factPreBreakHint')}
          </Text>
        </Paper>
        <Paper withBorder p="sm" radius="sm">
          <Text size="xs" c="dimmed">
            {t('factTrainingAge')}
          </Text>
          <Text size="sm" fw={600} data-testid="ramp-training-age">
            {t('trainingAgeYears', {
              count: athlete.trainingAgeYears,
              years: number(athlete.trainingAgeYears),
            })}
          </Text>
          <Text size="xs" c="dimmed">
            {isExperienced ? t('experiencedYes', { years }) : t('experiencedNo', { years })}
          </Text>
        </Paper>
      </SimpleGrid>
      <Stack gap={4} data-testid="ramp-rule">
        <Text size="sm" fw={600}>
          {t('ruleTitle')}
        </Text>
        <Text size="sm">
          {t('ruleText', {
            count: rules.maxHardSessionsFirstWeek,
            first: number(rules.firstWeekPercentOfChronic),
            strengthExperienced: number(rules.weeklyStepStrengthPercentExperienced),
            enduranceExperienced: number(rules.weeklyStepEndurancePercentExperienced),
            strengthNovice: number(rules.weeklyStepStrengthPercentNovice),
            enduranceNovice: number(rules.weeklyStepEndurancePercentNovice),
            years,
          })}
        </Text>
        {ramp && ramp.emptyReason === null ? (
          <Text size="sm">
            {t('ruleApplied', {
              name: athlete.name,
              strength: number(ramp.stepStrengthPercent),
              other: number(ramp.stepOtherPercent),
              share: number(ramp.strengthShare * 100, 0),
            })}
          </Text>
        ) : null}
        <Text size="xs" c="dimmed">
          {t('ruleDefault')}{' '}
          <Anchor component={Link} to={SETTINGS_SECTION} size="xs">
            {t('ruleSettingsLink')}
          </Anchor>
          . {t('ruleSource')}
        </Text>
      </Stack>
    </Stack>
  );
}
