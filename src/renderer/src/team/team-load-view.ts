import { STIMULI, type Settings, type Stimulus } from '@shared/model';
import {
  STIMULUS_COUNT,
  dateAt,
  dayIndex,
  dayLoadValues,
  hasSufficientHistory,
  stimulusIndex,
  sumStimulusLoadByIsoWeek,
  valueAt,
  type AthleteMetrics,
} from '@shared/metrics';
import { addDays, fromDayNumber, startOfIsoWeek, toDayNumber } from '@shared/time/local-date';
import type { TeamEntry } from './team-entry';

/** What the Team load screen asks for. */
export interface TeamLoadRequest {
  /** The last day shown (its ISO week is "this week"). */
  date: string;
  /** null = every active athlete. */
  squadId: string | null;
  weeks: 12 | 26 | 52;
}

/** One ISO week (Monday–Sunday) of the squad; the date's week is counted up to the date only. */
export interface TeamLoadWeek {
  /** The Monday. */
  weekStart: string;
  /** The last day counted: the Sunday, or the date in the date's own week. */
  endDate: string;
  /** Days counted (7, or 1–7 in the date's week). */
  dayCount: number;
  /** Squad total session-RPE load per stimulus, in the order of STIMULI (AU). */
  stimulusTotalAu: number[];
  /** The same ÷ the number of athletes in the squad (AU per athlete). */
  stimulusMeanAu: number[];
  totalAu: number;
  meanAu: number;
  /** Load of the stimuli counted as strength and as endurance (settings.interference; AU). */
  strengthAu: number;
  enduranceAu: number;
  /** Shares of `totalAu` (0–1); they sum to 1. null in a week without load. */
  strengthShare: number | null;
  enduranceShare: number | null;
  otherShare: number | null;
}

/** One day of the squad's EWMA load (Williams 2017; SCIENCE.md's default ratio variant). */
export interface TeamLoadDay {
  date: string;
  /** Mean of the defined EWMA ratios of the athletes with enough history that day; null when none. */
  meanRatio: number | null;
  /** Athletes in that mean. */
  ratioAthleteCount: number;
  /** Mean EWMA acute and chronic load over every athlete of the squad (0 before a first record; AU/day). */
  meanAcuteAu: number;
  meanChronicAu: number;
}

export const TEAM_LOAD_FLAGS = [
  'ramp',
  'monotony',
  'ratio-danger',
  'ratio-high',
  'ratio-low',
  'insufficient-history',
] as const;
export type TeamLoadFlag = (typeof TEAM_LOAD_FLAGS)[number];

/** One athlete's row of the table, on the request's date. */
export interface TeamLoadAthleteRow {
  athleteId: string;
  name: string;
  position: string;
  /** Load of the date's ISO week up to the date (AU). */
  thisWeekAu: number;
  /**
   * What this week is measured against, like with like: the mean load of the same weekdays (Monday
   * up to the date's weekday) of the two ISO weeks before (AU). On a Sunday: the two full weeks.
   */
  baselineAu: number;
  /** (this week − baseline) ÷ baseline × 100; null when the baseline is 0. */
  changePercent: number | null;
  /**
   * Load this week on a (near-)empty baseline: below `NEW_LOAD_BASELINE_FRACTION` of this week's
   * load. A percentage from such a base ("+5,192 %") says nothing; the screen says "new load".
   */
  isNewLoad: boolean;
  monotony: number | null;
  strainAu: number | null;
  /** EWMA ratio on the date (null when undefined); see `hasSufficientHistory`. */
  ratio: number | null;
  ewmaAcuteAu: number;
  ewmaChronicAu: number;
  historyDays: number;
  hasSufficientHistory: boolean;
  flags: TeamLoadFlag[];
}

/** The thresholds the view was judged by (settings.load; adjustable, not injury predictions). */
export interface TeamLoadThresholds {
  ratioLow: number;
  ratioHigh: number;
  ratioDanger: number;
  rampWarningPercent: number;
  monotonyFlagAbove: number;
  minHistoryDays: number;
}

/** Who is in the squad's mean ratio on the date, and who is left out and why. */
export interface TeamLoadRatioCount {
  counted: number;
  /** Some sessions, but fewer than `minHistoryDays` days of history. */
  insufficientHistory: number;
  /** No session yet on the date. */
  noSessions: number;
  /** Enough history, but a chronic load of 0: the ratio is undefined. */
  undefinedRatio: number;
}

/**
 * Everything the Team load screen draws for one squad (plain data: it crosses the worker boundary).
 * "This week" is the ISO week (Monday–Sunday) holding `request.date`, counted up to the date, so it
 * may be partial; its change compares it with the mean of the same weekdays of the two ISO weeks
 * before (Monday to Wednesday against Monday to Wednesday), like with like.
 */
