import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReadinessRuleId } from '@shared/metrics';
import { useScreenParams } from '../../app/useScreenParams';
import { formatDate } from '../../i18n/format';
import { useAsOfDate } from '../../app/useAsOfDate';
import { useTeamQuery } from '../../team/useTeamQuery';
import { useLanguage } from './useLanguage';

/** The days a rule's firing is counted over (SCIENCE.md: "how often it fired for the squad recently"). */
export const FIRING_WINDOW_DAYS = 28;

/**
 * "In the 28 days to 2 Dec this rule flagged 3 of 24 athletes, on 5 of 28 days": for the squad and
 * date of the screen, so a coach can see a rule that cries wolf.
 */
export function RuleFiringText({ ruleId }: { ruleId: ReadinessRuleId }) {
  const { t } = useTranslation('readiness');
  const language = useLanguage();
  const { params } = useScreenParams();
  const { asOf, today } = useAsOfDate();
  const { data, error } = useTeamQuery({
    type: 'rule-firing',
    date: asOf,
    today,
    squadId: params.get('squad'),
    ruleId,
    dayCount: FIRING_WINDOW_DAYS,
  });
  if (error)
    return (
      <Text size="sm" c="red">
        {error.message}
      </Text>
    );
  if (data === undefined)
    return (
      <Text size="sm" c="dimmed">
        {t('firingLoading')}
      </Text>
    );
  if (data.athleteCount === 0) return <Text size="sm">{t('firingNoAthletes')}</Text>;
  return (
    <Text size="sm" data-testid="rule-firing">
      {t('firingCount', {
        days: data.dayCount,
        date: formatDate(data.toDate, language),
        athletes: data.flaggedAthleteCount,
        total: data.athleteCount,
        flaggedDays: data.flaggedDayCount,
      })}
    </Text>
  );
}
