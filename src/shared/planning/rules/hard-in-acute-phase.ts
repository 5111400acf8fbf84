import {
  RECOVERY_CLASS_BITS,
  splitHardSessionsByClass,
  type HardSessionTable,
} from '../../metrics/recovery-phase';
import { RECOVERY_CLASSES } from '../../model/settings';
import { fromLocalMinute, toLocalMinute } from '../../time/local-date';
import type { Settings } from '../../model/settings';
import type { PlanWarningFor, PlanWarningParams } from '../plan-warnings';
import type { ProjectedSession } from '../projection';
import {
  groupFindings,
  MINUTES_PER_DAY,
  MINUTES_PER_HOUR,
  sessionKey,
  worstOf,
  type AthletePlanView,
  type RuleInput,
} from './rule-input';

/**
 * Recovery phases (SCIENCE.md, "Recovery phases, per stimulus class"): a planned hard session S still
 * to come (hard as the engine decides: RPE or load) that starts before the regeneration phase of the
 * latest hard session H of a class S loads that ended by S's start (logged or planned; a later one restarts the clock), with the
 * athlete's age-scaled acute phase. One warning per (H, S) for all athletes it holds for.
 */

interface AcuteFinding {
  id: string;
  athleteId: string;
  session: ProjectedSession;
  startMinute: number;
  earlier: ProjectedSession;
  earlierEndMinute: number;
  regenerationFromMinute: number;
  /** The hard-load criterion of the planned session: hard from this load (AU); null without a reference. */
  hardLoadFromAu: number | null;
  isHardByRpe: boolean;
}

/** A shorter session than this is no session: shortening is not offered below it. */
const MIN_SHORTENED_DURATION_MIN = 10;
/** The lowest RPE offered: below it the session is rest, not a lighter session. */
const MIN_OFFERED_RPE = 1;
/** Bit of HardSessionTable.criteriaBits for the RPE criterion. */
const RPE_CRITERION_BIT = 1;

