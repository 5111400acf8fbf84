import { Badge, Group, Paper, ScrollArea, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TeamLoadAthleteRow, TeamLoadFlag, TeamLoadThresholds } from '../../team/team-load-view';
import { useChartFormat } from '../../charts/useChartFormat';
import type { Language } from '@shared/model';
import type { AthleteLoadColumn, AthleteLoadSort } from './athlete-load-sort';
import { decimalsApartFrom, formatChangePercent, formatFixed } from './team-load-format';

const FLAG_COLOURS: Record<TeamLoadFlag, string> = {
  ramp: 'orange',
  monotony: 'yellow',
  'ratio-danger': 'red',
  'ratio-high': 'orange',
  'ratio-low': 'blue',
  'insufficient-history': 'gray',
};

const HEADERS: readonly { column: AthleteLoadColumn; text: string; hint?: string; isNumber: boolean }[] = [
  { column: 'name', text: 'columnAthlete', isNumber: false },
  { column: 'thisWeekAu', text: 'columnThisWeek', hint: 'hintThisWeek', isNumber: true },
  { column: 'changePercent', text: 'columnChange', hint: 'hintChange', isNumber: true },
  { column: 'monotony', text: 'columnMonotony', hint: 'hintMonotony', isNumber: true },
  { column: 'strainAu', text: 'columnStrain', hint: 'hintStrain', isNumber: true },
  { column: 'ratio', text: 'columnRatio', hint: 'hintRatio', isNumber: true },
  { column: 'flags', text: 'columnFlags', hint: 'hintFlags', isNumber: false },
];

interface AthleteLoadTableProps {
  rows: readonly TeamLoadAthleteRow[];
  thresholds: TeamLoadThresholds;
  language: Language;
  sort: AthleteLoadSort;
  onSort: (column: AthleteLoadColumn) => void;
}

interface RowProps {
  row: TeamLoadAthleteRow;
  thresholds: TeamLoadThresholds;
  language: Language;
}

function FlagBadges({ row, thresholds, language }: RowProps) {
  const { t } = useTranslation('teamLoad');
  const format = useChartFormat();
  const limits: Record<TeamLoadFlag, string> = {
    ramp: format.number(thresholds.rampWarningPercent),
    monotony: format.number(thresholds.monotonyFlagAbove, 1),
    'ratio-danger': format.number(thresholds.ratioDanger, 2),
    'ratio-high': format.number(thresholds.ratioHigh, 2),
    'ratio-low': format.number(thresholds.ratioLow, 2),
    'insufficient-history': format.number(thresholds.minHistoryDays),
  };
  const change = row.changePercent ?? 0;
  const rampValue = formatFixed(change, decimalsApartFrom(change, thresholds.rampWarningPercent), language);
  if (row.flags.length === 0) return <Text c="dimmed">{t('none')}</Text>;
  return (
    <Group gap={4} preventGrowOverflow={false}>
      {row.flags.map((flag) => (
        <Badge
          key={flag}
          color={FLAG_COLOURS[flag]}
          variant="light"
          size="sm"
          style={{ textTransform: 'none' }}
        >
          {flag === 'ramp' && row.isNewLoad
            ? t('flag_rampNew')
            : t(`flag_${flag}`, { limit: limits[flag], value: rampValue })}
        </Badge>
      ))}
    </Group>
  );
}

function SortHeader({
  header,
  sort,
  onSort,
}: {
  header: (typeof HEADERS)[number];
  sort: AthleteLoadSort;
  onSort: (column: AthleteLoadColumn) => void;
}) {
  const { t } = useTranslation('teamLoad');
  const isSorted = sort.column === header.column;
  const text = t(header.text);
  return (
    <Table.Th
      aria-sort={isSorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
      ta={header.isNumber ? 'right' : 'left'}
      title={header.hint ? t(header.hint) : undefined}
      style={{ verticalAlign: 'bottom' }}
    >
      <UnstyledButton
        onClick={() => onSort(header.column)}
        aria-label={t('sortBy', { column: text })}
        fw={600}
        fz="sm"
      >
        {text}
        {'\u00a0'}
        <Text span c={isSorted ? 'teal.8' : 'gray.5'} fz="xs" aria-hidden="true">
          {isSorted ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
        </Text>
      </UnstyledButton>
    </Table.Th>
  );
}

function AthleteLoadRow({ row, thresholds, language }: RowProps) {
  const { t } = useTranslation('teamLoad');
  const format = useChartFormat();
  const navigate = useNavigate();
  const path = `/athletes/${row.athleteId}`;
  const isRamp = row.flags.includes('ramp');
  return (
    <Table.Tr style={{ cursor: 'pointer' }} onClick={() => void navigate(path)}>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Link
          to={path}
          aria-label={t('openAthlete', { name: row.name })}
          onClick={(event) => event.stopPropagation()}
          style={{ color: 'inherit', fontWeight: 600, textDecoration: 'none' }}
        >
          {row.name}
        </Link>
        {row.position ? (
          <Text size="xs" c="dimmed">
            {row.position}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td ta="right">{format.number(row.thisWeekAu)}</Table.Td>
      <Table.Td
        ta="right"
        title={row.isNewLoad ? t('newLoadHint') : row.changePercent === null ? t('noBase') : undefined}
        style={{ whiteSpace: 'nowrap' }}
      >
        <Text span c={isRamp ? 'orange.8' : undefined} fw={isRamp ? 700 : undefined} fz="sm">
          {row.isNewLoad
            ? t('newLoad')
            : formatChangePercent(row.changePercent, thresholds.rampWarningPercent, language)}
        </Text>
      </Table.Td>
      <Table.Td ta="right">{formatFixed(row.monotony, 2, language)}</Table.Td>
      <Table.Td ta="right">{format.number(row.strainAu)}</Table.Td>
      <Table.Td ta="right">
        <Text span fz="sm" c={row.hasSufficientHistory ? undefined : 'dimmed'}>
          {formatFixed(row.ratio, 2, language)}
        </Text>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {t('acuteChronic', {
            acute: format.number(row.ewmaAcuteAu),
            chronic: format.number(row.ewmaChronicAu),
          })}
        </Text>
      </Table.Td>
      <Table.Td miw={130}>
        <FlagBadges row={row} thresholds={thresholds} language={language} />
      </Table.Td>
    </Table.Tr>
  );
}

/** One row per athlete of the squad, sortable by every column; a click opens the athlete's page. */
export function AthleteLoadTable({ rows, thresholds, language, sort, onSort }: AthleteLoadTableProps) {
  const { t } = useTranslation('teamLoad');
  const format = useChartFormat();
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h5" mb="xs">
        {t('tableTitle')}
      </Title>
      <ScrollArea>
        <Table
          aria-label={t('tableLabel')}
          data-testid="athlete-load-table"
          verticalSpacing={6}
          horizontalSpacing="xs"
          highlightOnHover
        >
          <Table.Thead>
            <Table.Tr>
              {HEADERS.map((header) => (
                <SortHeader key={header.column} header={header} sort={sort} onSort={onSort} />
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <AthleteLoadRow key={row.athleteId} row={row} thresholds={thresholds} language={language} />
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      <Text size="xs" c="dimmed" mt="xs">
        {t('tableNote', {
          ramp: format.number(thresholds.rampWarningPercent),
          monotony: format.number(thresholds.monotonyFlagAbove, 1),
          low: format.number(thresholds.ratioLow, 2),
          high: format.number(thresholds.ratioHigh, 2),
          danger: format.number(thresholds.ratioDanger, 2),
        })}
      </Text>
    </Paper>
  );
}
