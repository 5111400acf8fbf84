import {
  parseSessionsCsv,
  parseWellnessCsv,
  type CsvIssue,
  type CsvParseOptions,
  type CsvParseResult,
} from '@shared/csv';
import { computeAthleteMetrics } from '@shared/metrics/athlete-metrics';
import { summariseAthlete } from '@shared/metrics/athlete-summary';
import { groupCsvRowsByAthlete, latestRowDate } from '@shared/metrics/inputs-from-csv';
import {
  DAILY_REPORT_COLUMNS,
  SUMMARY_REPORT_COLUMNS,
  writeDailyReportRows,
  buildSummaryReportRow,
  formatReportCsv,
  type ReportRow,
} from '@shared/metrics/metrics-report';
import { defaultSettings } from '@shared/model/settings';
import { daysBetween, isIsoDate, isRecordDate, RECORD_DATE_RANGE } from '@shared/time/local-date';

export interface MetricsCommandOptions {
  sessionsPath: string;
  wellnessPath?: string;
  asOf?: string;
  isDaily: boolean;
  format: 'csv' | 'json';
}

/** What the command may touch: injected so tests run it without a process. */
export interface CommandIo {
  readText(path: string): string;
  writeOut(text: string): void;
  writeError(text: string): void;
  /** The user's local date (YYYY-MM-DD): rows dated after it are named in a warning. */
  today?: () => string;
}

/**
 * An --as-of this many days after the last record is almost surely a typo: every athlete would be
 * reported as "no recent data", so the command says so on stderr.
 */
const AS_OF_GAP_WARNING_DAYS = 28;

/** Shown for at most this many bad cells; the rest are counted. */
const MAX_LISTED_ISSUES = 50;

/** Thrown for input the command cannot use; the message names file, line and column. */
export class InputError extends Error {}

function describeIssue(path: string, issue: CsvIssue): string {
  return `${path}:${issue.line}:${issue.column ?? '-'}: ${issue.reason}`;
}

function readCsv<Row>(
  io: CommandIo,
  path: string,
  parse: (text: string, options: CsvParseOptions) => CsvParseResult<Row>,
): Row[] {
  let text: string;
  try {
    text = io.readText(path);
  } catch (error) {
    throw new InputError(
      `${path}: cannot read the file (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const today = io.today?.();
  const result = parse(text, today === undefined ? {} : { today });
  if (result.fileError !== null) throw new InputError(`${path}:1:-: ${result.fileError}`);
  for (const warning of result.warnings) io.writeError(`warning: ${describeIssue(path, warning)}\n`);
  if (result.rejected.length > 0) {
    const listed = result.rejected.slice(0, MAX_LISTED_ISSUES).map((issue) => describeIssue(path, issue));
    const more = result.rejected.length - listed.length;
    if (more > 0) listed.push(`… and ${more} more problems`);
    throw new InputError(
      `${path}: ${result.rejectedRowCount} bad rows, nothing computed\n${listed.join('\n')}`,
    );
  }
  return result.rows;
}

/** `metrics` (FORMATS.md): the engine of the app over CSV files, printed as CSV or JSON. */
export function runMetricsCommand(options: MetricsCommandOptions, io: CommandIo): void {
  if (options.asOf !== undefined && !isIsoDate(options.asOf)) {
    throw new InputError(`--as-of: expected a date as YYYY-MM-DD, found "${options.asOf}"`);
  }
  if (options.asOf !== undefined && !isRecordDate(options.asOf)) {
    const { earliest, latest } = RECORD_DATE_RANGE;
    throw new InputError(`--as-of: expected a date from ${earliest} to ${latest}, found "${options.asOf}"`);
  }
  const sessionRows = readCsv(io, options.sessionsPath, parseSessionsCsv);
  const wellnessRows =
    options.wellnessPath === undefined ? [] : readCsv(io, options.wellnessPath, parseWellnessCsv);
  const lastRecord = latestRowDate([...sessionRows, ...wellnessRows]);
  const asOf = options.asOf ?? lastRecord;
  if (asOf === null) throw new InputError(`${options.sessionsPath}: no sessions, nothing to compute`);
  if (lastRecord !== null && daysBetween(lastRecord, asOf) > AS_OF_GAP_WARNING_DAYS) {
    io.writeError(
      `warning: --as-of ${asOf} is ${daysBetween(lastRecord, asOf)} days after the last record ` +
        `(${lastRecord}): every athlete is reported as of that day, with no recent data\n`,
    );
  }
  const inputs = groupCsvRowsByAthlete(sessionRows, wellnessRows);
  const settings = defaultSettings();
  const rows: ReportRow[] = [];
  const jsonRows: Record<string, unknown>[] = [];
  for (const input of inputs) {
    const metrics = computeAthleteMetrics(input, asOf, settings);
    if (options.isDaily) {
      writeDailyReportRows(metrics, input, input.athleteId, (row) => rows.push(row));
      continue;
    }
    const { row, reasons } = buildSummaryReportRow(summariseAthlete(metrics, input), input.athleteId);
    rows.push(row);
    jsonRows.push({ ...row, readiness_reasons: reasons });
  }
  io.writeOut(
    options.format === 'csv'
      ? formatCsv(rows, options.isDaily)
      : formatJson(options.isDaily ? rows : jsonRows),
  );
}

function formatCsv(rows: readonly ReportRow[], isDaily: boolean): string {
  return formatReportCsv(isDaily ? DAILY_REPORT_COLUMNS : SUMMARY_REPORT_COLUMNS, rows);
}

/** A JSON array with one object per line, so large outputs stay readable and diffable. */
function formatJson(rows: readonly object[]): string {
  return rows.length === 0 ? '[]\n' : `[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]\n`;
}
