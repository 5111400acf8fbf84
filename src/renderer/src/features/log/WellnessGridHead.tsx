import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { WELLNESS_ITEMS, type WellnessItem } from '@shared/model';

const ITEM_TEXTS: Record<WellnessItem, { column: string; anchor: string }> = {
  sleepQuality: { column: 'colSleepQuality', anchor: 'anchorSleepQuality' },
  fatigue: { column: 'colFatigue', anchor: 'anchorFatigue' },
  soreness: { column: 'colSoreness', anchor: 'anchorSoreness' },
  stress: { column: 'colStress', anchor: 'anchorStress' },
  mood: { column: 'colMood', anchor: 'anchorMood' },
};

/** Column headings; the five items carry the scale (1–5, 5 = best) and what 5 means for each. */
export function WellnessGridHead() {
  const { t } = useTranslation('log');
  return (
    <Table.Thead>
      <Table.Tr>
        <Table.Th rowSpan={2}>{t('common:athlete')}</Table.Th>
        <Table.Th rowSpan={2} w={80}>
          {t('colSleepHours')}
        </Table.Th>
        <Table.Th colSpan={WELLNESS_ITEMS.length} ta="center" style={{ borderBottom: 0 }}>
          <Text size="xs" fw={600} c="teal.8">
            {t('scaleHint')}
          </Text>
        </Table.Th>
        <Table.Th rowSpan={2} w={84}>
          {t('colHrvRmssdMs')}
        </Table.Th>
        <Table.Th rowSpan={2} w={84}>
          {t('colRestingHrBpm')}
        </Table.Th>
      </Table.Tr>
      <Table.Tr>
        {WELLNESS_ITEMS.map((item) => (
          <Table.Th key={item} w={80}>
            {t(ITEM_TEXTS[item].column)}
            <Text size="xs" c="dimmed" fw={400} lh={1.2}>
              {t(ITEM_TEXTS[item].anchor)}
            </Text>
          </Table.Th>
        ))}
      </Table.Tr>
    </Table.Thead>
  );
}
