import type { PlannedSession } from '../model/plan';
import type { Settings } from '../model/settings';
import { buildDailyLoad, type DailyLoad } from '../metrics/daily-load';
import type { MetricsSession } from '../metrics/inputs';
import { computeLoadSeries, type LoadSeries } from '../metrics/load-series';
import { buildHardSessionTable, type HardSessionTable } from '../metrics/recovery-phase';
import { computeSessionLoadAu } from '../metrics/session-load';
import { dayNumbersOf, type DayAxis } from '../metrics/series';
import { addDays, fromDayNumber, toDayNumber } from '../time/local-date';
import {
  comparePlanned,
  plannedLoadAu,
  plannedSessionsByAthlete,
  type PlanAthlete,
  type PlanContext,
} from './plan-context';

/**
 * Plan versus record, and the projection: each athlete's actual sessions plus the planned sessions
 * still to come, run through the engine's own pieces (daily load, load series, hard sessions), so a
 * projected ratio is exactly what the engine will show once the plan is done as planned.
 */

/** done = a matching session was logged; missed = the day has passed without one; planned = still to come. */
export type PlannedStatus = 'done' | 'missed' | 'planned';

export interface PlannedSessionStatus {
  planned: PlannedSession;
  status: PlannedStatus;
  /** Index in the athlete's actual sessions of the session that did it ("done" only). */
  actualIndex?: number;
}

/** A session of the projection: a logged one, or a planned one (with its id) as if done as planned. */
export interface ProjectedSession extends MetricsSession {
  plannedSessionId?: string;
}

export interface AthleteProjection {
  athleteId: string;
  today: string;
  /** The athlete's planned sessions in date order, each with its status. */
  planned: PlannedSessionStatus[];
  /** Every actual session, then every planned session still to come: the engine's input. */
  sessions: ProjectedSession[];
  /** From the first session or check-in to the horizon, as the engine's axis. */
  axis: DayAxis;
  daily: DailyLoad;
  load: LoadSeries;
  /** Hard sessions of actual and planned sessions alike (age-scaled phases), sorted by end. */
  hardSessions: HardSessionTable;
}

/**
 * Matches planned to logged sessions: a planned session is done by a logged session of the same
 * athlete, date and stimulus (each logged session does one planned session, earliest start first).
 */
export function matchPlannedSessions(
  planned: readonly PlannedSession[],
  actual: readonly MetricsSession[],
  today: string,
): PlannedSessionStatus[] {
  const actualByKey = new Map<string, number[]>();
  // Only logged sessions on a planned day can match: the years of history before the plan are skipped.
  let firstPlannedDate = '9999-12-31';
  let lastPlannedDate = '0000-01-01';
  for (const session of planned) {
    if (session.date < firstPlannedDate) firstPlannedDate = session.date;
    if (session.date > lastPlannedDate) lastPlannedDate = session.date;
  }
  actual.forEach((session, index) => {
    if (session.date < firstPlannedDate || session.date > lastPlannedDate) return;
    const key = `${session.date}|${session.stimulus}`;
    const indexes = actualByKey.get(key);
    if (indexes) indexes.push(index);
    else actualByKey.set(key, [index]);
  });
  for (const indexes of actualByKey.values()) {
    indexes.sort((a, b) => (actual[a]?.startTime ?? '99:99').localeCompare(actual[b]?.startTime ?? '99:99'));
  }
  return [...planned].sort(comparePlanned).map((session) => {
    const actualIndex = actualByKey.get(`${session.date}|${session.stimulus}`)?.shift();
    if (actualIndex !== undefined) return { planned: session, status: 'done', actualIndex };
    return { planned: session, status: session.date < today ? 'missed' : 'planned' };
  });
}

/** A planned session as the engine's input: its target RPE stands for the session RPE. */
export function asProjectedSession(planned: PlannedSession): ProjectedSession {
  return {
    date: planned.date,
    startTime: planned.startTime,
    stimulus: planned.stimulus,
    durationMin: planned.durationMin,
    sessionRpe: planned.targetRpe,
    plannedSessionId: planned.id,
  };
}

