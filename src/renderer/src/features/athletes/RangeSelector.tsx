import { Group, SegmentedControl, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RANGE_KINDS, rangeDayCount, type ChartRange, type RangeKind } from '../../charts/series';
import { useChartFormat } from '../../charts/useChartFormat';

interface RangeSelectorProps {
  value: RangeKind;
  range: ChartRange;
  onChange: (kind: RangeKind) => void;
}

function isRangeKind(value: string): value is RangeKind {
  return (RANGE_KINDS as readonly string[]).includes(value);
}

/** 4 weeks / 12 weeks / season / all, and in words which days that is (and which season). */
export function RangeSelector({ value, range, onChange }: RangeSelectorProps) {
  const { t } = useTranslation('charts');
  const format = useChartFormat();
  const from = format.day(range.startDay);
  // With a projection the x range runs on to the plan's horizon; the caption names the record's days.
  const to = format.day(range.projectedAfterDay ?? range.endDay);
  const recordCaption = range.season
    ? t('rangeSeason', { name: range.season.name, from, to })
    : range.isSeasonFallback
      ? t('rangeSeasonFallback', { from, to })
      : t('rangeDates', { from, to, count: rangeDayCount(range) });
  const caption =
    range.projectedAfterDay === undefined
      ? recordCaption
      : `${recordCaption} · ${t('rangePlan', { to: format.day(range.endDay) })}`;
  return (
    <Group gap="md" wrap="nowrap">
      <Text size="sm" c="dimmed" ta="right" data-testid="chart-range-caption">
        {caption}
      </Text>
      <SegmentedControl
        aria-label={t('range')}
        value={value}
        onChange={(next) => {
          if (isRangeKind(next)) onChange(next);
        }}
        data={RANGE_KINDS.map((kind) => ({ value: kind, label: t(`range_${kind}`) }))}
      />
    </Group>
  );
}
