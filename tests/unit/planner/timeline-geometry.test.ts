import { describe, expect, it } from 'vitest';
import {
  blockEndDate,
  checkBlockRange,
  dateAtX,
  dragRange,
  fitScale,
  isoWeekNumber,
  mondayOnOrAfter,
  monthMarks,
  monthStarts,
  nextBlockStart,
  rangeBox,
  seasonWeeks,
  shiftRange,
  snapDelta,
  xOfDate,
  type TimelineScale,
} from '../../../src/renderer/src/features/planner/timeline/timeline-geometry';

// 2025-09-01 is a Monday.
const season = { startDate: '2025-09-01', endDate: '2025-12-21' };
const scale: TimelineScale = { origin: '2025-09-01', dayWidthPx: 10 };

describe('season weeks', () => {
  it('has one Monday-first column per week the season touches', () => {
    const weeks = seasonWeeks(season);
    expect(weeks).toHaveLength(16);
    expect(weeks[0]).toEqual({ weekStart: '2025-09-01', isoWeek: 36 });
    expect(weeks.at(-1)).toEqual({ weekStart: '2025-12-15', isoWeek: 51 });
  });

  it('starts on the Monday before a mid-week start and ends with the week of the last day', () => {
    const weeks = seasonWeeks({ startDate: '2025-09-03', endDate: '2025-09-15' });
    expect(weeks.map((week) => week.weekStart)).toEqual(['2025-09-01', '2025-09-08', '2025-09-15']);
  });

  it.each([
    ['2024-12-30', 1], // Monday of ISO 2025-W01
    ['2026-01-01', 1],
    ['2020-12-31', 53],
    ['2021-01-03', 53],
    ['2025-09-01', 36],
  ])('ISO week of %s is %i', (date, week) => {
    expect(isoWeekNumber(date)).toBe(week);
  });
});

describe('dates and pixels', () => {
  it('puts a date at its day offset from the origin and back', () => {
    expect(xOfDate(scale, '2025-09-01')).toBe(0);
    expect(xOfDate(scale, '2025-09-08')).toBe(70);
    expect(dateAtX(scale, 75)).toBe('2025-09-08');
    expect(dateAtX(scale, 79.9)).toBe('2025-09-08');
    expect(dateAtX(scale, -1)).toBe('2025-08-31');
  });

  it('boxes a range from the start of its first day to the end of its last', () => {
    expect(rangeBox(scale, { startDate: '2025-09-08', endDate: '2025-09-21' })).toEqual({
      left: 70,
      width: 140,
    });
  });

  it('fits the weeks into the width, but never below the minimum week width', () => {
    expect(fitScale(season, 1600, 30).dayWidthPx).toBeCloseTo(100 / 7);
    expect(fitScale(season, 200, 30).dayWidthPx).toBeCloseTo(30 / 7);
    expect(fitScale(season, 0, 30).origin).toBe('2025-09-01');
  });

  it('labels each month that starts in the range, and the partial month it starts in', () => {
    expect(monthStarts({ startDate: '2025-09-01', endDate: '2025-11-30' })).toEqual([
      '2025-09-01',
      '2025-10-01',
      '2025-11-01',
    ]);
    expect(monthStarts({ startDate: '2025-12-15', endDate: '2026-02-01' })).toEqual([
      '2025-12-15',
      '2026-01-01',
      '2026-02-01',
    ]);
  });
});

describe('monthMarks', () => {
  it('drops a short first month whose label would run into the next, and shows the year on the first and on January', () => {
    const span = { startDate: '2025-11-24', endDate: '2026-02-22' };
    const winter = { origin: '2025-11-24', dayWidthPx: 10 };
    expect(monthMarks(winter, span, 72)).toEqual([
      { date: '2025-12-01', x: 70, withYear: true },
      { date: '2026-01-01', x: 380, withYear: true },
      { date: '2026-02-01', x: 690, withYear: false },
    ]);
    expect(monthMarks(winter, span, 60).map((mark) => mark.date)).toEqual([
      '2025-11-24',
      '2025-12-01',
      '2026-01-01',
      '2026-02-01',
    ]);
  });
});

