import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useElementSize, useMergedRef } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { Block, PlannedSession, Season, Settings, Squad } from '@shared/model';
import { addDays, startOfIsoWeek } from '@shared/time/local-date';
import { useLanguage } from '../../readiness/useLanguage';
import { AddBlockDialog } from './AddBlockDialog';
import { BlockDialog } from './BlockDialog';
import { summariseBlock, weeklyPlannedLoads } from './block-summary';
import { FocusLegend } from './FocusLegend';
import { formatRange, formatWeeks, rangeProblemText } from './timeline-format';
import { checkBlockRange, fitScale, seasonWeeks, shiftRange, xOfDate } from './timeline-geometry';
import { AXIS_ROW_PX, TimelineAxis } from './TimelineAxis';
import { BAR_HEIGHT_PX, TimelineBlockBar } from './TimelineBlockBar';
import { useBlockDrag } from './useBlockDrag';
import { useBlockRangeCommit } from './useBlockRangeCommit';
import { WEEK_ROW_PX, WeekLoadRow } from './WeekLoadRow';
import classes from './timeline.module.css';

export interface SeasonTimelineProps {
  squad: Squad;
  season: Season;
  blocks: readonly Block[];
  plannedSessions: readonly PlannedSession[];
  settings: Settings;
  today: string;
  /** Monday of the week shown in the week view. */
  selectedWeekStart: string;
  onSelectWeek: (weekStart: string) => void;
}

/** Narrowest week column (px): below it the timeline scrolls sideways rather than squeeze the bars. */
const MIN_WEEK_PX = 30;
const LABEL_COLUMN_PX = 108;
/** Room above the bars for the "today" label and the dates shown while dragging. */
const LANE_TOP_PX = 24;
const LANE_PX = LANE_TOP_PX + BAR_HEIGHT_PX + 8;

type DialogState = { kind: 'block'; blockId: string } | { kind: 'add' } | null;

/**
 * The season on one line: weeks as columns (Monday first), blocks as bars in their focus colour that
 * can be dragged (moved, or resized by their edges) and opened, and each week's planned load.
 */
