import type { PlannedSession } from '../../model/plan';
import type { Settings } from '../../model/settings';
import { valueAt } from '../../metrics/series';
import { fromDayNumber, toDayNumber } from '../../time/local-date';
import { comparePlanned } from '../plan-context';
import type { PlanWarningFor } from '../plan-warnings';
import {
  groupFindings,
  isoWeekStartDay,
  sumProjectedLoadAu,
  worstOf,
  type AthletePlanView,
  type RuleInput,
} from './rule-input';

/**
 * Projected ratio (SCIENCE.md, "Load"; Williams 2017, Gabbett 2016): the EWMA acute:chronic ratio of
 * the projection at or above load.ratioDanger on a day from today on, counted only with sufficient
 * history (≥ load.minHistoryDays days since the first session, as the engine) and in an ISO week
 * holding a planned session of the athlete still to come. One warning per week, at its peak.
 *
 * Projected ratio low (same sources, rule `projected-ratio-low`): in such a week, the mean ratio of its
 * days from today (with sufficient history) up to the athlete's last planned session still to come
 * below load.ratioLow, the lower end of the planning band. The mean, not a single day: the ratio dips
 * after every rest day of a normal week. After the last planned session the plan says nothing (the
 * ratio falls by itself). A plan far under the squad's chronic load shows here, as does a taper.
 */

interface RatioFinding {
  id: string;
  athleteId: string;
  weekStartDay: number;
  firstDay: number;
  peakDay: number;
  peakRatio: number;
  acuteAu: number;
  chronicAu: number;
  maxDailyLoadAu: number;
}

/**
 * The largest whole daily load L (AU) that keeps the day's ratio below R given the day before's EWMAs
 * a and c: (λa·L + (1−λa)·a) / (λc·L + (1−λc)·c) < R ⇔ L·(λa − R·λc) < R·(1−λc)·c − (1−λa)·a.
 * 0 when no load would (the days before must come down instead).
 */
export function maxDailyLoadForRatio(
  acuteBeforeAu: number,
  chronicBeforeAu: number,
  settings: Settings['load'],
): number {
  const lambdaAcute = 2 / (settings.ewmaAcuteSpanDays + 1);
  const lambdaChronic = 2 / (settings.ewmaChronicSpanDays + 1);
  const ratio = settings.ratioDanger;
  const slope = lambdaAcute - ratio * lambdaChronic;
  const room = ratio * (1 - lambdaChronic) * chronicBeforeAu - (1 - lambdaAcute) * acuteBeforeAu;
  if (slope <= 0 || room <= 0) return 0;
  // Strictly below: the whole number under the bound.
  return Math.max(0, Math.ceil(room / slope) - 1);
}

function firstSessionIndex(view: AthletePlanView): number {
  const { sessionCount } = view.projection.daily;
  for (let i = 0; i < sessionCount.length; i += 1) if ((sessionCount[i] ?? 0) > 0) return i;
  return -1;
}

function findDangerWeeks(view: AthletePlanView, input: RuleInput): RatioFinding[] {
  const settings = input.context.settings.load;
  const { axis, load } = view.projection;
  const first = firstSessionIndex(view);
  if (first < 0) return [];
  const from = Math.max(input.todayDay - axis.startDay, first + settings.minHistoryDays - 1, 0);
  const byWeek = new Map<number, RatioFinding>();
  for (let i = from; i < axis.length; i += 1) {
    const ratio = valueAt(load.acwrEwma, i);
    if (ratio === null || ratio < settings.ratioDanger) continue;
    const day = axis.startDay + i;
    const weekStartDay = isoWeekStartDay(day);
    if (!view.upcomingWeekStarts.has(weekStartDay)) continue;
    const found = byWeek.get(weekStartDay);
    if (found && found.peakRatio >= ratio) continue;
    const acuteBeforeAu = i > 0 ? (load.ewmaAcuteAu[i - 1] ?? 0) : 0;
    const chronicBeforeAu = i > 0 ? (load.ewmaChronicAu[i - 1] ?? 0) : 0;
    byWeek.set(weekStartDay, {
      id: `projected-ratio:${fromDayNumber(weekStartDay)}`,
      athleteId: view.athlete.athleteId,
      weekStartDay,
      firstDay: found?.firstDay ?? day,
      peakDay: day,
      peakRatio: ratio,
      acuteAu: load.ewmaAcuteAu[i] ?? 0,
      chronicAu: load.ewmaChronicAu[i] ?? 0,
      maxDailyLoadAu: maxDailyLoadForRatio(acuteBeforeAu, chronicBeforeAu, settings),
    });
  }
  return [...byWeek.values()];
}

