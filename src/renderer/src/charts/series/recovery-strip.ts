import { hardSessionAt, type AthleteMetrics, type RecoveryPhase } from '@shared/metrics';
import type { RecoveryClass } from '@shared/model';
import type { ChartRange } from './range';
import type { EmptyReason } from './sampling';

const MINUTES_PER_DAY = 1440;

/** One stretch of a recovery phase, in fractional day numbers (day + minute / 1440), end excluded. */
export interface PhaseSegment {
  phase: RecoveryPhase;
  fromDay: number;
  toDay: number;
}

/** A hard session that started a recovery clock, placed at its end. */
export interface HardSessionMark {
  endDay: number;
  date: string;
  loadAu: number;
  sessionRpe: number;
}

export interface RecoveryStrip {
  segments: PhaseSegment[];
  marks: HardSessionMark[];
  reasonIfEmpty: EmptyReason | null;
  /** The x domain: the range's first day to the end of its last day. */
  fromDay: number;
  toDay: number;
}

/** Appends [from, to) clipped to the window; joins a stretch that continues the previous one. */
function pushClipped(
  segments: PhaseSegment[],
  phase: RecoveryPhase,
  from: number,
  to: number,
  window: { fromDay: number; toDay: number },
): void {
  const fromDay = Math.max(from, window.fromDay);
  const toDay = Math.min(to, window.toDay);
  if (toDay <= fromDay) return;
  const last = segments[segments.length - 1];
  if (last && last.phase === phase && last.toDay === fromDay) last.toDay = toDay;
  else segments.push({ phase, fromDay, toDay });
}

/**
 * The recovery phases over the range (SCIENCE.md, "Recovery phases"): after each hard session
 * acute until its regeneration boundary, regeneration until its adaptation boundary, then adaptation,
 * each cut short when the next hard session ends (it restarts the clock). Boundaries are the
 * engine's (hard-session table, age-scaled); the strip is exact to the minute, so the phase at any
 * moment equals `recoveryStateAt` there. Empty without sessions or without a hard session by the
 * range's end. One lane per stimulus class: `recoveryClass` picks whose hard sessions count.
 */
export function buildRecoveryStrip(
  metrics: AthleteMetrics,
  range: ChartRange,
  recoveryClass: RecoveryClass,
): RecoveryStrip {
  const window = { fromDay: range.startDay, toDay: range.endDay + 1 };
  // Each stimulus class runs its own clock (SCIENCE.md, "per stimulus class").
  const table = metrics.hardSessionsByClass[recoveryClass];
  const isEmptyRange = range.endIndex < range.startIndex;
  const hasSessions = metrics.firstSessionIndex >= 0 && metrics.firstSessionIndex <= range.endIndex;
  const segments: PhaseSegment[] = [];
  const marks: HardSessionMark[] = [];
  let hasHardSession = false;
  for (let k = 0; k < table.count; k += 1) {
    const end = (table.endMinute[k] ?? 0) / MINUTES_PER_DAY;
    if (end >= window.toDay) break;
    hasHardSession = true;
    const nextEnd = k + 1 < table.count ? (table.endMinute[k + 1] ?? 0) / MINUTES_PER_DAY : Infinity;
    const regeneration = (table.regenerationFromMinute[k] ?? 0) / MINUTES_PER_DAY;
    const adaptation = (table.adaptationFromMinute[k] ?? 0) / MINUTES_PER_DAY;
    pushClipped(segments, 'acute', end, Math.min(regeneration, nextEnd), window);
    pushClipped(segments, 'regeneration', regeneration, Math.min(adaptation, nextEnd), window);
    pushClipped(segments, 'adaptation', adaptation, nextEnd, window);
    if (end >= window.fromDay) {
      const session = hardSessionAt(table, k);
      marks.push({ endDay: end, date: session.date, loadAu: session.loadAu, sessionRpe: session.sessionRpe });
    }
  }
  const reasonIfEmpty: EmptyReason | null =
    isEmptyRange || !hasSessions ? 'noSessions' : hasHardSession ? null : 'noHardSessions';
  return {
    segments: reasonIfEmpty ? [] : segments,
    marks: reasonIfEmpty ? [] : marks,
    reasonIfEmpty,
    ...window,
  };
}

/** One strip per stimulus class. */
export function buildRecoveryStrips(
  metrics: AthleteMetrics,
  range: ChartRange,
): Record<RecoveryClass, RecoveryStrip> {
  return {
    strength: buildRecoveryStrip(metrics, range, 'strength'),
    endurance: buildRecoveryStrip(metrics, range, 'endurance'),
  };
}
