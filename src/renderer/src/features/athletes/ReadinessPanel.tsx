import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AthleteSummary } from '@shared/metrics';
import type { Language } from '@shared/model';
import { formatDate, formatNumber } from '../../i18n/format';
import { useSettings } from '../../app/useSettings';
import { ReadinessBadge } from '../readiness/ReadinessBadge';
import { ReasonList } from '../readiness/ReasonList';
import { ReadyForBadges } from '../readiness/ReadyForBadges';
import { LastRecordJump } from '../readiness/LastRecordJump';

/** A ratio with two decimals always ("1.40", Dutch "1,40"), as it is compared with 1.3 and 1.5. */
function formatRatio(value: number, language: Language): string {
  const locale = language === 'nl' ? 'nl-NL' : 'en-GB';
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/**
 * Today's readiness with its worst reasons, the recovery phase, and the EWMA ratio with acute and
 * chronic load beside it (SCIENCE.md: always show both loads and say which variant the ratio is).
 */
export function ReadinessPanel({ summary }: { summary: AthleteSummary }) {
  const { t } = useTranslation('athletes');
  const { language, load } = useSettings();
  const { readiness } = summary;
  // Grey is unknown: no ratio that reads as news (SCIENCE.md, "Readiness today").
  const isUnknown = readiness.status === 'grey';
  const none = t('common:none');
  const ratio = t('ratioLine', {
    ratio: summary.acwrEwma === null || isUnknown ? none : formatRatio(summary.acwrEwma, language),
    acute: isUnknown ? none : formatNumber(summary.ewmaAcuteAu, language, 0),
    chronic: isUnknown ? none : formatNumber(summary.ewmaChronicAu, language, 0),
  });
  const history =
    summary.historyDays > 0 && !summary.hasSufficientHistory
      ? ` (${t('ratioHistory', { days: summary.historyDays, needed: load.minHistoryDays })})`
      : '';
  return (
    <Stack gap={8}>
      <Group gap="sm" align="center">
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          {t('readinessToday')}
        </Text>
        <ReadinessBadge status={readiness.status} size="lg" />
      </Group>
      <ReasonList reasons={readiness.reasons} limit={3} />
      {isUnknown ? <LastRecordJump lastRecordDate={summary.lastRecordDate} /> : null}
      <Group gap="sm" align="flex-start">
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          {t('recoveryNow')}
        </Text>
        <ReadyForBadges readyFor={readiness.readyFor} isDetailed />
      </Group>
      <Text
        size="sm"
        fw={600}
        data-testid="athlete-ratio"
        title={t('ratioHint', { date: formatDate(summary.date, language) })}
        style={{ fontVariantNumeric: 'tabular-nums' }}
      >
        {ratio}
        {history ? (
          <Text span size="sm" fw={400} c="dimmed">
            {history}
          </Text>
        ) : null}
      </Text>
    </Stack>
  );
}
