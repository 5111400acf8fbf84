import { describe, expect, it } from 'vitest';
import { generateDemoTeam } from '@shared/demo';
import {
  computeAthleteMetrics,
  groupRecordsByAthlete,
  listHardSessions,
  type LoadSeries,
  type MetricsSession,
} from '@shared/metrics';
import { defaultSettings } from '@shared/model/settings';
import type { PlanAthlete } from '@shared/planning/plan-context';
import {
  matchPlannedSessions,
  planHorizon,
  planVersusActual,
  projectAthlete,
  projectedLoadAu,
  projectPlan,
  type AthleteProjection,
} from '@shared/planning/projection';
import { addDays } from '@shared/time/local-date';
import { calmHistory, planAthlete, planContext, planned, plannedWeeks, TODAY } from './plan-test-support';

const WEDNESDAY = addDays(TODAY, 2);
const settings = defaultSettings();

/** Every daily series of the load engine, by name. */
function loadArrays(load: LoadSeries): Record<string, number[]> {
  const arrays: Record<string, number[]> = {};
  for (const [name, series] of Object.entries(load) as [string, LoadSeries[keyof LoadSeries]][]) {
    arrays[name] =
      series instanceof Float64Array
        ? Array.from(series)
        : [...Array.from(series.values), ...Array.from(series.isDefined)];
  }
  return arrays;
}

/** The engine on the projection's sessions, up to the horizon, must give the projection's series. */
function expectEngineEquality(athlete: PlanAthlete, projection: AthleteProjection, horizon: string): void {
  const metrics = computeAthleteMetrics({ ...athlete, sessions: projection.sessions }, horizon, settings);
  expect(projection.axis).toEqual(metrics.axis);
  expect(Array.from(projection.daily.dailyLoadAu)).toEqual(Array.from(metrics.daily.dailyLoadAu));
  expect(loadArrays(projection.load)).toEqual(loadArrays(metrics.load));
  expect(listHardSessions(projection.hardSessions)).toEqual(listHardSessions(metrics.hardSessions));
}

/** Ann logged Monday's strength and a Tuesday endurance session (not planned), skipped Tuesday's skill. */
function annThisWeek(): PlanAthlete {
  const logged: MetricsSession[] = [
    ...calmHistory(),
    { date: TODAY, startTime: '17:05', stimulus: 'strength', durationMin: 50, sessionRpe: 6 },
    { date: addDays(TODAY, 1), startTime: '07:00', stimulus: 'endurance', durationMin: 30, sessionRpe: 4 },
  ];
  return planAthlete('ann', { birthDate: '1970-05-01', sessions: logged });
}

