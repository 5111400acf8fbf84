import { memo } from 'react';
import { Anchor, Box, Group, Table } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Language, RecoveryClass } from '@shared/model';
import type { MapHardSession, RecoveryMapRow } from '../../team/recovery-map-view';
import { formatDate, formatNumber } from '../../i18n/format';
import { phaseStyle } from './phase-style';
import { HardSessionDot } from './HardSessionDot';

interface RecoveryMapRowProps {
  row: RecoveryMapRow;
  dates: readonly string[];
  dateOffset: number;
  language: Language;
  /** Whose phases and hard sessions the row shows. */
  recoveryClass: RecoveryClass;
}

/** One athlete's line of the map: a cell per day, coloured and lettered by phase, hard sessions dotted. */
export const RecoveryMapRowView = memo(function RecoveryMapRowView({
  row,
  dates,
  dateOffset,
  language,
  recoveryClass,
}: RecoveryMapRowProps) {
  const { t } = useTranslation('recoveryMap');
  const byDay = new Map<number, MapHardSession[]>();
  for (const session of row.hardSessions.filter((hard) => hard.classes.includes(recoveryClass)))
    byDay.set(session.dayOffset, [...(byDay.get(session.dayOffset) ?? []), session]);

  function sessionTitle(session: MapHardSession): string {
    return t('hardSessionTitle', {
      stimulus: t(`common:stimulus_${session.stimulus}`),
      start: session.startTime ? `${session.startTime}, ` : t('noStartTime'),
      duration: formatNumber(session.durationMin, language, 0),
      rpe: formatNumber(session.sessionRpe, language, 1),
      load: formatNumber(session.loadAu, language, 0),
      end: `${formatDate(session.endDate, language, 'EEE')} ${session.endTime}`,
    });
  }

  return (
    <Table.Tr data-testid="recovery-row" data-athlete={row.name}>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Anchor
          component={Link}
          to={`/athletes/${encodeURIComponent(row.athleteId)}`}
          c="inherit"
          fw={600}
          size="sm"
        >
          {row.name}
        </Anchor>
      </Table.Td>
      {dates.map((date, offset) => {
        const code = row.phaseCodes[recoveryClass][offset] ?? 0;
        const style = phaseStyle(code);
        const sessions = byDay.get(offset) ?? [];
        return (
          <Table.Td
            key={date}
            p={2}
            data-phase={code}
            data-date={date}
            aria-label={t('cellLabel', {
              name: row.name,
              date: formatDate(date, language),
              phase: t(style.key),
            })}
            style={{
              borderLeft: offset === dateOffset + 1 ? '2px dashed var(--mantine-color-gray-5)' : undefined,
            }}
          >
            <Box
              h={30}
              bg={style.background}
              c={style.colour}
              opacity={offset > dateOffset ? 0.75 : 1}
              style={{
                borderRadius: 4,
                display: 'flex',
                alignItems: 'center',
                justifyContent: 'center',
                gap: 3,
                fontWeight: 700,
                fontSize: 12,
                outline: offset === dateOffset ? '2px solid var(--mantine-color-dark-4)' : undefined,
              }}
            >
              <span aria-hidden>{style.glyph}</span>
              {sessions.length > 0 ? (
                <Group gap={1} wrap="nowrap" data-testid="hard-session">
                  {sessions.map((session) => (
                    <HardSessionDot
                      key={`${session.endDate}${session.endTime}`}
                      title={sessionTitle(session)}
                    />
                  ))}
                </Group>
              ) : null}
            </Box>
          </Table.Td>
        );
      })}
    </Table.Tr>
  );
});
