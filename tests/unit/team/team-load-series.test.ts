import { describe, expect, it } from 'vitest';
import { STIMULI, type Stimulus } from '@shared/model';
import type { MetricsSession } from '@shared/metrics';
import { toDayNumber } from '@shared/time/local-date';
import {
  buildTeamLoadView,
  type TeamLoadAthleteRow,
  type TeamLoadView,
} from '../../../src/renderer/src/team/team-load-view';
import type { TeamEntry } from '../../../src/renderer/src/team/team-entry';
import {
  buildSquadRatioSeries,
  buildStimulusShareSeries,
  buildWeeklyStimulusSeries,
  teamLoadEmptyReason,
} from '../../../src/renderer/src/features/team-load/team-load-series';
import {
  flagSeverity,
  nextAthleteLoadSort,
  parseAthleteLoadSort,
  sortAthleteLoadRows,
} from '../../../src/renderer/src/features/team-load/athlete-load-sort';
import {
  parseTeamLoadWeeks,
  parseWeeklyLoadMode,
} from '../../../src/renderer/src/features/team-load/team-load-params';
import { weekLabelInterval } from '../../../src/renderer/src/features/team-load/week-axis';
import { SETTINGS, athlete, daysBefore, entry, session } from './team-fixtures';

const DATE = '2026-03-18';
const MONDAY = '2026-03-16';

function minutes(date: string, durationMin: number, stimulus: Stimulus = 'skill'): MetricsSession {
  return session(date, { durationMin, sessionRpe: 1, stimulus });
}

function viewOf(entries: TeamEntry[], date = DATE): TeamLoadView {
  return buildTeamLoadView(entries, { date, squadId: null, weeks: 12 }, SETTINGS);
}

/** Two athletes: strength and endurance in the week of 9 March, a match this week; one without sessions. */
const entries = [
  entry(
    athlete('a'),
    {
      sessions: [
        minutes('2026-03-09', 300, 'strength'),
        minutes('2026-03-10', 100, 'endurance'),
        minutes(MONDAY, 90, 'match'),
      ],
    },
    DATE,
  ),
  entry(athlete('b'), { sessions: [minutes('2026-03-11', 200, 'skill')] }, DATE),
  entry(athlete('c'), {}, DATE),
];

describe('Weekly stimulus series', () => {
  const view = viewOf(entries);

  it('stacks the squad total by stimulus, or the total ÷ the squad athletes per athlete', () => {
    const total = buildWeeklyStimulusSeries(view, 'total');
    const mean = buildWeeklyStimulusSeries(view, 'mean');
    const week = total.points.find((point) => point.weekStart === '2026-03-09');
    expect(week?.totalAu).toBe(600);
    expect(week?.loadAu[STIMULI.indexOf('strength')]).toBe(300);
    expect(mean.points.find((point) => point.weekStart === '2026-03-09')?.totalAu).toBe(200);
    expect(total.maxAu).toBe(600);
    expect(mean.maxAu).toBe(200);
    expect(total.stimuli).toEqual(['strength', 'endurance', 'skill', 'match']);
    expect(total.points.at(-1)).toMatchObject({
      weekStart: MONDAY,
      endDate: DATE,
      isPartial: true,
      totalAu: 90,
    });
    expect(total.points.slice(0, -1).every((point) => !point.isPartial)).toBe(true);
  });

  it('says where the history starts when the first weeks are empty', () => {
    expect(buildWeeklyStimulusSeries(view, 'total').firstLoadWeekStart).toBe('2026-03-09');
    expect(buildWeeklyStimulusSeries(view, 'total').reasonIfEmpty).toBeNull();
  });

  it('gives the reason for an empty chart: no athletes, no sessions, none in the weeks shown', () => {
    expect(teamLoadEmptyReason(viewOf([]))).toBe('noAthletes');
    expect(buildWeeklyStimulusSeries(viewOf([entry(athlete('x'), {}, DATE)]), 'total').reasonIfEmpty).toBe(
      'noSessions',
    );
    const old = viewOf([entry(athlete('x'), { sessions: [minutes('2025-06-02', 60)] }, DATE)]);
    expect(teamLoadEmptyReason(old)).toBe('noLoadInWindow');
    // The loads decay after the last session: the ratio chart still has lines to draw.
    expect(buildSquadRatioSeries(old).reasonIfEmpty).toBeNull();
  });
});