describe('projectPlan: the record plus the plan still to come, through the engine', () => {
  it('matches planned sessions: done (logged, same date and stimulus), missed (passed), planned (to come)', () => {
    const projection = projectAthlete(annThisWeek(), plannedWeeks(), WEDNESDAY, addDays(TODAY, 13), settings);
    const statuses = projection.planned.map(({ planned: session, status }) => [session.id, status]);
    expect(statuses.slice(0, 4)).toEqual([
      ['w1-mon', 'done'],
      ['w1-tue', 'missed'],
      ['w1-wed', 'planned'],
      ['w1-thu', 'planned'],
    ]);
    expect(statuses.filter(([, status]) => status === 'planned')).toHaveLength(10);
    expect(projection.planned[0]?.actualIndex).toBe(48);
    // Logged sessions, then only the planned ones still to come (neither the done nor the missed one).
    expect(projection.sessions).toHaveLength(50 + 10);
    expect(projection.sessions.slice(50).map((session) => session.plannedSessionId)).toEqual(
      projection.planned
        .filter(({ status }) => status === 'planned')
        .map(({ planned: session }) => session.id),
    );
    expect(projection.sessions[50]).toEqual({
      date: WEDNESDAY,
      startTime: '17:00',
      stimulus: 'endurance',
      durationMin: 45,
      sessionRpe: 5,
      plannedSessionId: 'w1-wed',
    });
  });

  it('a session planned for today is planned until it is logged; each logged session does one, earliest start first', () => {
    const twice = [
      planned('late', TODAY, '18:00', 'skill', 30, 5),
      planned('early', TODAY, '09:00', 'skill', 30, 5),
    ];
    expect(matchPlannedSessions(twice, [], TODAY).map((status) => status.status)).toEqual([
      'planned',
      'planned',
    ]);
    const loggedOnce: MetricsSession[] = [
      { date: TODAY, startTime: '18:30', stimulus: 'skill', durationMin: 30, sessionRpe: 5 },
    ];
    expect(
      matchPlannedSessions(twice, loggedOnce, TODAY).map(({ planned: p, status }) => [p.id, status]),
    ).toEqual([
      ['early', 'done'],
      ['late', 'planned'],
    ]);
    expect(matchPlannedSessions(twice, loggedOnce, addDays(TODAY, 1)).map((status) => status.status)).toEqual(
      ['done', 'missed'],
    );
  });

  it('equals the engine run on the projected sessions up to the horizon (load series and hard sessions)', () => {
    const athletes = [annThisWeek(), planAthlete('bob'), planAthlete('new', { sessions: [] })];
    const hardPlan = plannedWeeks().map((session) =>
      session.stimulus === 'strength' ? { ...session, targetRpe: 8, durationMin: 60 } : session,
    );
    const context = planContext({ today: WEDNESDAY, athletes, plannedSessions: hardPlan });
    const horizon = planHorizon(context);
    expect(horizon).toBe(addDays(TODAY, 12));
    const projections = projectPlan(context);
    expect([...projections.keys()]).toEqual(['ann', 'bob', 'new']);
    for (const athlete of athletes) {
      const projection = projections.get(athlete.athleteId);
      if (!projection) throw new Error(`No projection for ${athlete.athleteId}`);
      expectEngineEquality(athlete, projection, horizon);
      expect(projection.hardSessions.count).toBeGreaterThan(0);
    }
  });

  it('equals the engine on a demo squad with a four-week plan', () => {
    const today = '2026-05-13';
    const team = generateDemoTeam({ today, seed: 7, athleteCount: 4, historyDays: 120 });
    const athletes: PlanAthlete[] = groupRecordsByAthlete(team).map((input, index) => ({
      ...input,
      name: team.athletes[index]?.name ?? input.athleteId,
      squadIds: team.athletes[index]?.squadIds ?? [],
    }));
    const plan = plannedWeeks('2026-05-11', 4).map((session) => ({
      ...session,
      squadId: undefined,
      blockId: 'b1',
    }));
    const context = planContext({ today, athletes, plannedSessions: plan });
    const projections = projectPlan(context);
    for (const athlete of athletes) {
      const projection = projections.get(athlete.athleteId);
      if (!projection) throw new Error(`No projection for ${athlete.athleteId}`);
      expectEngineEquality(athlete, projection, planHorizon(context));
    }
  });

  it('planVersusActual: planned load of every planned session in the week, actual of every logged one', () => {
    const projection = projectAthlete(annThisWeek(), plannedWeeks(), WEDNESDAY, addDays(TODAY, 13), settings);
    expect(planVersusActual(projection, TODAY)).toEqual({
      athleteId: 'ann',
      weekStart: TODAY,
      plannedLoadAu: 6 * 225,
      actualLoadAu: 50 * 6 + 30 * 4,
      plannedCount: 6,
      doneCount: 1,
      missedCount: 1,
      upcomingCount: 4,
    });
    expect(planVersusActual(projection, addDays(TODAY, -7))).toMatchObject({
      plannedCount: 0,
      actualLoadAu: 1350,
    });
  });

  it('projectedLoadAu sums the projected days: logged before today, planned from today', () => {
    const projection = projectAthlete(annThisWeek(), plannedWeeks(), WEDNESDAY, addDays(TODAY, 13), settings);
    expect(projectedLoadAu(projection, TODAY)).toBe(300 + 120 + 4 * 225);
    expect(projectedLoadAu(projection, addDays(TODAY, 7))).toBe(1350);
    expect(projectedLoadAu(projection, addDays(TODAY, 14))).toBe(0);
    expect(projectedLoadAu(projection, addDays(TODAY, -70))).toBe(0);
  });
});
