import {
  RECOVERY_CLASS_BITS,
  splitHardSessionsByClass,
  type HardSessionTable,
} from '../../metrics/recovery-phase';
import { RECOVERY_CLASSES } from '../../model/settings';
import { fromLocalMinute, toLocalMinute } from '../../time/local-date';
import type { PlanWarning } from '../plan-warnings';
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
}

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

function findAcuteStarts(view: AthletePlanView, todayDay: number): AcuteFinding[] {
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
      });
    }
  }
  // A session in the acute phase of both classes after the same earlier session is one finding.
  return [...new Map(findings.map((finding) => [finding.id, finding])).values()];
}

function earlierValues(earlier: ProjectedSession): Record<string, string> {
  return {
    earlierDate: earlier.date,
    earlierStimulus: earlier.stimulus,
    ...(earlier.startTime === undefined ? {} : { earlierStartTime: earlier.startTime }),
    ...(earlier.plannedSessionId === undefined ? {} : { earlierPlannedSessionId: earlier.plannedSessionId }),
  };
}

export function checkHardInAcutePhase(input: RuleInput): PlanWarning[] {
  const maxRpe = input.context.settings.recovery.hardSessionRpeMin - 1;
  const findings = input.views.flatMap((view) => findAcuteStarts(view, input.todayDay));
  return [...groupFindings(findings).values()].map(({ athleteIds, findings: group }) => {
    // The athlete whose acute phase lasts longest (the oldest, with age scaling) sets the fix.
    const worst = worstOf(group, (finding) => finding.regenerationFromMinute);
    const earliest = fromLocalMinute(Math.ceil(worst.regenerationFromMinute));
    const sessionId = worst.session.plannedSessionId ?? '';
    const earlierId = worst.earlier.plannedSessionId;
    return {
      id: worst.id,
      rule: 'hard-in-acute-phase',
      severity: 'warning',
      date: worst.session.date,
      sessionIds: earlierId === undefined ? [sessionId] : [earlierId, sessionId],
      athleteIds,
      values: {
        hoursSinceEnd: (worst.startMinute - worst.earlierEndMinute) / MINUTES_PER_HOUR,
        acutePhaseHours: (worst.regenerationFromMinute - worst.earlierEndMinute) / MINUTES_PER_HOUR,
        ...earlierValues(worst.earlier),
      },
      fix: {
        kind: 'move-after-acute',
        sessionId,
        earliestDate: earliest.date,
        earliestTime: earliest.time,
        maxRpe,
      },
    };
  });
}
