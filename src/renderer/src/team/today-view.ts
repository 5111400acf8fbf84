import type { AvailabilityKind, RecoveryClass } from '@shared/model';
import {
  dayIndex,
  summariseAthlete,
  type ClassReadiness,
  type ReadinessReason,
  type ReadinessStatus,
} from '@shared/metrics';
import type { TeamEntry } from './team-entry';

/** Days of acute and chronic load in the row's sparkline. */
export const SPARKLINE_DAYS = 28;

/** One athlete on the Today screen. */
export interface TodayRow {
  athleteId: string;
  name: string;
  position: string;
  squadIds: string[];
  status: ReadinessStatus;
  /** Worst first, as the engine lists them. */
  reasons: ReadinessReason[];
  /** How far past their thresholds the reasons are: orders athletes within a status. */
  severityScore: number;
  /** Per stimulus class, the phase and when hard work is fine; null when grey (nothing known). */
  readyFor: Record<RecoveryClass, ClassReadiness> | null;
  /** The athlete's latest session or check-in on or before the date; null without one. */
  lastRecordDate: string | null;
  /** The EWMA ratio (SCIENCE.md's default variant); null when undefined or when grey. */
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
  for (const reason of reasons) if (reason.ruleId === 'availability') return reason.params.kind;
  return null;
}

/** One row: the engine's summary of the athlete on `date` (≤ the metrics' as-of date). */
export function buildTodayRow(entry: TeamEntry, date: string): TodayRow {
  const { athlete, input, metrics } = entry;
  const summary = summariseAthlete(metrics, input, date);
  const { readiness } = summary;
  const index = dayIndex(metrics.axis, date);
  // Grey is unknown: no ratio, no phase, nothing that reads as good news (SCIENCE.md).
  const isUnknown = readiness.status === 'grey';
  return {
    athleteId: athlete.id,
    name: athlete.name,
    position: athlete.position,
    squadIds: athlete.squadIds,
    status: readiness.status,
    reasons: readiness.reasons,
    severityScore: readiness.severityScore,
    readyFor: readiness.readyFor,
    lastRecordDate: summary.lastRecordDate,
    acwrEwma: isUnknown ? null : summary.acwrEwma,
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

/** Red → amber → green → grey; within a status the strongest deviation first, then by name. */
export function compareTodayRows(a: TodayRow, b: TodayRow): number {
  return (
    TODAY_STATUS_ORDER.indexOf(a.status) - TODAY_STATUS_ORDER.indexOf(b.status) ||
    b.severityScore - a.severityScore ||
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