/** Row of the latest hard session that ended at or before `minute` (−1 for none); rows sorted by end. */
function lastEndedRow(table: HardSessionTable, minute: number): number {
  let low = 0;
  let high = table.count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((table.endMinute[middle] ?? Infinity) <= minute) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

function findAcuteStarts(view: AthletePlanView, todayDay: number, loadFactor: number): AcuteFinding[] {
  const table = view.projection.hardSessions;
  // Each stimulus class runs its own clock (SCIENCE.md): a hard run the day after hard strength is fine.
  const byClass = splitHardSessionsByClass(table);
  // The table's rows point into the projection's sessions, which carry the planned ids.
  const { sessions } = view.projection;
  const findings: AcuteFinding[] = [];
  // Planned sessions still to come end after today's midnight: skip the rows of the years before.
  for (let k = lastEndedRow(table, todayDay * MINUTES_PER_DAY) + 1; k < table.count; k += 1) {
    const session = sessions[table.sessionIndex[k] ?? 0];
    if (session?.plannedSessionId === undefined || session.startTime === undefined) continue;
    const startMinute = toLocalMinute(session.date, session.startTime);
    const classBits = table.classBits[k] ?? 0;
    for (const recoveryClass of RECOVERY_CLASSES) {
      if ((classBits & RECOVERY_CLASS_BITS[recoveryClass]) === 0) continue;
      const classTable = byClass[recoveryClass];
      const h = lastEndedRow(classTable, startMinute);
      const regenerationFromMinute = classTable.regenerationFromMinute[h] ?? -Infinity;
      const earlier = h < 0 ? undefined : sessions[classTable.sessionIndex[h] ?? 0];
      if (!earlier || startMinute >= regenerationFromMinute) continue;
      findings.push({
        id: `hard-in-acute-phase:${sessionKey(earlier)}:${session.plannedSessionId}`,
        athleteId: view.athlete.athleteId,
        session,
        startMinute,
        earlier,
        earlierEndMinute: classTable.endMinute[h] ?? 0,
        regenerationFromMinute,
        hardLoadFromAu:
          table.hasReferenceMean[k] === 1 ? loadFactor * (table.referenceMeanLoadAu[k] ?? 0) : null,
        isHardByRpe: ((table.criteriaBits[k] ?? 0) & RPE_CRITERION_BIT) !== 0,
      });
    }
  }
  // A session in the acute phase of both classes after the same earlier session is one finding.
  return [...new Map(findings.map((finding) => [finding.id, finding])).values()];
}

type EarlierValues = Pick<
  PlanWarningParams['hard-in-acute-phase'],
  'earlierDate' | 'earlierStimulus' | 'earlierStartTime' | 'earlierPlannedSessionId'
>;

function earlierValues(earlier: ProjectedSession): EarlierValues {
  return {
    earlierDate: earlier.date,
    earlierStimulus: earlier.stimulus,
    ...(earlier.startTime === undefined ? {} : { earlierStartTime: earlier.startTime }),
    ...(earlier.plannedSessionId === undefined ? {} : { earlierPlannedSessionId: earlier.plannedSessionId }),
  };
}

/** The largest whole number strictly below `bound`. */
function wholeBelow(bound: number): number {
  return Math.ceil(bound) - 1;
}

/**
 * The highest whole RPE that makes the planned session non-hard for this athlete: below the hard RPE,
 * below its planned RPE, and (with a load reference) RPE × duration under the hard-load criterion.
 */
function nonHardRpe(finding: AcuteFinding, settings: Settings['recovery']): number {
  const { sessionRpe, durationMin } = finding.session;
  let rpe = Math.min(wholeBelow(settings.hardSessionRpeMin), wholeBelow(sessionRpe));
  if (finding.hardLoadFromAu !== null && durationMin > 0)
    rpe = Math.min(rpe, wholeBelow(finding.hardLoadFromAu / durationMin));
  return rpe;
}

/** The longest whole duration (min) under the hard-load criterion; null when the RPE alone makes it hard. */
function nonHardDurationMin(finding: AcuteFinding): number | null {
  const { sessionRpe } = finding.session;
  if (finding.isHardByRpe || finding.hardLoadFromAu === null || sessionRpe <= 0) return null;
  return wholeBelow(finding.hardLoadFromAu / sessionRpe);
}

/** The alternatives to moving the session, valid for every athlete of the group (null when none is). */
function nonHardAlternatives(
  group: readonly AcuteFinding[],
  settings: Settings['recovery'],
): { maxRpe: number | null; maxDurationMin: number | null } {
  const maxRpe = Math.min(...group.map((finding) => nonHardRpe(finding, settings)));
  const durations = group.map(nonHardDurationMin);
  const maxDurationMin = durations.some((duration) => duration === null)
    ? null
    : Math.min(...durations.map((duration) => duration ?? 0));
  return {
    maxRpe: maxRpe >= MIN_OFFERED_RPE ? maxRpe : null,
    maxDurationMin:
      maxDurationMin !== null && maxDurationMin >= MIN_SHORTENED_DURATION_MIN ? maxDurationMin : null,
  };
}

export function checkHardInAcutePhase(input: RuleInput): PlanWarningFor<'hard-in-acute-phase'>[] {
  const { recovery } = input.context.settings;
  const findings = input.views.flatMap((view) =>
    findAcuteStarts(view, input.todayDay, recovery.hardSessionLoadFactor),
  );
  return [...groupFindings(findings).values()].map(({ athleteIds, findings: group }) => {
    // The athlete whose acute phase lasts longest (the oldest, with age scaling) sets the fix.
    const worst = worstOf(group, (finding) => finding.regenerationFromMinute);
    const earliest = fromLocalMinute(Math.ceil(worst.regenerationFromMinute));
    const sessionId = worst.session.plannedSessionId ?? '';
    const earlierId = worst.earlier.plannedSessionId;
    return {
      id: worst.id,
      rule: 'hard-in-acute-phase' as const,
      severity: 'warning' as const,
      date: worst.session.date,
      sessionIds: earlierId === undefined ? [sessionId] : [earlierId, sessionId],
      athleteIds,
      values: {
        hoursSinceEnd: (worst.startMinute - worst.earlierEndMinute) / MINUTES_PER_HOUR,
        acutePhaseHours: (worst.regenerationFromMinute - worst.earlierEndMinute) / MINUTES_PER_HOUR,
        ...earlierValues(worst.earlier),
      },
      fix: {
        kind: 'move-after-acute' as const,
        sessionId,
        earliestDate: earliest.date,
        earliestTime: earliest.time,
        ...nonHardAlternatives(group, recovery),
      },
    };
  });
}