describe('dragging', () => {
  const block = { startDate: '2025-09-08', endDate: '2025-10-05' }; // 4 weeks

  it.each([
    [0, 7, 0],
    [34, 7, 0], // under half a week stays
    [35, 7, 7],
    [-36, 7, -7],
    [140, 7, 14],
    [14, 1, 1],
    [-16, 1, -2],
  ])('snaps %ipx to %i-day steps as %i days', (deltaPx, snapDays, expected) => {
    expect(snapDelta(deltaPx, 10, snapDays as 1 | 7)).toBe(expected);
  });

  it('moves both ends of a dragged bar', () => {
    expect(dragRange(block, 'move', 72, scale, 7)).toEqual({
      startDate: '2025-09-15',
      endDate: '2025-10-12',
    });
    expect(dragRange(block, 'move', -21, scale, 1)).toEqual({
      startDate: '2025-09-06',
      endDate: '2025-10-03',
    });
  });

  it('moves only the dragged edge', () => {
    expect(dragRange(block, 'end', 140, scale, 7)).toEqual({
      startDate: '2025-09-08',
      endDate: '2025-10-19',
    });
    expect(dragRange(block, 'start', -70, scale, 7)).toEqual({
      startDate: '2025-09-01',
      endDate: '2025-10-05',
    });
  });

  it('keeps at least one snap step when an edge is dragged past the other', () => {
    expect(dragRange(block, 'end', -1000, scale, 7)).toEqual({
      startDate: '2025-09-08',
      endDate: '2025-09-14',
    });
    expect(dragRange(block, 'start', 1000, scale, 7)).toEqual({
      startDate: '2025-09-29',
      endDate: '2025-10-05',
    });
    expect(dragRange(block, 'end', -1000, scale, 1)).toEqual({
      startDate: '2025-09-08',
      endDate: '2025-09-08',
    });
  });

  it('never makes a short block shorter than it is when the step is longer than the block', () => {
    const short = { startDate: '2025-09-08', endDate: '2025-09-10' };
    expect(shiftRange(short, 'end', -7, 7)).toEqual(short);
    expect(shiftRange(short, 'start', 7, 7)).toEqual(short);
  });
});

describe('checkBlockRange', () => {
  const blocks = [
    { id: 'a', name: 'Base', startDate: '2025-09-01', endDate: '2025-10-12' },
    { id: 'b', name: 'Strength', startDate: '2025-10-13', endDate: '2025-11-09' },
  ];

  it('accepts a range inside the season clear of other blocks, and the block itself', () => {
    expect(
      checkBlockRange({ startDate: '2025-11-10', endDate: '2025-12-21' }, undefined, blocks, season),
    ).toBeNull();
    expect(
      checkBlockRange({ startDate: '2025-10-13', endDate: '2025-11-16' }, 'b', blocks, season),
    ).toBeNull();
  });

  it('refuses an overlap and names the other block', () => {
    expect(checkBlockRange({ startDate: '2025-10-06', endDate: '2025-11-02' }, 'b', blocks, season)).toEqual({
      kind: 'overlap',
      block: blocks[0],
    });
    // Touching on one shared day is an overlap too.
    expect(
      checkBlockRange({ startDate: '2025-11-09', endDate: '2025-11-30' }, undefined, blocks, season)?.kind,
    ).toBe('overlap');
  });

  it('refuses leaving the season on either side, and an end before the start', () => {
    expect(checkBlockRange({ startDate: '2025-08-25', endDate: '2025-08-31' }, 'x', [], season)).toEqual({
      kind: 'outsideSeason',
    });
    expect(checkBlockRange({ startDate: '2025-12-15', endDate: '2025-12-22' }, 'x', [], season)).toEqual({
      kind: 'outsideSeason',
    });
    expect(checkBlockRange({ startDate: '2025-10-02', endDate: '2025-10-01' }, 'x', [], season)).toEqual({
      kind: 'endBeforeStart',
    });
  });
});

describe('where a new block goes', () => {
  it('starts on the season’s first Monday when there are no blocks', () => {
    expect(nextBlockStart(season, [])).toBe('2025-09-01');
    expect(nextBlockStart({ startDate: '2025-09-03', endDate: '2025-12-21' }, [])).toBe('2025-09-08');
  });

  it('starts on the Monday after the last block', () => {
    const blocks = [
      { startDate: '2025-10-13', endDate: '2025-11-09' },
      { startDate: '2025-09-01', endDate: '2025-10-12' },
    ];
    expect(nextBlockStart(season, blocks)).toBe('2025-11-10');
    expect(nextBlockStart(season, [{ startDate: '2025-09-01', endDate: '2025-09-10' }])).toBe('2025-09-15');
  });

  it('counts whole weeks from a Monday', () => {
    expect(blockEndDate('2025-09-01', 6)).toBe('2025-10-12');
    expect(mondayOnOrAfter('2025-09-01')).toBe('2025-09-01');
    expect(mondayOnOrAfter('2025-09-07')).toBe('2025-09-08');
  });

  it('keeps days whole across the daylight-saving change', () => {
    // Europe changes the clocks on 2025-10-26; day arithmetic is UTC-based and never skips a day.
    expect(dragRange({ startDate: '2025-10-20', endDate: '2025-10-26' }, 'move', 70, scale, 7)).toEqual({
      startDate: '2025-10-27',
      endDate: '2025-11-02',
    });
  });
});
