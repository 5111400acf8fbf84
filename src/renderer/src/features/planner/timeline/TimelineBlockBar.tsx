import type { KeyboardEvent } from 'react';
import { Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Block, Language } from '@shared/model';
import { daysBetween } from '@shared/time/local-date';
import { formatDate, formatNumber } from '../../../i18n/format';
import { BLOCK_FOCUS_COLOURS } from './block-focus-colours';
import type { BlockSummary } from './block-summary';
import {
  focusLabel,
  formatBarRange,
  formatRange,
  formatShare,
  formatShortRange,
  formatWeeks,
} from './timeline-format';
import { rangeBox, type DateRange, type DragMode, type TimelineScale } from './timeline-geometry';
import type { BlockDragHandlers } from './useBlockDrag';
import classes from './timeline.module.css';

/** Height of a bar in the block lane (px). */
export const BAR_HEIGHT_PX = 76;
/** Room kept for the dates shown above a dragged bar, so they stay inside the timeline. */
const DRAG_LABEL_PX = 170;

interface TimelineBlockBarProps {
  block: Block;
  /** Where to draw it: its dates, or the dates under the pointer while it is dragged. */
  range: DateRange;
  summary: BlockSummary;
  scale: TimelineScale;
  /** Width of the whole timeline: the dates shown while dragging open to the left near its right end. */
  contentWidthPx: number;
  season: DateRange;
  language: Language;
  isDragging: boolean;
  /** While dragging: the new dates cannot be taken (the header says why). */
  isRejected: boolean;
  handlersFor: (mode: DragMode) => BlockDragHandlers;
  onOpen: () => void;
  /** Keyboard resize of an edge (arrow keys on a handle): days to move it. */
  onNudge: (edge: 'start' | 'end', deltaDays: number) => void;
}

/** A block on the timeline: a button in its focus colour with the focus, name, dates, load and shares. */
export function TimelineBlockBar(props: TimelineBlockBarProps) {
  const { block, range, summary, scale, language, isDragging, isRejected } = props;
  const { t } = useTranslation('planTimeline');
  const { left, width } = rangeBox(scale, range);
  const focus = focusLabel(t, block.focus);
  const details = t('barDetails', {
    load: formatNumber(summary.weeklyLoadAu, language, 0),
    strength: formatShare(summary.strengthShare, language),
    endurance: formatShare(summary.enduranceShare, language),
  });
  const label = t('blockLabel', {
    name: block.name,
    focus,
    range: formatRange(range, language),
    weeks: formatWeeks(range, language),
  });
  const fullDetails =
    summary.sessionCount === 0
      ? t('barNoSessions')
      : t('blockDetailsLong', {
          count: summary.sessionCount,
          load: formatNumber(summary.weeklyLoadAu, language, 0),
          strength: formatShare(summary.strengthShare, language),
          endurance: formatShare(summary.enduranceShare, language),
        });
  const move = props.handlersFor('move');
  const barClass = [classes.bar, isDragging ? classes.dragging : '', isRejected ? classes.rejected : ''];
  return (
    <div
      className={classes.barWrapper}
      style={{ left, width, height: BAR_HEIGHT_PX, zIndex: isDragging ? 4 : undefined }}
    >
      {isDragging ? (
        <div
          className={`${classes.dragLabel} ${isRejected ? classes.dragLabelRejected : ''}`}
          style={{
            bottom: BAR_HEIGHT_PX + 4,
            left: Math.min(0, props.contentWidthPx - DRAG_LABEL_PX - left),
          }}
        >
          {t('dragLabel', { range: formatShortRange(range, language), weeks: formatWeeks(range, language) })}
        </div>
      ) : null}
      <Tooltip label={`${label}. ${fullDetails}`} multiline w={300} openDelay={400} disabled={isDragging}>
        <UnstyledButton
          data-testid="timeline-block"
          data-block-id={block.id}
          data-focus={block.focus}
          aria-label={`${label}. ${fullDetails}`}
          className={barClass.join(' ')}
          style={{ background: BLOCK_FOCUS_COLOURS[block.focus] }}
          onClick={props.onOpen}
          onPointerDown={move.onPointerDown}
          onPointerMove={move.onPointerMove}
          onPointerUp={move.onPointerUp}
          onPointerCancel={move.onPointerCancel}
          onKeyDown={move.onKeyDown}
        >
          <Text span fz={10} fw={700} tt="uppercase" lh={1.35} className={classes.line}>
            {focus}
          </Text>
          <Text span fz="sm" fw={650} lh={1.3} className={classes.line}>
            {block.name}
          </Text>
          <Text span fz="xs" lh={1.35} className={classes.dates} data-testid="block-dates">
            {formatBarRange(range, language)}
          </Text>
          <Text span fz="xs" lh={1.35} className={classes.line}>
            {summary.sessionCount === 0 ? t('barNoSessions') : details}
          </Text>
        </UnstyledButton>
      </Tooltip>
      <EdgeHandle {...props} edge="start" />
      <EdgeHandle {...props} edge="end" />
    </div>
  );
}

/** The left or right edge: drag it, or focus it and use the arrow keys (a week; a day with Shift). */
function EdgeHandle(props: TimelineBlockBarProps & { edge: 'start' | 'end' }) {
  const { block, range, season, language, edge } = props;
  const { t } = useTranslation('planTimeline');
  const handlers = props.handlersFor(edge);
  const date = edge === 'start' ? range.startDate : range.endDate;
  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    handlers.onKeyDown(event);
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const step = event.shiftKey ? 1 : 7;
    props.onNudge(edge, event.key === 'ArrowLeft' ? -step : step);
  };
  return (
    <div
      role="slider"
      tabIndex={0}
      aria-label={t(edge === 'start' ? 'resizeStart' : 'resizeEnd', { name: block.name })}
      aria-valuemin={0}
      aria-valuemax={daysBetween(season.startDate, season.endDate)}
      aria-valuenow={daysBetween(season.startDate, date)}
      aria-valuetext={formatDate(date, language)}
      aria-orientation="horizontal"
      data-testid={`timeline-block-${edge}-handle`}
      className={classes.handle}
      style={edge === 'start' ? { left: 1 } : { right: 1 }}
      onPointerDown={handlers.onPointerDown}
      onPointerMove={handlers.onPointerMove}
      onPointerUp={handlers.onPointerUp}
      onPointerCancel={handlers.onPointerCancel}
      onKeyDown={handleKeyDown}
    />
  );
}
