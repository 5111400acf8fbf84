import { useMemo } from 'react';
import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanAthlete } from '@shared/planning/plan-context';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../readiness/useLanguage';
import type { PlanAnalysis } from './usePlan';
import { planVersusActualRows } from './week-model';

interface PlanVersusActualTableProps {
  analysis: PlanAnalysis | undefined;
  athletes: readonly PlanAthlete[];
  weekStart: string;
}

/** Per athlete for the week: planned and actual load, sessions done, missed and still to come. */
export function PlanVersusActualTable({ analysis, athletes, weekStart }: PlanVersusActualTableProps) {
  const { t } = useTranslation('planner');
  const language = useLanguage();
  const rows = useMemo(
    () => (analysis ? planVersusActualRows(athletes, analysis.projections, weekStart) : []),
    [analysis, athletes, weekStart],
  );
  const load = (value: number) => formatNumber(value, language, 0);
  return (
    <Paper withBorder p="md" radius="md" data-testid="plan-vs-actual">
      <Title order={4}>{t('pvaTitle')}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('pvaDescription')}
      </Text>
      {rows.length === 0 ? (
        <Text size="sm">{t('pvaEmpty')}</Text>
      ) : (
        <Table striped highlightOnHover withTableBorder stickyHeader aria-label={t('pvaTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('pvaAthlete')}</Table.Th>
              <Table.Th ta="right">{t('pvaPlannedLoad')}</Table.Th>
              <Table.Th ta="right">{t('pvaActualLoad')}</Table.Th>
              <Table.Th ta="right">{t('pvaDifference')}</Table.Th>
              <Table.Th ta="right">{t('pvaPlanned')}</Table.Th>
              <Table.Th ta="right">{t('pvaDone')}</Table.Th>
              <Table.Th ta="right">{t('pvaMissed')}</Table.Th>
              <Table.Th ta="right">{t('pvaUpcoming')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.athleteId} data-testid="pva-row">
                <Table.Td>{row.name}</Table.Td>
                <Table.Td ta="right">{load(row.plannedLoadAu)}</Table.Td>
                <Table.Td ta="right">{load(row.actualLoadAu)}</Table.Td>
                <Table.Td ta="right">
                  {row.plannedLoadAu > 0 && row.upcomingCount === 0
                    ? `${formatNumber(((row.actualLoadAu - row.plannedLoadAu) / row.plannedLoadAu) * 100, language, 0)} %`
                    : '–'}
                </Table.Td>
                <Table.Td ta="right">{row.plannedCount}</Table.Td>
                <Table.Td ta="right">{row.doneCount}</Table.Td>
                <Table.Td ta="right" c={row.missedCount > 0 ? 'red.7' : undefined}>
                  {row.missedCount}
                </Table.Td>
                <Table.Td ta="right">{row.upcomingCount}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