describe('Strength and endurance share series', () => {
  it('gives percents of each week and over the weeks shown, null in a week without load', () => {
    const series = buildStimulusShareSeries(viewOf(entries));
    const week = series.points.find((point) => point.weekStart === '2026-03-09');
    expect(week?.strengthPercent).toBeCloseTo(50, 12);
    expect(week?.endurancePercent).toBeCloseTo((100 / 600) * 100, 12);
    expect(week?.otherPercent).toBeCloseTo((200 / 600) * 100, 12);
    expect(series.points[0]).toMatchObject({
      strengthPercent: null,
      endurancePercent: null,
      otherPercent: null,
    });
    // 300 strength and 100 endurance of 690 AU in all.
    expect(series.windowStrengthPercent).toBeCloseTo((300 / 690) * 100, 12);
    expect(series.windowEndurancePercent).toBeCloseTo((100 / 690) * 100, 12);
    expect(series.strengthStimuli).toEqual(['strength']);
  });
});

describe('Squad ratio series', () => {
  it('draws a point per day on day numbers with the adjustable bands and an axis above the danger line', () => {
    const history = daysBefore(DATE, 60).map((day, k) => minutes(day, 40 + (k % 5) * 10));
    const view = viewOf([entry(athlete('a'), { sessions: history }, DATE)]);
    const series = buildSquadRatioSeries(view, 6);
    expect(series.points).toHaveLength(view.days.length);
    expect(series.points.at(-1)).toMatchObject({ day: toDayNumber(DATE), date: DATE, athleteCount: 1 });
    expect(series.points.at(-1)?.ratio).toBe(view.days.at(-1)?.meanRatio);
    expect(series.bands).toEqual({ low: 0.8, high: 1.3, danger: 1.5 });
    expect(series.variant).toBe('ewma');
    expect(series.ratioMax).toBe(2);
    expect(series.ratioTicks).toEqual([0, 0.5, 1, 1.5, 2]);
    expect(series.hasRatio).toBe(true);
    expect(series.loadMaxAu).toBeGreaterThan(0);
    expect(series.ticks.ticks.length).toBeGreaterThan(0);
    expect(series.ticks.ticks.length).toBeLessThanOrEqual(6);
  });

  it('has no ratio while nobody has 28 days of history, but still the loads', () => {
    const series = buildSquadRatioSeries(viewOf(entries));
    expect(series.hasRatio).toBe(false);
    expect(series.reasonIfEmpty).toBeNull();
    expect(series.loadMaxAu).toBeGreaterThan(0);
  });
});

function row(name: string, values: Partial<TeamLoadAthleteRow>): TeamLoadAthleteRow {
  return {
    athleteId: name,
    name,
    position: '',
    thisWeekAu: 0,
    baselineAu: 0,
    changePercent: null,
    isNewLoad: false,
    monotony: null,
    strainAu: null,
    ratio: null,
    ewmaAcuteAu: 0,
    ewmaChronicAu: 0,
    historyDays: 40,
    hasSufficientHistory: true,
    flags: [],
    ...values,
  };
}

