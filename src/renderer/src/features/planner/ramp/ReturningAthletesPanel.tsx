import { useMemo, useState } from 'react';
import { Anchor, Badge, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Season, Settings, Squad } from '@shared/model';
import type { PlanAthlete } from '@shared/planning/plan-context';
import { startOfIsoWeek } from '@shared/time/local-date';
import { useScreenParams } from '../../../app/useScreenParams';
import { formatDate, formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../readiness/useLanguage';
import { ReturnRampDialog } from './ReturnRampDialog';
import { BreakSummary } from './BreakSummary';
import {
  breakKindOf,
  findReturningAthletes,
  isExperiencedAthlete,
  type ReturningAthlete,
} from './ramp-model';

export interface ReturningAthletesPanelProps {
  squad: Squad;
  season: Season;
  athletes: readonly PlanAthlete[];
  settings: Settings;
  today: string;
}

/**
 * The squad's athletes returning from a break today (SCIENCE.md, "Detraining, muscle memory and the
 * return to training"), each with their break and pre-break load and a button that plans their
 * return-to-training ramp. After adding a ramp the week view moves to its first week.
 */
export function ReturningAthletesPanel({
  squad,
  season,
  athletes,
  settings,
  today,
}: ReturningAthletesPanelProps) {
  const { t } = useTranslation('planRamp');
  const language = useLanguage();
  const { setParams } = useScreenParams();
  const [selected, setSelected] = useState<ReturningAthlete | null>(null);
  const returning = useMemo(
    () => findReturningAthletes(athletes, today, settings),
    [athletes, today, settings],
  );
  const rule = {
    days: settings.returnToTraining.breakDays,
    window: settings.returnToTraining.returningWindowDays,
  };

  return (
    <Paper withBorder p="md" radius="md" data-testid="returning-athletes">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('panelTitle')}
        </Title>
        {returning.length === 0 ? (
          <Text size="sm" data-testid="no-returning-athletes">
            {t('noneReturning', { squad: squad.name, ...rule })}
          </Text>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {t('panelDescription', { date: formatDate(today, language), ...rule })}
            </Text>
            <Table.ScrollContainer minWidth={760}>
              <Table aria-label={t('listLabel')} verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('colAthlete')}</Table.Th>
                    <Table.Th>{t('colBreak')}</Table.Th>
                    <Table.Th>{t('colKind')}</Table.Th>
                    <Table.Th ta="right">{t('colPreBreak')}</Table.Th>
                    <Table.Th>{t('colTrainingAge')}</Table.Th>
                    <Table.Th>{t('colAction')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {returning.map((entry) => {
                    const { athlete, returnFromBreak } = entry;
                    const isExperienced = isExperiencedAthlete(athlete.trainingAgeYears, settings);
                    return (
                      <Table.Tr
                        key={athlete.athleteId}
                        data-testid="returning-athlete"
                        data-athlete-id={athlete.athleteId}
                      >
                        <Table.Td>
                          <Anchor component={Link} to={`/athletes/${athlete.athleteId}`} size="sm">
                            {athlete.name}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>
                          <BreakSummary returnFromBreak={returnFromBreak} />
                        </Table.Td>
                        <Table.Td>
                          <Badge variant="light" color={returnFromBreak.kind === 'gap' ? 'gray' : 'orange'}>
                            {t(`kind_${breakKindOf(returnFromBreak)}`)}
                          </Badge>
                        </Table.Td>
                        <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                          {t('weeklyLoad', {
                            load: formatNumber(returnFromBreak.preBreakChronicWeeklyLoadAu, language, 0),
                          })}
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">
                            {t('trainingAgeYears', {
                              count: athlete.trainingAgeYears,
                              years: formatNumber(athlete.trainingAgeYears, language),
                            })}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {isExperienced ? t('experienced') : t('notExperienced')}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Button
                            size="xs"
                            variant="light"
                            data-testid={`plan-ramp-${athlete.athleteId}`}
                            aria-label={t('planRampFor', { name: athlete.name })}
                            onClick={() => setSelected(entry)}
                          >
                            {t('planRamp')}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
      </Stack>
      {selected ? (
        <ReturnRampDialog
          athlete={selected.athlete}
          returnFromBreak={selected.returnFromBreak}
          squad={squad}
          season={season}
          settings={settings}
          today={today}
          onClose={() => setSelected(null)}
          onAdded={(startDate) => setParams({ week: startOfIsoWeek(startDate) })}
        />
      ) : null}
    </Paper>
  );
}
