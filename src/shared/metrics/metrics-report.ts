import type { AthleteMetrics } from './athlete-metrics';
import { dayLoadValues, type AthleteSummary, type DayLoadValues } from './athlete-summary';
import type { ReadinessReason } from './readiness-types';
import { dateAt } from './series';

/** A report cell: numbers stay numbers for JSON; null is an empty CSV cell (FORMATS.md). */
export type ReportValue = string | number | boolean | null;
export type ReportRow = Record<string, ReportValue>;

/** The columns of `metrics --daily`, named exactly as FORMATS.md lists them, then two extra ones. */
export const DAILY_REPORT_COLUMNS = [
  'athlete',
  'date',
  'daily_load',
  'acute_mean7',
  'chronic_mean28',
  'acwr_rolling',
  'chronic_uncoupled21',
  'acwr_rolling_uncoupled',
  'ewma_acute',
  'ewma_chronic',
  'acwr_ewma',
  'monotony',
  'strain',
  'ctl',
  'atl',
  'tsb',
  'history_days',
  'insufficient_history',
  'ctl_ramp',
] as const;

/** The columns of `metrics` without `--daily`: the daily ones, then flags, recovery and readiness. */
export const SUMMARY_REPORT_COLUMNS = [
  ...DAILY_REPORT_COLUMNS,
  'composite_wellness_z',
  'sustained_fatigue',
  'days_since_strength',
  'days_since_endurance',
  'returning_from_break',
  'recovery_phase',
  'next_recovery_phase',
  'hours_until_next_phase',
  'readiness_status',
  'readiness_reasons',
] as const;

function loadCells(athlete: string, date: string, values: DayLoadValues): ReportRow {
  return {
    athlete,
    date,
    daily_load: values.dailyLoadAu,
    acute_mean7: values.acuteMeanAu,
    chronic_mean28: values.chronicMeanAu,
    acwr_rolling: values.acwrRolling,
    chronic_uncoupled21: values.chronicUncoupledMeanAu,
    acwr_rolling_uncoupled: values.acwrRollingUncoupled,
    ewma_acute: values.ewmaAcuteAu,
    ewma_chronic: values.ewmaChronicAu,
    acwr_ewma: values.acwrEwma,
    monotony: values.monotony,
    strain: values.strainAu,
    ctl: values.ctlAu,
    atl: values.atlAu,
    tsb: values.tsbAu,
    history_days: values.historyDays,
    insufficient_history: !values.hasSufficientHistory,
    ctl_ramp: values.rampAu,
  };
}

/** One row per day from the athlete's first session to the end of the axis (FORMATS.md, `--daily`). */
export function buildDailyReportRows(metrics: AthleteMetrics, athlete: string): ReportRow[] {
  const rows: ReportRow[] = [];
  if (metrics.firstSessionIndex < 0) return rows;
  for (let index = metrics.firstSessionIndex; index < metrics.axis.length; index += 1) {
    rows.push(loadCells(athlete, dateAt(metrics.axis, index), dayLoadValues(metrics, index)));
  }
  return rows;
}

/** `rule:severity:value/threshold`, the compact form of a reason for one CSV cell. */
export function formatReasonCompact(reason: ReadinessReason): string {
  const number = (value: number | null): string => (value === null ? '' : String(Number(value.toFixed(3))));
  const item = typeof reason.params.item === 'string' ? `(${reason.params.item})` : '';
  return `${reason.ruleId}${item}:${reason.severity}:${number(reason.value)}/${number(reason.threshold)}`;
}

/**
 * One row per athlete on the summary date, with the reasons compact in `readiness_reasons` and as
 * full objects beside the row (for JSON).
 */
export function buildSummaryReportRow(
  summary: AthleteSummary,
  athlete: string,
): { row: ReportRow; reasons: ReadinessReason[] } {
  const { recovery } = summary.readiness;
  const row: ReportRow = {
    ...loadCells(athlete, summary.date, summary),
    composite_wellness_z: summary.compositeZ,
    sustained_fatigue: summary.isSustainedFatigue,
    days_since_strength: summary.recency.daysSinceStrength,
    days_since_endurance: summary.recency.daysSinceEndurance,
    returning_from_break: summary.returning !== null,
    recovery_phase: recovery.phase,
    next_recovery_phase: recovery.nextPhase,
    hours_until_next_phase: recovery.hoursUntilNextPhase,
    readiness_status: summary.readiness.status,
    readiness_reasons: summary.readiness.reasons.map(formatReasonCompact).join('; '),
  };
  return { row, reasons: summary.readiness.reasons };
}

function csvCell(value: ReportValue): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV of `rows` in `columns` order, with a header and a final newline. */
export function formatReportCsv(columns: readonly string[], rows: readonly ReportRow[]): string {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((column) => csvCell(row[column] ?? null)).join(','));
  return `${lines.join('\n')}\n`;
}