export interface TeamLoadView {
  request: TeamLoadRequest;
  athleteCount: number;
  /** The ratio variant shown: always EWMA, SCIENCE.md's default. */
  variant: 'ewma';
  thresholds: TeamLoadThresholds;
  strengthStimuli: Stimulus[];
  enduranceStimuli: Stimulus[];
  /** The Monday of the date's week, and how many of its days are counted (1–7). */
  thisWeekStart: string;
  thisWeekDayCount: number;
  /** The Mondays of the two weeks the change is measured against, older first. */
  previousWeekStarts: [string, string];
  /**
   * Days of each of those weeks in the comparison, from their Monday: the same weekdays as this
   * week (`thisWeekDayCount`), so a partial week is never compared with full ones.
   */
  comparedDayCount: number;
  /** `request.weeks` ISO weeks, oldest first, the last one holding the date. */
  weeks: TeamLoadWeek[];
  /** Every day from the first week's Monday to the date, oldest first. */
  days: TeamLoadDay[];
  /** One row per athlete, by name. */
  athletes: TeamLoadAthleteRow[];
  ratioOnDate: TeamLoadRatioCount;
  /** The squad's first session on or before the date; null when there is none. */
  firstSessionDate: string | null;
}

/**
 * A baseline under a tenth of this week's load (a rise above tenfold, +900 %) counts as "new load":
 * an athlete back from injury or new to the squad, not a percentage to read.
 */
export const NEW_LOAD_BASELINE_FRACTION = 0.1;

const nameCollator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * Load by stimulus per window week for one athlete, from the engine's `sumStimulusLoadByIsoWeek`
 * over the days of the window up to the date (week `w`, stimulus `s` at `w * STIMULUS_COUNT + s`).
 */
function windowWeekLoads(
  metrics: AthleteMetrics,
  firstMonday: string,
  date: string,
  weeks: number,
): Float64Array {
  const { axis } = metrics;
  const loads = new Float64Array(weeks * STIMULUS_COUNT);
  const from = Math.max(0, dayIndex(axis, firstMonday));
  const to = Math.min(axis.length - 1, dayIndex(axis, date));
  if (to < from) return loads;
  const slice = { startDate: dateAt(axis, from), startDay: axis.startDay + from, length: to - from + 1 };
  const stimulusLoadAu = metrics.daily.stimulusLoadAu.subarray(
    from * STIMULUS_COUNT,
    (to + 1) * STIMULUS_COUNT,
  );
  const weekly = sumStimulusLoadByIsoWeek(stimulusLoadAu, slice);
  const firstWeek = Math.round(
    (toDayNumber(weekly.weekStarts[0] ?? firstMonday) - toDayNumber(firstMonday)) / 7,
  );
  loads.set(weekly.loadAu, firstWeek * STIMULUS_COUNT);
  return loads;
}

function sumOf(values: readonly number[], indices: readonly number[]): number {
  return indices.reduce((sum, index) => sum + (values[index] ?? 0), 0);
}

/** Strength stimuli first: a stimulus listed under both counts as strength, so the shares sum to 1. */
function shareIndices(settings: Settings): { strength: number[]; endurance: number[] } {
  const strength = settings.interference.strengthStimuli.map(stimulusIndex);
  const endurance = settings.interference.enduranceStimuli
    .map(stimulusIndex)
    .filter((index) => !strength.includes(index));
  return { strength: [...new Set(strength)], endurance: [...new Set(endurance)] };
}

function buildWeeks(
  totals: Float64Array,
  firstMonday: string,
  date: string,
  athleteCount: number,
  settings: Settings,
): TeamLoadWeek[] {
  const indices = shareIndices(settings);
  const weekCount = totals.length / STIMULUS_COUNT;
  return Array.from({ length: weekCount }, (_, week) => {
    const weekStart = addDays(firstMonday, week * 7);
    const sunday = addDays(weekStart, 6);
    const endDate = sunday < date ? sunday : date;
    const stimulusTotalAu = Array.from(totals.subarray(week * STIMULUS_COUNT, (week + 1) * STIMULUS_COUNT));
    const totalAu = stimulusTotalAu.reduce((sum, value) => sum + value, 0);
    const strengthAu = sumOf(stimulusTotalAu, indices.strength);
    const enduranceAu = sumOf(stimulusTotalAu, indices.endurance);
    const share = (part: number): number | null => (totalAu > 0 ? part / totalAu : null);
    const perAthlete = (value: number): number => (athleteCount > 0 ? value / athleteCount : 0);
    return {
      weekStart,
      endDate,
      dayCount: toDayNumber(endDate) - toDayNumber(weekStart) + 1,
      stimulusTotalAu,
      stimulusMeanAu: stimulusTotalAu.map(perAthlete),
      totalAu,
      meanAu: perAthlete(totalAu),
      strengthAu,
      enduranceAu,
      strengthShare: share(strengthAu),
      enduranceShare: share(enduranceAu),
      otherShare: share(totalAu - strengthAu - enduranceAu),
    };
  });
}

