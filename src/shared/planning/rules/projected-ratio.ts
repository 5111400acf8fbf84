import type { PlannedSession } from '../../model/plan';
import type { Settings } from '../../model/settings';
import { valueAt } from '../../metrics/series';
import { fromDayNumber } from '../../time/local-date';
import { comparePlanned } from '../plan-context';
import type { PlanWarning } from '../plan-warnings';
import { groupFindings, isoWeekStartDay, worstOf, type AthletePlanView, type RuleInput } from './rule-input';

/**
 * Projected ratio (SCIENCE.md, "Load"; Williams 2017, Gabbett 2016): the EWMA acute:chronic ratio of
 * the projection at or above load.ratioDanger on a day from today on, counted only with sufficient
 * history (≥ load.minHistoryDays days since the first session, as the engine) and in an ISO week
 * holding a planned session of the athlete still to come. One warning per week, at its peak.
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

export function checkProjectedRatio(input: RuleInput): PlanWarning[] {
  const findings = input.views.flatMap((view) => findDangerWeeks(view, input));
  const sessionsByAthlete = new Map(input.views.map((view) => [view.athlete.athleteId, view.upcoming]));
  return [...groupFindings(findings).values()].map(({ athleteIds, findings: group }) => {
    const peak = worstOf(group, (finding) => finding.peakRatio);
    const firstDay = Math.min(...group.map((finding) => finding.firstDay));
    const peakDate = fromDayNumber(peak.peakDay);
    // The planned sessions of the week up to the peak, of the athletes concerned.
    const weekStart = fromDayNumber(peak.weekStartDay);
    const sessions = new Map<string, PlannedSession>();
    for (const athleteId of athleteIds)
      for (const planned of sessionsByAthlete.get(athleteId) ?? [])
        if (planned.date >= weekStart && planned.date <= peakDate) sessions.set(planned.id, planned);
    return {
      id: peak.id,
      rule: 'projected-ratio',
      severity: 'warning',
      date: fromDayNumber(firstDay),
      sessionIds: [...sessions.values()].sort(comparePlanned).map((planned) => planned.id),
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
        kind: 'reduce-load-before',
        date: peakDate,
        maxDailyLoadAu: peak.maxDailyLoadAu,
        athleteId: peak.athleteId,
      },
    };
  });
}
