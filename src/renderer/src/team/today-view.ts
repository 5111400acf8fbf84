import type { AvailabilityKind } from '@shared/model';
import {
  dayIndex,
  summariseAthlete,
  type ReadinessReason,
  type ReadinessStatus,
  type RecoveryPhase,
} from '@shared/metrics';
import type { TeamEntry } from './team-entry';

/** Days of acute and chronic load in the row's sparkline. */
export const SPARKLINE_DAYS = 28;

/** What the Today screen needs of one athlete's recovery (plain data: it crosses the worker boundary). */
export interface TodayRecovery {
  phase: RecoveryPhase | null;
  nextPhase: RecoveryPhase | null;
  nextPhaseFromMinute: number | null;
  hoursUntilNextPhase: number | null;
  hoursSinceEnd: number | null;
  /** Age factor of the phase boundaries of the last hard session (1 without a birth date). */
  ageFactor: number | null;
}

/** One athlete on the Today screen. */
export interface TodayRow {
  athleteId: string;
  name: string;
  position: string;
  squadIds: string[];
  status: ReadinessStatus;
  /** Worst first, as the engine lists them. */
  reasons: ReadinessReason[];
  recovery: TodayRecovery;
  /** The EWMA ratio (SCIENCE.md's default variant); null when undefined. */
  acwrEwma: number | null;
  ewmaAcuteAu: number;
  ewmaChronicAu: number;
  hasSufficientHistory: boolean;
  /** The last SPARKLINE_DAYS days up to the date, oldest first (0 before the first record). */
  sparkline: { acuteAu: number[]; chronicAu: number[] };
  /** The availability event covering the date, if any. */
  availability: AvailabilityKind | null;
}

/** The order of the Today list: the athletes who need the coach first, the unknown last. */
export const TODAY_STATUS_ORDER: readonly ReadinessStatus[] = ['red', 'amber', 'green', 'grey'];

const nameCollator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function lastDays(values: Float64Array, endIndex: number, length: number): number[] {
  const days: number[] = [];
  for (let index = endIndex - length + 1; index <= endIndex; index += 1) {
    days.push(index >= 0 && index < values.length ? (values[index] ?? 0) : 0);
  }
  return days;
}

function availabilityOf(reasons: readonly ReadinessReason[]): AvailabilityKind | null {
  const reason = reasons.find((candidate) => candidate.ruleId === 'availability');
  const kind = reason?.params.kind;
  return typeof kind === 'string' ? (kind as AvailabilityKind) : null;
}

/** One row: the engine's summary of the athlete on `date` (≤ the metrics' as-of date). */
export function buildTodayRow(entry: TeamEntry, date: string): TodayRow {
  const { athlete, input, metrics } = entry;
  const summary = summariseAthlete(metrics, input, date);
  const { readiness } = summary;
  const index = dayIndex(metrics.axis, date);
  const { recovery } = readiness;
  return {
    athleteId: athlete.id,
    name: athlete.name,
    position: athlete.position,
    squadIds: athlete.squadIds,
    status: readiness.status,
    reasons: readiness.reasons,
    recovery: {
      phase: recovery.phase,
      nextPhase: recovery.nextPhase,
      nextPhaseFromMinute: recovery.nextPhaseFromMinute,
      hoursUntilNextPhase: recovery.hoursUntilNextPhase,
      hoursSinceEnd: recovery.hoursSinceEnd,
      ageFactor: recovery.lastHardSession?.ageFactor ?? null,
    },
    acwrEwma: summary.acwrEwma,
    ewmaAcuteAu: summary.ewmaAcuteAu,
    ewmaChronicAu: summary.ewmaChronicAu,
    hasSufficientHistory: summary.hasSufficientHistory,
    sparkline: {
      acuteAu: lastDays(metrics.load.ewmaAcuteAu, index, SPARKLINE_DAYS),
      chronicAu: lastDays(metrics.load.ewmaChronicAu, index, SPARKLINE_DAYS),
    },
    availability: availabilityOf(readiness.reasons),
  };
}

/** Red → amber → green → grey, then by name. */
export function compareTodayRows(a: TodayRow, b: TodayRow): number {
  return (
    TODAY_STATUS_ORDER.indexOf(a.status) - TODAY_STATUS_ORDER.indexOf(b.status) ||
    nameCollator.compare(a.name, b.name)
  );
}

/** Every athlete's row on `date`, sorted for the Today screen. */
export function buildTodayRows(entries: Iterable<TeamEntry>, date: string): TodayRow[] {
  const rows: TodayRow[] = [];
  for (const entry of entries) rows.push(buildTodayRow(entry, date));
  return rows.sort(compareTodayRows);
}

/** How many athletes have each status. */
export function countByStatus(rows: readonly Pick<TodayRow, 'status'>[]): Record<ReadinessStatus, number> {
  const counts: Record<ReadinessStatus, number> = { red: 0, amber: 0, green: 0, grey: 0 };
  for (const row of rows) counts[row.status] += 1;
  return counts;
}
