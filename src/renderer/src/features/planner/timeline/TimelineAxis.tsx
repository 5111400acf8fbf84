import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/model';
import { startOfIsoWeek } from '@shared/time/local-date';
import { formatDate } from '../../../i18n/format';
import { monthMarks, type DateRange, type TimelineScale, type TimelineWeek } from './timeline-geometry';

export const AXIS_ROW_PX = 20;
/** Room a "Sep 2025" label needs before the next month's label. */
const MONTH_LABEL_PX = 72;

interface TimelineAxisProps {
  scale: TimelineScale;
  weeks: readonly TimelineWeek[];
  /** The days the columns cover: the first Monday to the last Sunday. */
  span: DateRange;
  today: string;
  language: Language;
}

/** Two rows over the blocks: the months (with the year on the first and on January) and ISO week numbers. */
export function TimelineAxis({ scale, weeks, span, today, language }: TimelineAxisProps) {
  const { t } = useTranslation('planTimeline');
  const weekPx = scale.dayWidthPx * 7;
  const currentWeek = startOfIsoWeek(today);
  return (
    <div aria-hidden style={{ position: 'relative', height: AXIS_ROW_PX * 2 }}>
      {monthMarks(scale, span, MONTH_LABEL_PX).map(({ date, x, withYear }) => (
        <Text
          key={date}
          span
          fz="xs"
          fw={600}
          style={{
            position: 'absolute',
            top: 0,
            left: x,
            paddingLeft: 4,
            borderLeft: x === 0 ? undefined : '1px solid var(--mantine-color-gray-4)',
            lineHeight: `${AXIS_ROW_PX}px`,
            whiteSpace: 'nowrap',
          }}
        >
          {formatDate(date, language, withYear ? 'MMM yyyy' : 'MMM')}
        </Text>
      ))}
      {weeks.map((week, index) => (
        <Text
          key={week.weekStart}
          span
          fz={10}
          c={week.weekStart === currentWeek ? 'red.7' : 'dimmed'}
          fw={week.weekStart === currentWeek ? 700 : 400}
          ta="center"
          style={{
            position: 'absolute',
            top: AXIS_ROW_PX,
            left: index * weekPx,
            width: weekPx,
            lineHeight: `${AXIS_ROW_PX}px`,
          }}
        >
          {t('weekShort', { week: week.isoWeek })}
        </Text>
      ))}
    </div>
  );
}
