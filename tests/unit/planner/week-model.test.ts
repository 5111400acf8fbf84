import { describe, expect, it } from 'vitest';
import { computeAthleteMetrics } from '@shared/metrics/athlete-metrics';
import { valueAt } from '@shared/metrics/series';
import { projectPlan } from '@shared/planning/projection';
import type { PlanWarning } from '@shared/planning/plan-warnings';
import {
  chooseWeekStart,
  planVersusActualRows,
  projectionPoints,
  sessionsByDay,
  warningsOfWeek,
  weekDates,
  weekPlannedLoadAu,
} from '../../../src/renderer/src/features/planner/week-model';
import { calmSquad, planContext, planned, plannedWeeks, TODAY } from '../planning/plan-test-support';

describe('week model', () => {
  it('starts weeks on Monday and picks the week to show', () => {
    expect(weekDates('2026-03-02')).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
    ]);
    const season = { startDate: '2026-01-05', endDate: '2026-06-28' };
    expect(chooseWeekStart('2026-03-05', season, '2026-02-11')).toBe('2026-03-02');
    expect(chooseWeekStart(null, season, '2026-02-11')).toBe('2026-02-09');
    expect(chooseWeekStart(null, season, '2026-09-01')).toBe('2026-01-05');
  });

  it('puts each session under its day in time order and sums the week once per session', () => {
    const sessions = [
      planned('late', '2026-03-04', '18:00', 'skill', 60, 4),
      planned('early', '2026-03-04', '08:00', 'strength', 60, 7),
      planned('next-week', '2026-03-09', '08:00', 'strength', 60, 7),
    ];
    const days = sessionsByDay(sessions, '2026-03-02');
    expect(days.map((day) => day.map((session) => session.id))).toEqual([
      [],
      [],
      ['early', 'late'],
      [],
      [],
      [],
      [],
    ]);
    expect(weekPlannedLoadAu(sessions, '2026-03-02')).toBe(60 * 4 + 60 * 7);
  });

  it('files a warning under the week of its date or of one of its sessions', () => {
    const sessions = new Map([['s1', planned('s1', '2026-03-10', '08:00', 'strength', 60, 7)]]);
    const warning = (date: string, sessionIds: string[]): PlanWarning => ({
      id: `${date}${sessionIds.join()}`,
      rule: 'weekly-ramp',
      severity: 'warning',
      date,
      sessionIds,
      athleteIds: [],
      values: {
        percentAbove: 50,
        weekLoadAu: 3,
        previousMeanAu: 2,
        athleteId: 'ann',
        weeklyRampWarningPercent: 30,
      },
      fix: { kind: 'reduce-week-load', weekStart: date, maxLoadAu: 1, athleteId: 'ann' },
    });
    const warnings = [warning('2026-03-02', []), warning('2026-02-28', ['s1']), warning('2026-03-20', [])];
    expect(warningsOfWeek(warnings, '2026-03-09', sessions).map((found) => found.date)).toEqual([
      '2026-02-28',
    ]);
    expect(warningsOfWeek(warnings, '2026-03-02', sessions).map((found) => found.date)).toEqual([
      '2026-03-02',
    ]);
  });

  it('draws the engine’s EWMA solid up to today and dashed from today, joined at today', () => {
    const athletes = calmSquad();
    const context = planContext({ athletes, plannedSessions: plannedWeeks(TODAY, 2) });
    const projections = projectPlan(context);
    const ann = projections.get('ann');
    if (!ann) throw new Error('no projection');
    const points = projectionPoints([ann], '2026-02-23', '2026-03-15', TODAY);
    const today = points.find((point) => point.date === TODAY);
    const after = points.find((point) => point.date === '2026-03-05');
    const before = points.find((point) => point.date === '2026-02-25');
    expect(today?.acuteAu).toBe(today?.projectedAcuteAu);
    expect(before?.projectedAcuteAu).toBeNull();
    expect(after?.acuteAu).toBeNull();
    // The engine on the same sessions gives the same values on a planned day.
    const engine = computeAthleteMetrics(
      { ...athletes[0]!, sessions: ann.sessions },
      '2026-03-15',
      context.settings,
    );
    const index = engine.axis.length - 11; // 2026-03-05
    expect(after?.projectedAcuteAu).toBeCloseTo(engine.load.ewmaAcuteAu[index] ?? Number.NaN, 10);
    expect(after?.projectedRatio).toBeCloseTo(valueAt(engine.load.acwrEwma, index) ?? Number.NaN, 10);
  });

  it('averages the squad and counts plan versus actual per athlete', () => {
    const context = planContext({ plannedSessions: plannedWeeks('2026-02-23', 3) });
    const projections = projectPlan(context);
    const squad = projectionPoints([...projections.values()], TODAY, TODAY, TODAY)[0];
    const single = projectionPoints([projections.get('ann')!], TODAY, TODAY, TODAY)[0];
    // The calm squad trains identically, so the mean equals each athlete.
    expect(squad?.acuteAu).toBeCloseTo(single?.acuteAu ?? Number.NaN, 10);
    const rows = planVersusActualRows(context.athletes, projections, '2026-02-23');
    expect(rows).toHaveLength(3);
    // The week before today was logged exactly as planned: six done, none missed.
    expect(rows[0]).toMatchObject({ plannedCount: 6, doneCount: 6, missedCount: 0, upcomingCount: 0 });
    expect(rows[0]?.plannedLoadAu).toBe(rows[0]?.actualLoadAu);
    const thisWeek = planVersusActualRows(context.athletes, projections, TODAY);
    expect(thisWeek[0]).toMatchObject({ plannedCount: 6, doneCount: 0, upcomingCount: 6, actualLoadAu: 0 });
  });
});