function projectionAxis(sessionDays: Int32Array, athlete: PlanAthlete, horizonDay: number): DayAxis {
  let first = Infinity;
  for (const day of sessionDays) if (day < first) first = day;
  for (const checkin of athlete.wellness) first = Math.min(first, toDayNumber(checkin.date));
  if (!Number.isFinite(first) || first > horizonDay)
    return { startDate: fromDayNumber(horizonDay), startDay: horizonDay, length: 0 };
  return { startDate: fromDayNumber(first), startDay: first, length: horizonDay - first + 1 };
}

/** One athlete's projection to `horizonEnd` (inclusive) from their record and their planned sessions. */
export function projectAthlete(
  athlete: PlanAthlete,
  planned: readonly PlannedSession[],
  today: string,
  horizonEnd: string,
  settings: Settings,
): AthleteProjection {
  const statuses = matchPlannedSessions(planned, athlete.sessions, today);
  const sessions: ProjectedSession[] = [...athlete.sessions];
  for (const status of statuses)
    if (status.status === 'planned') sessions.push(asProjectedSession(status.planned));
  const sessionDays = dayNumbersOf(sessions);
  const horizonDay = toDayNumber(horizonEnd);
  const axis = projectionAxis(sessionDays, athlete, horizonDay);
  const daily = buildDailyLoad(sessions, axis, sessionDays);
  const load = computeLoadSeries(daily.dailyLoadAu, settings.load);
  const hardSessions = buildHardSessionTable(
    sessions,
    athlete.birthDate,
    settings.recovery,
    sessionDays,
    horizonDay,
  );
  return {
    athleteId: athlete.athleteId,
    today,
    planned: statuses,
    sessions,
    axis,
    daily,
    load,
    hardSessions,
  };
}

/** The last day worth projecting: the last planned day, at least `today`. */
export function planHorizon(context: Pick<PlanContext, 'today' | 'plannedSessions'>): string {
  let horizon = context.today;
  for (const planned of context.plannedSessions) if (planned.date > horizon) horizon = planned.date;
  return horizon;
}

/** Every athlete's projection, by athlete id. */
export function projectPlan(
  context: PlanContext,
  horizonEnd: string = planHorizon(context),
): Map<string, AthleteProjection> {
  const byAthlete = plannedSessionsByAthlete(context.plannedSessions, context.athletes);
  return new Map(
    context.athletes.map((athlete) => [
      athlete.athleteId,
      projectAthlete(
        athlete,
        byAthlete.get(athlete.athleteId) ?? [],
        context.today,
        horizonEnd,
        context.settings,
      ),
    ]),
  );
}

/** Sum of the projection's daily loads over `days` days from `fromDate` (0 outside the axis). */
export function projectedLoadAu(projection: AthleteProjection, fromDate: string, days = 7): number {
  const from = toDayNumber(fromDate) - projection.axis.startDay;
  let sum = 0;
  for (let i = Math.max(0, from); i < Math.min(from + days, projection.axis.length); i += 1)
    sum += projection.daily.dailyLoadAu[i] ?? 0;
  return sum;
}

/** Plan versus actual for one athlete and one week (or any span of days). */
export interface PlanVersusActual {
  athleteId: string;
  weekStart: string;
  plannedLoadAu: number;
  actualLoadAu: number;
  plannedCount: number;
  doneCount: number;
  missedCount: number;
  /** Planned sessions still to come. */
  upcomingCount: number;
}

/** Planned load counts every planned session of the week; actual load every logged session. */
export function planVersusActual(
  projection: AthleteProjection,
  weekStart: string,
  days = 7,
): PlanVersusActual {
  const weekEnd = addDays(weekStart, days - 1);
  const inWeek = (date: string): boolean => date >= weekStart && date <= weekEnd;
  const summary: PlanVersusActual = {
    athleteId: projection.athleteId,
    weekStart,
    plannedLoadAu: 0,
    actualLoadAu: 0,
    plannedCount: 0,
    doneCount: 0,
    missedCount: 0,
    upcomingCount: 0,
  };
  for (const { planned, status } of projection.planned) {
    if (!inWeek(planned.date)) continue;
    summary.plannedCount += 1;
    summary.plannedLoadAu += plannedLoadAu(planned);
    if (status === 'done') summary.doneCount += 1;
    else if (status === 'missed') summary.missedCount += 1;
    else summary.upcomingCount += 1;
  }
  for (const session of projection.sessions)
    if (session.plannedSessionId === undefined && inWeek(session.date))
      summary.actualLoadAu += computeSessionLoadAu(session.sessionRpe, session.durationMin);
  return summary;
}