interface LowFinding {
  id: string;
  athleteId: string;
  weekStartDay: number;
  firstDay: number;
  meanRatio: number;
  weekLoadAu: number;
  chronicWeekAu: number;
  minLoadAu: number;
}

const DAYS_PER_WEEK = 7;
/** The largest extra daily load (AU) searched for; a week needing more is told this much. */
const MAX_EXTRA_DAILY_AU = 5000;

/**
 * The mean EWMA ratio of `loadsAu` (consecutive days) with `extraAu` added to each, from the EWMAs of
 * the day before (the engine's recurrence: e = λ·load + (1 − λ)·e). Days with a zero chronic are skipped.
 */
function meanRatioWith(
  loadsAu: readonly number[],
  extraAu: number,
  before: { acuteAu: number; chronicAu: number },
  settings: Settings['load'],
): number {
  const lambdaAcute = 2 / (settings.ewmaAcuteSpanDays + 1);
  const lambdaChronic = 2 / (settings.ewmaChronicSpanDays + 1);
  let acute = before.acuteAu;
  let chronic = before.chronicAu;
  let sum = 0;
  let count = 0;
  for (const loadAu of loadsAu) {
    acute = lambdaAcute * (loadAu + extraAu) + (1 - lambdaAcute) * acute;
    chronic = lambdaChronic * (loadAu + extraAu) + (1 - lambdaChronic) * chronic;
    if (chronic > 0) {
      sum += acute / chronic;
      count += 1;
    }
  }
  return count === 0 ? Number.NaN : sum / count;
}

/**
 * The smallest extra daily load (whole AU, the same on each of the days) that brings the days' mean
 * ratio to at least load.ratioLow: more load raises the acute EWMA faster than the chronic, so the
 * mean rises with it and a bisection finds it.
 */
export function extraDailyLoadForMeanRatio(
  loadsAu: readonly number[],
  before: { acuteAu: number; chronicAu: number },
  settings: Settings['load'],
): number {
  const reaches = (extraAu: number) => meanRatioWith(loadsAu, extraAu, before, settings) >= settings.ratioLow;
  if (reaches(0)) return 0;
  let low = 0;
  let high = MAX_EXTRA_DAILY_AU;
  if (!reaches(high)) return high;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (reaches(middle)) high = middle;
    else low = middle;
  }
  return high;
}

function findLowWeeks(view: AthletePlanView, input: RuleInput): LowFinding[] {
  const settings = input.context.settings.load;
  const { axis, load, daily } = view.projection;
  const first = firstSessionIndex(view);
  const lastPlanned = view.upcoming.at(-1);
  if (first < 0 || !lastPlanned) return [];
  const from = Math.max(input.todayDay - axis.startDay, first + settings.minHistoryDays - 1, 0);
  const to = Math.min(toDayNumber(lastPlanned.date) - axis.startDay, axis.length - 1);
  const findings: LowFinding[] = [];
  for (const weekStartDay of [...view.upcomingWeekStarts].sort((a, b) => a - b)) {
    const weekStart = weekStartDay - axis.startDay;
    const start = Math.max(weekStart, from);
    const end = Math.min(weekStart + DAYS_PER_WEEK - 1, to);
    if (start > end) continue;
    let ratioSum = 0;
    let ratioCount = 0;
    for (let i = start; i <= end; i += 1) {
      const ratio = valueAt(load.acwrEwma, i);
      if (ratio === null) continue;
      ratioSum += ratio;
      ratioCount += 1;
    }
    const meanRatio = ratioCount === 0 ? Number.NaN : ratioSum / ratioCount;
    if (!(meanRatio < settings.ratioLow)) continue;
    const loadsAu: number[] = [];
    for (let i = start; i <= end; i += 1) loadsAu.push(daily.dailyLoadAu[i] ?? 0);
    const before = {
      acuteAu: start > 0 ? (load.ewmaAcuteAu[start - 1] ?? 0) : 0,
      chronicAu: start > 0 ? (load.ewmaChronicAu[start - 1] ?? 0) : 0,
    };
    const extraAu = extraDailyLoadForMeanRatio(loadsAu, before, settings);
    const weekLoadAu = sumProjectedLoadAu(view.projection, weekStartDay, DAYS_PER_WEEK);
    const chronicBefore = weekStart > 0 ? (load.ewmaChronicAu[weekStart - 1] ?? 0) : 0;
    findings.push({
      id: `projected-ratio-low:${fromDayNumber(weekStartDay)}`,
      athleteId: view.athlete.athleteId,
      weekStartDay,
      firstDay: axis.startDay + start,
      meanRatio,
      weekLoadAu,
      chronicWeekAu: chronicBefore * DAYS_PER_WEEK,
      minLoadAu: Math.ceil(weekLoadAu + extraAu * loadsAu.length),
    });
  }
  return findings;
}

