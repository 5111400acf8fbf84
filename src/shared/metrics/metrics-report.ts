import type { AthleteMetrics } from './athlete-metrics';
import { dayLoadValues, type AthleteSummary, type DayLoadValues } from './athlete-summary';
import type { AthleteMetricsInput } from './inputs';
import { assessReadiness } from './readiness';
import type { Readiness, ReadinessReason } from './readiness-types';
import { dateAt, valueAt } from './series';
import { fromLocalMinute } from '../time/local-date';

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
  'readiness_status',
  'readiness_reasons',
  'composite_wellness_z',
  'recovery_strength',
  'recovery_endurance',
] as const;

/** The columns of `metrics` without `--daily`: the daily ones, then flags and when hard work is fine. */
export const SUMMARY_REPORT_COLUMNS = [
  ...DAILY_REPORT_COLUMNS,
  'hard_strength_from',
  'hard_endurance_from',
  'sustained_fatigue',
  'days_since_strength',
  'days_since_endurance',
  'returning_from_break',
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

/** The readiness of one day in cells: status, compact reasons, composite z, phase per class (null when grey). */
function readinessCells(readiness: Readiness, compositeZ: number | null): ReportRow {
  return {
    readiness_status: readiness.status,
    readiness_reasons: readiness.reasons.map(formatReasonCompact).join('; '),
    composite_wellness_z: compositeZ,
    recovery_strength: readiness.readyFor?.strength.phase ?? null,
    recovery_endurance: readiness.readyFor?.endurance.phase ?? null,
  };
}

/**
 * One row per day from the athlete's first session to the end of the axis (FORMATS.md, `--daily`),
 * each with that morning's readiness. Rows go to `write` one at a time: a long series never becomes
 * one array that has to be spread or copied.
 */
export function writeDailyReportRows(
  metrics: AthleteMetrics,
  input: AthleteMetricsInput,
  athlete: string,
  write: (row: ReportRow) => void,
): void {
  if (metrics.firstSessionIndex < 0) return;
  for (let index = metrics.firstSessionIndex; index < metrics.axis.length; index += 1) {
    const date = dateAt(metrics.axis, index);
    const readiness = assessReadiness(metrics, input, date);
    write({
      ...loadCells(athlete, date, dayLoadValues(metrics, index)),
      ...readinessCells(readiness, valueAt(metrics.wellness.compositeZ, index)),
    });
  }
}

/** `writeDailyReportRows` collected (tests and small inputs). */
export function buildDailyReportRows(
  metrics: AthleteMetrics,
  input: AthleteMetricsInput,
  athlete: string,
): ReportRow[] {
  const rows: ReportRow[] = [];
  writeDailyReportRows(metrics, input, athlete, (row) => rows.push(row));
  return rows;
}

function localMinuteCell(minute: number | null | undefined): string | null {
  if (minute === null || minute === undefined) return null;
  const { date, time } = fromLocalMinute(minute);
  return `${date}T${time}`;
}

/** What a compact reason names in brackets: the wellness item or the recovery class. */
function reasonSubject(reason: ReadinessReason): string {
  switch (reason.ruleId) {
    case 'wellness-item':
      return `(${reason.params.item})`;
    case 'recovery-acute':
    case 'recovery-regeneration':
    case 'detraining':
      return `(${reason.params.recoveryClass})`;
    case 'combined-signals':
      return `(${reason.params.sources.join('+')})`;
    default:
      return '';
  }
}

/** `rule(subject):severity:value/threshold`, the compact form of a reason for one CSV cell. */
export function formatReasonCompact(reason: ReadinessReason): string {
  const number = (value: number | null): string => (value === null ? '' : String(Number(value.toFixed(3))));
  return `${reason.ruleId}${reasonSubject(reason)}:${reason.severity}:${number(reason.value)}/${number(reason.threshold)}`;
}

/**
 * One row per athlete on the summary date, with the reasons compact in `readiness_reasons` and as
 * full objects beside the row (for JSON).
 */
export function buildSummaryReportRow(
  summary: AthleteSummary,
  athlete: string,
): { row: ReportRow; reasons: ReadinessReason[] } {
  const { readyFor } = summary.readiness;
  const row: ReportRow = {
    ...loadCells(athlete, summary.date, summary),
    ...readinessCells(summary.readiness, summary.compositeZ),
    hard_strength_from: localMinuteCell(readyFor?.strength.hardFromMinute),
    hard_endurance_from: localMinuteCell(readyFor?.endurance.hardFromMinute),
    sustained_fatigue: summary.isSustainedFatigue,
    days_since_strength: summary.recency.daysSinceStrength,
    days_since_endurance: summary.recency.daysSinceEndurance,
    returning_from_break: summary.returning !== null,
  };
  return { row, reasons: summary.readiness.reasons };
}

/**
 * A text that a spreadsheet would run as a formula (=, +, -, @, tab or carriage return first) gets a
 * leading `'` (OWASP, CSV injection; FORMATS.md); numbers, negative ones included, stay numbers.
 */
export function neutraliseCsvFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !Number.isFinite(Number(text)) ? `'${text}` : text;
}

function csvCell(value: ReportValue): string {
  if (value === null) return '';
  const text = typeof value === 'string' ? neutraliseCsvFormula(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV of `rows` in `columns` order, with a header and a final newline. */
export function formatReportCsv(columns: readonly string[], rows: readonly ReportRow[]): string {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((column) => csvCell(row[column] ?? null)).join(','));
  return `${lines.join('\n')}\n`;
}
