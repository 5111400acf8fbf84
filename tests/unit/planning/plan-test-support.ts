import type { MetricsSession } from '@shared/metrics/inputs';
import type { Stimulus } from '@shared/model/common';
import type { Block, PlannedSession } from '@shared/model/plan';
import { defaultSettings, type Settings } from '@shared/model/settings';
import type { PlanAthlete, PlanContext } from '@shared/planning/plan-context';
import type { PlanRule, PlanWarning, PlanWarningFor } from '@shared/planning/plan-warnings';
import { addDays } from '@shared/time/local-date';

/**
 * Hand-made plans for the planner's tests. The background is a calm squad: eight weeks of the same
 * week (Monday to Saturday one 45-minute session at RPE 5 = 225 AU, Sunday off) before `TODAY`, and
 * the same week planned after it. That plan breaks none of the rules (ratio ≤ 1.17, no ramp, no
 * hard session, strength and endurance days apart), so each test changes one thing.
 */

/** A Monday. */
export const TODAY = '2026-03-02';
export const SQUAD_ID = 'squad-a';

export interface WeekSession {
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  startTime: string;
  stimulus: Stimulus;
  durationMin: number;
  rpe: number;
}

export const CALM_WEEK: readonly WeekSession[] = [
  { weekday: 1, startTime: '17:00', stimulus: 'strength', durationMin: 45, rpe: 5 },
  { weekday: 2, startTime: '17:00', stimulus: 'skill', durationMin: 45, rpe: 5 },
  { weekday: 3, startTime: '17:00', stimulus: 'endurance', durationMin: 45, rpe: 5 },
  { weekday: 4, startTime: '17:00', stimulus: 'skill', durationMin: 45, rpe: 5 },
  { weekday: 5, startTime: '17:00', stimulus: 'strength', durationMin: 45, rpe: 5 },
  { weekday: 6, startTime: '10:00', stimulus: 'mixed', durationMin: 45, rpe: 5 },
];

/** The weekday names used in planned ids: `w1-mon`. */
const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** Logged sessions: `weeks` weeks of `week` ending on the Sunday before `mondayAfter`. */
export function calmHistory(
  mondayAfter = TODAY,
  weeks = 8,
  week: readonly WeekSession[] = CALM_WEEK,
): MetricsSession[] {
  const sessions: MetricsSession[] = [];
  for (let w = weeks; w >= 1; w -= 1) {
    const monday = addDays(mondayAfter, -7 * w);
    for (const day of week)
      sessions.push({
        date: addDays(monday, day.weekday - 1),
        startTime: day.startTime,
        stimulus: day.stimulus,
        durationMin: day.durationMin,
        sessionRpe: day.rpe,
      });
  }
  return sessions;
}

export function planAthlete(
  athleteId: string,
  options: { birthDate?: string; sessions?: readonly MetricsSession[]; squadIds?: string[] } = {},
): PlanAthlete {
  return {
    athleteId,
    name: athleteId,
    squadIds: options.squadIds ?? [SQUAD_ID],
    trainingAgeYears: 3,
    ...(options.birthDate === undefined ? {} : { birthDate: options.birthDate }),
    sessions: options.sessions ?? calmHistory(),
    wellness: [],
    availability: [],
  };
}

export function planned(
  id: string,
  date: string,
  startTime: string,
  stimulus: Stimulus,
  durationMin: number,
  targetRpe: number,
  extra: Partial<Pick<PlannedSession, 'blockId' | 'squadId' | 'athleteIds'>> = {},
): PlannedSession {
  return {
    id,
    squadId: SQUAD_ID,
    date,
    startTime,
    stimulus,
    durationMin,
    targetRpe,
    title: `${stimulus} ${startTime}`,
    description: '',
    ...extra,
  };
}

/** `weeks` weeks of `week` from the Monday `firstMonday`, ids `w<n>-<day>` (week 1 first). */
export function plannedWeeks(
  firstMonday = TODAY,
  weeks = 2,
  week: readonly WeekSession[] = CALM_WEEK,
  extra: Partial<Pick<PlannedSession, 'blockId' | 'squadId' | 'athleteIds'>> = {},
): PlannedSession[] {
  const sessions: PlannedSession[] = [];
  for (let w = 1; w <= weeks; w += 1) {
    for (const day of week) {
      const date = addDays(firstMonday, 7 * (w - 1) + day.weekday - 1);
      const id = `w${w}-${DAY_NAMES[day.weekday - 1] ?? 'day'}`;
      sessions.push(planned(id, date, day.startTime, day.stimulus, day.durationMin, day.rpe, extra));
    }
  }
  return sessions;
}

/** The calm plan with the session `id` replaced by `changes` (or left out when `changes` is null). */
export function replaceSession(
  sessions: readonly PlannedSession[],
  id: string,
  changes: Partial<PlannedSession> | null,
): PlannedSession[] {
  if (!sessions.some((session) => session.id === id)) throw new Error(`No planned session ${id}`);
  return sessions.flatMap((session) => {
    if (session.id !== id) return [session];
    return changes === null ? [] : [{ ...session, ...changes }];
  });
}

export function block(id: string, focus: Block['focus'], startDate: string, endDate: string): Block {
  return { id, seasonId: 'season-1', name: id, startDate, endDate, focus, notes: '' };
}

export interface ContextOptions {
  today?: string;
  athletes?: readonly PlanAthlete[];
  blocks?: readonly Block[];
  plannedSessions?: readonly PlannedSession[];
  settings?: Settings;
}

/** The calm squad of three (a 25-, a 40- and a 52-year-old) with the calm plan, unless told otherwise. */
export function planContext(options: ContextOptions = {}): PlanContext {
  return {
    today: options.today ?? TODAY,
    settings: options.settings ?? defaultSettings(),
    athletes: options.athletes ?? calmSquad(),
    blocks: options.blocks ?? [],
    plannedSessions: options.plannedSessions ?? plannedWeeks(),
  };
}

export function calmSquad(): PlanAthlete[] {
  return [
    planAthlete('ann', { birthDate: '2001-01-10' }),
    planAthlete('bob', { birthDate: '1986-01-10' }),
    planAthlete('cas', { birthDate: '1974-01-10' }),
  ];
}

export const SQUAD_IDS = ['ann', 'bob', 'cas'] as const;

/** Default settings with some values changed. */
export function settingsWith(
  changes: {
    load?: Partial<Settings['load']>;
    recovery?: Partial<Settings['recovery']>;
    interference?: Partial<Settings['interference']>;
  } = {},
): Settings {
  const settings = defaultSettings();
  return {
    ...settings,
    load: { ...settings.load, ...changes.load },
    recovery: { ...settings.recovery, ...changes.recovery },
    interference: { ...settings.interference, ...changes.interference },
  };
}

/** The warnings of `rule`, typed as that rule's. */
export function warningsOf<R extends PlanRule>(
  warnings: readonly PlanWarning[],
  rule: R,
): PlanWarningFor<R>[] {
  return warnings.filter((warning): warning is PlanWarningFor<R> => warning.rule === rule);
}
