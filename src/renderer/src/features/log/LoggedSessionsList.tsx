import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/model';
import { formatNumber } from '../../i18n/format';
import type { LoggedSessionGroup } from './logged-sessions';

interface LoggedSessionsListProps {
  groups: readonly LoggedSessionGroup[];
  language: Language;
}

/** What is already logged, one line per stimulus and duration, with the athletes it is logged for. */
export function LoggedSessionsList({ groups, language }: LoggedSessionsListProps) {
  const { t } = useTranslation('log');
  const rpeText = (group: LoggedSessionGroup) =>
    group.rpeMin === group.rpeMax
      ? formatNumber(group.rpeMin, language)
      : `${formatNumber(group.rpeMin, language)}–${formatNumber(group.rpeMax, language)}`;
  return (
    <List size="sm" spacing={4}>
      {groups.map((group) => (
        <List.Item key={`${group.stimulus}-${group.durationMin}`}>
          <Text size="sm" fw={600} span>
            {t('loggedGroup', {
              count: group.athleteNames.length,
              stimulus: t(`common:stimulus_${group.stimulus}`),
              minutes: formatNumber(group.durationMin, language),
              rpe: rpeText(group),
            })}
          </Text>
          <Text size="xs" c="dimmed">
            {group.athleteNames.join(', ')}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
