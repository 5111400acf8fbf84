import type { Block, PlannedSession } from '@shared/model';
import { comparePlanned, plannedLoadAu, type PlanAthlete } from '@shared/planning/plan-context';
import type { PlanWarning } from '@shared/planning/plan-warnings';
import { planVersusActual, type AthleteProjection, type PlanVersusActual } from '@shared/planning/projection';
import { valueAt } from '@shared/metrics/series';
import { addDays, startOfIsoWeek, toDayNumber } from '@shared/time/local-date';

/** Pure pieces of the week view, tested without React. */

export const DAYS_PER_WEEK = 7;

/** The seven dates of the week from `weekStart` (a Monday). */
export function weekDates(weekStart: string): string[] {
  return Array.from({ length: DAYS_PER_WEEK }, (_, day) => addDays(weekStart, day));
}

/** The week to show: `requested` (any day of it), else the week of today inside the season, else the season's first. */
export function chooseWeekStart(
  requested: string | null,
  season: { startDate: string; endDate: string },
  today: string,
): string {
  if (requested !== null) return startOfIsoWeek(requested);
  const inSeason = today >= season.startDate && today <= season.endDate;
  return startOfIsoWeek(inSeason ? today : season.startDate);
}

/** The week's planned sessions by day (Monday first), each day by start time. */
export function sessionsByDay(sessions: readonly PlannedSession[], weekStart: string): PlannedSession[][] {
  const days: PlannedSession[][] = Array.from({ length: DAYS_PER_WEEK }, () => []);
  const first = toDayNumber(weekStart);
  for (const session of [...sessions].sort(comparePlanned)) {
    const day = toDayNumber(session.date) - first;
    if (day >= 0 && day < DAYS_PER_WEEK) days[day]?.push(session);
  }
  return days;
}

/** The block a date falls in, if any. */
export function blockOn(blocks: readonly Block[], date: string): Block | undefined {
  return blocks.find((block) => block.startDate <= date && block.endDate >= date);
}

/** Planned load of the week's sessions (each session once, as the coach planned it). */
export function weekPlannedLoadAu(sessions: readonly PlannedSession[], weekStart: string): number {
  const weekEnd = addDays(weekStart, DAYS_PER_WEEK - 1);
  return sessions
    .filter((session) => session.date >= weekStart && session.date <= weekEnd)
    .reduce((sum, session) => sum + plannedLoadAu(session), 0);
}

/** A warning belongs to the week of its date, or (sessions) to the week of any of its sessions. */
export function warningsOfWeek(
  warnings: readonly PlanWarning[],
  weekStart: string,
  sessionsById: ReadonlyMap<string, PlannedSession>,
): PlanWarning[] {
  const weekEnd = addDays(weekStart, DAYS_PER_WEEK - 1);
  const inWeek = (date: string) => date >= weekStart && date <= weekEnd;
  return warnings.filter(
    (warning) =>
      inWeek(warning.date) ||
      warning.sessionIds.some((id) => {
        const session = sessionsById.get(id);
        return session !== undefined && inWeek(session.date);
      }),
  );
}

/** Plan versus actual rows of a week, one per athlete with anything planned or done, by name. */
export function planVersusActualRows(
  athletes: readonly PlanAthlete[],
  projections: ReadonlyMap<string, AthleteProjection>,
  weekStart: string,
): (PlanVersusActual & { name: string })[] {
  const rows: (PlanVersusActual & { name: string })[] = [];
  for (const athlete of athletes) {
    const projection = projections.get(athlete.athleteId);
    if (!projection) continue;
    const row = planVersusActual(projection, weekStart);
    if (row.plannedCount > 0 || row.actualLoadAu > 0) rows.push({ ...row, name: athlete.name });
  }
  return rows;
}

/** One day of the projection chart: solid values up to today, projected ones from today on. */
export interface ProjectionPoint {
  date: string;
  dailyLoadAu: number;
  /** Up to today (solid), null after. */
  acuteAu: number | null;
  chronicAu: number | null;
  ratio: number | null;
  /** The same values, set from today on (dashed), null before. */
  projectedAcuteAu: number | null;
  projectedChronicAu: number | null;
  projectedRatio: number | null;
  isPlanned: boolean;
}

/**
 * EWMA acute, chronic and ratio from `from` to `to` for one athlete, or the mean over athletes
 * (the squad: athletes without a value that day left out of the ratio's mean). Today belongs to
 * both the solid and the dashed line, so they join.
 */
export function projectionPoints(
  projections: readonly AthleteProjection[],
  from: string,
  to: string,
  today: string,
): ProjectionPoint[] {
  const points: ProjectionPoint[] = [];
  const first = toDayNumber(from);
  const last = toDayNumber(to);
  const todayDay = toDayNumber(today);
  for (let day = first; day <= last; day += 1) {
    let load = 0;
    let acute = 0;
    let chronic = 0;
    let ratioSum = 0;
    let ratioCount = 0;
    for (const projection of projections) {
      const index = day - projection.axis.startDay;
      if (index < 0 || index >= projection.axis.length) continue;
      load += projection.daily.dailyLoadAu[index] ?? 0;
      acute += projection.load.ewmaAcuteAu[index] ?? 0;
      chronic += projection.load.ewmaChronicAu[index] ?? 0;
      const ratio = valueAt(projection.load.acwrEwma, index);
      if (ratio !== null) {
        ratioSum += ratio;
        ratioCount += 1;
      }
    }
    const count = Math.max(1, projections.length);
    const point = {
      dailyLoadAu: load / count,
      acuteAu: acute / count,
      chronicAu: chronic / count,
      ratio: ratioCount > 0 ? ratioSum / ratioCount : null,
    };
    const isProjected = day >= todayDay;
    const isSolid = day <= todayDay;
    points.push({
      date: addDays(from, day - first),
      dailyLoadAu: point.dailyLoadAu,
      acuteAu: isSolid ? point.acuteAu : null,
      chronicAu: isSolid ? point.chronicAu : null,
      ratio: isSolid ? point.ratio : null,
      projectedAcuteAu: isProjected ? point.acuteAu : null,
      projectedChronicAu: isProjected ? point.chronicAu : null,
      projectedRatio: isProjected ? point.ratio : null,
      isPlanned: day > todayDay,
    });
  }
  return points;
}
