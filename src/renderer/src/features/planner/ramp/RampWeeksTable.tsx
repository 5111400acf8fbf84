import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../readiness/useLanguage';
import type { RampTableRow } from './ramp-model';

/** The ramp week by week: targets per part, the planned load and its share of the pre-break level. */
export function RampWeeksTable({ rows }: { rows: readonly RampTableRow[] }) {
  const { t } = useTranslation('planRamp');
  const language = useLanguage();
  const au = (value: number) => t('au', { value: formatNumber(value, language, 0) });
  const day = (date: string) => formatDate(date, language, language === 'nl' ? 'EEEEEE d MMM' : 'EEE d MMM');
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table aria-label={t('weeksLabel')} striped verticalSpacing={4} fz="sm" data-testid="ramp-weeks">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('colWeek')}</Table.Th>
            <Table.Th>{t('colDates')}</Table.Th>
            <Table.Th ta="right">{t('colStrength')}</Table.Th>
            <Table.Th ta="right">{t('colOther')}</Table.Th>
            <Table.Th ta="right">{t('colTotal')}</Table.Th>
            <Table.Th ta="right">{t('colPlanned')}</Table.Th>
            <Table.Th ta="right">{t('colOfPreBreak')}</Table.Th>
            <Table.Th ta="right">{t('colHard')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.weekIndex} data-testid="ramp-week" data-week={row.weekIndex}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{t('weekLabel', { week: row.weekIndex })}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {day(row.startDate)} – {day(row.endDate)}
              </Table.Td>
              <Table.Td ta="right">{au(row.strengthTargetAu)}</Table.Td>
              <Table.Td ta="right">{au(row.otherTargetAu)}</Table.Td>
              <Table.Td ta="right">{au(row.totalTargetAu)}</Table.Td>
              <Table.Td ta="right" fw={600} data-testid="ramp-week-planned" data-value={row.plannedLoadAu}>
                {au(row.plannedLoadAu)}
              </Table.Td>
              <Table.Td ta="right">
                {row.percentOfPreBreak === null
                  ? '–'
                  : t('percent', { value: formatNumber(row.percentOfPreBreak, language, 0) })}
              </Table.Td>
              <Table.Td ta="right" data-testid="ramp-week-hard">
                {row.hardSessionCount}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
