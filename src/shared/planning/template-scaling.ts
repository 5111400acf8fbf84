import { computeLoadSeries } from '../metrics/load-series';
import { buildDailyLoad } from '../metrics/daily-load';
import { dayNumbersOf } from '../metrics/series';
import type { BlockTemplate } from '../model/plan';
import type { Settings } from '../model/settings';
import { fromDayNumber, toDayNumber } from '../time/local-date';
import type { PlanAthlete } from './plan-context';
import { TAPER_REFERENCE_WEEK_LOAD_AU, templateWeekLoadsAu } from './templates';

/**
 * Templates at the squad's load (SCIENCE.md, "Load"): a template's sessions are written for a typical
 * squad, but a squad used to 2,450 AU a week that is planned 1,300 AU drops its ratio below the
 * planning band for weeks. So a template is scaled to the squad's recent chronic load: the mean of its
 * athletes' EWMA chronic load (× 7, per week) on the day before the plan starts, counting only
 * athletes with sufficient history (load.minHistoryDays) and a session in the chronic window before
 * that day. A squad without such history keeps the template's loads. The durations are scaled, the
 * target RPEs kept (they decide which sessions are hard, and the rules' timing rests on that).
 */

export interface SquadChronicLoad {
  /** Mean EWMA chronic load of the athletes counted, per week (AU). */
  weeklyLoadAu: number;
  athleteCount: number;
  /** The day the plan starts: the chronic load is that of the day before. */
  asOf: string;
}

/** Scaled durations are whole multiples of this (minutes). */
const DURATION_STEP_MIN = 5;
/** The schema's bounds of a planned duration (minutes). */
const MIN_DURATION_MIN = DURATION_STEP_MIN;
const MAX_DURATION_MIN = 600;
const DAYS_PER_WEEK = 7;

/** The squad's chronic weekly load on the day before `asOf`, or null when no athlete has recent history. */
export function squadChronicWeeklyLoad(
  athletes: readonly PlanAthlete[],
  asOf: string,
  settings: Settings['load'],
): SquadChronicLoad | null {
  const lastDay = toDayNumber(asOf) - 1;
  const recentFromDay = lastDay - settings.ewmaChronicSpanDays + 1;
  const loads: number[] = [];
  for (const athlete of athletes) {
    const sessions = athlete.sessions.filter((session) => session.date <= fromDayNumber(lastDay));
    if (sessions.length === 0) continue;
    const sessionDays = dayNumbersOf(sessions);
    const firstDay = Math.min(...sessionDays);
    const lastSessionDay = Math.max(...sessionDays);
    if (lastSessionDay < recentFromDay || lastDay - firstDay + 1 < settings.minHistoryDays) continue;
    const axis = { startDate: fromDayNumber(firstDay), startDay: firstDay, length: lastDay - firstDay + 1 };
    const daily = buildDailyLoad(sessions, axis, sessionDays);
    const series = computeLoadSeries(daily.dailyLoadAu, settings);
    const chronicAu = series.ewmaChronicAu[axis.length - 1] ?? 0;
    if (chronicAu > 0) loads.push(chronicAu * DAYS_PER_WEEK);
  }
  if (loads.length === 0) return null;
  const weeklyLoadAu = loads.reduce((sum, load) => sum + load, 0) / loads.length;
  return { weeklyLoadAu, athleteCount: loads.length, asOf };
}

/**
 * The week a template is written around (AU): the normal week a built-in taper cuts from, else the
 * mean of its weeks. Null for a coach's taper (its normal week is not known) or an empty template.
 */
export function templateReferenceWeekLoadAu(
  template: Pick<BlockTemplate, 'id' | 'focus' | 'weeks' | 'sessions'>,
): number | null {
  if (template.focus === 'taper')
    return template.id === 'builtin-taper-2w' ? TAPER_REFERENCE_WEEK_LOAD_AU : null;
  const loads = templateWeekLoadsAu(template);
  const mean = loads.reduce((sum, load) => sum + load, 0) / Math.max(1, loads.length);
  return mean > 0 ? mean : null;
}

export interface TemplateScale {
  /** Durations × factor (1 = the template's loads). */
  factor: number;
  /** The template week the factor maps onto the squad's load (AU), null when not scaled. */
  referenceWeekLoadAu: number | null;
  squad: SquadChronicLoad | null;
}

/**
 * The factor that brings templates to the squad's chronic load: one factor for a whole sequence (from
 * the first template with a reference week), so the designed progression between its blocks stays.
 * 1 without squad history or without a reference week.
 */
export function templateScale(
  templates: readonly Pick<BlockTemplate, 'id' | 'focus' | 'weeks' | 'sessions'>[],
  squad: SquadChronicLoad | null,
): TemplateScale {
  let referenceWeekLoadAu: number | null = null;
  for (const template of templates) {
    referenceWeekLoadAu = templateReferenceWeekLoadAu(template);
    if (referenceWeekLoadAu !== null) break;
  }
  if (squad === null || referenceWeekLoadAu === null) return { factor: 1, referenceWeekLoadAu: null, squad };
  return { factor: squad.weeklyLoadAu / referenceWeekLoadAu, referenceWeekLoadAu, squad };
}

/** A duration × `factor`, in whole steps of 5 min within the schema's bounds. */
export function scaledDurationMin(durationMin: number, factor: number): number {
  const scaled = Math.round((durationMin * factor) / DURATION_STEP_MIN) * DURATION_STEP_MIN;
  return Math.min(MAX_DURATION_MIN, Math.max(MIN_DURATION_MIN, scaled));
}

/** The template with every duration × `factor` (itself when the factor is 1). */
export function scaleTemplate<T extends Pick<BlockTemplate, 'sessions'>>(template: T, factor: number): T {
  if (factor === 1) return template;
  return {
    ...template,
    sessions: template.sessions.map((session) => ({
      ...session,
      durationMin: scaledDurationMin(session.durationMin, factor),
    })),
  };
}
