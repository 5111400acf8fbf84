import type { RecoveryClass, Stimulus } from '@shared/model';
import {
  createDayAxis,
  dateAt,
  daysSinceLastRecord,
  hardSessionAt,
  recoveryPhaseByDay,
  type DayAxis,
  type HardSessionCriterion,
} from '@shared/metrics';
import { addDays, fromLocalMinute, toDayNumber } from '@shared/time/local-date';
import type { TeamEntry } from './team-entry';

/** The recovery map's window: the last 14 days (the date included) and the next 3. */
export const RECOVERY_MAP_PAST_DAYS = 14;
export const RECOVERY_MAP_FUTURE_DAYS = 3;

/** A hard session drawn on the map, on the day it started. */
export interface MapHardSession {
  /** Column of its date in `RecoveryMapView.dates`. */
  dayOffset: number;
  startTime: string | null;
  /** Local end (start + duration, or the assumed end time). */
  endDate: string;
  endTime: string;
  stimulus: Stimulus;
  sessionRpe: number;
  durationMin: number;
  loadAu: number;
  criteria: readonly HardSessionCriterion[];
  /** The recovery classes it loads: the map shows it in those classes' view only. */
  classes: readonly RecoveryClass[];
  ageFactor: number;
}

/** Cell code: 0 no hard session yet, 1 acute, 2 regeneration, 3 adaptation, 4 unknown (no recent data). */
export const UNKNOWN_PHASE_CODE = 4;

export interface RecoveryMapRow {
  athleteId: string;
  name: string;
  squadIds: string[];
  /** Per class and column, at the morning time: see `UNKNOWN_PHASE_CODE` for the codes. */
  phaseCodes: Record<RecoveryClass, number[]>;
  hardSessions: MapHardSession[];
}

export interface RecoveryMapView {
  /** The columns, oldest first. */
  dates: string[];
  /** Column of the chosen date. */
  dateOffset: number;
  /** The local time the phases are judged at (settings.readiness.morningTime). */
  atTime: string;
  rows: RecoveryMapRow[];
}

function hardSessionsInWindow(entry: TeamEntry, firstDay: number, dayCount: number): MapHardSession[] {
  const table = entry.metrics.hardSessions;
  const sessions: MapHardSession[] = [];
  for (let k = 0; k < table.count; k += 1) {
    const date = table.sessions[table.sessionIndex[k] ?? 0]?.date;
    const dayOffset = date === undefined ? -1 : toDayNumber(date) - firstDay;
    if (dayOffset < 0 || dayOffset >= dayCount) continue;
    const hard = hardSessionAt(table, k);
    const end = fromLocalMinute(hard.endMinute);
    sessions.push({
      dayOffset,
      startTime: hard.startTime ?? null,
      endDate: end.date,
      endTime: end.time,
      stimulus: hard.stimulus,
      sessionRpe: hard.sessionRpe,
      durationMin: hard.durationMin,
      loadAu: hard.loadAu,
      criteria: hard.criteria,
      classes: hard.classes,
      ageFactor: hard.ageFactor,
    });
  }
  return sessions;
}

/**
 * Per column the class's phase code, or unknown where the athlete had neither a session nor a
 * check-in in the last `noDataDays` days (SCIENCE.md: grey is grey everywhere, never "adaptation").
 * Columns after the metrics' as-of date are judged by the data known on it.
 */
function unknownColumns(entry: TeamEntry, axis: DayAxis, noDataDays: number): boolean[] {
  const { metrics } = entry;
  return Array.from({ length: axis.length }, (_, index) => {
    const date = dateAt(axis, index);
    // The next days show where the logged sessions take the athlete: judged by what is known now.
    const daysSince = daysSinceLastRecord(metrics, date > metrics.asOf ? metrics.asOf : date);
    return daysSince === null || daysSince >= noDataDays;
  });
}

function phaseCodesOf(
  entry: TeamEntry,
  axis: DayAxis,
  atTime: string,
  recoveryClass: RecoveryClass,
  isUnknown: readonly boolean[],
): number[] {
  const codes = recoveryPhaseByDay(entry.metrics.hardSessionsByClass[recoveryClass], axis, atTime);
  return Array.from(codes, (code, index) => (isUnknown[index] === true ? UNKNOWN_PHASE_CODE : code));
}

/**
 * Athletes × days around `date`: each cell the recovery phase at `atTime` that day (SCIENCE.md,
 * "Recovery phases", age-scaled), from the hard sessions logged up to the metrics' as-of date. The
 * future columns show where the logged sessions will have taken each athlete.
 */
export function buildRecoveryMapView(
  entries: Iterable<TeamEntry>,
  date: string,
  atTime: string,
  noDataDays: number,
): RecoveryMapView {
  const firstDate = addDays(date, -(RECOVERY_MAP_PAST_DAYS - 1));
  const axis = createDayAxis(firstDate, addDays(date, RECOVERY_MAP_FUTURE_DAYS));
  const dates = Array.from({ length: axis.length }, (_, index) => dateAt(axis, index));
  const rows: RecoveryMapRow[] = [];
  for (const entry of entries) {
    // Unknown days are the same for both classes: found once per athlete.
    const isUnknown = unknownColumns(entry, axis, noDataDays);
    rows.push({
      athleteId: entry.athlete.id,
      name: entry.athlete.name,
      squadIds: entry.athlete.squadIds,
      phaseCodes: {
        strength: phaseCodesOf(entry, axis, atTime, 'strength', isUnknown),
        endurance: phaseCodesOf(entry, axis, atTime, 'endurance', isUnknown),
      },
      hardSessions: hardSessionsInWindow(entry, axis.startDay, axis.length),
    });
  }
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  rows.sort((a, b) => collator.compare(a.name, b.name));
  return { dates, dateOffset: RECOVERY_MAP_PAST_DAYS - 1, atTime, rows };
}