/**
 * Per day: the mean of the defined EWMA ratios of the athletes with at least `minHistoryDays` of
 * history (the others left out), and the mean EWMA acute and chronic loads over the whole squad.
 */
function buildDays(entries: readonly TeamEntry[], firstMonday: string, date: string): TeamLoadDay[] {
  const firstDay = toDayNumber(firstMonday);
  const days: TeamLoadDay[] = [];
  for (let day = firstDay; day <= toDayNumber(date); day += 1) {
    let ratioSum = 0;
    let ratioCount = 0;
    let acuteSum = 0;
    let chronicSum = 0;
    for (const { metrics } of entries) {
      const index = day - metrics.axis.startDay;
      if (index < 0 || index >= metrics.axis.length) continue;
      acuteSum += metrics.load.ewmaAcuteAu[index] ?? 0;
      chronicSum += metrics.load.ewmaChronicAu[index] ?? 0;
      const ratio = valueAt(metrics.load.acwrEwma, index);
      if (ratio === null || !hasSufficientHistory(metrics, index)) continue;
      ratioSum += ratio;
      ratioCount += 1;
    }
    const count = entries.length;
    days.push({
      date: fromDayNumber(day),
      meanRatio: ratioCount > 0 ? ratioSum / ratioCount : null,
      ratioAthleteCount: ratioCount,
      meanAcuteAu: count > 0 ? acuteSum / count : 0,
      meanChronicAu: count > 0 ? chronicSum / count : 0,
    });
  }
  return days;
}

function weekTotal(loads: Float64Array, week: number): number {
  let sum = 0;
  for (let s = 0; s < STIMULUS_COUNT; s += 1) sum += loads[week * STIMULUS_COUNT + s] ?? 0;
  return sum;
}

function flagsOf(row: Omit<TeamLoadAthleteRow, 'flags'>, thresholds: TeamLoadThresholds): TeamLoadFlag[] {
  const flags: TeamLoadFlag[] = [];
  const { thisWeekAu, baselineAu, ratio } = row;
  // Compared without dividing, so exactly +30 % is never flagged through a rounding remainder.
  const isRise = thisWeekAu * 100 > baselineAu * (100 + thresholds.rampWarningPercent);
  if ((baselineAu > 0 || row.isNewLoad) && isRise) flags.push('ramp');
  if (row.monotony !== null && row.monotony > thresholds.monotonyFlagAbove) flags.push('monotony');
  if (row.historyDays > 0 && !row.hasSufficientHistory) flags.push('insufficient-history');
  else if (ratio !== null && row.hasSufficientHistory) {
    if (ratio >= thresholds.ratioDanger) flags.push('ratio-danger');
    else if (ratio >= thresholds.ratioHigh) flags.push('ratio-high');
    else if (ratio < thresholds.ratioLow) flags.push('ratio-low');
  }
  return flags;
}

/** The athlete's load over `dayCount` days from `monday` (days outside the record count 0; AU). */
function loadOverDays(metrics: TeamEntry['metrics'], monday: string, dayCount: number): number {
  const { axis, daily } = metrics;
  const first = dayIndex(axis, monday);
  let sum = 0;
  for (let index = Math.max(0, first); index < Math.min(axis.length, first + dayCount); index += 1)
    sum += daily.dailyLoadAu[index] ?? 0;
  return sum;
}

function buildAthleteRow(
  entry: TeamEntry,
  loads: Float64Array,
  date: string,
  thresholds: TeamLoadThresholds,
): TeamLoadAthleteRow {
  const weekCount = loads.length / STIMULUS_COUNT;
  const thisWeekAu = weekTotal(loads, weekCount - 1);
  const monday = startOfIsoWeek(date);
  const dayCount = toDayNumber(date) - toDayNumber(monday) + 1;
  const baselineAu =
    (loadOverDays(entry.metrics, addDays(monday, -14), dayCount) +
      loadOverDays(entry.metrics, addDays(monday, -7), dayCount)) /
    2;
  const values = dayLoadValues(entry.metrics, dayIndex(entry.metrics.axis, date));
  const row = {
    athleteId: entry.athlete.id,
    name: entry.athlete.name,
    position: entry.athlete.position,
    thisWeekAu,
    baselineAu,
    changePercent: baselineAu > 0 ? ((thisWeekAu - baselineAu) * 100) / baselineAu : null,
    isNewLoad: thisWeekAu > 0 && baselineAu < thisWeekAu * NEW_LOAD_BASELINE_FRACTION,
    monotony: values.monotony,
    strainAu: values.strainAu,
    ratio: values.acwrEwma,
    ewmaAcuteAu: values.ewmaAcuteAu,
    ewmaChronicAu: values.ewmaChronicAu,
    historyDays: values.historyDays,
    hasSufficientHistory: values.hasSufficientHistory,
  };
  return { ...row, flags: flagsOf(row, thresholds) };
}

