import { useTranslation } from 'react-i18next';
import type { Block, Language } from '@shared/model';
import { addDays, daysBetween, startOfIsoWeek } from '@shared/time/local-date';
import { BLOCK_FOCUS_COLOURS } from '../features/planner/timeline/block-focus-colours';
import { isoWeekNumber } from '../features/planner/timeline/timeline-geometry';
import { formatShortRange } from './print-format';
import classes from './print.module.css';

/** At most this many week labels under the timeline (a 52-week season labels every other week). */
const MAX_WEEK_LABELS = 26;

interface BlockTimelineProps {
  blocks: readonly Block[];
  /** The first and last day drawn (whole weeks). */
  from: string;
  to: string;
  /** The Monday of the season's first week: week labels count from it. */
  seasonWeekStart: string;
  language: Language;
}

const percent = (value: number) => `${(value * 100).toFixed(3)}%`;

/** The blocks of the printed period as bars on a week axis, coloured by focus, with names and dates. */
export function BlockTimeline({ blocks, from, to, seasonWeekStart, language }: BlockTimelineProps) {
  const { t } = useTranslation('print');
  const totalDays = daysBetween(from, to) + 1;
  const weekCount = Math.ceil(totalDays / 7);
  const labelEvery = Math.ceil(weekCount / MAX_WEEK_LABELS);
  const firstWeek = daysBetween(seasonWeekStart, startOfIsoWeek(from)) / 7 + 1;
  return (
    <div>
      <div className={classes.timeline}>
        {blocks.map((block) => {
          const start = Math.max(0, daysBetween(from, block.startDate));
          const end = Math.min(totalDays, daysBetween(from, block.endDate) + 1);
          return (
            <div
              key={block.id}
              className={classes.bar}
              style={{
                left: percent(start / totalDays),
                width: percent((end - start) / totalDays),
                background: BLOCK_FOCUS_COLOURS[block.focus],
              }}
            >
              <span className={classes.barName}>{block.name}</span>
              <span className={classes.barDates}>
                {t(`focus_${block.focus}`)} · {formatShortRange(block.startDate, block.endDate, language)}
              </span>
            </div>
          );
        })}
      </div>
      <div className={classes.weekTicks} aria-hidden="true">
        {Array.from({ length: weekCount }, (_, index) =>
          index % labelEvery === 0 ? (
            <span key={index} className={classes.weekTick} style={{ left: percent((index * 7) / totalDays) }}>
              {t('weekTick', {
                number: firstWeek + index,
                iso: isoWeekNumber(addDays(startOfIsoWeek(from), index * 7)),
              })}
            </span>
          ) : null,
        )}
      </div>
    </div>
  );
}
