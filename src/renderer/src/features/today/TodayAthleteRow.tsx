import { memo, type MouseEvent } from 'react';
import { Anchor, Group, Stack, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/model';
import type { TodayRow } from '../../team/today-view';
import { formatNumber } from '../../i18n/format';
import { ReadinessBadge } from '../readiness/ReadinessBadge';
import { ReasonList } from '../readiness/ReasonList';
import { ReadyForBadges } from '../readiness/ReadyForBadges';
import { LastRecordJump } from '../readiness/LastRecordJump';
import { AvailabilityBadge } from '../athletes/AvailabilityBadge';
import { LoadSparkline } from './LoadSparkline';
import classes from './today-grid.module.css';

interface TodayAthleteRowProps {
  row: TodayRow;
  language: Language;
}

const SHOWN_REASONS = 2;

/** One athlete on Today: status in colour and words, the reasons, recovery, ratio with acute and chronic. */
export const TodayAthleteRow = memo(function TodayAthleteRow({ row, language }: TodayAthleteRowProps) {
  const navigate = useNavigate();
  const to = `/athletes/${encodeURIComponent(row.athleteId)}`;

  function handleClick(event: MouseEvent<HTMLDivElement>) {
    // Reasons, links and buttons inside the row do their own thing.
    if ((event.target as HTMLElement).closest('a, button, [role="dialog"]')) return;
    void navigate(to);
  }

  return (
    <div
      role="row"
      className={classes.row}
      data-testid="today-row"
      data-status={row.status}
      onClick={handleClick}
    >
      <div role="cell" className={classes.cell}>
        <Stack gap={2}>
          <Anchor component={Link} to={to} fw={600} c="inherit">
            {row.name}
          </Anchor>
          <Group gap={6}>
            {row.position ? (
              <Text size="xs" c="dimmed">
                {row.position}
              </Text>
            ) : null}
            {row.availability ? <AvailabilityBadge kind={row.availability} /> : null}
          </Group>
        </Stack>
      </div>
      <div role="cell" className={classes.cell}>
        <ReadinessBadge status={row.status} />
      </div>
      <div role="cell" className={classes.cell}>
        <ReasonList reasons={row.reasons} limit={SHOWN_REASONS} />
      </div>
      <div role="cell" className={classes.cell}>
        <ReadyForBadges readyFor={row.readyFor} />
      </div>
      <div role="cell" className={classes.cell}>
        {row.status === 'grey' ? (
          <LastRecordJump lastRecordDate={row.lastRecordDate} />
        ) : (
          <RatioCell row={row} language={language} />
        )}
      </div>
    </div>
  );
});

/** The EWMA ratio with acute and chronic load and the 28-day sparkline (never for an unknown athlete). */
function RatioCell({ row, language }: TodayAthleteRowProps) {
  const { t } = useTranslation('today');
  return (
    <Group gap="sm" wrap="nowrap">
      <Stack gap={0} miw={96}>
        <Text fw={700} size="lg" data-testid="today-ratio">
          {row.acwrEwma === null ? t('noRatio') : formatNumber(row.acwrEwma, language, 2)}
        </Text>
        <Text size="xs" c="dimmed" data-testid="today-acute-chronic">
          {t('acuteChronic', {
            acute: formatNumber(row.ewmaAcuteAu, language, 0),
            chronic: formatNumber(row.ewmaChronicAu, language, 0),
          })}
        </Text>
        {row.hasSufficientHistory ? null : (
          <Text size="xs" c="dimmed">
            {t('insufficientHistory')}
          </Text>
        )}
      </Stack>
      <LoadSparkline
        acuteAu={row.sparkline.acuteAu}
        chronicAu={row.sparkline.chronicAu}
        label={t('sparklineLabel')}
      />
    </Group>
  );
}