describe('Athlete table sort', () => {
  const rows = [
    row('Cleo', { thisWeekAu: 300, changePercent: 10, ratio: 1.1, flags: ['monotony'] }),
    row('anna', { thisWeekAu: 500, changePercent: null, ratio: 0.7, flags: ['ratio-low'] }),
    row('Bram', { thisWeekAu: 300, changePercent: 45, ratio: null, flags: ['ramp', 'ratio-danger'] }),
  ];
  const names = (sorted: TeamLoadAthleteRow[]) => sorted.map((candidate) => candidate.name);

  it('sorts by name without regard to case, and by numbers either way with ties by name', () => {
    expect(names(sortAthleteLoadRows(rows, { column: 'name', direction: 'asc' }))).toEqual([
      'anna',
      'Bram',
      'Cleo',
    ]);
    expect(names(sortAthleteLoadRows(rows, { column: 'name', direction: 'desc' }))).toEqual([
      'Cleo',
      'Bram',
      'anna',
    ]);
    expect(names(sortAthleteLoadRows(rows, { column: 'thisWeekAu', direction: 'desc' }))).toEqual([
      'anna',
      'Bram',
      'Cleo',
    ]);
    expect(names(sortAthleteLoadRows(rows, { column: 'thisWeekAu', direction: 'asc' }))).toEqual([
      'Bram',
      'Cleo',
      'anna',
    ]);
  });

  it('puts undefined values last in both directions', () => {
    expect(names(sortAthleteLoadRows(rows, { column: 'changePercent', direction: 'desc' }))).toEqual([
      'Bram',
      'Cleo',
      'anna',
    ]);
    expect(names(sortAthleteLoadRows(rows, { column: 'changePercent', direction: 'asc' }))).toEqual([
      'Cleo',
      'Bram',
      'anna',
    ]);
    expect(names(sortAthleteLoadRows(rows, { column: 'ratio', direction: 'asc' }))).toEqual([
      'anna',
      'Cleo',
      'Bram',
    ]);
  });

  it('sorts new load as the largest change, above every percentage', () => {
    const withNew = [
      ...rows,
      row('Dirk', { thisWeekAu: 265, changePercent: 5192, isNewLoad: false }),
      row('Eva', { thisWeekAu: 200, isNewLoad: true }),
    ];
    expect(names(sortAthleteLoadRows(withNew, { column: 'changePercent', direction: 'desc' }))).toEqual([
      'Eva',
      'Dirk',
      'Bram',
      'Cleo',
      'anna',
    ]);
  });

  it('sorts flags by severity, the danger ratio first', () => {
    expect(flagSeverity(['ramp', 'ratio-danger'])).toBeGreaterThan(flagSeverity(['monotony']));
    expect(names(sortAthleteLoadRows(rows, { column: 'flags', direction: 'desc' }))).toEqual([
      'Bram',
      'anna',
      'Cleo',
    ]);
  });

  it('turns a click into the other direction on the same column, or the largest first on a new one', () => {
    expect(nextAthleteLoadSort({ column: 'name', direction: 'asc' }, 'name')).toEqual({
      column: 'name',
      direction: 'desc',
    });
    expect(nextAthleteLoadSort({ column: 'name', direction: 'asc' }, 'strainAu')).toEqual({
      column: 'strainAu',
      direction: 'desc',
    });
    expect(nextAthleteLoadSort({ column: 'ratio', direction: 'desc' }, 'name')).toEqual({
      column: 'name',
      direction: 'asc',
    });
  });

  it('reads the sort, weeks and mode from the address, falling back to the defaults', () => {
    expect(parseAthleteLoadSort('ratio', 'asc')).toEqual({ column: 'ratio', direction: 'asc' });
    expect(parseAthleteLoadSort('ratio', 'sideways')).toEqual({ column: 'ratio', direction: 'desc' });
    expect(parseAthleteLoadSort('shoeSize', 'asc')).toEqual({ column: 'name', direction: 'asc' });
    expect(parseAthleteLoadSort(null, null)).toEqual({ column: 'name', direction: 'asc' });
    expect([
      parseTeamLoadWeeks('26'),
      parseTeamLoadWeeks('52'),
      parseTeamLoadWeeks('13'),
      parseTeamLoadWeeks(null),
    ]).toEqual([26, 52, 12, 12]);
    expect([parseWeeklyLoadMode('mean'), parseWeeklyLoadMode('x'), parseWeeklyLoadMode(null)]).toEqual([
      'mean',
      'total',
      'total',
    ]);
  });
});

describe('Week labels', () => {
  it('labels every week while they fit, and every n-th week when they do not', () => {
    expect(weekLabelInterval(12, 1000)).toBe(0);
    expect(weekLabelInterval(52, 1000)).toBe(3);
    expect(weekLabelInterval(52, 460)).toBe(8);
  });
});
