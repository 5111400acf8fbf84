import { STIMULI, type Stimulus } from '@shared/model';
import { toDayNumber } from '@shared/time/local-date';
import { dayTicks, type DayTicks } from '../../charts/series';
import type { TeamLoadView, TeamLoadWeek } from '../../team/team-load-view';

/**
 * Pure series builders of the Team load charts: the view's numbers (all from the engine) shaped for
 * recharts, with the reason when a chart has nothing to draw. No React (tested in tests/unit/team).
 */

/** Why a chart draws nothing: no athletes in the squad, no session logged yet, none in the weeks shown. */
export type TeamLoadEmptyReason = 'noAthletes' | 'noSessions' | 'noLoadInWindow';

export function teamLoadEmptyReason(view: TeamLoadView): TeamLoadEmptyReason | null {
  if (view.athleteCount === 0) return 'noAthletes';
  if (view.firstSessionDate === null) return 'noSessions';
  if (view.weeks.every((week) => week.totalAu === 0)) return 'noLoadInWindow';
  return null;
}

/** Squad total, or the mean per athlete (total ÷ athletes in the squad). */
export type WeeklyLoadMode = 'total' | 'mean';

export interface WeeklyStimulusPoint {
  weekStart: string;
  endDate: string;
  /** The date's week, counted up to the date. */
  isPartial: boolean;
  /** Load per stimulus in the order of STIMULI (AU, total or per athlete). */
  loadAu: number[];
  totalAu: number;
}

export interface WeeklyStimulusSeries {
  mode: WeeklyLoadMode;
  points: WeeklyStimulusPoint[];
  /** Stimuli with load in the weeks shown, in the order of STIMULI: the stacks and the legend. */
  stimuli: Stimulus[];
  maxAu: number;
  reasonIfEmpty: TeamLoadEmptyReason | null;
  /** The first week with load when the weeks before it are empty (history starts there); else null. */
  firstLoadWeekStart: string | null;
}

function isPartial(week: TeamLoadWeek): boolean {
  return week.dayCount < 7;
}

/** Weekly load stacked by stimulus (session RPE × minutes, Foster 2001), as total or per athlete. */
export function buildWeeklyStimulusSeries(view: TeamLoadView, mode: WeeklyLoadMode): WeeklyStimulusSeries {
  const points = view.weeks.map((week) => ({
    weekStart: week.weekStart,
    endDate: week.endDate,
    isPartial: isPartial(week),
    loadAu: mode === 'total' ? week.stimulusTotalAu : week.stimulusMeanAu,
    totalAu: mode === 'total' ? week.totalAu : week.meanAu,
  }));
  const stimuli = STIMULI.filter((_, index) => points.some((point) => (point.loadAu[index] ?? 0) > 0));
  const firstWithLoad = points.findIndex((point) => point.totalAu > 0);
  return {
    mode,
    points,
    stimuli,
    maxAu: Math.max(0, ...points.map((point) => point.totalAu)),
    reasonIfEmpty: teamLoadEmptyReason(view),
    firstLoadWeekStart: firstWithLoad > 0 ? (points[firstWithLoad]?.weekStart ?? null) : null,
  };
}

export interface StimulusSharePoint {
  weekStart: string;
  endDate: string;
  isPartial: boolean;
  /** Percent of the week's load (0–100); null in a week without load. */
  strengthPercent: number | null;
  endurancePercent: number | null;
  otherPercent: number | null;
  totalAu: number;
}

export interface StimulusShareSeries {
  points: StimulusSharePoint[];
  /** The same shares over all the weeks shown (load-weighted); null without load. */
  windowStrengthPercent: number | null;
  windowEndurancePercent: number | null;
  strengthStimuli: Stimulus[];
  enduranceStimuli: Stimulus[];
  reasonIfEmpty: TeamLoadEmptyReason | null;
}

const percentOf = (share: number | null): number | null => (share === null ? null : share * 100);

/** The squad's strength and endurance shares of the load per week (settings.interference decides which stimuli). */
export function buildStimulusShareSeries(view: TeamLoadView): StimulusShareSeries {
  let totalAu = 0;
  let strengthAu = 0;
  let enduranceAu = 0;
  for (const week of view.weeks) {
    totalAu += week.totalAu;
    strengthAu += week.strengthAu;
    enduranceAu += week.enduranceAu;
  }
  return {
    points: view.weeks.map((week) => ({
      weekStart: week.weekStart,
      endDate: week.endDate,
      isPartial: isPartial(week),
      strengthPercent: percentOf(week.strengthShare),
      endurancePercent: percentOf(week.enduranceShare),
      otherPercent: percentOf(week.otherShare),
      totalAu: week.totalAu,
    })),
    windowStrengthPercent: totalAu > 0 ? (strengthAu / totalAu) * 100 : null,
    windowEndurancePercent: totalAu > 0 ? (enduranceAu / totalAu) * 100 : null,
    strengthStimuli: view.strengthStimuli,
    enduranceStimuli: view.enduranceStimuli,
    reasonIfEmpty: teamLoadEmptyReason(view),
  };
}

export interface SquadRatioPoint {
  /** Day number (time/local-date): the x value. */
  day: number;
  date: string;
  /** Squad mean EWMA ratio; null when no athlete has a defined ratio with enough history. */
  ratio: number | null;
  athleteCount: number;
  /** Squad mean EWMA acute and chronic load (AU/day). */
  acuteAu: number;
  chronicAu: number;
}

export interface SquadRatioSeries {
  points: SquadRatioPoint[];
  variant: 'ewma';
  bands: { low: number; high: number; danger: number };
  /** The ratio axis: 0 to above both the danger line and the highest mean ratio, in steps of 0.5. */
  ratioMax: number;
  ratioTicks: number[];
  loadMaxAu: number;
  ticks: DayTicks;
  reasonIfEmpty: TeamLoadEmptyReason | null;
  /** Loads to draw, but no mean ratio on any day (nobody has 28 days of history yet). */
  hasRatio: boolean;
}

/** The squad mean EWMA ratio per day with the adjustable band, and the mean acute and chronic load. */
export function buildSquadRatioSeries(view: TeamLoadView, maxTicks = 6): SquadRatioSeries {
  const points = view.days.map((day) => ({
    day: toDayNumber(day.date),
    date: day.date,
    ratio: day.meanRatio,
    athleteCount: day.ratioAthleteCount,
    acuteAu: day.meanAcuteAu,
    chronicAu: day.meanChronicAu,
  }));
  const { ratioLow, ratioHigh, ratioDanger } = view.thresholds;
  const ratios = points.flatMap((point) => (point.ratio === null ? [] : [point.ratio]));
  const highest = Math.max(ratioDanger, ratioHigh, ...ratios);
  const first = points[0];
  const last = points.at(-1);
  const reason = teamLoadEmptyReason(view);
  const ratioMax = Math.ceil((highest + 0.1) * 2) / 2;
  return {
    points,
    variant: view.variant,
    bands: { low: ratioLow, high: ratioHigh, danger: ratioDanger },
    ratioMax,
    ratioTicks: Array.from({ length: ratioMax * 2 + 1 }, (_, step) => step / 2),
    loadMaxAu: Math.max(0, ...points.map((point) => Math.max(point.acuteAu, point.chronicAu))),
    ticks: first && last ? dayTicks(first.day, last.day, maxTicks) : { ticks: [], unit: 'week' },
    // Loads decay after the last session, so weeks without load still have lines to draw.
    reasonIfEmpty: reason === 'noLoadInWindow' ? null : reason,
    hasRatio: ratios.length > 0,
  };
}
