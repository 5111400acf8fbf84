import { findReturnFromBreak, type ReturnFromBreak } from '@shared/metrics/training-gaps';
import type { AvailabilityKind, PlannedSession, Settings } from '@shared/model';
import type { PlanAthlete } from '@shared/planning/plan-context';
import type { ReturnRamp } from '@shared/planning/return-ramp';
import { addDays, startOfIsoWeek } from '@shared/time/local-date';

/** Pure pieces of the return-ramp panel and dialog, tested without React. */

export interface ReturningAthlete {
  athlete: PlanAthlete;
  returnFromBreak: ReturnFromBreak;
}

/**
 * The athletes the engine marks as returning from a break on `today` (findReturnFromBreak: at least
 * returnToTraining.breakDays without sessions, or an injured/ill/unavailable event that ended,
 * within returningWindowDays of the return, or an ongoing gap), in the order given.
 */
export function findReturningAthletes(
  athletes: readonly PlanAthlete[],
  today: string,
  settings: Settings,
): ReturningAthlete[] {
  return athletes.flatMap((athlete) => {
    const returnFromBreak = findReturnFromBreak(athlete.sessions, athlete.availability, today, settings);
    return returnFromBreak ? [{ athlete, returnFromBreak }] : [];
  });
}

/** What kind of break it was, as the panel names it: a gap in the sessions or the availability event's kind. */
export type BreakKindLabel = 'gap' | AvailabilityKind;

export function breakKindOf(returnFromBreak: ReturnFromBreak): BreakKindLabel {
  return returnFromBreak.kind === 'gap' ? 'gap' : (returnFromBreak.availabilityKind ?? 'unavailable');
}

/** Whether a training age counts as experienced (returnToTraining.experiencedTrainingAgeYears, default 2). */
export function isExperiencedAthlete(trainingAgeYears: number, settings: Settings): boolean {
  return trainingAgeYears >= settings.returnToTraining.experiencedTrainingAgeYears;
}

/** The ramp's default first day: the Monday after today, so its weeks are the planner's weeks. */
export function defaultRampStartDate(today: string): string {
  return addDays(startOfIsoWeek(today), 7);
}

/** One row of the ramp table. */
export interface RampTableRow {
  weekIndex: number;
  startDate: string;
  /** The week's last day (start + 6). */
  endDate: string;
  strengthTargetAu: number;
  otherTargetAu: number;
  totalTargetAu: number;
  plannedLoadAu: number;
  /** Planned load ÷ pre-break weekly load × 100; null when the pre-break load is 0. */
  percentOfPreBreak: number | null;
  hardSessionCount: number;
  sessionCount: number;
}

/** The ramp's weeks as table rows, with each week's sessions counted and its share of the pre-break load. */
export function rampTableRows(
  ramp: Pick<ReturnRamp, 'weeks' | 'sessions' | 'preBreakWeeklyLoadAu'>,
): RampTableRow[] {
  return ramp.weeks.map((week) => {
    const endDate = addDays(week.startDate, 6);
    return {
      weekIndex: week.weekIndex,
      startDate: week.startDate,
      endDate,
      strengthTargetAu: week.strengthTargetAu,
      otherTargetAu: week.otherTargetAu,
      totalTargetAu: week.totalTargetAu,
      plannedLoadAu: week.plannedLoadAu,
      percentOfPreBreak:
        ramp.preBreakWeeklyLoadAu > 0 ? (week.plannedLoadAu / ramp.preBreakWeeklyLoadAu) * 100 : null,
      hardSessionCount: week.hardSessionCount,
      sessionCount: ramp.sessions.filter(
        (session) => session.date >= week.startDate && session.date <= endDate,
      ).length,
    };
  });
}

/** The ramp's sessions dated after `lastDate` (the season's end): saved, but outside the season's week view. */
export function sessionsAfter(sessions: readonly PlannedSession[], lastDate: string): PlannedSession[] {
  return sessions.filter((session) => session.date > lastDate);
}

/** Where planned sessions lie against a season: those before its start and after its end. */
export interface OutsideSeason {
  before: PlannedSession[];
  after: PlannedSession[];
  /** The first and last date of the sessions outside, null when all lie inside. */
  range: { startDate: string; endDate: string } | null;
  /** The season stretched to whole weeks that hold every session (the same season when all lie inside). */
  extended: { startDate: string; endDate: string };
}

export function sessionsOutsideSeason(
  sessions: readonly PlannedSession[],
  season: { startDate: string; endDate: string },
): OutsideSeason {
  const before = sessions.filter((session) => session.date < season.startDate);
  const after = sessions.filter((session) => session.date > season.endDate);
  const dates = [...before, ...after].map((session) => session.date).sort();
  const first = dates[0];
  const last = dates.at(-1);
  const range = first === undefined || last === undefined ? null : { startDate: first, endDate: last };
  return {
    before,
    after,
    range,
    extended: {
      startDate: before.length > 0 && first !== undefined ? startOfIsoWeek(first) : season.startDate,
      endDate: after.length > 0 && last !== undefined ? addDays(startOfIsoWeek(last), 6) : season.endDate,
    },
  };
}