export function SeasonTimeline(props: SeasonTimelineProps) {
  const { squad, season, blocks, plannedSessions, settings, today } = props;
  const { t } = useTranslation('planTimeline');
  const language = useLanguage();
  const { ref: sizeRef, width } = useElementSize<HTMLDivElement>();
  const scrollRef = useRef<HTMLDivElement>(null);
  const ref = useMergedRef(sizeRef, scrollRef);
  const [dialog, setDialog] = useState<DialogState>(null);
  const weeks = useMemo(() => seasonWeeks(season), [season]);
  const scale = useMemo(() => fitScale(season, width, MIN_WEEK_PX), [season, width]);
  const weekPx = scale.dayWidthPx * 7;
  const span = { startDate: scale.origin, endDate: addDays(scale.origin, weeks.length * 7 - 1) };
  const loads = useMemo(() => weeklyPlannedLoads(weeks, plannedSessions), [weeks, plannedSessions]);
  const summaries = useMemo(
    () =>
      new Map(
        blocks.map((block) => [block.id, summariseBlock(block, plannedSessions, settings.interference)]),
      ),
    [blocks, plannedSessions, settings.interference],
  );
  const { commit, displayRange, clearPending } = useBlockRangeCommit(season, blocks, language);
  const { drag, handlersFor, consumeDragClick } = useBlockDrag(scale, (blockId, range) => {
    const block = blocks.find((candidate) => candidate.id === blockId);
    if (block) void commit(block, range);
  });
  const dragged = drag ? blocks.find((block) => block.id === drag.blockId) : undefined;
  const dragProblem = drag && dragged ? checkBlockRange(drag.range, dragged.id, blocks, season) : null;
  const openBlock = blocks.find((block) => dialog?.kind === 'block' && block.id === dialog.blockId);
  const isTodayShown = today >= span.startDate && today <= span.endDate;
  const selectedX = xOfDate(scale, props.selectedWeekStart);
  useEffect(() => {
    // A long season scrolls sideways: keep the week shown in the week view in sight.
    const container = scrollRef.current;
    if (!container) return;
    const weekPxNow = scale.dayWidthPx * 7;
    if (
      selectedX < container.scrollLeft ||
      selectedX + weekPxNow > container.scrollLeft + container.clientWidth
    )
      container.scrollLeft = Math.max(0, selectedX - container.clientWidth / 2);
  }, [selectedX, scale.dayWidthPx]);

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      data-testid="season-timeline"
      aria-label={t('regionLabel')}
      component="section"
    >
      <Group justify="space-between" align="flex-start" mb="sm" wrap="nowrap">
        <Stack gap={2}>
          <Title order={4}>{t('title')}</Title>
          {dragged && drag ? (
            <Text
              size="sm"
              fw={600}
              c={dragProblem ? 'red.8' : undefined}
              role="status"
              data-testid="timeline-drag-status"
            >
              {t('dragStatus', {
                name: dragged.name,
                range: formatRange(drag.range, language),
                weeks: formatWeeks(drag.range, language),
              })}
              {dragProblem ? ` ${rangeProblemText(dragProblem, t, language)}` : ''}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              {t('seasonSummary', {
                range: formatRange(season, language),
                weeks: weeks.length,
                count: blocks.length,
              })}
            </Text>
          )}
        </Stack>
        <Button onClick={() => setDialog({ kind: 'add' })} data-testid="timeline-add-block">
          {t('addBlock')}
        </Button>
      </Group>
      <div style={{ display: 'flex' }}>
        <div style={{ width: LABEL_COLUMN_PX, flex: 'none' }} aria-hidden>
          <div className={classes.rowLabel} style={{ height: AXIS_ROW_PX * 2, alignItems: 'flex-end' }}>
            {t('rowWeek')}
          </div>
          <div className={classes.rowLabel} style={{ height: LANE_PX }}>
            {t('rowBlocks')}
          </div>
          <div className={classes.rowLabel} style={{ height: WEEK_ROW_PX }}>
            {t('rowLoad')}
          </div>
        </div>
        <div ref={ref} className={classes.scroller}>
          <div style={{ position: 'relative', width: weeks.length * weekPx }}>
            <TimelineAxis scale={scale} weeks={weeks} span={span} today={today} language={language} />
            <div style={laneStyle(weekPx)}>
              <OutsideSeason scale={scale} season={season} span={span} />
              {isTodayShown ? (
                <div
                  className={classes.todayLine}
                  style={{ left: xOfDate(scale, today) + scale.dayWidthPx / 2 }}
                  data-testid="timeline-today"
                >
                  <span className={classes.todayLabel}>{t('today')}</span>
                </div>
              ) : null}
              {blocks.map((block) => {
                const isDragging = drag?.blockId === block.id;
                const range = isDragging ? drag.range : displayRange(block);
                return (
                  <div key={block.id} style={{ position: 'absolute', top: LANE_TOP_PX, left: 0, right: 0 }}>
                    <TimelineBlockBar
                      block={block}
                      range={range}
                      summary={summaries.get(block.id) ?? summariseBlock(block, [], settings.interference)}
                      scale={scale}
                      contentWidthPx={weeks.length * weekPx}
                      season={season}
                      language={language}
                      isDragging={isDragging}
                      isRejected={isDragging && dragProblem !== null}
                      handlersFor={(mode) => handlersFor(block, mode)}
                      onOpen={() => {
                        if (consumeDragClick()) return;
                        clearPending();
                        setDialog({ kind: 'block', blockId: block.id });
                      }}
                      onNudge={(edge, deltaDays) => void commit(block, shiftRange(block, edge, deltaDays))}
                    />
                  </div>
                );
              })}
              {blocks.length === 0 ? <EmptySeason onAdd={() => setDialog({ kind: 'add' })} /> : null}
            </div>
            <WeekLoadRow
              weeks={weeks}
              loads={loads}
              weekPx={weekPx}
              selectedWeekStart={props.selectedWeekStart}
              language={language}
              onSelectWeek={props.onSelectWeek}
            />
          </div>
        </div>
      </div>
      <Group justify="space-between" mt="sm" gap="sm">
        <FocusLegend />
        <Text fz="xs" c="dimmed">
          {t('dragHint')}
        </Text>
      </Group>
      {dialog?.kind === 'add' ? (
        <AddBlockDialog
          squad={squad}
          season={season}
          blocks={blocks}
          settings={settings}
          onClose={() => setDialog(null)}
          onAdded={(startDate) => props.onSelectWeek(startOfIsoWeek(startDate))}
        />
      ) : null}
      {openBlock ? (
        <BlockDialog
          block={openBlock}
          season={season}
          blocks={blocks}
          plannedSessions={plannedSessions}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </Paper>
  );
}

function laneStyle(weekPx: number) {
  const line = 'var(--mantine-color-gray-2)';
  return {
    position: 'relative' as const,
    height: LANE_PX,
    borderTop: '1px solid var(--mantine-color-gray-3)',
    borderBottom: '1px solid var(--mantine-color-gray-3)',
    backgroundImage: `repeating-linear-gradient(to right, transparent 0, transparent ${weekPx - 1}px, ${line} ${weekPx - 1}px, ${line} ${weekPx}px)`,
  };
}

function OutsideSeason({
  scale,
  season,
  span,
}: {
  scale: ReturnType<typeof fitScale>;
  season: Season;
  span: { startDate: string; endDate: string };
}) {
  const before = xOfDate(scale, season.startDate);
  const after = xOfDate(scale, addDays(season.endDate, 1));
  const end = xOfDate(scale, addDays(span.endDate, 1));
  return (
    <>
      {before > 0 ? <div className={classes.outsideSeason} style={{ left: 0, width: before }} /> : null}
      {end > after ? (
        <div className={classes.outsideSeason} style={{ left: after, width: end - after }} />
      ) : null}
    </>
  );
}

function EmptySeason({ onAdd }: { onAdd: () => void }) {
  const { t } = useTranslation('planTimeline');
  return (
    <Group
      gap="sm"
      style={{ position: 'sticky', left: 0, height: '100%', padding: '0 12px', width: 'max-content' }}
    >
      <Text size="sm">{t('emptySeasonText')}</Text>
      <Button variant="light" size="xs" onClick={onAdd}>
        {t('addBlock')}
      </Button>
    </Group>
  );
}