function firstSessionDate(entries: readonly TeamEntry[], date: string): string | null {
  let first: string | null = null;
  for (const { metrics } of entries) {
    if (metrics.firstSessionIndex < 0) continue;
    const day = dateAt(metrics.axis, metrics.firstSessionIndex);
    if (day <= date && (first === null || day < first)) first = day;
  }
  return first;
}

function ratioCountOn(rows: readonly TeamLoadAthleteRow[]): TeamLoadRatioCount {
  const count: TeamLoadRatioCount = { counted: 0, insufficientHistory: 0, noSessions: 0, undefinedRatio: 0 };
  for (const row of rows) {
    if (row.historyDays === 0) count.noSessions += 1;
    else if (!row.hasSufficientHistory) count.insufficientHistory += 1;
    else if (row.ratio !== null) count.counted += 1;
    else count.undefinedRatio += 1;
  }
  return count;
}

function thresholdsOf(settings: Settings): TeamLoadThresholds {
  const { load } = settings;
  return {
    ratioLow: load.ratioLow,
    ratioHigh: load.ratioHigh,
    ratioDanger: load.ratioDanger,
    rampWarningPercent: load.weeklyRampWarningPercent,
    monotonyFlagAbove: load.monotonyFlagAbove,
    minHistoryDays: load.minHistoryDays,
  };
}

/**
 * The squad's weekly load by stimulus (total and per athlete = total ÷ athletes in the squad), its
 * strength and endurance shares per week, the daily mean EWMA ratio with mean acute and chronic load,
 * and a row per athlete: this week's load (ISO week up to the date) against the mean of the same
 * weekdays of the two weeks before (flag above settings.load.weeklyRampWarningPercent, Nielsen
 * 2014; "new load" on a near-empty base), monotony, strain
 * (Foster 1998) and ratio (Williams 2017) on the date. Every number comes from the engine's series.
 */
export function buildTeamLoadView(
  entries: readonly TeamEntry[],
  request: TeamLoadRequest,
  settings: Settings,
): TeamLoadView {
  const { date, weeks: weekCount } = request;
  const thisWeekStart = startOfIsoWeek(date);
  const firstMonday = addDays(thisWeekStart, -7 * (weekCount - 1));
  const thisWeekDayCount = toDayNumber(date) - toDayNumber(thisWeekStart) + 1;
  const thresholds = thresholdsOf(settings);
  const totals = new Float64Array(weekCount * STIMULUS_COUNT);
  const athletes: TeamLoadAthleteRow[] = [];
  for (const entry of entries) {
    const loads = windowWeekLoads(entry.metrics, firstMonday, date, weekCount);
    for (let cell = 0; cell < totals.length; cell += 1)
      totals[cell] = (totals[cell] ?? 0) + (loads[cell] ?? 0);
    athletes.push(buildAthleteRow(entry, loads, date, thresholds));
  }
  athletes.sort((a, b) => nameCollator.compare(a.name, b.name));
  return {
    request,
    athleteCount: entries.length,
    variant: 'ewma',
    thresholds,
    strengthStimuli: STIMULI.filter((stimulus) => settings.interference.strengthStimuli.includes(stimulus)),
    enduranceStimuli: STIMULI.filter(
      (stimulus) =>
        settings.interference.enduranceStimuli.includes(stimulus) &&
        !settings.interference.strengthStimuli.includes(stimulus),
    ),
    thisWeekStart,
    thisWeekDayCount,
    previousWeekStarts: [addDays(thisWeekStart, -14), addDays(thisWeekStart, -7)],
    comparedDayCount: thisWeekDayCount,
    weeks: buildWeeks(totals, firstMonday, date, entries.length, settings),
    days: buildDays(entries, firstMonday, date),
    athletes,
    ratioOnDate: ratioCountOn(athletes),
    firstSessionDate: firstSessionDate(entries, date),
  };
}
