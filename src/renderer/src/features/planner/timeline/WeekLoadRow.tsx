import { UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/model';
import { formatDate, formatNumber } from '../../../i18n/format';
import { formatCompactAu } from './timeline-format';
import type { TimelineWeek } from './timeline-geometry';
import classes from './timeline.module.css';

export const WEEK_ROW_PX = 52;
const MAX_BAR_PX = 22;

interface WeekLoadRowProps {
  weeks: readonly TimelineWeek[];
  loads: ReadonlyMap<string, number>;
  weekPx: number;
  selectedWeekStart: string;
  language: Language;
  onSelectWeek: (weekStart: string) => void;
}

/** Under the blocks: each week's planned load as a small bar and a number; a click shows that week. */
export function WeekLoadRow({
  weeks,
  loads,
  weekPx,
  selectedWeekStart,
  language,
  onSelectWeek,
}: WeekLoadRowProps) {
  const { t } = useTranslation('planTimeline');
  const maxLoad = Math.max(1, ...loads.values());
  return (
    <div role="group" aria-label={t('weekRowLabel')} style={{ display: 'flex', height: WEEK_ROW_PX }}>
      {weeks.map((week) => {
        const load = loads.get(week.weekStart) ?? 0;
        const isSelected = week.weekStart === selectedWeekStart;
        return (
          <UnstyledButton
            key={week.weekStart}
            data-testid="timeline-week"
            data-week-start={week.weekStart}
            aria-pressed={isSelected}
            aria-label={t('weekCellLabel', {
              week: week.isoWeek,
              date: formatDate(week.weekStart, language),
              load: formatNumber(load, language, 0),
            })}
            className={`${classes.weekCell} ${isSelected ? classes.weekCellSelected : ''}`}
            style={{ width: weekPx, flex: 'none' }}
            onClick={() => onSelectWeek(week.weekStart)}
          >
            <span>{load > 0 ? formatCompactAu(load, language) : '·'}</span>
            <span className={classes.loadBar} style={{ height: Math.round((load / maxLoad) * MAX_BAR_PX) }} />
          </UnstyledButton>
        );
      })}
    </div>
  );
}