/** The planned sessions of `athleteIds` from `from` to `to` (dates, inclusive), in time order. */
function sessionIdsBetween(
  input: RuleInput,
  athleteIds: readonly string[],
  from: string,
  to: string,
): string[] {
  const wanted = new Set(athleteIds);
  const sessions = new Map<string, PlannedSession>();
  for (const view of input.views) {
    if (!wanted.has(view.athlete.athleteId)) continue;
    for (const planned of view.upcoming)
      if (planned.date >= from && planned.date <= to) sessions.set(planned.id, planned);
  }
  return [...sessions.values()].sort(comparePlanned).map((planned) => planned.id);
}

export function checkProjectedRatioLow(input: RuleInput): PlanWarningFor<'projected-ratio-low'>[] {
  const findings = input.views.flatMap((view) => findLowWeeks(view, input));
  return [...groupFindings(findings).values()].map(({ athleteIds, findings: group }) => {
    const lowest = worstOf(group, (finding) => -finding.meanRatio);
    const firstDay = Math.min(...group.map((finding) => finding.firstDay));
    const weekStart = fromDayNumber(lowest.weekStartDay);
    return {
      id: lowest.id,
      rule: 'projected-ratio-low' as const,
      severity: 'warning' as const,
      date: fromDayNumber(firstDay),
      sessionIds: sessionIdsBetween(input, athleteIds, weekStart, fromDayNumber(lowest.weekStartDay + 6)),
      athleteIds,
      values: {
        meanRatio: lowest.meanRatio,
        athleteId: lowest.athleteId,
        weekLoadAu: lowest.weekLoadAu,
        chronicWeekAu: lowest.chronicWeekAu,
        ratioLow: input.context.settings.load.ratioLow,
      },
      fix: {
        kind: 'raise-week-load' as const,
        weekStart,
        minLoadAu: lowest.minLoadAu,
        athleteId: lowest.athleteId,
      },
    };
  });
}

export function checkProjectedRatio(input: RuleInput): PlanWarningFor<'projected-ratio'>[] {
  const findings = input.views.flatMap((view) => findDangerWeeks(view, input));
  return [...groupFindings(findings).values()].map(({ athleteIds, findings: group }) => {
    const peak = worstOf(group, (finding) => finding.peakRatio);
    const firstDay = Math.min(...group.map((finding) => finding.firstDay));
    const peakDate = fromDayNumber(peak.peakDay);
    // The planned sessions of the week up to the peak, of the athletes concerned.
    const weekStart = fromDayNumber(peak.weekStartDay);
    return {
      id: peak.id,
      rule: 'projected-ratio' as const,
      severity: 'warning' as const,
      date: fromDayNumber(firstDay),
      sessionIds: sessionIdsBetween(input, athleteIds, weekStart, peakDate),
      athleteIds,
      values: {
        peakRatio: peak.peakRatio,
        peakDate,
        peakAthleteId: peak.athleteId,
        acuteAu: peak.acuteAu,
        chronicAu: peak.chronicAu,
        ratioDanger: input.context.settings.load.ratioDanger,
      },
      fix: {
        kind: 'reduce-load-before' as const,
        date: peakDate,
        maxDailyLoadAu: peak.maxDailyLoadAu,
        athleteId: peak.athleteId,
      },
    };
  });
}
